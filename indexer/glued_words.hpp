#pragma once

#include <string>
#include <string_view>

namespace pressdex {

/// Puts back the paragraph breaks that some exports lose between a heading, a logo's text
/// or a link and the paragraph after it, where two words are left glued together:
/// "About StonegateStonegate Capital Partners is..." (a heading "About Stonegate", then
/// "Stonegate Capital Partners is...") and "Keep A BreastThe Keep A Breast Foundation".
/// Two shapes only, both impossible in written prose: a capitalised word of four letters
/// or more written twice with no space ("StonegateStonegate"), and "The" glued after a
/// lower-case letter and followed by a space ("BreastThe Keep"). Each becomes a paragraph
/// break. Every reader's text goes through it (parse_release), whatever the format.
[[nodiscard]] std::string separate_glued_words(std::string_view text);

} // namespace pressdex
