#include "pressdex/searcher.hpp"

#include "common/schema.hpp"
#include "searcher/facets.hpp"
#include "searcher/query.hpp"
#include "searcher/snippet.hpp"

#include <nlohmann/json.hpp>
#include <xapian.h>

#include <filesystem>

namespace pressdex {
namespace {

Xapian::Database open_index(const std::string& dir) {
    std::error_code ec;
    if (!std::filesystem::exists(dir, ec))
        throw IndexError(dir, "no index here; build one with: pressdex-index --index " + dir +
                                  " FOLDER");
    try {
        Xapian::Database db(dir);
        const std::string schema = db.get_metadata(std::string(schema::metadata_schema_key));
        if (schema.empty())
            throw IndexError(dir, "not a pressdex index (no schema version in it)");
        if (schema != std::to_string(schema::version))
            throw IndexError(dir, "index schema " + schema + " is not the one this build reads (" +
                                      std::to_string(schema::version) +
                                      "); rebuild it with pressdex-index --rebuild");
        return db;
    } catch (const Xapian::DatabaseNotFoundError&) {
        throw IndexError(dir, "no index here; build one with: pressdex-index --index " + dir +
                                  " FOLDER");
    } catch (const Xapian::Error& e) {
        throw IndexError(dir, "cannot open index: " + e.get_msg());
    }
}

std::string json_string(const nlohmann::json& data, const char* key) {
    const auto it = data.find(key);
    return it != data.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<std::string> names_of(const nlohmann::json& data, const char* key) {
    std::vector<std::string> names;
    const auto it = data.find(key);
    if (it == data.end() || !it->is_array()) return names;
    for (const auto& entry : *it)
        if (entry.is_object()) names.push_back(json_string(entry, "name"));
    return names;
}

Hit make_hit(const nlohmann::json& data) {
    Hit hit;
    hit.path = json_string(data, "path");
    hit.type = json_string(data, "type");
    hit.title = json_string(data, "title");
    hit.date = json_string(data, "date");
    hit.place = json_string(data, "place");
    hit.body = json_string(data, "body");
    hit.speakers = names_of(data, "speakers");
    hit.organisations = names_of(data, "organisations");
    return hit;
}

QuoteHit make_quote_hit(const nlohmann::json& data) {
    QuoteHit quote;
    quote.speaker = json_string(data, "speaker");
    quote.role = json_string(data, "role");
    quote.organisation = json_string(data, "organisation");
    quote.text = json_string(data, "text");
    quote.path = json_string(data, "path");
    quote.title = json_string(data, "title");
    quote.date = json_string(data, "date");
    return quote;
}

} // namespace

struct Searcher::Impl {
    explicit Impl(std::string index_dir)
        : dir(std::move(index_dir)), db(open_index(dir)), query_builder(db) {}

    SearchResults run(const ParsedQuery& parsed, const SearchOptions& options) {
        // Releases and quotes share the index; a boolean filter picks the kind.
        const std::string kind(options.quotes ? schema::term_kind_quote
                                              : schema::term_kind_release);
        Xapian::Enquire enquire(db);
        enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, parsed.query, Xapian::Query(kind)));
        if (options.sort == SortOrder::date_newest)
            enquire.set_sort_by_value_then_relevance(schema::slot_date, true);
        std::vector<std::pair<std::string, std::unique_ptr<FacetSpy>>> spies;
        for (const std::string& facet : options.facets) {
            spies.emplace_back(facet, std::make_unique<FacetSpy>(facet_slot(facet)));
            enquire.add_matchspy(spies.back().second.get());
        }
        // Facets count every match, not only the page: make Xapian look at them all.
        const Xapian::doccount check_at_least = spies.empty() ? 0 : db.get_doccount();
        const Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(options.offset),
                                                   static_cast<Xapian::doccount>(options.limit),
                                                   check_at_least);
        SearchResults results;
        results.total_estimate = mset.get_matches_estimated();
        for (const auto& [name, spy] : spies) results.facets[name] = spy->top(options.facet_limit);

        const MatchWords match = MatchWords::from_query(parsed.query, parsed.wildcard_stems);
        SnippetStyle style{options.snippet_chars, options.highlight_begin, options.highlight_end};
        std::size_t rank = options.offset;
        for (auto it = mset.begin(); it != mset.end(); ++it) {
            const auto data = nlohmann::json::parse(it.get_document().get_data(), nullptr, false);
            const double score = options.sort == SortOrder::relevance ? it.get_weight() : 0.0;
            if (options.quotes) {
                QuoteHit quote = make_quote_hit(data);
                quote.rank = ++rank;
                quote.score = score;
                SnippetStyle whole = style;
                whole.whole_text = true;
                quote.text = snippets.make(quote.text, match, whole);
                results.quotes.push_back(std::move(quote));
            } else {
                Hit hit = make_hit(data);
                hit.rank = ++rank;
                hit.score = score;
                hit.snippet = snippets.make(hit.body, match, style);
                results.hits.push_back(std::move(hit));
            }
        }
        return results;
    }

    std::string dir;
    Xapian::Database db;
    QueryBuilder query_builder;
    SnippetMaker snippets;
};

Searcher::Searcher(const std::string& index_dir) : impl_(std::make_unique<Impl>(index_dir)) {}
Searcher::~Searcher() = default;
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;

std::size_t Searcher::document_count() const {
    return impl_->db.get_termfreq(std::string(schema::term_kind_release));
}

SearchResults Searcher::search(std::string_view query, const SearchOptions& options) {
    const ParsedQuery parsed = impl_->query_builder.parse(query);
    try {
        impl_->db.reopen(); // see what was committed since the last search
    } catch (const Xapian::Error& e) {
        throw IndexError(impl_->dir, "cannot read index: " + e.get_msg());
    }
    // An index being written to may move under a long-lived reader: reopen and try again.
    for (int attempt = 0;; ++attempt) {
        try {
            return impl_->run(parsed, options);
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt >= 5) throw IndexError(impl_->dir, "index keeps changing under the search");
            impl_->db.reopen();
        } catch (const Xapian::WildcardError&) {
            throw QueryError(std::string(query), "a wildcard matches too many words; make it longer");
        } catch (const Xapian::Error& e) {
            throw IndexError(impl_->dir, "cannot read index: " + e.get_msg());
        }
    }
}

} // namespace pressdex
