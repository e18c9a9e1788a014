#pragma once
// Acronym definitions written in the text: "Long Form (LF)" and "LF (Long Form)".

#include "indexer/extract/text.hpp"

#include <string>
#include <vector>

namespace pressdex::extract::detail {

struct AcronymDef {
    std::string long_form;  // as written, without a leading "the"
    std::string acronym;
    std::size_t position = 0; // byte offset of the long form in the paragraph
    bool org_hint = false;    // the long form has an '&' or ends in a legal suffix
};

/// Schwartz & Hearst (2003): the shortest suffix of `candidate` (whole words) whose letters
/// match the acronym, or "" when none does.
/// Step by step: walk the acronym from its last character to its first; for each
/// alphanumeric character, walk left in the candidate until the same (case-folded) character
/// is found, and for the acronym's first character additionally require that it starts a
/// word; fail when the candidate runs out; the long form starts at the word holding the last
/// match.
std::string match_long_form(std::string_view acronym, std::string_view candidate);

/// True for a word that can be an acronym: 2-10 characters, starts alphanumeric, has at least
/// two upper-case letters and no more lower-case than upper-case ones (NASA, OIMS, DoJ).
bool acronym_like(std::string_view w);

/// What unbracketed_long_form returns when t[i] is no such acronym.
inline constexpr std::size_t no_long_form = static_cast<std::size_t>(-1);

/// Where the long form of an acronym written right after it without brackets starts, as in
/// texts whose punctuation was stripped ("Office for Harbour Preparedness OHP", "U S
/// Department of Commerce USDC"), or no_long_form. t[i] is written in capitals (2-8 letters) and
/// follows a capitalised word; its letters must be the initials of the capitalised words before
/// it, in order, with only "of", "for", "and", "the", "on", "at" or "&" between them
/// ("University of Quillton at Harbour UQH"), each of which may give its initial too
/// ("Department of Harbours DOH"); the shortest such run.
std::size_t unbracketed_long_form(const std::vector<Token>& t, std::size_t i);

/// Where the long form of an acronym written right before it without brackets ends ("a new
/// QXV Quillton Exchange Velocity report", the scrape of "QXV (Quillton Exchange Velocity)"),
/// or no_long_form: the mirror of unbracketed_long_form. The long form's words are capitalised
/// and not in capitals ("ABN AMRO Bank" is one name), no capitalised word goes on after it,
/// and it ends in no legal form ("QXV Quillton Exchange Velocity Inc." is one name).
std::size_t unbracketed_long_form_after(const std::vector<Token>& t, std::size_t i);

/// Finds the definitions in one paragraph (t = tokenize(p)).
/// Step by step: (1) for "( X )" where X (quotes and a leading "the" ignored) is acronym-like,
/// the candidate long form is the text before "(" limited to min(|X|+5, 2|X|) words within
/// the sentence; match_long_form picks the long form, which must have at least two words and
/// start with a capital; (2) for "X ( words )" with X acronym-like and at least two words inside,
/// the inside is the candidate and must match from its first word; (3) an acronym after its
/// long form with no brackets at all (unbracketed_long_form), or (4) before it
/// (unbracketed_long_form_after).
std::vector<AcronymDef> find_acronym_defs(std::string_view p, const std::vector<Token>& t);

} // namespace pressdex::extract::detail
