#include "pressdex/searcher.hpp"

#include "common/schema.hpp"
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

} // namespace

struct Searcher::Impl {
    explicit Impl(std::string index_dir)
        : dir(std::move(index_dir)), db(open_index(dir)), query_builder(db) {}

    SearchResults run(const ParsedQuery& parsed, const SearchOptions& options) {
        Xapian::Enquire enquire(db);
        enquire.set_query(parsed.query);
        if (options.sort == SortOrder::date_newest)
            enquire.set_sort_by_value_then_relevance(schema::slot_date, true);
        const Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(options.offset),
                                                   static_cast<Xapian::doccount>(options.limit));
        SearchResults results;
        results.total_estimate = mset.get_matches_estimated();
        const MatchWords match = MatchWords::from_query(parsed.query, parsed.wildcard_stems);
        const SnippetStyle style{options.snippet_chars, options.highlight_begin,
                                 options.highlight_end};
        std::size_t rank = options.offset;
        for (auto it = mset.begin(); it != mset.end(); ++it) {
            const auto data = nlohmann::json::parse(it.get_document().get_data(), nullptr, false);
            Hit hit;
            hit.rank = ++rank;
            hit.score = options.sort == SortOrder::relevance ? it.get_weight() : 0.0;
            hit.path = json_string(data, "path");
            hit.type = json_string(data, "type");
            hit.title = json_string(data, "title");
            hit.date = json_string(data, "date");
            hit.place = json_string(data, "place");
            hit.body = json_string(data, "body");
            hit.snippet = snippets.make(hit.body, match, style);
            results.hits.push_back(std::move(hit));
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

std::size_t Searcher::document_count() const { return impl_->db.get_doccount(); }

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
