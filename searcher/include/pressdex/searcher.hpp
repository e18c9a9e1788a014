#pragma once

// The pressdex searcher: open one or more indexes built by pressdex-index and run queries on
// them. This header, error.hpp, export.hpp and version.hpp are the public API of libpressdex
// (find_package(pressdex) then pressdex::searcher, or pkg-config pressdex); docs/library.md
// has a complete example.
//
//   pressdex::Searcher searcher("index");
//   pressdex::SearchOptions options;
//   options.limit = 5;
//   for (const pressdex::Hit& hit : searcher.search("title:Taikang", options).hits)
//       std::cout << hit.rank << ' ' << hit.title << ' ' << hit.path << '\n';
//
// Thread safety: a Searcher is not safe to share between threads: it keeps open database
// handles, network connections and a query parser that each search uses. Give each thread
// its own Searcher (opening one is cheap for local indexes, one connection per shard server
// for remote ones); several Searchers on the same indexes may run at once, in one process or
// many, also while pressdex-index updates them. Values returned are plain copies owned by
// the caller, valid after the Searcher is gone. The free-standing types below (options,
// results) are plain values with no shared state.

#include "pressdex/error.hpp"
#include "pressdex/export.hpp"

#include <chrono>
#include <cstddef>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
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
    // "year". An unknown name is a QueryError. Counting looks at every match, so a search
    // with facets costs more on a large archive. When some releases have every word, the
    // facets count those; when none has, the releases with some of the words.
    std::vector<std::string> facets;
    std::size_t facet_limit = 10; // values per facet, most frequent first
    // SearchResults::total_estimate is exact when there are at most this many matches (all
    // of them are looked at); above it, it is Xapian's estimate, which can differ between
    // one index and the same files in shards. Facets make it exact whatever this says.
    std::size_t exact_total_up_to = 1000;
    // Run the "Did you mean" query (SearchResults::suggestion) instead of the one typed,
    // when there is one.
    bool auto_correct = false;
    // "More like this": when set, the results are the releases most similar to the indexed
    // release at this path (as stored, or relative to the current folder), without it;
    // the query may then be empty, and otherwise only filters them. A path that is not in
    // the index is a QueryError.
    std::string like_path;
    // Near-duplicates: syndicated copies of one release (same text on another wire, with
    // another headline or boilerplate) are one hit, the best ranked, listing the others in
    // Hit::copies; with all_copies each is a hit of its own. Quotes are never collapsed.
    bool all_copies = false;
    // Every plain word must match, as in every search before natural queries: no releases
    // with only some of the words (see Searcher::search).
    bool all_words = false;
    // The most time one search may take, from the call to search(); zero for no limit.
    // When it runs out, the search stops looking at further matches and returns what it
    // has, with SearchResults::cut_short set: the hits are the best of the matches looked
    // at, and the totals and facets count those. The page of hits is looked for first, then
    // the facets, then the exact totals, so a slow count costs the counts, not the hits.
    // Over remote shards, the limit only stops the exact counting (Xapian's
    // Enquire::set_time_limit); a shard's own search still runs to its end.
    std::chrono::nanoseconds time_limit{0};
};

/// Whether a hit has every word of the query, or only some of them (Searcher::search).
enum class MatchKind {
    all_words,
    some_words,
};

/// One matching release.
struct Hit {
    std::size_t rank = 0; // 1-based, counting from the first hit of the whole result
    double score = 0.0;   // BM25 weight, plus closeness on the first page (0 when sorted by date)
    std::string path;
    std::string type;  // txt, md, html
    std::string title; // may be empty
    std::string date;  // YYYY-MM-DD, or empty
    std::string place; // dateline place, or empty
    std::string link;  // a feed item's link, or empty
    std::string snippet; // a passage of the body around the matched words, highlighted
    std::string body;    // the whole release text as indexed
    std::vector<std::string> speakers;      // people quoted in the release
    std::vector<std::string> organisations; // organisations named (fullest names)
    // Paths of the near-duplicate copies of this release that also match and are not shown
    // as hits of their own (SearchOptions::all_copies), in path order, at most 100.
    std::vector<std::string> copies;
    MatchKind match = MatchKind::all_words;
    // For MatchKind::some_words: the query's plain words (folded) this release lacks.
    std::vector<std::string> missing_words;
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
    MatchKind match = MatchKind::all_words;
    std::vector<std::string> missing_words; // as in Hit
};

/// One indexed release, whole (Searcher::release).
struct IndexedRelease {
    Hit release; // rank 1, score 0, no snippet; body is the whole text as indexed
    // Its quotations, in the order of the text, each with its speaker, role and organisation
    // (path, title and date those of the release).
    std::vector<QuoteHit> quotes;
    // Its organisations, each as its names: the name first, then its aliases and acronyms.
    std::vector<std::vector<std::string>> organisation_names;
};

struct FacetCount {
    std::string value;
    std::size_t count = 0;
};

struct SearchResults {
    // How many releases (or quotes) match, with all the words or some of them: exact up to
    // SearchOptions::exact_total_up_to matches or with facets, else an estimate.
    std::size_t total_estimate = 0;
    // How many of them have every word (the same rules); equal to total_estimate unless
    // releases with only some of the words are part of the results.
    std::size_t total_all_words = 0;
    // The query's plain words that no release (or quote) in the index uses: they are left
    // out of the ranking ("Did you mean" may name a word in their place).
    std::vector<std::string> unused_words;
    std::vector<Hit> hits;          // normal mode
    std::vector<QuoteHit> quotes;   // quote mode
    std::map<std::string, std::vector<FacetCount>> facets; // by facet name, when asked for
    // "Did you mean": the query (folded: lower case, British spellings respelt) with each
    // word that no release in the index uses replaced by the nearest word that releases do
    // use (at most two edits away, the most frequent first); empty when every word is
    // known, nothing is near, or the index has no spelling data (remote shards).
    std::string suggestion;
    // True when these results are for `suggestion` (SearchOptions::auto_correct).
    bool auto_corrected = false;
    // True when SearchOptions::time_limit ran out before every match was looked at: hits,
    // totals and facets are then those of the matches looked at (totals may be low).
    bool cut_short = false;
};

/// The query language, in short: words (English stems match: "care" finds "caring"),
/// "exact phrases", OR, AND, NOT, -word, +word, NEAR, ADJ, word*, parentheses, and the
/// fields title:, place:, path:, type:, speaker:, org:, role:, quote: and date:. Dates:
/// date:2018-11-23, date:2018-11, date:2018, date:2018-01-01..2018-06-30, date:..2019,
/// date:2018... Text is folded exactly as at index time (case, accents, apostrophes,
/// quotes and dashes).
///
/// Plain words (not in a phrase, a field, a group, not +word or -word; stop words left
/// out): the releases with all of them come first, ranked by BM25, then those with only
/// some of them (MatchKind::some_words, with Hit::missing_words), ranked by how many of the
/// words they have, with weight for the rarer ones, for words in the headline and for
/// words that stand together as typed. Everything else in the query stays strict: a
/// release with only some words still has every phrase and field and no excluded word. A
/// query with a boolean operator outside parentheses (AND, OR, NOT, XOR, NEAR, ADJ), or
/// SearchOptions::all_words, gets releases with every word only; so does "more like this".
///
/// Results are ranked by BM25; releases with equal scores come in path order, so that the
/// ranking does not depend on how the archive is split into shards. With two plain words or
/// more, the first ten hits are reordered within each kind of match by BM25 plus how closely
/// they fit the words (in the headline or first lines, early, together, in the order typed;
/// docs/library.md); quote mode and "more like this" are not. With
/// SortOrder::date_newest, all-words matches come first by date, then the others by date.
class PRESSDEX_EXPORT Searcher {
  public:
    /// Opens one index: a folder built by pressdex-index, a Xapian stub database file, or a
    /// remote shard "tcp://HOST:PORT" served by xapian-tcpsrv ("tcp://[::1]:PORT" for IPv6).
    /// Throws IndexError if it is missing, unreachable, unreadable, or not a pressdex index
    /// of a schema this build reads.
    explicit Searcher(const std::string& index);

    /// Opens several indexes (each as above) and searches them as one: Xapian merges their
    /// statistics, so scores, rankings, totals and facets are those of a single index of
    /// all their files (docs/scale-out.md lists the exceptions: wildcard scores, the order
    /// within ties in quote mode and date order, totals above exact_total_up_to). The
    /// indexes must not hold the same files twice (build them with
    /// pressdex-index --shard K/N). Remote shards time out after 10 seconds (to connect,
    /// and for each reply); a shard that fails makes the whole search fail with IndexError.
    /// Throws IndexError naming the first index that cannot be opened, or if `indexes` is
    /// empty.
    explicit Searcher(const std::vector<std::string>& indexes);

    /// The same, for a list written in place: Searcher({"tcp://10.0.0.1:7000",
    /// "tcp://10.0.0.2:7000"}).
    Searcher(std::initializer_list<std::string> indexes);

    ~Searcher();
    Searcher(Searcher&&) noexcept;
    Searcher& operator=(Searcher&&) noexcept;
    Searcher(const Searcher&) = delete;
    Searcher& operator=(const Searcher&) = delete;

    /// Runs a query. Throws QueryError for a query that cannot be understood (with a
    /// one-line reason), IndexError if an index cannot be read (a remote shard that went
    /// away included). Each search first catches up with what pressdex-index committed
    /// since the last one (a --rebuild included), and connects again, once, to a shard
    /// server that dropped the connection (xapian-tcpsrv closes idle ones).
    [[nodiscard]] SearchResults search(std::string_view query, const SearchOptions& options);

    /// The indexed release whose stored path is exactly `path` (as in Hit::path), or
    /// nothing when no release in the indexes has that path. The path is looked up in the
    /// index only, never on the disk: no other file can be read through it. Throws
    /// IndexError if an index cannot be read.
    [[nodiscard]] std::optional<IndexedRelease> release(std::string_view path);

    /// Number of releases in all the indexes together. Throws IndexError if it cannot be
    /// read (a remote shard that went away).
    [[nodiscard]] std::size_t document_count() const;

    /// The indexes as they were given to the constructor.
    [[nodiscard]] const std::vector<std::string>& indexes() const noexcept;

    /// The indexes, as given to the constructor, whose speakers, quotes and organisations
    /// were extracted by other rules than this build's (an index from an older
    /// pressdex-index): they answer, with what those rules found, until pressdex-index runs
    /// on them again, which extracts every release anew. Read when the Searcher opens them.
    [[nodiscard]] const std::vector<std::string>& outdated_extraction() const noexcept;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace pressdex
