#pragma once

// Where a stored quotation stands in its release's text, for the release view (page.cpp).
//
// The extractor stores a quotation's words as it read them, not as a slice of the text: a
// line break inside it is a space, a quotation running over paragraphs is joined by one
// space without the opening mark of the next paragraph, and a text may use other marks
// than the one it was compared with. So the quotation is looked for with those differences
// ignored, and the span found is the text's own, shown as the text has it.

#include <cstddef>
#include <optional>
#include <string_view>

namespace pressdex::serve {

struct TextSpan {
    std::size_t begin = 0; // byte offsets in the text
    std::size_t end = 0;
};

/// The first place at or after byte `from` of `text` where `quote` stands, comparing both
/// with these differences ignored: runs of white space (line and paragraph breaks
/// included) are one space; quotation marks and apostrophes, straight or curly, single or
/// double, are left out; a dash (-, --, en, em, minus) with the spaces around it is one
/// dash; an ellipsis (…, ..., . . .) with the spaces around it is one ellipsis. The span
/// starts at the quotation's first character and ends after its last (its own marks are
/// not part of it). Nothing for an empty quotation or one not in the text.
[[nodiscard]] std::optional<TextSpan> find_quote(std::string_view text, std::string_view quote,
                                                 std::size_t from = 0);

} // namespace pressdex::serve
