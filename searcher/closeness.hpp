#pragma once

// Closeness (issue 14): evidence that a release is the one a query of several words means,
// beyond BM25, which weighs each word alone wherever it is. A release fits closely when the
// words are in its headline or first lines, when they come early, near each other, and in
// the order typed. The first page of a natural query's hits is reordered by BM25 plus this
// weight, within each kind of match: a release with every word stays above every release
// without (searcher/natural.hpp).
//
// Why a reordering of the first hits and not a weight inside Xapian's matcher: the evidence
// needs each word's positions, and the stems the query matches have none in the index, so
// it is read from the text of the hits, which the page reads anyway for its snippets. What
// the features are and how their weights were learned (a pairwise logistic fit on one
// sample of the known-item queries, checked on another): bench/README.md.

#include "searcher/query.hpp"
#include "searcher/snippet.hpp"

#include "pressdex/searcher.hpp"

#include <xapian.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pressdex {

class ClosenessScorer {
  public:
    explicit ClosenessScorer(const QueryWords& words);

    /// The closeness weight of a release with this headline and body, in BM25's units (at
    /// least 0, at most about 50): the more closely it fits, the more. Only its differences
    /// between releases count.
    [[nodiscard]] double weight(std::string_view title, std::string_view body) const;

  private:
    // For each word of `text`: the number of the query word it is, or -1.
    [[nodiscard]] std::vector<int> word_numbers(std::string_view text) const;

    std::unordered_map<std::string, int> by_folded_; // a query word as typed (folded)
    std::unordered_map<std::string, int> by_stem_;   // its English stem
    std::vector<std::pair<int, int>> typed_pairs_;   // each two query words typed in a row
    std::size_t distinct_ = 0;                       // distinct query words
    MatchWords match_;                               // for ruling text words out quickly
    Normalizer normalizer_;
    Xapian::Stem stemmer_{"english"};
};

/// How many of a natural query's first hits are reordered by closeness: the first page.
inline constexpr std::size_t closeness_depth = 10;

/// Reorders the first `closeness_depth` of `hits` (ranks 1 to 10 of the results) by score
/// plus closeness, within each kind of match, and adds the closeness to their scores.
void reorder_by_closeness(std::vector<Hit>& hits, const ClosenessScorer& scorer);

} // namespace pressdex
