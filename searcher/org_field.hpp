#pragma once

#include "common/normalize.hpp"

#include <xapian.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace pressdex {

/// Most releases read to learn the other names of one organisation.
inline constexpr unsigned org_alias_max_releases = 50;
/// Most other names one org: value is widened to.
inline constexpr std::size_t org_alias_max_names = 10;

/// The other names of the organisation called `folded_name` (already folded, as the query
/// is), learned from the releases of `db`: releases whose org terms hold the name as a
/// phrase are read (the org_alias_max_releases best), and every organisation of theirs
/// (document data "organisations") whose name or one of whose aliases is `folded_name` adds
/// its name and aliases. Names are compared folded, punctuation and a leading "the"
/// ignored. Only names given by at least a tenth of the releases read that name the
/// organisation are kept (one release's "Office of X" for "Department of X" is not another
/// name of the department). Returns at most org_alias_max_names names, folded, without
/// `folded_name` itself, the names most releases give first. Best effort: a Xapian error while reading gives what was
/// collected so far (the search itself then meets and reports the same error). Quote
/// documents are never read (their data keeps no aliases).
[[nodiscard]] std::vector<std::string> organisation_aliases(const Xapian::Database& db,
                                                            std::string_view folded_name,
                                                            const Normalizer& normalizer);

/// True when an org: search for `folded_name` should also look in the releases' text: the
/// releases of `db` that have it among their organisations are at least a quarter of those
/// whose text holds it ("acme robotics", mostly; not "target", which most releases write
/// as a word), or none has it among their organisations and it is two words or more (the
/// extraction missed it everywhere, and a name of several words is rarely an ordinary
/// phrase) or one word that is no ordinary word of the language (ordinary_word) and that
/// few releases use (5, or one in 200 of a large index). Evidence from the whole index, read at search time, so that it follows every
/// update. Best effort: false on a Xapian error.
[[nodiscard]] bool named_as_organisation(const Xapian::Database& db, std::string_view folded_name);

/// Looks up the other names of an org: value (folded); organisation_aliases in practice.
using AliasLookup = std::function<std::vector<std::string>(std::string_view folded_value)>;

/// Whether an org: value is also searched in the releases' text; named_as_organisation in
/// practice, for release searches (quote documents' text is the quotation).
using TextLookup = std::function<bool(std::string_view folded_value)>;

/// Rewrites each `org:VALUE` of a folded query (fold_query's output) whose organisation has
/// other names into `(org:VALUE OR org:"name 1" OR org:"name 2"...)`, so that an acronym
/// learned in one release finds the releases that only write the long form, and the
/// reverse. VALUE is one word or a quoted phrase; a wildcard (org:hosp*), a group
/// (org:(a b)) and anything inside a phrase are left alone. A sign before the field
/// (-org:x, +org:x) then applies to the whole group. When `in_text` says so, the group also
/// holds the value as a phrase of the release text: a release that names the organisation
/// without the extraction having seen it there is found too.
///
/// Why text and not a Xapian::FieldProcessor: in Xapian 1.4 a field given a processor with
/// add_prefix loses prefixed phrases (org:"mount sinai health system" parses to nothing)
/// and cannot also keep its term prefix, so the org: field stays a plain XORG prefix and
/// the query is widened before the query parser reads it.
[[nodiscard]] std::string expand_org_fields(std::string_view folded_query, const AliasLookup& lookup,
                                            const TextLookup& in_text = {});

} // namespace pressdex
