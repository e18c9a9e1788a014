#pragma once

// How results are shown: the JSON objects of `pressdex-search --json` and of
// pressdex-serve's API (one schema, docs/json.md, versioned by json_version), and the title
// a release without a headline is shown under. Part of libpressdex, for any front end.
// All functions are thread-safe (they touch no shared state) and throw only std::bad_alloc.

#include "pressdex/export.hpp"
#include "pressdex/searcher.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace pressdex::output {

/// The version of the JSON schema of docs/json.md, as "json_version" in every hit, quote,
/// API reply and error (not in the CLI's facets and suggestion lines, kept as they were).
/// Bumped when a key changes meaning or goes away; new keys may come without a bump.
inline constexpr int json_version = 1;

/// The title to show for a release: its headline, or when it has none the first words of
/// its text (about `most_chars` characters, cut at a word, with "..."), or "(no title)"
/// when it has no text either.
[[nodiscard]] PRESSDEX_EXPORT std::string display_title(const Hit& hit, std::size_t most_chars = 80);

/// `pressdex-search --json`: one JSON object per line (without the newline): one per hit,
/// or per quote in quote mode; then {"facets": ...} when facets were counted; then
/// {"suggestion": ...} when there is a "Did you mean".
[[nodiscard]] PRESSDEX_EXPORT std::vector<std::string> json_lines(const SearchResults& results,
                                                                 std::string_view query);

/// The same results as one JSON object (pressdex-serve's /api/search): {"json_version",
/// "pressdex_version", "query", "offset", "limit", "total_estimate", "total_all_words",
/// "hits": [...], "quotes": [...], "facets": {...}, "suggestion", "auto_corrected",
/// "unused_words"}, the hits and quotes being the objects of json_lines.
[[nodiscard]] PRESSDEX_EXPORT std::string json_results(const SearchResults& results,
                                                      std::string_view query,
                                                      const SearchOptions& options);

/// One indexed release (pressdex-serve's /api/release): the object of a hit (without rank,
/// score, snippet and query) plus "display_title", "quotes" (each {"speaker", "role",
/// "organisation", "text"}) and "organisation_names" (each a list: name, then aliases).
[[nodiscard]] PRESSDEX_EXPORT std::string json_release(const IndexedRelease& release);

/// An error: {"json_version", "error": {"status", "kind", "message"}}.
[[nodiscard]] PRESSDEX_EXPORT std::string json_error(int status, std::string_view kind,
                                                    std::string_view message);

} // namespace pressdex::output
