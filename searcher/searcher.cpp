#include "pressdex/searcher.hpp"

#include "common/schema.hpp"
#include "searcher/closeness.hpp"
#include "searcher/deadline.hpp"
#include "searcher/facets.hpp"
#include "searcher/like.hpp"
#include "searcher/natural.hpp"
#include "searcher/open.hpp"
#include "searcher/query.hpp"
#include "searcher/snippet.hpp"
#include "searcher/spelling.hpp"
#include "searcher/stored_data.hpp"

#include <xapian.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace pressdex {
namespace {

// A hit lists at most this many of its near-duplicate copies.
constexpr Xapian::doccount max_copies_listed = 100;

// Xapian counts in 32 bits; larger requests mean "all".
Xapian::doccount to_doccount(std::size_t n) {
    return static_cast<Xapian::doccount>(
        std::min<std::size_t>(n, std::numeric_limits<Xapian::doccount>::max()));
}

// How an error names the indexes of a search: the one, or all of them.
std::string label_of(const std::vector<std::string>& indexes) {
    std::string label;
    for (const std::string& index : indexes) label += (label.empty() ? "" : ", ") + index;
    return label;
}

} // namespace

struct Searcher::Impl {
    explicit Impl(std::vector<std::string> names)
        : indexes(std::move(names)), label(label_of(indexes)), db(open_indexes(indexes, &outdated)),
          query_builder(db) {}

    SearchResults run(const ParsedQuery& parsed, const SearchOptions& options, const Deadline& deadline) {
        // Releases and quotes share the index; a boolean filter picks the kind.
        const Xapian::Query kind(std::string(options.quotes ? schema::term_kind_quote
                                                            : schema::term_kind_release));
        const auto of_kind = [&kind](const Xapian::Query& q) {
            return Xapian::Query(Xapian::Query::OP_FILTER, q, kind);
        };
        const bool by_date = options.sort == SortOrder::date_newest;
        // With plain words, releases with only some of them follow those with all
        // (searcher/natural.hpp); a hit's weight tells which it is.
        std::optional<NaturalQuery> natural;
        if (parsed.words && !options.all_words) natural = natural_query(parsed.query, *parsed.words, by_date);
        const Xapian::Query query = of_kind(natural ? natural->ranked : parsed.query);
        const Xapian::Query all_words = of_kind(parsed.query);
        const Xapian::Query any_words = natural ? of_kind(natural->any_words) : all_words;
        SearchResults results;
        // An unknown facet name is a query error before any search is run.
        for (const std::string& name : options.facets) (void)facet_slot(name);
        const bool with_facets = !options.facets.empty();

        // The page of hits first, then the facets and the exact totals: when the time limit
        // runs out, the hits are what matters most.
        Xapian::Enquire enquire(db);
        enquire.set_query(deadline.bound(query));
        deadline.limit(enquire);
        // Equal scores are ordered by path, not by document id: ids depend on how the files
        // were split into shards, paths do not. (A KeyMaker could break date ties too, but
        // the remote backend refuses KeyMakers.) By date with some-words matches, each
        // match weighs its tier alone, so relevance then date is tier then date.
        if (by_date && natural)
            enquire.set_sort_by_relevance_then_value(schema::slot_date, true);
        else if (by_date)
            enquire.set_sort_by_value_then_relevance(schema::slot_date, true);
        else
            enquire.set_sort_by_relevance_then_value(schema::slot_path, false);
        // Syndicated copies of a release share a near-duplicate key: one hit stands for all.
        const bool collapse = !options.quotes && !options.all_copies;
        if (collapse) enquire.set_collapse_key(schema::slot_near_duplicate);
        const Xapian::doccount first = to_doccount(options.offset);
        const Xapian::doccount count = to_doccount(options.limit);
        // The first page of a query of several words is reordered by closeness
        // (searcher/closeness.hpp); a page that starts within it needs all of it.
        std::optional<ClosenessScorer> closeness;
        if (parsed.words && !by_date && !options.quotes && first < closeness_depth)
            closeness.emplace(*parsed.words);
        const Xapian::doccount fetch_first = closeness ? 0 : first;
        const Xapian::doccount fetch_count =
            closeness ? std::max(to_doccount(std::size_t{first} + count), to_doccount(closeness_depth)) : count;
        const Xapian::doccount check_at_least = with_facets ? 0 : to_doccount(options.exact_total_up_to);
        // Xapian does not count collapsed matches exactly: collapsed_total() does. Yet it
        // checks at least a few hundred matches: asked for one hit, Xapian 1.4's matcher
        // may end before the best (seen with a some-words query whose best release came
        // late in the database: --limit 1 and --limit 10 disagreed on the first hit).
        const Xapian::doccount check_at_least_for_rank = to_doccount(std::size_t{first} + count + 200);
        const Xapian::MSet mset = enquire.get_mset(
            fetch_first, fetch_count, std::max(collapse ? 0 : check_at_least, check_at_least_for_rank));
        const std::size_t estimated = mset.get_matches_estimated();
        results.total_estimate = estimated;

        // Facets count the releases with every word, or, when none has, those with some.
        if (with_facets) {
            FacetResults facets = count_facets(db, deadline.bound(all_words), options.facets, options.facet_limit);
            const std::size_t facet_all_words = facets.matches;
            if (natural && facets.matches == 0 && !deadline.cut_short())
                facets = count_facets(db, deadline.bound(any_words), options.facets, options.facet_limit);
            results.facets = std::move(facets.facets);
            // Exact, since every match was counted.
            results.total_estimate = natural ? estimated_count(deadline.bound(any_words), db.get_doccount())
                                             : facets.matches;
            results.total_all_words = facet_all_words;
        } else {
            if (collapse && check_at_least > 0)
                results.total_estimate = collapsed_total(deadline.bound(any_words), check_at_least);
            results.total_all_words = results.total_estimate;
            if (natural) {
                results.total_all_words = collapse && check_at_least > 0
                                              ? collapsed_total(deadline.bound(all_words), check_at_least)
                                              : estimated_count(deadline.bound(all_words), check_at_least);
            }
        }
        if (!natural) results.total_all_words = results.total_estimate;
        // Cut short, a count saw only part of the matches: it is at least the page's estimate.
        if (deadline.cut_short()) {
            results.cut_short = true;
            results.total_estimate = std::max(results.total_estimate, estimated);
        }
        results.total_all_words = std::min(results.total_all_words, results.total_estimate);
        if (natural) results.unused_words = unused_words(db, *parsed.words);

        const MatchWords match = MatchWords::from_query(parsed.query, parsed.wildcard_stems);
        SnippetStyle style{options.snippet_chars, options.highlight_begin, options.highlight_end};
        std::size_t rank = fetch_first;
        for (auto it = mset.begin(); it != mset.end(); ++it) {
            std::string data = it.get_document().get_data();
            double weight = it.get_weight();
            MatchKind kind_of_match = MatchKind::all_words;
            std::vector<std::string> missing;
            if (natural) {
                if (weight >= natural->all_words_bonus) {
                    weight -= natural->all_words_bonus; // the all-words query's own weight
                } else {
                    kind_of_match = MatchKind::some_words;
                    missing = missing_words(db, enquire, it, *parsed.words);
                }
            }
            // Rounded: Xapian adds up term weights in an order that depends on each shard's
            // statistics, so the last bits of a sum of three or more differ between one
            // index and the same files in shards (and the all-words bonus leaves rounding).
            const double score = by_date ? 0.0 : std::round(weight * 1e9) / 1e9;
            if (options.quotes) {
                QuoteHit quote = stored_data.read_quote(data);
                quote.rank = ++rank;
                quote.score = score;
                quote.match = kind_of_match;
                quote.missing_words = std::move(missing);
                SnippetStyle whole = style;
                whole.whole_text = true;
                quote.text = snippets.make(quote.text, match, whole);
                results.quotes.push_back(std::move(quote));
            } else {
                Hit hit = stored_data.read_hit(data);
                hit.rank = ++rank;
                hit.score = score;
                hit.match = kind_of_match;
                hit.missing_words = std::move(missing);
                hit.snippet = snippets.make(hit.body, match, style);
                if (it.get_collapse_count() > 0)
                    hit.copies = copies_of(query, it.get_collapse_key(), hit.path);
                results.hits.push_back(std::move(hit));
            }
        }
        if (closeness) {
            reorder_by_closeness(results.hits, *closeness);
            const auto page_begin = std::min<std::size_t>(first, results.hits.size());
            const auto page_end = std::min<std::size_t>(std::size_t{first} + count, results.hits.size());
            results.hits.erase(results.hits.begin() + static_cast<std::ptrdiff_t>(page_end), results.hits.end());
            results.hits.erase(results.hits.begin(), results.hits.begin() + static_cast<std::ptrdiff_t>(page_begin));
        }
        return results;
    }

    // Matches of `query`, exact up to `check_at_least`, else Xapian's estimate.
    std::size_t estimated_count(const Xapian::Query& query, Xapian::doccount check_at_least) {
        Xapian::Enquire enquire(db);
        enquire.set_query(query);
        enquire.set_weighting_scheme(Xapian::BoolWeight());
        return enquire.get_mset(0, 0, check_at_least).get_matches_estimated();
    }

    // The number of hits of `query` once copies are collapsed: exactly when it has at most
    // `check_at_least` matches (the matches, less those with a near-duplicate key, plus one
    // per key), else Xapian's estimate of the matches scaled by the share of hits among the
    // matches counted. (The same on shards as on one index, which Xapian's collapsed
    // estimates are not; with more matches than counted, those fall far below the truth.)
    std::size_t collapsed_total(const Xapian::Query& query, Xapian::doccount check_at_least) {
        Xapian::Enquire enquire(db);
        enquire.set_query(query);
        enquire.set_weighting_scheme(Xapian::BoolWeight());
        Xapian::ValueCountMatchSpy keys(schema::slot_near_duplicate);
        enquire.add_matchspy(&keys);
        const Xapian::MSet all = enquire.get_mset(0, 0, check_at_least);
        std::size_t with_key = 0;
        std::size_t distinct_keys = 0;
        for (auto it = keys.values_begin(); it != keys.values_end(); ++it) {
            with_key += it.get_termfreq();
            ++distinct_keys;
        }
        const std::size_t seen = keys.get_total();
        const std::size_t hits_seen = seen - with_key + distinct_keys;
        if (all.get_matches_lower_bound() == all.get_matches_upper_bound() || seen == 0)
            return hits_seen;
        const double hit_share = static_cast<double>(hits_seen) / static_cast<double>(seen);
        return std::max(hits_seen, static_cast<std::size_t>(
                                       hit_share * all.get_matches_estimated() + 0.5));
    }

    // The near-duplicate copies that collapsing folded into the hit at `path`: the other
    // matches of `query` with its key, in path order.
    std::vector<std::string> copies_of(const Xapian::Query& query, const std::string& key,
                                       const std::string& path) {
        Xapian::Enquire enquire(db);
        enquire.set_query(Xapian::Query(
            Xapian::Query::OP_FILTER, query,
            Xapian::Query(std::string(schema::prefix_near_duplicate) + key)));
        enquire.set_weighting_scheme(Xapian::BoolWeight());
        enquire.set_sort_by_value(schema::slot_path, false);
        const Xapian::MSet copies = enquire.get_mset(0, max_copies_listed + 1);
        std::vector<std::string> paths;
        for (auto it = copies.begin(); it != copies.end(); ++it) {
            std::string copy = it.get_document().get_value(schema::slot_path);
            if (copy != path && paths.size() < max_copies_listed) paths.push_back(std::move(copy));
        }
        return paths;
    }

    // Xapian's reopen() follows commits to the database it opened, not a stub file that
    // pressdex-index --rebuild pointed at a new generation (indexer/index_dir.hpp): once the
    // old generation is removed, the index must be opened again by its name. A failure is
    // left to the next attempt, which then reports it.
    void open_again() {
        try {
            db = open_indexes(indexes);
            query_builder.set_database(db);
        } catch (const IndexError&) {
        }
    }

    // Runs read(), which reopens the database first, until it reads a consistent index: an
    // index being written to may move under the read (tried again), a --rebuild may replace
    // it (opened again by its name), and a shard server closes idle connections after its
    // --idle-timeout, 60 s by default, or loses them when restarted (connected again, once).
    // Other Xapian errors reach the caller, which names them.
    template <typename Read> auto read_consistently(std::string_view what, Read read) {
        for (int attempt = 0;; ++attempt) {
            try {
                return read();
            } catch (const Xapian::DatabaseModifiedError&) {
                if (attempt >= 5) throw IndexError(label, "index keeps changing under the " + std::string(what));
            } catch (const Xapian::DatabaseOpeningError& e) {
                if (attempt >= 5) throw IndexError(label, "cannot read index: " + e.get_msg());
                open_again();
            } catch (const Xapian::NetworkError& e) {
                if (attempt >= 1) throw IndexError(label, "cannot read index: " + e.get_msg());
                open_again();
            }
        }
    }

    std::vector<std::string> indexes;
    std::string label; // names the indexes in errors
    std::vector<std::string> outdated; // extracted by other rules, as opened
    Xapian::Database db;
    QueryBuilder query_builder;
    SnippetMaker snippets;
    StoredDataReader stored_data;
    Normalizer normalizer;
};

Searcher::Searcher(const std::string& index)
    : impl_(std::make_unique<Impl>(std::vector<std::string>{index})) {}
Searcher::Searcher(const std::vector<std::string>& indexes)
    : impl_(std::make_unique<Impl>(indexes)) {}
Searcher::Searcher(std::initializer_list<std::string> indexes)
    : impl_(std::make_unique<Impl>(std::vector<std::string>(indexes))) {}
Searcher::~Searcher() = default;
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;

std::size_t Searcher::document_count() const {
    try {
        return impl_->db.get_termfreq(std::string(schema::term_kind_release));
    } catch (const Xapian::Error& e) {
        throw IndexError(impl_->label, "cannot read index: " + e.get_msg());
    }
}

const std::vector<std::string>& Searcher::indexes() const noexcept { return impl_->indexes; }

const std::vector<std::string>& Searcher::outdated_extraction() const noexcept { return impl_->outdated; }

namespace {

// Ids longer than this are hashed by the indexer (indexer/document.cpp, path_term).
constexpr std::size_t max_unique_id_bytes = 200;

// The release stored with exactly this path: by its unique id term, or for a path too long
// for one, by the path slot.
std::optional<Xapian::docid> find_release_by_path(const Xapian::Database& db, const std::string& path) {
    const std::string id_term = std::string(schema::prefix_unique_id) + path;
    if (id_term.size() <= max_unique_id_bytes) {
        const auto it = db.postlist_begin(id_term);
        if (it == db.postlist_end(id_term)) return std::nullopt;
        return *it;
    }
    for (auto it = db.valuestream_begin(schema::slot_path); it != db.valuestream_end(schema::slot_path); ++it)
        if (*it == path) return it.get_docid();
    return std::nullopt;
}

// The term its quotations carry (XQOF): the path after the prefix when short enough, else
// the hashed form, whose head and hash are those of its unique id term. Empty in the narrow
// band where the unique id is whole and the quote term hashed.
std::string quote_of_term(const Xapian::Document& release, const std::string& path) {
    const std::string prefix(schema::prefix_quote_of);
    if (prefix.size() + path.size() <= max_unique_id_bytes) return prefix + path;
    auto term = release.termlist_begin();
    term.skip_to(std::string(schema::prefix_unique_id));
    if (term == release.termlist_end() || !(*term).starts_with(schema::prefix_unique_id)) return {};
    const std::string id = (*term).substr(schema::prefix_unique_id.size());
    return id == path ? std::string() : prefix + id;
}

} // namespace

std::optional<IndexedRelease> Searcher::release(std::string_view path_view) {
    const std::string path(path_view);
    // An empty path or one with a NUL can name no indexed file.
    if (path.empty() || path.find('\0') != std::string::npos) return std::nullopt;
    try {
        return impl_->read_consistently("read", [&]() -> std::optional<IndexedRelease> {
            impl_->db.reopen();
            const auto docid = find_release_by_path(impl_->db, path);
            if (!docid) return std::nullopt;
            const Xapian::Document doc = impl_->db.get_document(*docid);
            std::string data = doc.get_data();
            IndexedRelease release;
            release.release = impl_->stored_data.read_hit(data);
            if (release.release.path != path) return std::nullopt;
            release.release.rank = 1;
            data = doc.get_data();
            release.organisation_names = impl_->stored_data.read_organisations(data);
            if (const std::string term = quote_of_term(doc, path); !term.empty()) {
                for (auto it = impl_->db.postlist_begin(term); it != impl_->db.postlist_end(term); ++it) {
                    std::string quote_data = impl_->db.get_document(*it).get_data();
                    QuoteHit quote = impl_->stored_data.read_quote(quote_data);
                    quote.rank = release.quotes.size() + 1;
                    release.quotes.push_back(std::move(quote));
                }
            }
            return release;
        });
    } catch (const Xapian::Error& e) {
        throw IndexError(impl_->label, "cannot read index: " + e.get_msg());
    }
}

SearchResults Searcher::search(std::string_view query, const SearchOptions& options) {
    // The time limit runs from here, over every attempt below.
    const bool remote = std::any_of(impl_->indexes.begin(), impl_->indexes.end(),
                                    [](const std::string& index) { return index.starts_with(remote_scheme); });
    const Deadline deadline(options.time_limit, remote);
    const QueryTarget target = options.quotes ? QueryTarget::quotes : QueryTarget::releases;
    // With like_path the query is optional: it only narrows the similar releases down.
    const bool like = !options.like_path.empty();
    const bool typed_nothing = query.find_first_not_of(" \t\r\n") == std::string_view::npos;
    const auto parse = [&](std::string_view text) {
        ParsedQuery parsed = impl_->query_builder.parse(text, target);
        // Plain words may match only in part (unless all_words), and they order the first
        // page (searcher/closeness.hpp); not for "more like this".
        if (!like) parsed.words = impl_->query_builder.split_words(text, target);
        return parsed;
    };
    const ParsedQuery typed =
        like && typed_nothing ? ParsedQuery{Xapian::Query::MatchAll, "", {}, std::nullopt} : parse(query);
    // Each attempt first catches up with what was committed since the last search; an index
    // being written to may also move under the search itself, and then it is tried again.
    try {
        return impl_->read_consistently("search", [&] {
            impl_->db.reopen();
            // "Did you mean": words no release uses, corrected from the spelling table, offered
            // only when the corrected query can find a release (a name's nearest word can make
            // a phrase no release holds: speaker:"Dana Kwill" -> speaker:"Dana Quill" where no
            // Dana Quill is). Plain words that may match in part are left to the search.
            std::string suggestion = like ? std::string() : suggest_spelling(impl_->db, query, impl_->normalizer);
            std::optional<ParsedQuery> corrected;
            if (!suggestion.empty()) corrected = parse(suggestion);
            if (corrected && (options.all_words || !corrected->words)) {
                Xapian::Enquire enquire(impl_->db);
                enquire.set_query(corrected->query);
                if (enquire.get_mset(0, 1, 1).empty()) {
                    suggestion.clear();
                    corrected.reset();
                }
            }
            const bool auto_correct = options.auto_correct && corrected.has_value();
            ParsedQuery parsed = auto_correct ? std::move(*corrected) : typed;
            if (like) // "More like this", filtered by what was typed
                parsed.query = Xapian::Query(Xapian::Query::OP_FILTER,
                                             more_like_query(impl_->db, options.like_path), parsed.query);
            SearchResults results = impl_->run(parsed, options, deadline);
            results.suggestion = suggestion;
            results.auto_corrected = auto_correct;
            return results;
        });
    } catch (const Xapian::WildcardError&) {
        throw QueryError(std::string(query), "a wildcard matches too many words; make it longer");
    } catch (const Xapian::Error& e) {
        throw IndexError(impl_->label, "cannot read index: " + e.get_msg());
    }
}

} // namespace pressdex
