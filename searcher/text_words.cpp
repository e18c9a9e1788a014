#include "searcher/text_words.hpp"

#include "common/normalize.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace pressdex {
namespace {

UChar32 decode_code_point(std::string_view text, std::size_t offset, std::size_t& next) {
    int32_t i = static_cast<int32_t>(offset);
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
    next = static_cast<std::size_t>(i);
    return c;
}

// Small enough to be inlined for the ASCII bytes that are most of a release.
inline UChar32 code_point_at(std::string_view text, std::size_t offset, std::size_t& next) {
    if (const auto byte = static_cast<unsigned char>(text[offset]); byte < 0x80) {
        next = offset + 1;
        return byte;
    }
    return decode_code_point(text, offset, next);
}

bool is_other_word_char(UChar32 c) {
    const int8_t type = u_charType(c);
    return u_isalnum(c) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

// Inlined for ASCII, most of a release's text: no ICU lookup.
inline bool is_word_char(UChar32 c) {
    if (c < 0) return false;
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return is_other_word_char(c);
}

bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

void push_word(std::string_view text, const TextWord& word, bool ascii, std::vector<TextWord>& words) {
    if (ascii) {
        words.push_back(word); // no script that needs cutting is ASCII
        return;
    }
    const auto segments = segment_words(text.substr(word.begin, word.end - word.begin));
    if (segments.empty()) {
        words.push_back(word);
        return;
    }
    std::size_t at = word.begin;
    for (const auto& [begin, end] : segments) {
        if (word.begin + begin > at) words.push_back(TextWord{at, word.begin + begin});
        words.push_back(TextWord{word.begin + begin, word.begin + end});
        at = word.begin + end;
    }
    if (at < word.end) words.push_back(TextWord{at, word.end});
}

} // namespace

std::vector<TextWord> split_words(std::string_view text) {
    std::vector<TextWord> words;
    words.reserve(text.size() / 6); // about a word per 6 bytes of English
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t next;
        const UChar32 c = code_point_at(text, i, next);
        if (!is_word_char(c)) {
            i = next;
            continue;
        }
        TextWord word{i, next};
        bool ascii = c < 0x80;
        i = next;
        while (i < text.size()) {
            const UChar32 d = code_point_at(text, i, next);
            if (is_word_char(d)) {
                word.end = i = next;
            } else if (is_apostrophe(d) && next < text.size()) {
                std::size_t after;
                const UChar32 e = code_point_at(text, next, after);
                if (!is_word_char(e)) break;
                word.end = i = after;
                ascii = ascii && e < 0x80;
            } else {
                break;
            }
            ascii = ascii && d < 0x80;
        }
        push_word(text, word, ascii, words);
    }
    return words;
}

} // namespace pressdex
