#pragma once
// Low-level text helpers shared by the extraction stages: UTF-8 decoding, a word/punctuation
// tokenizer that keeps byte offsets, and small string utilities. Internal to pressdex_extract.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pressdex::extract::detail {

/// "No token": a position past every token, and past every byte of a text.
inline constexpr std::size_t npos = static_cast<std::size_t>(-1);

/// next_cp for a multi-byte sequence (s[i] >= 0x80).
char32_t next_multibyte_cp(std::string_view s, std::size_t& i);

/// Decodes the code point at s[i] and advances i; invalid bytes decode as U+FFFD (one byte).
/// Inline for ASCII: the tokenizer calls it for every character of every release.
inline char32_t next_cp(std::string_view s, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 >= 0x80) return next_multibyte_cp(s, i);
    ++i;
    return b0;
}

bool is_space_cp(char32_t c);
bool is_non_ascii_letter_cp(char32_t c);
bool is_non_ascii_upper_cp(char32_t c);

inline bool is_letter_cp(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return is_non_ascii_letter_cp(c);
}

inline bool is_upper_cp(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    return is_non_ascii_upper_cp(c);
}
bool is_apostrophe_cp(char32_t c); // ' or U+2019 / U+2018
bool is_dash_cp(char32_t c);       // - and the Unicode dashes

enum class Tok : std::uint8_t { Word, Punct };

/// One token of a text; text is a view into the tokenized string.
struct Token {
    std::string_view text;
    std::uint32_t begin = 0; // byte offset in the tokenized string
    std::uint32_t end = 0;
    Tok kind = Tok::Punct;
    bool cap = false;       // first letter upper case, or an upper-case letter inside (eBay)
    bool allcaps = false;   // every letter upper case (and at least two letters)
    bool initial_upper = false; // first code point is an upper-case letter
    bool has_digit = false;
};

/// Splits text into words and punctuation.
/// Step by step: (1) whitespace separates tokens; (2) a word is a run of letters and digits
/// joined by apostrophes, hyphens (not an acronym's before a participle: "FDA-approved" is
/// "FDA", "-", "approved"), '&' between capitals (AT&T) or '.' followed by an
/// alphanumeric (U.S, Quibly.io, 2.5); (3) a final '.' stays on the word when the word is an
/// abbreviation (Dr., Inc., a single-letter initial, or already dotted like U.S.); (4) every
/// other character is its own punctuation token (multi-byte characters stay whole). Words
/// that lost the space between them are parted before, where the text is read
/// (indexer/glued_words.hpp).
std::vector<Token> tokenize(std::string_view text);

/// The tokens of each paragraph, tokens[i] those of paragraphs[i]: tokenized once and shared
/// by the extraction stages, which each read every paragraph.
using ParagraphTokens = std::vector<std::vector<Token>>;
ParagraphTokens tokenize_each(const std::vector<std::string>& paragraphs);

/// Lower-cases ASCII letters, maps U+2019 to ', drops a final '.'; for table look-ups.
std::string fold_word(std::string_view w);

/// fold_word into `out`, which has room for w.size() bytes (folding never lengthens a
/// word); returns the folded length. For look-ups that need no string of their own.
std::size_t fold_word_into(std::string_view w, char* out);

/// Trims ASCII and Unicode whitespace on both ends.
std::string_view trim(std::string_view s);

/// Text between two tokens of the same tokenized string (inclusive), as written.
std::string_view span_text(std::string_view src, const std::vector<Token>& t, std::size_t first,
                           std::size_t last);

/// Collapses runs of whitespace to one space and trims.
std::string squeeze_spaces(std::string_view s);

/// Counts words (alphanumeric runs) in s.
std::size_t count_words(std::string_view s);

bool starts_with_ci(std::string_view s, std::string_view prefix);

} // namespace pressdex::extract::detail
