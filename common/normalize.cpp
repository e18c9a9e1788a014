#include "common/normalize.hpp"

#include "pressdex/error.hpp"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uscript.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <memory>
#include <vector>

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

constexpr SpellingVariant spelling_table[] = {
#include "common/spelling_variants.inc"
};

// An open-addressing hash set of the table's variants: a word that is no variant costs a
// length check, or a cheap hash and usually one probe.
class SpellingIndex {
  public:
    SpellingIndex() {
        for (std::size_t i = 0; i < std::size(spelling_table); ++i) {
            const std::string_view variant = spelling_table[i].variant;
            std::size_t slot = hash(variant) & mask;
            while (slots_[slot] != empty) slot = (slot + 1) & mask;
            slots_[slot] = static_cast<std::uint16_t>(i);
            shortest_ = std::min(shortest_, variant.size());
            longest_ = std::max(longest_, variant.size());
        }
    }

    // The canonical spelling of `word`, or null if it is no variant.
    [[nodiscard]] const std::string_view* find(std::string_view word) const {
        if (word.size() < shortest_ || word.size() > longest_) return nullptr;
        for (std::size_t slot = hash(word) & mask; slots_[slot] != empty; slot = (slot + 1) & mask) {
            const SpellingVariant& entry = spelling_table[slots_[slot]];
            if (entry.variant == word) return &entry.canonical;
        }
        return nullptr;
    }

  private:
    // Cheap and good enough for 1,800 words: the first and last (up to) 8 bytes and the
    // length, mixed by one multiplication.
    static std::size_t hash(std::string_view word) {
        std::uint64_t head = 0;
        std::uint64_t tail = 0;
        const std::size_t n = std::min<std::size_t>(word.size(), 8);
        std::memcpy(&head, word.data(), n);
        std::memcpy(&tail, word.data() + word.size() - n, n);
        const std::uint64_t mixed = (head ^ (tail * 31) ^ word.size()) * 0x9E3779B97F4A7C15ull;
        return static_cast<std::size_t>(mixed >> 40);
    }

    static constexpr std::size_t size = 8192; // a power of two, over 4x the table
    static constexpr std::size_t mask = size - 1;
    static constexpr std::uint16_t empty = 0xFFFF;
    static_assert(std::size(spelling_table) * 4 < size);

    std::vector<std::uint16_t> slots_ = std::vector<std::uint16_t>(size, empty);
    std::size_t shortest_ = SIZE_MAX;
    std::size_t longest_ = 0;
};

const SpellingIndex& spelling_index() {
    static const SpellingIndex index;
    return index;
}

// What each byte is to respell(): a separator, a lower-case ASCII letter, or another byte
// that continues a word (digits, '_', which Xapian counts as a word character, upper case
// and every byte of a non-ASCII character).
enum ByteClass : std::uint8_t { separator, lower_letter, other_word_byte };

constexpr std::array<ByteClass, 256> byte_classes = [] {
    std::array<ByteClass, 256> classes{};
    for (int c = 0; c < 256; ++c) {
        if (c >= 'a' && c <= 'z')
            classes[c] = lower_letter;
        else if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80)
            classes[c] = other_word_byte;
        else
            classes[c] = separator;
    }
    return classes;
}();

ByteClass byte_class(char c) { return byte_classes[static_cast<unsigned char>(c)]; }

// The last fold step: every whole word that is a spelling variant becomes its canonical
// spelling. Only words of lower-case ASCII letters can be one; a word touching a digit or
// a non-ASCII letter is left alone. One pass, one hash probe per word, and no copy unless
// a word is replaced.
std::string respell(std::string folded) {
    const SpellingIndex& index = spelling_index();
    std::string out;
    std::size_t copied = 0; // folded[0, copied) is in out
    bool changed = false;
    const std::size_t n = folded.size();
    const char* text = folded.data();
    for (std::size_t i = 0; i < n;) {
        if (byte_class(text[i]) == separator) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (i < n && byte_class(text[i]) == lower_letter) ++i;
        if (i < n && byte_class(text[i]) == other_word_byte) { // not a plain word: skip it
            while (i < n && byte_class(text[i]) != separator) ++i;
            continue;
        }
        const std::string_view* canonical = index.find({text + start, i - start});
        if (!canonical) continue;
        if (!changed) out.reserve(n);
        changed = true;
        out.append(folded, copied, start - copied);
        out.append(*canonical);
        copied = i;
    }
    if (!changed) return folded;
    out.append(folded, copied);
    return out;
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

// ICU's dictionary-based word break iterator, one per thread (an iterator is not
// thread-safe, and creating one costs more than using it).
icu::BreakIterator& word_iterator() {
    thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> created(
            icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status) || !created)
            throw Error(std::string("cannot load ICU word break data: ") + u_errorName(status));
        return created;
    }();
    return *iterator;
}

// Boundaries (UTF-8 byte offsets, first 0, last the size) of the words of a run of letters
// of the unspaced scripts.
std::vector<int32_t> word_breaks(std::string_view run) {
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(run.data(), static_cast<int32_t>(run.size())));
    icu::BreakIterator& iterator = word_iterator();
    iterator.setText(text);
    std::vector<int32_t> breaks;
    int32_t utf8_offset = 0;
    int32_t utf16_offset = 0;
    for (int32_t b = iterator.first(); b != icu::BreakIterator::DONE; b = iterator.next()) {
        // Count the UTF-8 bytes of the UTF-16 units passed since the last boundary.
        while (utf16_offset < b) {
            const UChar32 c = text.char32At(utf16_offset);
            utf16_offset += U16_LENGTH(c);
            utf8_offset += U8_LENGTH(c);
        }
        breaks.push_back(utf8_offset);
    }
    return breaks;
}

// Chinese, Japanese, Thai (and Korean, Lao, Khmer, Burmese) are written without spaces
// between words: each run of their letters is cut into words by ICU's dictionary-based word
// break iterator, with a space between two words and between the run and a letter or digit
// next to it. Then Xapian indexes and queries words of these languages as it does English
// ones, instead of a whole sentence as one term.
icu::UnicodeString separate_words(const icu::UnicodeString& text) {
    const int32_t n = text.length();
    int32_t i = 0;
    while (i < n && !is_unspaced_script(text.char32At(i))) i += U16_LENGTH(text.char32At(i));
    if (i == n) return text; // the usual case: nothing to segment
    icu::UnicodeString out(text, 0, i);
    while (i < n) {
        const UChar32 c = text.char32At(i);
        if (!is_unspaced_script(c)) {
            out.append(c);
            i += U16_LENGTH(c);
            continue;
        }
        int32_t end = i;
        while (end < n && is_unspaced_script(text.char32At(end))) end += U16_LENGTH(text.char32At(end));
        const icu::UnicodeString run(text, i, end - i);
        if (i > 0 && u_isalnum(text.char32At(i - 1))) out.append(static_cast<UChar>(u' '));
        icu::BreakIterator& iterator = word_iterator();
        iterator.setText(run);
        int32_t from = iterator.first();
        for (int32_t to = iterator.next(); to != icu::BreakIterator::DONE; from = to, to = iterator.next()) {
            if (from > 0) out.append(static_cast<UChar>(u' '));
            out.append(run, from, to - from);
        }
        if (end < n && u_isalnum(text.char32At(end))) out.append(static_cast<UChar>(u' '));
        i = end;
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

std::span<const SpellingVariant> spelling_variants() noexcept { return spelling_table; }

std::string_view canonical_spelling(std::string_view folded_word) {
    const std::string_view* canonical = spelling_index().find(folded_word);
    return canonical ? *canonical : folded_word;
}

std::string Normalizer::fold(std::string_view utf8) const {
    return respell(fold_characters(utf8));
}

std::string Normalizer::fold_characters(std::string_view utf8) const {
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
    separate_words(recomposed).toUTF8String(out);
    return out;
}

bool is_unspaced_script(char32_t c) {
    if (c < 0x0E00 || c > 0x10FFFF) return false; // below Thai: nothing to segment
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(static_cast<UChar32>(c), &status)) {
    case USCRIPT_HAN: case USCRIPT_HIRAGANA: case USCRIPT_KATAKANA: case USCRIPT_HANGUL:
    case USCRIPT_THAI: case USCRIPT_LAO: case USCRIPT_KHMER: case USCRIPT_MYANMAR:
        return true;
    default:
        // The Japanese prolonged sound mark (ー) and iteration marks belong to the words.
        return c == 0x30FC || c == 0x3005 || c == 0x309D || c == 0x309E || c == 0x30FD ||
               c == 0x30FE;
    }
}

std::vector<std::pair<std::size_t, std::size_t>> segment_words(std::string_view utf8) {
    std::vector<std::pair<std::size_t, std::size_t>> words;
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        const int32_t start = i;
        U8_NEXT(bytes, i, length, c);
        if (c < 0 || !is_unspaced_script(static_cast<char32_t>(c))) continue;
        int32_t end = i;
        while (end < length) {
            int32_t next = end;
            U8_NEXT(bytes, next, length, c);
            if (c < 0 || !is_unspaced_script(static_cast<char32_t>(c))) break;
            end = next;
        }
        const std::vector<int32_t> breaks = word_breaks(utf8.substr(start, end - start));
        for (std::size_t b = 0; b + 1 < breaks.size(); ++b)
            words.emplace_back(start + breaks[b], start + breaks[b + 1]);
        i = end;
    }
    return words;
}

std::string joined_hyphen_words(std::string_view folded) {
    const auto is_word_byte = [](unsigned char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
    };
    std::string joined;
    std::size_t i = 0;
    while (i < folded.size()) {
        if (!is_word_byte(static_cast<unsigned char>(folded[i]))) {
            ++i;
            continue;
        }
        // One run of word bytes and inner hyphens: "e-mail", "state-of-the-art".
        std::string word;
        bool hyphenated = false;
        bool has_letter = false;
        for (; i < folded.size(); ++i) {
            const auto c = static_cast<unsigned char>(folded[i]);
            if (is_word_byte(c)) {
                word.push_back(static_cast<char>(c));
                has_letter = has_letter || !(c >= '0' && c <= '9');
            } else if (c == '-' && i + 1 < folded.size() &&
                       is_word_byte(static_cast<unsigned char>(folded[i + 1])) && !word.empty()) {
                hyphenated = true;
            } else {
                break;
            }
        }
        if (hyphenated && has_letter) {
            if (!joined.empty()) joined.push_back(' ');
            joined += word;
        }
    }
    return joined;
}

} // namespace pressdex
