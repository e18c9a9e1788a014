#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace pressdex {

/// A word of a text as byte offsets into it.
struct TextWord {
    std::size_t begin;
    std::size_t end;
};

/// The words of `text`, in order: runs of letters, digits and marks, with apostrophes
/// inside them ("Children’s"); a run of Chinese, Japanese, Thai... letters cut where the
/// index's fold cuts it (common/normalize.hpp), so that each of its words can match alone.
[[nodiscard]] std::vector<TextWord> split_words(std::string_view text);

} // namespace pressdex
