#pragma once

#include "common/normalize.hpp"

#include <xapian.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace pressdex {

/// The words a query matches, in folded form, for highlighting.
class MatchWords {
  public:
    MatchWords() = default;
    MatchWords(std::unordered_set<std::string> words, std::unordered_set<std::string> stems,
               std::vector<std::string> prefixes);

    /// From a parsed query: its unprefixed, title and place terms, and their stems.
    static MatchWords from_query(const Xapian::Query& query, std::vector<std::string> prefixes);

    /// The folded form of `word` (as written in the text) if it matches, else nothing.
    [[nodiscard]] std::optional<std::string> match(std::string_view word, const Normalizer& normalizer,
                                                   const Xapian::Stem& stemmer) const;

    /// A quick test, without folding: true when `word` (as written) cannot match. Most of
    /// a release's words are ruled out by their first two letters, before the costly part
    /// of match(): folding and stemming.
    [[nodiscard]] bool rules_out(std::string_view word) const;

  private:
    // Whether a word whose folded form begins with `key` (first_two()) can match at all.
    [[nodiscard]] bool may_start(std::uint16_t key) const;
    void allow_start(std::string_view folded);

    std::unordered_set<std::string> words_; // exact folded words ("childrens")
    std::unordered_set<std::string> stems_; // English stems ("children")
    std::vector<std::string> prefixes_;     // from wildcards ("hosp" for hosp*)
    // By first two bytes (of the folded word), the words that can match. Empty: any.
    std::vector<bool> starts_;
};

struct SnippetStyle {
    std::size_t max_chars = 220;
    std::string highlight_begin;
    std::string highlight_end;
    bool whole_text = false; // the whole text, highlighted, whatever its length
};

/// Picks the passage of `text` with the most distinct matched words (ties: the earliest),
/// extends it to about max_chars at word boundaries, and marks the matched words. Words
/// are compared after folding, so "Children’s" in the text matches the query "childrens".
/// Without matches, the start of the text. Whitespace runs become single spaces; "…"
/// marks a cut.
class SnippetMaker {
  public:
    [[nodiscard]] std::string make(std::string_view text, const MatchWords& match,
                                   const SnippetStyle& style) const;

  private:
    Normalizer normalizer_;
    Xapian::Stem stemmer_{"english"};
};

} // namespace pressdex
