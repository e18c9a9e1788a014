#include "indexer/html.hpp"

namespace pressdex {

HtmlText html_to_text(std::string_view utf8_html) {
    HtmlText out;
    out.body = std::string(utf8_html); // placeholder until the gumbo extractor lands
    return out;
}

} // namespace pressdex
