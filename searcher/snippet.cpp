#include "searcher/snippet.hpp"

#include "searcher/text_words.hpp"

#include <algorithm>
#include <unordered_map>

namespace pressdex {
namespace {

struct Word : TextWord {
    std::size_t char_end = 0; // characters from the start of the text to `end`
    int number = -1;          // of the folded word it matches (MatchWords::match), or -1
};

std::vector<Word> snippet_words(std::string_view text) {
    std::vector<Word> words;
    for (const TextWord& word : split_words(text)) words.push_back(Word{word});
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


// The first two bytes of a folded word as one key; a one-byte word's is its byte and 0.
std::uint16_t first_two(std::string_view folded) {
    const auto byte = [&](std::size_t i) {
        return i < folded.size() ? static_cast<unsigned char>(folded[i]) : 0U;
    };
    return static_cast<std::uint16_t>(byte(0) << 8 | byte(1));
}

// The key fold would give an ASCII word as written (letters lower-cased, the apostrophes
// inside it dropped), without folding it; nothing for other words. Spelling variants are
// keyed before fold respells them: MatchWords allows their keys too.
std::optional<std::uint16_t> ascii_first_two(std::string_view word) {
    char kept[2] = {0, 0};
    std::size_t n = 0;
    for (const char c : word) {
        if ((c & 0x80) != 0) return std::nullopt; // a mark could still change a kept letter
        if (n == 2) break; // an ASCII character after the two: they are final
        if (c == '\'') continue;
        kept[n++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return first_two(std::string_view(kept, n));
}

} // namespace

MatchWords::MatchWords(std::unordered_set<std::string> words, std::unordered_set<std::string> stems,
                       std::vector<std::string> prefixes)
    : words_(std::move(words)), stems_(std::move(stems)), prefixes_(std::move(prefixes)),
      starts_(1U << 16, false) {
    const auto too_short = [](const std::string& s) { return s.size() < 2; };
    if (std::any_of(stems_.begin(), stems_.end(), too_short) ||
        std::any_of(prefixes_.begin(), prefixes_.end(), too_short)) {
        starts_.clear(); // a one-letter stem or wildcard: any word may match
        return;
    }
    for (const std::string& word : words_) allow_start(word);
    for (const std::string& prefix : prefixes_) allow_start(prefix);
    for (const std::string& stem : stems_) {
        allow_start(stem);
        // Xapian's English stemmer keeps a word's first two letters, but for a second "y"
        // that can become "i" (dying -> die); tests/unit/test_snippet.cpp checks this
        // over Debian's word lists.
        if (stem[1] == 'i') allow_start(std::string{stem[0], 'y'});
    }
    for (const auto& [variant, canonical] : spelling_variants())
        if (may_start(first_two(canonical))) allow_start(variant);
}

void MatchWords::allow_start(std::string_view folded) { starts_[first_two(folded)] = true; }

bool MatchWords::may_start(std::uint16_t key) const { return starts_.empty() || starts_[key]; }

MatchWords MatchWords::from_query(const Xapian::Query& query, std::vector<std::string> prefixes) {
    std::unordered_set<std::string> words;
    std::unordered_set<std::string> stems;
    for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
        const std::string& term = *it;
        std::size_t prefix_end = 0;
        while (prefix_end < term.size() && term[prefix_end] >= 'A' && term[prefix_end] <= 'Z')
            ++prefix_end;
        std::string_view prefix(term.data(), prefix_end);
        std::string word = term.substr(prefix_end);
        if (word.empty()) continue;
        const bool stemmed = prefix.starts_with("Z");
        if (stemmed) prefix.remove_prefix(1);
        // Only the free-text fields whose words appear in the body are highlighted.
        if (prefix != "" && prefix != "S" && prefix != "XPLACE") continue;
        (stemmed ? stems : words).insert(std::move(word));
    }
    return MatchWords(std::move(words), std::move(stems), std::move(prefixes));
}

bool MatchWords::rules_out(std::string_view word) const {
    const auto key = ascii_first_two(word);
    return key && !may_start(*key);
}

std::optional<std::string> MatchWords::match(std::string_view word, const Normalizer& normalizer,
                                             const Xapian::Stem& stemmer) const {
    if (rules_out(word)) return std::nullopt;
    std::string folded = normalizer.fold(word);
    if (!may_start(first_two(folded))) return std::nullopt;
    const bool matched =
        words_.count(folded) > 0 || (!stems_.empty() && stems_.count(stemmer(folded)) > 0) ||
        std::any_of(prefixes_.begin(), prefixes_.end(),
                    [&](const std::string& prefix) { return folded.starts_with(prefix); });
    if (!matched) return std::nullopt;
    return folded;
}

std::string SnippetMaker::make(std::string_view text, const MatchWords& match,
                               const SnippetStyle& style) const {
    std::vector<Word> words = snippet_words(text);
    if (words.empty()) return {};
    count_chars(text, words);
    std::vector<std::size_t> hits;
    // Releases repeat their words: match each distinct one once, and number the distinct
    // folded words matched, for counting them per window.
    std::unordered_map<std::string_view, int> seen; // as written -> folded word's number
    std::unordered_map<std::string, int> numbers;    // folded word -> its number
    for (std::size_t i = 0; i < words.size(); ++i) {
        Word& word = words[i];
        const std::string_view piece = text.substr(word.begin, word.end - word.begin);
        if (match.rules_out(piece)) continue;
        const auto [it, fresh] = seen.try_emplace(piece, -1);
        if (fresh)
            if (auto folded = match.match(piece, normalizer_, stemmer_))
                it->second = numbers.try_emplace(std::move(*folded), static_cast<int>(numbers.size()))
                                 .first->second;
        word.number = it->second;
        if (word.number >= 0) hits.push_back(i);
    }

    // The window starting at each matched word: count distinct matched words that fit.
    std::size_t first = 0;
    std::size_t best_distinct = 0;
    std::vector<std::size_t> counted_in(numbers.size(), hits.size()); // window that counted it
    for (std::size_t h = 0; h < hits.size(); ++h) {
        std::size_t distinct = 0;
        for (std::size_t k = h; k < hits.size(); ++k) {
            const Word& word = words[hits[k]];
            if (span_chars(words, hits[h], hits[k]) > style.max_chars) break;
            auto& counted = counted_in[static_cast<std::size_t>(word.number)];
            if (counted != h) {
                counted = h;
                ++distinct;
            }
        }
        if (distinct > best_distinct) {
            best_distinct = distinct;
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
        if (word.number >= 0) out += style.highlight_begin;
        out.append(piece);
        if (word.number >= 0) out += style.highlight_end;
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
