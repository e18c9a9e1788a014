#pragma once
// Splitting a release body into paragraphs.

#include <string>
#include <string_view>
#include <vector>

namespace pressdex::extract::detail {

/// Splits body into cleaned paragraphs (never empty strings).
/// Step by step: (1) a blank line ends a paragraph; inside a paragraph a newline becomes a
/// space, unless the next line starts a list item ("* ", "- ", "# "), which starts a new
/// paragraph; (2) markdown emphasis markers ("**", "__") and leading list/heading markers are
/// removed; (3) the word "None" standing between two sentences (how the DOJ text export marks a
/// lost paragraph break, e.g. "authorization.NoneBased") becomes a paragraph break, and so does a
/// gap between two sentences wider than the text's usual one, outside a quotation, and two
/// spaces between a lower-case word and a capital (lost line breaks);
/// (4) paragraphs are trimmed and empty ones dropped. Paragraphs longer than max_len bytes are
/// cut at a space so that no later stage works on unbounded input.
std::vector<std::string> split_paragraphs(std::string_view body, std::size_t max_len = 20000);

} // namespace pressdex::extract::detail
