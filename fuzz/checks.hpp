#pragma once

// What the harnesses check beyond "no crash, leak or sanitizer report": the contracts the
// rest of the indexer relies on. A failed check aborts, so libFuzzer saves the input.

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace pressdex::fuzz {

inline void expect(bool holds, const char* contract) {
    if (holds)
        return;
    std::fprintf(stderr, "contract broken: %s\n", contract);
    std::abort();
}

/// Well-formed UTF-8: shortest forms only, no surrogates, nothing above U+10FFFF.
[[nodiscard]] inline bool is_valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        char32_t c = 0, min = 0;
        if (b0 < 0x80) {
            ++i;
            continue;
        }
        if ((b0 & 0xE0) == 0xC0) {
            n = 2;
            c = b0 & 0x1F;
            min = 0x80;
        } else if ((b0 & 0xF0) == 0xE0) {
            n = 3;
            c = b0 & 0x0F;
            min = 0x800;
        } else if ((b0 & 0xF8) == 0xF0) {
            n = 4;
            c = b0 & 0x07;
            min = 0x10000;
        } else
            return false;
        if (i + n > s.size())
            return false;
        for (std::size_t k = 1; k < n; ++k) {
            const auto b = static_cast<unsigned char>(s[i + k]);
            if ((b & 0xC0) != 0x80)
                return false;
            c = (c << 6) | (b & 0x3F);
        }
        if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            return false;
        i += n;
    }
    return true;
}

/// No C0 control characters but tab and newline (decode.hpp's promise).
[[nodiscard]] inline bool has_only_text_controls(std::string_view s) {
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 && c != '\t' && c != '\n')
            return false;
    }
    return true;
}

/// YYYY-MM-DD with digits where digits belong (parse_date's and find_dateline's output).
[[nodiscard]] inline bool is_iso_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (const std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (s[i] < '0' || s[i] > '9')
            return false;
    const int month = (s[5] - '0') * 10 + (s[6] - '0');
    const int day = (s[8] - '0') * 10 + (s[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

} // namespace pressdex::fuzz
