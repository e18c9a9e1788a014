#pragma once

#include "common/normalize.hpp"

#include <xapian.h>

#include <string>
#include <string_view>

namespace pressdex {

/// "Did you mean": the query as typed, with each word that no release in `db` uses replaced
/// by the nearest word of the index's spelling table (common/schema.hpp), or "" when no
/// word needs or finds a correction.
///
/// Step by step, for each word of the query (field words included, e.g. speaker:Dorotovic;
/// not operators, boolean field values such as date: and type:, wildcards, or words with
/// digits or under 3 letters):
///  1. fold it as the indexer does; if some release has the word, keep it;
///  2. if it was typed with a capital, ask the spelling table for the nearest name word
///     (the words of speakers' and organisations' names: "Taikng" -> "taikang"), else, or
///     when no name is near, for the nearest word of any text ("paediatirc" -> "pediatric");
///     Xapian's suggestion is the word within two edits with the fewest edits, then the
///     most releases;
///  3. put the suggestion in place of the word, capitalised if the word was.
/// Every other character of the query is kept as typed. Remote shards keep no spelling
/// data: then there is no suggestion. Throws Xapian::Error only for a database that cannot
/// be read.
[[nodiscard]] std::string suggest_spelling(const Xapian::Database& db, std::string_view query,
                                           const Normalizer& normalizer);

} // namespace pressdex
