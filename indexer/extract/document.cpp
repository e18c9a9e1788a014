#include "indexer/extract/document.hpp"

#include "indexer/extract/paragraphs.hpp"

namespace pressdex::extract::detail {

Document::Document(std::string_view title_text, std::string_view body) : title(title_text) {
    title_tokens = tokenize(title);
    std::vector<std::string> texts = split_paragraphs(body);
    paragraphs.resize(texts.size());
    // Each string is in its final place before its tokens view it.
    for (std::size_t i = 0; i < texts.size(); ++i) {
        paragraphs[i].text = std::move(texts[i]);
        paragraphs[i].tokens = tokenize(paragraphs[i].text);
    }
}

} // namespace pressdex::extract::detail
