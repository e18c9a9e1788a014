#pragma once

// Natural queries (issue 14): when not every word of a query can match, the releases with
// most of the words still come, after those with all of them.
//
// The query run is one Xapian query, so that paging, collapsing of copies, sharded and
// remote search work on it as on any other:
//
//   OR( AND(all_words, bonus),  AND_NOT(some_words, all_words) )
//
// `bonus` is a fixed weight (Xapian::FixedWeightPostingSource, which xapian-tcpsrv knows)
// larger than any weight some_words can reach, so every release with all the words ranks
// above every release without, and among themselves they keep today's BM25 order (their
// weight is the bonus plus exactly the weight they had). As soon as a page is full of
// all-words matches, Xapian's matcher stops looking at the rest (no weight there can reach
// the page any more), so queries whose words all match cost about what they did.
//
// some_words is the strict rest of the query (phrases, fields, +word, date:) ANDed with an
// OR of the plain words, less what -word excludes. Each plain word a release has is worth
// its BM25 weight (as in the all-words query: rarer words weigh more) plus a fixed
// coordination weight, so that having one more of the words counts for more than having
// the same words more often. Measured on the known-item benchmark (bench/README.md) and
// left out: weight for plain words in the headline (title:word, scaled) cost 1.2 points of
// rank-1 at newsramp's 23k releases, and a NEAR pair of each two words typed together moved
// it by 0.3 (noise) for position checks on every candidate. Where the words stand does
// help when weighed together with BM25 on the first page only: searcher/closeness.hpp.

#include "searcher/query.hpp"

#include <xapian.h>

#include <string>
#include <vector>

namespace pressdex {

struct NaturalQuery {
    Xapian::Query ranked;    // all-words matches first, then some-words ones
    Xapian::Query all_words; // the query as typed: every word
    Xapian::Query any_words; // matches of `ranked`, unweighted (for counting)
    // Weight added to all-words matches: a hit weighs at least this exactly when it has
    // every word.
    double all_words_bonus = 0.0;
};

/// Builds the query above from the query as typed (`all_words`) and its words. With
/// `tiers_only`, each match weighs just its tier (the bonus for all words, 1 for some), for
/// a sort by date within each tier.
[[nodiscard]] NaturalQuery natural_query(const Xapian::Query& all_words, const QueryWords& words,
                                         bool tiers_only);

/// The plain words (QueryWord::text) of `words` that the hit at `it` lacks: those of
/// which it has none of the terms, nor their phrase ("20 million"); `db` is the database
/// searched, for the phrase's positions.
[[nodiscard]] std::vector<std::string> missing_words(const Xapian::Database& db,
                                                     const Xapian::Enquire& enquire,
                                                     const Xapian::MSetIterator& it,
                                                     const QueryWords& words);

/// The plain words that no document of `db` has.
[[nodiscard]] std::vector<std::string> unused_words(const Xapian::Database& db,
                                                    const QueryWords& words);

} // namespace pressdex
