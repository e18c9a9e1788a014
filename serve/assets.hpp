#pragma once

// What the server sends besides data: the page templates (mustache, every {{value}}
// HTML-escaped; {{{value}}} only for HTML the server built from escaped text) and the style
// sheet. Compiled into the binary, so the page loads nothing from elsewhere.

#include <string_view>

namespace pressdex::serve::assets {

extern const std::string_view style_css;
extern const std::string_view header_html;  // up to and with the search form
extern const std::string_view results_html; // the search page's body
extern const std::string_view release_html; // the release view's body
extern const std::string_view footer_html;

} // namespace pressdex::serve::assets
