#include "indexer/dateline.hpp"

namespace pressdex {

std::optional<Dateline> find_dateline(std::string_view) { return std::nullopt; }
std::optional<std::string> parse_date(std::string_view) { return std::nullopt; }

} // namespace pressdex
