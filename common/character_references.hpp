#pragma once

#include <string>
#include <string_view>

namespace pressdex {

/// `text` with each character reference replaced by the character it stands for: the five
/// named ones ("&amp;", "&lt;", "&gt;", "&quot;", "&apos;") and numeric ones ("&#39;",
/// "&#x2019;"). A wire that writes its markdown titles as HTML escapes them ("Health
/// &amp; Beauty"); the index keeps the title as written, and a reader is shown the
/// characters. Anything else, "&" alone or an unknown name, is left as it is.
[[nodiscard]] std::string with_referenced_characters(std::string_view text);

} // namespace pressdex
