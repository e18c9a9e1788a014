#pragma once

#include "indexer/extract/facts.hpp"
#include "indexer/release.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace pressdex::cli {

/// One release's extracted fields in the shape the gold scorer reads:
/// {"file", "title", "date", "place", "speakers": [{"name", "role", "organisation"}],
///  "quotes": [{"speaker", "text"}], "organisations": [{"name", "aliases"}]}.
/// Empty strings are written as null.
[[nodiscard]] nlohmann::json extraction_json(const std::string& file, const Release& release,
                                             const extract::Facts& facts);

} // namespace pressdex::cli
