#pragma once
// Which names are one organisation, across releases. Each release document records, for
// every organisation it names, each pair of the names it goes by there ("Drug Enforcement
// Administration" and "DEA") as a term (schema::prefix_org_alias), so that the searcher can
// count and show an organisation once however each release writes it.

#include <string>
#include <string_view>

namespace pressdex {

/// An organisation name as compared across releases: ASCII letters lower-cased, digits and
/// other scripts kept, apostrophes dropped ("Children’s" and "Childrens" are one), any other
/// punctuation a space, spaces collapsed, and a leading "the" dropped. "The Acme Co." ->
/// "acme co".
[[nodiscard]] std::string organisation_key(std::string_view name);

/// An organisation name as grouped for counting (facets): organisation_key, and then the
/// ways one public body is written folded to one: "Dept" is "department", a national prefix
/// before "department of" is dropped ("U.S. Department of X" is "Department of X"), "X
/// Department" is "department of x", and "of the" is "of". "Justice Department", "U.S.
/// Department of Justice" and "Department of Justice" -> "department of justice". Not for
/// searching: "Police Department" and "Department of Police" would be one here.
[[nodiscard]] std::string organisation_group_key(std::string_view name);

/// True when every word of `name` is a word that heads or describes an organisation
/// (org_heads.txt, org_nouns.txt: "Department", "Office", "Division", "company"), a legal
/// form or "of", "the", "and", "for": a name that could be any organisation's ("The
/// Department", "Office of"), no name by itself.
[[nodiscard]] bool generic_organisation_name(std::string_view name);

/// True when `word` (one word, any case) is a word of the language: the corpora write it in
/// lower case a fifth of the time or more (common_words.txt: "trail" 48%, "target", "apple";
/// not "quenvyx", which they never write).
[[nodiscard]] bool ordinary_word(std::string_view word);

/// The term that says names `a` and `b` (keys) are one organisation: prefix, a, TAB, b;
/// empty when too long for a Xapian term.
[[nodiscard]] std::string organisation_alias_term(std::string_view a_key, std::string_view b_key);

} // namespace pressdex
