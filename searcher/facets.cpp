#include "searcher/facets.hpp"

#include "common/schema.hpp"

#include <algorithm>

namespace pressdex {

void FacetSpy::operator()(const Xapian::Document& doc, double) {
    const std::string values = doc.get_value(slot_);
    std::size_t start = 0;
    while (start < values.size()) {
        std::size_t end = values.find(schema::facet_separator, start);
        if (end == std::string::npos) end = values.size();
        if (end > start) ++counts_[values.substr(start, end - start)];
        start = end + 1;
    }
}

std::vector<FacetCount> FacetSpy::top(std::size_t limit) const {
    std::vector<FacetCount> all;
    all.reserve(counts_.size());
    for (const auto& [value, count] : counts_) all.push_back({value, count});
    std::stable_sort(all.begin(), all.end(),
                     [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
    if (all.size() > limit) all.resize(limit);
    return all;
}

Xapian::valueno facet_slot(const std::string& name) {
    if (name == "speaker") return schema::slot_speakers;
    if (name == "org") return schema::slot_orgs;
    if (name == "year") return schema::slot_year;
    throw QueryError(name, "unknown facet '" + name + "' (facets are speaker, org, year)");
}

} // namespace pressdex
