#include "indexer/decode.hpp"

#include "pressdex/error.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <memory>

namespace pressdex {
namespace {

// windows-1252 bytes 0x80..0x9F; 0 where the code page leaves a byte undefined.
constexpr std::array<char16_t, 32> cp1252_high = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

char32_t cp1252_to_unicode(unsigned char b) {
    if (b < 0x80 || b >= 0xA0) return b;
    const char16_t c = cp1252_high[b - 0x80];
    return c ? c : 0xFFFD;
}

// Length of the valid UTF-8 sequence starting at s[i], or 0 if it is not one.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) return 1;
    std::size_t n;
    char32_t min;
    if ((b0 & 0xE0) == 0xC0) { n = 2; min = 0x80; }
    else if ((b0 & 0xF0) == 0xE0) { n = 3; min = 0x800; }
    else if ((b0 & 0xF8) == 0xF0) { n = 4; min = 0x10000; }
    else return 0;
    if (i + n > s.size()) return 0;
    char32_t c = b0 & (0x7F >> n);
    for (std::size_t k = 1; k < n; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        c = (c << 6) | (byte(i + k) & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
    return n;
}

struct Utf8Census {
    std::size_t multibyte = 0; // valid sequences of two or more bytes
    std::size_t invalid = 0;   // bytes that start no valid sequence
};

Utf8Census count_utf8(std::string_view s) {
    Utf8Census census;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t n = utf8_sequence_length(s, i);
        if (n == 0) {
            ++census.invalid;
            ++i;
        } else {
            census.multibyte += n > 1;
            i += n;
        }
    }
    return census;
}

// Valid UTF-8 kept; each invalid byte read as windows-1252.
std::string repair_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t n = utf8_sequence_length(s, i);
        if (n == 0) {
            append_utf8(out, cp1252_to_unicode(static_cast<unsigned char>(s[i])));
            ++i;
        } else {
            out.append(s.substr(i, n));
            i += n;
        }
    }
    return out;
}

struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};
struct DetectorCloser {
    void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// Converts with ICU; undecodable bytes become U+FFFD (ICU's default substitution).
std::string convert_with_icu(std::string_view bytes, const char* charset) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(charset, &status));
    if (U_FAILURE(status)) throw Error(std::string("unknown charset ") + charset);
    const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()),
                                  converter.get(), status);
    if (U_FAILURE(status))
        throw Error(std::string("cannot convert from ") + charset + ": " + u_errorName(status));
    std::string out;
    text.toUTF8String(out);
    return out;
}

std::string detect_legacy_charset(std::string_view bytes) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    // The detector only needs a sample; long files would cost time for nothing.
    const auto sample = bytes.substr(0, std::min<std::size_t>(bytes.size(), 64 * 1024));
    ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
    const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
    std::string name = "windows-1252";
    if (U_SUCCESS(status) && match) {
        const char* detected = ucsdet_getName(match, &status);
        const int confidence = ucsdet_getConfidence(match, &status);
        if (U_SUCCESS(status) && detected && confidence >= 30) name = detected;
    }
    // Legacy Western text is written in windows-1252 even when labelled or detected as
    // Latin-1: the 0x80-0x9F bytes are its curly quotes and dashes, never C1 controls.
    if (name == "ISO-8859-1" || name == "UTF-8" || name.rfind("UTF-16", 0) == 0 ||
        name.rfind("UTF-32", 0) == 0)
        name = "windows-1252";
    return name;
}

bool looks_binary(std::string_view bytes) {
    const auto sample = bytes.substr(0, std::min<std::size_t>(bytes.size(), 64 * 1024));
    std::size_t controls = 0;
    for (unsigned char c : sample)
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
    // Over 1% control bytes, and more than a stray few.
    return controls > 8 && controls * 100 > sample.size();
}

// Line ends to "\n"; NUL and other C0 controls (but tab and newline) removed; form feed
// becomes a paragraph break.
std::string clean_controls(std::string text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r') {
            out.push_back('\n');
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else if (c == '\f') {
            out.append("\n\n");
        } else if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') {
            continue;
        } else {
            out.push_back(c);
        }
    }
    return out;
}

// UTF-16 without a byte-order mark (Notepad's "Unicode" saved by some tools): Latin text
// then has a NUL in every other byte, which would otherwise read as binary. The charset,
// or nothing when the NULs do not fall that way.
const char* unmarked_utf16(std::string_view bytes) {
    const std::size_t length = std::min<std::size_t>(bytes.size(), 64 * 1024);
    const auto sample = bytes.substr(0, length & ~std::size_t{1}); // whole code units
    if (sample.size() < 8) return nullptr;
    std::size_t even_nuls = 0, odd_nuls = 0;
    for (std::size_t i = 0; i < sample.size(); i += 2) {
        even_nuls += sample[i] == '\0';
        odd_nuls += sample[i + 1] == '\0';
    }
    const std::size_t units = sample.size() / 2;
    // Most code units are Latin (one NUL byte), almost none are U+0000 (two).
    if (odd_nuls * 10 >= units * 7 && even_nuls * 50 <= units) return "UTF-16LE";
    if (even_nuls * 10 >= units * 7 && odd_nuls * 50 <= units) return "UTF-16BE";
    return nullptr;
}

// Converted text that is mostly undecodable or control characters came from a binary file
// that happened to start like a byte-order mark.
bool converted_binary(std::string_view utf8) {
    std::size_t characters = 0, suspicious = 0;
    for (std::size_t i = 0; i < utf8.size() && characters < 64 * 1024; ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if ((c & 0xC0) == 0x80) continue; // inside a multi-byte character
        ++characters;
        const bool replacement = utf8.substr(i, 3) == "\xEF\xBF\xBD";
        suspicious += replacement || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
    }
    return suspicious > 8 && suspicious * 10 > characters;
}

bool starts_with_bytes(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

} // namespace

DecodedText decode_to_utf8(std::string_view bytes) {
    DecodedText out;
    struct Bom {
        std::string_view mark;
        const char* charset;
    };
    using namespace std::string_view_literals;
    // UTF-32LE before UTF-16LE: its mark begins with UTF-16LE's.
    static constexpr std::array<Bom, 5> boms{{{"\xFF\xFE\x00\x00"sv, "UTF-32LE"},
                                              {"\x00\x00\xFE\xFF"sv, "UTF-32BE"},
                                              {"\xEF\xBB\xBF"sv, "UTF-8"},
                                              {"\xFF\xFE"sv, "UTF-16LE"},
                                              {"\xFE\xFF"sv, "UTF-16BE"}}};
    for (const Bom& bom : boms) {
        const std::string_view mark = bom.mark;
        if (!starts_with_bytes(bytes, mark)) continue;
        const auto rest = bytes.substr(mark.size());
        out.charset = bom.charset;
        if (out.charset == "UTF-8") {
            if (looks_binary(rest)) throw Error("binary content, not text");
            out.invalid_bytes = count_utf8(rest).invalid;
            out.text = clean_controls(out.invalid_bytes ? repair_utf8(rest) : std::string(rest));
        } else {
            std::string converted = convert_with_icu(rest, bom.charset);
            if (converted_binary(converted)) throw Error("binary content, not text");
            out.text = clean_controls(std::move(converted));
        }
        return out;
    }
    if (const char* utf16 = unmarked_utf16(bytes)) {
        std::string converted = convert_with_icu(bytes, utf16);
        if (!converted_binary(converted)) {
            out.charset = utf16;
            out.text = clean_controls(std::move(converted));
            return out;
        }
    }

    if (looks_binary(bytes)) throw Error("binary content, not text");

    const Utf8Census census = count_utf8(bytes);
    if (census.invalid == 0) {
        out.charset = "UTF-8";
        out.text = clean_controls(std::string(bytes));
    } else if (census.multibyte > 0 && census.invalid <= census.multibyte * 4) {
        out.charset = "UTF-8";
        out.invalid_bytes = census.invalid;
        out.text = clean_controls(repair_utf8(bytes));
    } else {
        out.charset = detect_legacy_charset(bytes);
        out.text = clean_controls(convert_with_icu(bytes, out.charset.c_str()));
    }
    return out;
}

} // namespace pressdex
