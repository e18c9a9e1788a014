#pragma once

#include "pressdex/searcher.hpp"

#include <ostream>
#include <string>

namespace pressdex::cli {

/// Hits for people: rank, title, date and place, path, snippet; then the totals.
void print_hits_text(std::ostream& out, const SearchResults& results, const SearchOptions& options,
                     bool terminal);

/// Hits for scripts: one JSON object per line, with every stored field.
void print_hits_json(std::ostream& out, const SearchResults& results, const std::string& query);

/// A path relative to the current folder when it is below it, else as stored.
[[nodiscard]] std::string display_path(const std::string& path);

} // namespace pressdex::cli
