#pragma once

// The pressdex searcher: open an index built by pressdex-index and run queries on it.
//
//   pressdex::Searcher searcher("index");
//   pressdex::SearchOptions options;
//   options.limit = 5;
//   for (const pressdex::Hit& hit : searcher.search("title:Taikang", options).hits)
//       std::cout << hit.rank << ' ' << hit.title << ' ' << hit.path << '\n';
//
// Thread safety: a Searcher is not safe to share between threads; give each thread its own
// (opening one is cheap). Values returned are plain copies owned by the caller.

#include "pressdex/error.hpp"

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pressdex {

enum class SortOrder {
    relevance,   // BM25, best first
    date_newest, // publication date, newest first; releases without a date last
};

struct SearchOptions {
    std::size_t limit = 10;  // hits to return
    std::size_t offset = 0;  // hits to skip first (for paging)
    SortOrder sort = SortOrder::relevance;
    std::size_t snippet_chars = 220; // approximate snippet length in characters
    // Put around each matched word in the snippet; empty for plain text.
    std::string highlight_begin;
    std::string highlight_end;
    // Quote mode: results are single quotations, and speaker:, org: and role: apply to
    // the quote's own speaker.
    bool quotes = false;
    // Facets to count over all matches (not only the returned page): "speaker", "org",
    // "year". An unknown name is a QueryError.
    std::vector<std::string> facets;
    std::size_t facet_limit = 10; // values per facet, most frequent first
};

/// One matching release.
struct Hit {
    std::size_t rank = 0; // 1-based, counting from the first hit of the whole result
    double score = 0.0;   // BM25 weight (0 when sorted by date)
    std::string path;
    std::string type;  // txt, md, html
    std::string title; // may be empty
    std::string date;  // YYYY-MM-DD, or empty
    std::string place; // dateline place, or empty
    std::string snippet; // a passage of the body around the matched words, highlighted
    std::string body;    // the whole release text as indexed
    std::vector<std::string> speakers;      // people quoted in the release
    std::vector<std::string> organisations; // organisations named (fullest names)
};

/// One quotation (quote mode).
struct QuoteHit {
    std::size_t rank = 0;
    double score = 0.0;
    std::string speaker;
    std::string role;         // may be empty
    std::string organisation; // may be empty
    std::string text;         // the whole quotation, matched words highlighted
    std::string path;         // the release it is from
    std::string title;
    std::string date;
};

struct FacetCount {
    std::string value;
    std::size_t count = 0;
};

struct SearchResults {
    std::size_t total_estimate = 0; // Xapian's estimate of all matches (releases or quotes)
    std::vector<Hit> hits;          // normal mode
    std::vector<QuoteHit> quotes;   // quote mode
    std::map<std::string, std::vector<FacetCount>> facets; // by facet name, when asked for
};

/// The query language, in short: words (all must match; English stems match: "care"
/// finds "caring"), "exact phrases", OR, AND, NOT, -word, +word, NEAR, ADJ, word*,
/// parentheses, and the fields title:, place:, path:, type:, speaker:, org:, role:, quote:
/// and date:. Dates:
/// date:2018-11-23, date:2018-11, date:2018, date:2018-01-01..2018-06-30, date:..2019,
/// date:2018... Text is folded exactly as at index time (case, accents, apostrophes,
/// quotes and dashes).
class Searcher {
  public:
    /// Opens the index in `index_dir`. Throws IndexError if it is missing, unreadable, or not
    /// a pressdex index of a schema this build reads.
    explicit Searcher(const std::string& index_dir);
    ~Searcher();
    Searcher(Searcher&&) noexcept;
    Searcher& operator=(Searcher&&) noexcept;
    Searcher(const Searcher&) = delete;
    Searcher& operator=(const Searcher&) = delete;

    /// Runs a query. Throws QueryError for a query that cannot be understood (with a
    /// one-line reason), IndexError if the index cannot be read.
    [[nodiscard]] SearchResults search(std::string_view query, const SearchOptions& options);

    /// Number of releases in the index.
    [[nodiscard]] std::size_t document_count() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace pressdex
