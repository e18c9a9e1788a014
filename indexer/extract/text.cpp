#include "indexer/extract/text.hpp"

#include "indexer/extract/lexicon.hpp"

#include <unicode/uchar.h>

namespace pressdex::extract::detail {

char32_t next_multibyte_cp(std::string_view s, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    int len = 0;
    char32_t cp = 0;
    if ((b0 & 0xE0) == 0xC0) {
        len = 2;
        cp = b0 & 0x1F;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3;
        cp = b0 & 0x0F;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4;
        cp = b0 & 0x07;
    } else {
        ++i;
        return 0xFFFD;
    }
    if (i + static_cast<std::size_t>(len) > s.size()) {
        ++i;
        return 0xFFFD;
    }
    for (int k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
        if ((b & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    i += static_cast<std::size_t>(len);
    return cp;
}

bool is_space_cp(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
           c == 0x200B || c == 0xFEFF || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x3000;
}

bool is_non_ascii_letter_cp(char32_t c) { return u_isUAlphabetic(static_cast<UChar32>(c)) != 0; }

bool is_non_ascii_upper_cp(char32_t c) { return u_isupper(static_cast<UChar32>(c)) != 0; }

bool is_apostrophe_cp(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2018; }

bool is_dash_cp(char32_t c) { return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }

namespace {

bool is_alnum_cp(char32_t c) { return is_letter_cp(c) || (c >= '0' && c <= '9'); }

char32_t peek_cp(std::string_view s, std::size_t i) {
    if (i >= s.size()) return 0;
    return next_cp(s, i);
}

void classify(Token& t) {
    std::size_t i = 0;
    bool first = true;
    int letters = 0;
    int uppers = 0;
    int lowers = 0;
    bool inner_upper = false;
    while (i < t.text.size()) {
        const char32_t c = next_cp(t.text, i);
        if (c >= '0' && c <= '9') t.has_digit = true;
        if (is_letter_cp(c)) {
            ++letters;
            if (is_upper_cp(c)) {
                ++uppers;
                if (first) t.initial_upper = true;
                else inner_upper = true;
            } else {
                ++lowers;
            }
            first = false;
        } else if (first && c >= '0' && c <= '9') {
            first = false;
        }
    }
    t.allcaps = letters >= 2 && lowers == 0;
    t.cap = t.initial_upper || (inner_upper && letters >= 3);
}

// "FDA-approved", "NIH-funded", "FBI-led": an acronym of two to six capitals before a hyphen
// and a participle in lower case names a body that approved, funded or led; the acronym is a
// word of its own. [start, end) is the acronym, the participle starts at `from`.
bool acronym_before_participle(std::string_view s, std::size_t start, std::size_t end, std::size_t from) {
    if (end - start < 2 || end - start > 6) return false;
    for (std::size_t k = start; k < end; ++k)
        if (s[k] < 'A' || s[k] > 'Z') return false;
    std::size_t stop = from;
    while (stop < s.size() && s[stop] >= 'a' && s[stop] <= 'z') ++stop;
    if (stop < s.size() && (is_alnum_cp(peek_cp(s, stop)) || s[stop] == '-')) return false;
    const std::string_view tail = s.substr(from, stop - from);
    return tail.size() >= 3 && (tail.ends_with("ed") || tail == "run");
}

} // namespace

std::vector<Token> tokenize(std::string_view s) {
    std::vector<Token> out;
    out.reserve(s.size() / 5 + 4);
    std::size_t i = 0;
    while (i < s.size()) {
        const std::size_t start = i;
        const char32_t c = next_cp(s, i);
        if (is_space_cp(c)) continue;
        if (!is_alnum_cp(c)) {
            Token t;
            t.begin = static_cast<std::uint32_t>(start);
            t.end = static_cast<std::uint32_t>(i);
            t.text = s.substr(start, i - start);
            t.kind = Tok::Punct;
            out.push_back(t);
            continue;
        }
        // A word: extend over alphanumerics and the joiners described above.
        std::size_t end = i;
        while (end < s.size()) {
            std::size_t j = end;
            const char32_t d = next_cp(s, j);
            if (is_alnum_cp(d)) {
                end = j;
                continue;
            }
            const char32_t after = peek_cp(s, j);
            const bool hyphen = d == '-' || d == 0x2010 || d == 0x2011;
            if (hyphen && acronym_before_participle(s, start, end, j)) break;
            if ((is_apostrophe_cp(d) || hyphen) && is_alnum_cp(after)) {
                end = j;
                continue;
            }
            if (d == '.' && is_alnum_cp(after)) {
                // U.S, J.P, Quibly.io, 2.5 join; "States.Acting" (a lost sentence space) does not
                std::size_t seg = end;
                while (seg > start && s[seg - 1] != '.') --seg;
                const bool single = end - seg == 1;
                const bool lower_after = !is_upper_cp(after);
                if (single || lower_after) {
                    end = j;
                    continue;
                }
            }
            if (d == '&' && after >= 'A' && after <= 'Z' && end > start &&
                s[end - 1] >= 'A' && s[end - 1] <= 'Z' && end - start <= 3) {
                end = j; // AT&T, P&G, but not "Smith & Wesley"
                continue;
            }
            break;
        }
        // s' possessive (Veterans') stays on the word
        if (end < s.size() && s[end] == '\'' && end > start && (s[end - 1] == 's') &&
            (end + 1 >= s.size() || s[end + 1] == ' ')) {
            ++end;
        }
        std::string_view w = s.substr(start, end - start);
        if (end < s.size() && s[end] == '.') {
            bool single_letter = false;
            {
                std::size_t k = 0;
                next_cp(w, k);
                single_letter = k == w.size() && is_letter_cp(c);
            }
            // "U.S." and "Ph.D." keep their last stop; in "Quibly.com." and "Quibly.io." it ends a sentence
            const bool dotted = w.find('.') != std::string_view::npos &&
                                w.find_first_of("0123456789") == std::string_view::npos &&
                                w.size() - w.rfind('.') == 2;
            if (single_letter || dotted || is_abbreviation(w)) ++end;
        }
        Token t;
        t.begin = static_cast<std::uint32_t>(start);
        t.end = static_cast<std::uint32_t>(end);
        t.text = s.substr(start, end - start);
        t.kind = Tok::Word;
        classify(t);
        out.push_back(t);
        i = end;
    }
    return out;
}

ParagraphTokens tokenize_each(const std::vector<std::string>& paragraphs) {
    ParagraphTokens tokens;
    tokens.reserve(paragraphs.size());
    for (const std::string& p : paragraphs) tokens.push_back(tokenize(p));
    return tokens;
}

std::size_t fold_word_into(std::string_view w, char* out) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < w.size();) {
        const auto b = static_cast<unsigned char>(w[i]);
        if (b < 0x80) {
            out[n++] = static_cast<char>((b >= 'A' && b <= 'Z') ? b + 32 : b);
            ++i;
            continue;
        }
        std::size_t j = i;
        const char32_t c = next_cp(w, j);
        if (c == 0x2019 || c == 0x2018) {
            out[n++] = '\'';
        } else {
            for (std::size_t k = i; k < j; ++k) out[n++] = w[k];
        }
        i = j;
    }
    if (n > 0 && out[n - 1] == '.') --n;
    return n;
}

std::string fold_word(std::string_view w) {
    std::string out(w.size(), '\0');
    out.resize(fold_word_into(w, out.data()));
    return out;
}

std::string_view trim(std::string_view s) {
    std::size_t b = 0;
    while (b < s.size()) {
        std::size_t j = b;
        if (!is_space_cp(next_cp(s, j))) break;
        b = j;
    }
    std::size_t e = s.size();
    while (e > b) {
        // step back one code point
        std::size_t k = e - 1;
        while (k > b && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
        std::size_t j = k;
        if (!is_space_cp(next_cp(s, j))) break;
        e = k;
    }
    return s.substr(b, e - b);
}

std::string_view span_text(std::string_view src, const std::vector<Token>& t, std::size_t first,
                           std::size_t last) {
    if (first > last || last >= t.size()) return {};
    return src.substr(t[first].begin, t[last].end - t[first].begin);
}

std::string squeeze_spaces(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t j = i;
        const char32_t c = next_cp(s, j);
        if (is_space_cp(c)) {
            space = true;
        } else {
            if (space && !out.empty()) out.push_back(' ');
            space = false;
            out.append(s.substr(i, j - i));
        }
        i = j;
    }
    return out;
}

std::size_t count_words(std::string_view s) {
    std::size_t n = 0;
    bool in = false;
    for (std::size_t i = 0; i < s.size();) {
        const char32_t c = next_cp(s, i);
        const bool a = is_alnum_cp(c);
        if (a && !in) ++n;
        in = a || (in && is_apostrophe_cp(c));
    }
    return n;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char a = s[i];
        char b = prefix[i];
        if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + 32);
        if (b >= 'A' && b <= 'Z') b = static_cast<char>(b + 32);
        if (a != b) return false;
    }
    return true;
}

} // namespace pressdex::extract::detail
