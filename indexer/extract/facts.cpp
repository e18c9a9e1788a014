#include "indexer/extract/facts.hpp"

namespace pressdex::extract {

Facts extract_facts(std::string_view, std::string_view) { return {}; }

} // namespace pressdex::extract
