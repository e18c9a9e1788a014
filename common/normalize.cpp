#include "common/normalize.hpp"

#include "pressdex/error.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace pressdex {
namespace {

const icu::Normalizer2& as_normalizer(const void* p) {
    return *static_cast<const icu::Normalizer2*>(p);
}

bool is_word_char(UChar32 c) { return u_isalnum(c) != 0; }

// Combining marks that are accents on Latin, Greek and Cyrillic letters. Marks of other
// scripts (Devanagari vowel signs, Hebrew points...) carry meaning and are kept.
bool is_accent_mark(UChar32 c) {
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
           (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
           (c >= 0xFE20 && c <= 0xFE2F);
}

bool is_apostrophe_like(UChar32 c) {
    switch (c) {
    case 0x0027: case 0x2018: case 0x2019: case 0x201A: case 0x201B:
    case 0x2032: case 0x02BC: case 0x02B9: case 0xFF07: case 0x0060: case 0x00B4:
        return true;
    default:
        return false;
    }
}

bool is_double_quote_like(UChar32 c) {
    switch (c) {
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2033: case 0x301D: case 0x301E: case 0x301F: case 0xFF02:
        return true;
    default:
        return false;
    }
}

bool is_dash_like(UChar32 c) {
    return (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63 ||
           c == 0xFF0D || c == 0x2E3A || c == 0x2E3B;
}

// Letters that carry no canonical decomposition, so removing marks cannot fold them.
const char16_t* fold_letter(UChar32 c) {
    switch (c) {
    case 0x00F8: return u"o";  // ø
    case 0x0111: return u"d";  // đ
    case 0x00F0: return u"d";  // ð
    case 0x0142: return u"l";  // ł
    case 0x0127: return u"h";  // ħ
    case 0x0131: return u"i";  // dotless ı
    case 0x0167: return u"t";  // ŧ
    case 0x00E6: return u"ae"; // æ
    case 0x0153: return u"oe"; // œ
    case 0x00FE: return u"th"; // þ
    default: return nullptr;
    }
}

// The shared last step: quotes, dashes, accents, special letters and in-word apostrophes.
icu::UnicodeString fold_marks(const icu::UnicodeString& decomposed) {
    icu::UnicodeString out;
    const int32_t n = decomposed.length();
    UChar32 previous_kept = 0;
    for (int32_t i = 0; i < n;) {
        const UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (is_accent_mark(c)) continue;
        if (is_apostrophe_like(c)) {
            // Look past any accent marks for the next base character.
            int32_t j = i;
            UChar32 next = 0;
            while (j < n) {
                next = decomposed.char32At(j);
                if (!is_accent_mark(next)) break;
                j += U16_LENGTH(next);
                next = 0;
            }
            if (is_word_char(previous_kept) && is_word_char(next)) continue;
            out.append(static_cast<UChar>(u'\''));
            previous_kept = '\'';
            continue;
        }
        if (is_double_quote_like(c)) {
            out.append(static_cast<UChar>(u'"'));
        } else if (is_dash_like(c)) {
            out.append(static_cast<UChar>(u'-'));
        } else if (const char16_t* folded = fold_letter(c)) {
            out.append(icu::UnicodeString(folded));
        } else {
            out.append(c);
        }
        previous_kept = c;
    }
    return out;
}

bool is_ascii(std::string_view s) {
    for (unsigned char c : s)
        if (c >= 0x80) return false;
    return true;
}

bool is_ascii_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

bool is_ascii_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Most press releases are ASCII; this path gives the same result as the ICU path for them
// at a fraction of the cost (NFKC_Casefold of ASCII is plain lower-casing).
std::string fold_ascii(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '\'' || c == '`') {
            const bool between = !out.empty() && is_ascii_alnum(out.back()) &&
                                 i + 1 < s.size() && is_ascii_alnum(s[i + 1]);
            if (between) continue;
            out.push_back('\'');
            continue;
        }
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        out.push_back(c);
    }
    return out;
}

} // namespace

Normalizer::Normalizer() {
    UErrorCode status = U_ZERO_ERROR;
    nfkc_casefold_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
    nfd_ = icu::Normalizer2::getNFDInstance(status);
    nfc_ = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status))
        throw Error(std::string("cannot load ICU normalisation data: ") + u_errorName(status));
}

std::string Normalizer::fold(std::string_view utf8) const {
    if (is_ascii(utf8)) return fold_ascii(utf8);
    // Fold run by run between ASCII spaces: most runs of a release are ASCII and take the
    // fast path, and no fold step looks across a space (a space is not a letter for the
    // apostrophe rule, and nothing composes with it), so the result is the same.
    std::string out;
    out.reserve(utf8.size());
    std::size_t start = 0;
    while (start < utf8.size()) {
        std::size_t end = start;
        while (end < utf8.size() && !is_ascii_space(utf8[end])) ++end;
        const std::string_view run = utf8.substr(start, end - start);
        out += is_ascii(run) ? fold_ascii(run) : fold_with_icu(run);
        while (end < utf8.size() && is_ascii_space(utf8[end])) out.push_back(utf8[end++]);
        start = end;
    }
    return out;
}

std::string Normalizer::fold_with_icu(std::string_view utf8) const {
    UErrorCode status = U_ZERO_ERROR;
    const auto text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    const icu::UnicodeString folded = as_normalizer(nfkc_casefold_).normalize(text, status);
    const icu::UnicodeString decomposed = as_normalizer(nfd_).normalize(folded, status);
    const icu::UnicodeString recomposed =
        as_normalizer(nfc_).normalize(fold_marks(decomposed), status);
    if (U_FAILURE(status))
        throw Error(std::string("text normalisation failed: ") + u_errorName(status));
    std::string out;
    recomposed.toUTF8String(out);
    return out;
}

} // namespace pressdex
