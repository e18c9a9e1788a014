#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pressdex {

/// The visible text of an HTML press release page, without the site around it.
struct HtmlText {
    std::string title; // og:title, else the release's <h1>, else <title> (site suffix removed)
    std::string body;  // the release's text: paragraphs separated by "\n\n", no scripts,
                       // styles, navigation, headers, footers, sidebars or menus
    std::vector<std::string> dates; // date strings from <meta> and <time>, most reliable first
    std::string issuer; // the release's own header naming who issues it ("Department of
                        // Justice\n\nOffice of Public Affairs"), empty when the page has none
};

/// Parses a whole HTML document (UTF-8) with gumbo. Never throws on malformed HTML: a broken
/// page yields whatever text can be recovered.
[[nodiscard]] HtmlText html_to_text(std::string_view utf8_html);

} // namespace pressdex
