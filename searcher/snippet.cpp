#include "searcher/snippet.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <unordered_map>

namespace pressdex {
namespace {

struct Word {
    std::size_t begin; // byte offsets in the text
    std::size_t end;
    std::size_t char_end = 0; // characters from the start of the text to `end`
    bool matched = false;
};

UChar32 code_point_at(std::string_view text, std::size_t offset, std::size_t& next) {
    int32_t i = static_cast<int32_t>(offset);
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
    next = static_cast<std::size_t>(i);
    return c;
}

bool is_word_char(UChar32 c) {
    if (c < 0) return false;
    if (c < 0x80) // most of a release's text: no ICU lookup
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    const int8_t type = u_charType(c);
    return u_isalnum(c) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

// A run of Chinese, Japanese, Thai... letters is cut into words where the fold cuts it
// (common/normalize.hpp), so that each of its words can match on its own.
void push_word(std::string_view text, const Word& word, std::vector<Word>& words) {
    const std::string_view piece = text.substr(word.begin, word.end - word.begin);
    if (std::all_of(piece.begin(), piece.end(), [](char c) { return (c & 0x80) == 0; })) {
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
        if (word.begin + begin > at) words.push_back(Word{at, word.begin + begin});
        words.push_back(Word{word.begin + begin, word.begin + end});
        at = word.begin + end;
    }
    if (at < word.end) words.push_back(Word{at, word.end});
}

// Words as runs of letters, digits and marks, with apostrophes inside them.
std::vector<Word> split_words(std::string_view text) {
    std::vector<Word> words;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t next;
        const UChar32 c = code_point_at(text, i, next);
        if (!is_word_char(c)) {
            i = next;
            continue;
        }
        Word word{i, next};
        i = next;
        while (i < text.size()) {
            const UChar32 d = code_point_at(text, i, next);
            if (is_word_char(d)) {
                word.end = i = next;
            } else if (is_apostrophe(d) && next < text.size()) {
                std::size_t after;
                if (!is_word_char(code_point_at(text, next, after))) break;
                word.end = i = after;
            } else {
                break;
            }
        }
        push_word(text, word, words);
    }
    return words;
}

void count_chars(std::string_view text, std::vector<Word>& words) {
    std::size_t chars = 0;
    std::size_t offset = 0;
    for (Word& word : words) {
        for (; offset < word.end; ++offset)
            chars += (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
        word.char_end = chars;
    }
}

// Characters from the start of word `from` to the end of word `to`.
std::size_t span_chars(const std::vector<Word>& words, std::size_t from, std::size_t to) {
    const std::size_t before = from == 0 ? 0 : words[from - 1].char_end;
    return words[to].char_end - before;
}

void append_collapsed(std::string& out, std::string_view piece) {
    for (char c : piece) {
        const bool space = c == ' ' || c == '\n' || c == '\t';
        if (space) {
            if (!out.empty() && out.back() != ' ') out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
}

} // namespace

MatchWords MatchWords::from_query(const Xapian::Query& query, std::vector<std::string> prefixes) {
    MatchWords match;
    match.prefixes = std::move(prefixes);
    for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
        const std::string& term = *it;
        std::size_t prefix_end = 0;
        while (prefix_end < term.size() && term[prefix_end] >= 'A' && term[prefix_end] <= 'Z')
            ++prefix_end;
        std::string_view prefix(term.data(), prefix_end);
        const std::string word = term.substr(prefix_end);
        if (word.empty()) continue;
        const bool stemmed = prefix.starts_with("Z");
        if (stemmed) prefix.remove_prefix(1);
        // Only the free-text fields whose words appear in the body are highlighted.
        if (prefix != "" && prefix != "S" && prefix != "XPLACE") continue;
        (stemmed ? match.stems : match.words).insert(word);
    }
    return match;
}

bool SnippetMaker::matches(std::string_view word, const MatchWords& match) const {
    const std::string folded = normalizer_.fold(word);
    if (match.words.count(folded)) return true;
    if (!match.stems.empty() && match.stems.count(stemmer_(folded))) return true;
    return std::any_of(match.prefixes.begin(), match.prefixes.end(),
                       [&](const std::string& prefix) { return folded.starts_with(prefix); });
}

std::string SnippetMaker::make(std::string_view text, const MatchWords& match,
                               const SnippetStyle& style) const {
    std::vector<Word> words = split_words(text);
    if (words.empty()) return {};
    count_chars(text, words);
    std::vector<std::size_t> hits;
    // Releases repeat their words: fold and stem each distinct one once.
    std::unordered_map<std::string_view, bool> seen;
    for (std::size_t i = 0; i < words.size(); ++i) {
        Word& word = words[i];
        const std::string_view piece = text.substr(word.begin, word.end - word.begin);
        const auto [it, fresh] = seen.try_emplace(piece, false);
        if (fresh) it->second = matches(piece, match);
        word.matched = it->second;
        if (word.matched) hits.push_back(i);
    }

    // The window starting at each matched word: count distinct matched words that fit.
    std::size_t first = 0;
    std::size_t best_distinct = 0;
    for (std::size_t h = 0; h < hits.size(); ++h) {
        std::unordered_set<std::string> distinct;
        for (std::size_t k = h; k < hits.size(); ++k) {
            const Word& word = words[hits[k]];
            if (span_chars(words, hits[h], hits[k]) > style.max_chars) break;
            distinct.insert(normalizer_.fold(text.substr(word.begin, word.end - word.begin)));
        }
        if (distinct.size() > best_distinct) {
            best_distinct = distinct.size();
            first = hits[h];
        }
    }
    // Start a few words before the first match, for context.
    first = first > 4 && !style.whole_text ? first - 4 : 0;

    std::string out;
    if (first > 0) out = "… ";
    std::size_t last_end = words[first].begin;
    std::size_t i = first;
    for (; i < words.size(); ++i) {
        const Word& word = words[i];
        if (!style.whole_text && span_chars(words, first, i) > style.max_chars) break;
        append_collapsed(out, text.substr(last_end, word.begin - last_end));
        const std::string_view piece = text.substr(word.begin, word.end - word.begin);
        if (word.matched) out += style.highlight_begin;
        out.append(piece);
        if (word.matched) out += style.highlight_end;
        last_end = word.end;
    }
    if (i < words.size()) {
        out += " …";
    } else {
        append_collapsed(out, text.substr(last_end));
        while (!out.empty() && out.back() == ' ') out.pop_back();
    }
    return out;
}

} // namespace pressdex
