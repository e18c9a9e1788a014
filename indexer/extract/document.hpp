#pragma once
// The release as the extraction passes read it: the title and the body's paragraphs, each
// tokenized once.

#include "indexer/extract/text.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace pressdex::extract::detail {

struct Paragraph {
    std::string text;
    std::vector<Token> tokens; // views into text
};

/// Tokens view the strings the Document owns, so a Document is built in place and never
/// copied or moved.
struct Document {
    /// Splits body into paragraphs (split_paragraphs) and tokenizes them and the title.
    Document(std::string_view title, std::string_view body);
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    std::string title;
    std::vector<Token> title_tokens;
    std::vector<Paragraph> paragraphs;
};

} // namespace pressdex::extract::detail
