#pragma once

#include "common/normalize.hpp"

#include <xapian.h>

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace pressdex {

/// The words a query matches, in folded form, for highlighting.
struct MatchWords {
    std::unordered_set<std::string> words; // exact folded words ("childrens")
    std::unordered_set<std::string> stems; // English stems ("children")
    std::vector<std::string> prefixes;     // from wildcards ("hosp" for hosp*)

    /// From a parsed query: its unprefixed, title and place terms, and their stems.
    static MatchWords from_query(const Xapian::Query& query, std::vector<std::string> prefixes);
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
    [[nodiscard]] bool matches(std::string_view word, const MatchWords& match) const;

    Normalizer normalizer_;
    Xapian::Stem stemmer_{"english"};
};

} // namespace pressdex
