#include "searcher/facets.hpp"

#include "common/schema.hpp"

#include <algorithm>
#include <map>
#include <memory>

namespace pressdex {

std::vector<FacetCount> facet_counts(const Xapian::ValueCountMatchSpy& spy, std::size_t limit) {
    std::map<std::string, std::size_t> counts;
    for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
        const std::string values = *it;
        const std::size_t documents = it.get_termfreq();
        std::size_t start = 0;
        while (start < values.size()) {
            std::size_t end = values.find(schema::facet_separator, start);
            if (end == std::string::npos) end = values.size();
            if (end > start) counts[values.substr(start, end - start)] += documents;
            start = end + 1;
        }
    }
    std::vector<FacetCount> all;
    all.reserve(counts.size());
    for (const auto& [value, count] : counts) all.push_back({value, count});
    std::stable_sort(all.begin(), all.end(),
                     [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
    if (all.size() > limit) all.resize(limit);
    return all;
}

FacetResults count_facets(const Xapian::Database& db, const Xapian::Query& query,
                          const std::vector<std::string>& names, std::size_t limit) {
    std::vector<std::pair<std::string, std::unique_ptr<Xapian::ValueCountMatchSpy>>> spies;
    for (const std::string& name : names)
        spies.emplace_back(name, std::make_unique<Xapian::ValueCountMatchSpy>(facet_slot(name)));
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight()); // counting needs no scores
    for (auto& [name, spy] : spies) enquire.add_matchspy(spy.get());
    // No page, but every match looked at.
    const Xapian::MSet mset = enquire.get_mset(0, 0, db.get_doccount());
    FacetResults results;
    results.matches = mset.get_matches_estimated();
    for (const auto& [name, spy] : spies) results.facets[name] = facet_counts(*spy, limit);
    return results;
}

Xapian::valueno facet_slot(const std::string& name) {
    if (name == "speaker") return schema::slot_speakers;
    if (name == "org") return schema::slot_orgs;
    if (name == "year") return schema::slot_year;
    throw QueryError(name, "unknown facet '" + name + "' (facets are speaker, org, year)");
}

} // namespace pressdex
