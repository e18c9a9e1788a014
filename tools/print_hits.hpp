#pragma once

#include "pressdex/searcher.hpp"

#include <ostream>
#include <string>

namespace pressdex::cli {

/// Hits for people: rank, title, date and place, path, snippet; then the totals. When the
/// first hit has only some of the query's words, a line before the hits says so and names
/// the words it lacks; a line marks where hits with only some of the words begin, and
/// each of them names the words it lacks.
void print_hits_text(std::ostream& out, const SearchResults& results, const SearchOptions& options,
                     bool terminal);

/// Hits for scripts: one JSON object per line, with every stored field, "match"
/// ("all_words" or "some_words") and "missing_words"; in quote mode one
/// per quote; then, when facets were asked for, one {"facets": {...}} line; then, when
/// there is a "Did you mean" suggestion, one {"suggestion": ..., "auto_corrected": ...} line.
void print_hits_json(std::ostream& out, const SearchResults& results, const std::string& query);

/// Quote mode for people: speaker, role, organisation, date, the quote, its release.
void print_quotes_text(std::ostream& out, const SearchResults& results,
                       const SearchOptions& options, bool terminal);

/// Facet counts for people, after the hits.
void print_facets_text(std::ostream& out, const SearchResults& results, bool terminal);

/// "Did you mean: ...?" before the hits, or, when the results are for the suggestion
/// (--auto-correct), which query they are for. Nothing when there is no suggestion.
void print_suggestion_text(std::ostream& out, const SearchResults& results, bool terminal);

/// A path relative to the current folder when it is below it, else as stored.
[[nodiscard]] std::string display_path(const std::string& path);

} // namespace pressdex::cli
