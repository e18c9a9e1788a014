#pragma once

#include "pressdex/searcher.hpp"

#include <simdjson.h>

#include <optional>
#include <string>
#include <vector>

namespace pressdex {

/// Reads the document data the indexer stores (indexer/document.cpp: a JSON object per
/// release or quotation) into hits. simdjson's DOM parser, which picks the CPU's fastest
/// code at run time, because a search reads whole release texts: with nlohmann's parser,
/// reading ten hits cost more than the search itself. Fields that are missing or of another
/// type are left empty. One reader per thread: it reuses its parser's buffers.
class StoredDataReader {
  public:
    /// `data` is padded in place for the parser (its size is unchanged).
    [[nodiscard]] Hit read_hit(std::string& data);
    [[nodiscard]] QuoteHit read_quote(std::string& data);
    /// A release's organisations, each as its names: its name first, then its aliases.
    [[nodiscard]] std::vector<std::vector<std::string>> read_organisations(std::string& data);

  private:
    // The stored object, parsed in place; nothing when the data is not a JSON object.
    [[nodiscard]] std::optional<simdjson::dom::object> parse(std::string& data);

    simdjson::dom::parser parser_;
};

} // namespace pressdex
