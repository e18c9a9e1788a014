#pragma once

#include "common/normalize.hpp"

#include <string>
#include <string_view>

namespace pressdex {

/// Words of a release's body that the near-duplicate key looks at, at most and at least.
inline constexpr std::size_t near_duplicate_window_words = 300;
inline constexpr std::size_t near_duplicate_min_words = 40;

/// A key that syndicated copies of one release share (the same text on another wire, with
/// another headline, dateline or boilerplate), for Xapian's collapsing (schema::
/// slot_near_duplicate): 16 hex digits, or "" for a body too short to tell copies apart.
///
/// Step by step (a bottom-k MinHash):
///  1. keep the body's paragraphs up to the first that starts boilerplate ("About ...",
///     "###", "Contact", "Media contact", "Forward-looking statements", "Read more",
///     "Disclaimer", ...), since the same boilerplate follows different releases of a wire
///     or company; fold them (common/normalize.hpp) and take their first
///     near_duplicate_window_words words (runs of letters and digits);
///  2. hash every run of 5 consecutive words (a shingle) to 64 bits;
///  3. the key is a hash of the 4 smallest shingle hashes.
/// Two bodies get the same key when their 4 smallest shingles are the same, which happens
/// with a probability of about J^4 for a Jaccard similarity J of their shingle sets: ~0.8
/// for copies that differ in a dateline or a sentence (J ~ 0.95), under 0.01 for releases
/// that only share a template sentence or two (J ~ 0.3).
[[nodiscard]] std::string near_duplicate_key(std::string_view body, const Normalizer& normalizer);

/// near_duplicate_key of a body already folded by Normalizer::fold: the indexer folds the
/// body to index it anyway.
[[nodiscard]] std::string near_duplicate_key_of_folded(std::string_view folded_body);

} // namespace pressdex
