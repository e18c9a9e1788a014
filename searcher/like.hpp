#pragma once

#include <xapian.h>

#include <string>

namespace pressdex {

/// Words most typical of one release, for "more like this".
inline constexpr Xapian::termcount like_terms = 40;

/// "More like this": a query for the releases most similar to the indexed release at
/// `path` (as given, or made absolute from the current folder), without the release itself.
///
/// Step by step: find the release by its unique id term (or, for a path too long for one,
/// by the path slot); make it the relevance set of Xapian's query expansion, which ranks
/// its words by how much more often they occur in it than in the whole index (only plain
/// words: no field, stem or id terms, no numbers); OR the top like_terms of them, each
/// weighted as usual by BM25; and leave out the release's own unique id term.
/// Throws QueryError if no release in the index has that path.
[[nodiscard]] Xapian::Query more_like_query(const Xapian::Database& db, const std::string& path);

} // namespace pressdex
