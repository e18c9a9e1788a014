#include "common/character_references.hpp"

#include <unicode/utf8.h>

#include <charconv>

namespace pressdex {
namespace {

// The code point a reference's name or number stands for, or -1.
UChar32 referenced(std::string_view name) {
    if (name == "amp") return '&';
    if (name == "lt") return '<';
    if (name == "gt") return '>';
    if (name == "quot") return '"';
    if (name == "apos") return '\'';
    if (name.size() < 2 || name[0] != '#') return -1;
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const std::string_view digits = name.substr(hex ? 2 : 1);
    std::uint32_t value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
    if (digits.empty() || error != std::errc() || end != digits.data() + digits.size() || value == 0 ||
        value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return -1;
    return static_cast<UChar32>(value);
}

} // namespace

std::string with_referenced_characters(std::string_view text) {
    if (text.find('&') == std::string_view::npos) return std::string(text);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t semicolon = text[i] == '&' ? text.find(';', i + 1) : std::string_view::npos;
        if (semicolon != std::string_view::npos && semicolon - i <= 10) {
            if (const UChar32 c = referenced(text.substr(i + 1, semicolon - i - 1)); c >= 0) {
                char bytes[U8_MAX_LENGTH];
                std::int32_t length = 0;
                U8_APPEND_UNSAFE(bytes, length, c);
                out.append(bytes, static_cast<std::size_t>(length));
                i = semicolon + 1;
                continue;
            }
        }
        out.push_back(text[i++]);
    }
    return out;
}

} // namespace pressdex
