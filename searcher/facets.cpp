#include "searcher/facets.hpp"

#include "common/organisation_names.hpp"
#include "common/schema.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <string_view>
#include <tuple>

namespace pressdex {

namespace {

// Calls use(name) for each name of a slot value (names joined by schema::facet_separator).
template <typename Use> void for_each_name(const std::string& values, Use use) {
    std::size_t start = 0;
    while (start < values.size()) {
        std::size_t end = values.find(schema::facet_separator, start);
        if (end == std::string::npos) end = values.size();
        if (end > start) use(values.substr(start, end - start));
        start = end + 1;
    }
}

std::map<std::string, std::size_t> raw_counts(const Xapian::ValueCountMatchSpy& spy) {
    std::map<std::string, std::size_t> counts;
    for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
        const std::size_t documents = it.get_termfreq();
        for_each_name(*it, [&](std::string name) { counts[std::move(name)] += documents; });
    }
    return counts;
}

bool acronym(const std::string& name) {
    return name.find(' ') == std::string::npos &&
           std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// True when `short_key` can abbreviate `long_key` (keys: lower case, words by single
// spaces): its letters appear in order in the long form, the first at a word's start,
// matched from the end (Schwartz and Hearst's test), and it is 2 to 8 characters long and
// not one of the long form's words. "fbi" for "federal bureau of investigation", not for
// "justice department".
bool abbreviates(std::string_view short_key, std::string_view long_key) {
    // A word in capitals is no acronym of a name that holds it ("INVESTORS", "IBN AI").
    if (short_key.size() < 2 || short_key.size() > 8) return false;
    for (std::size_t start = 0; start <= long_key.size();) {
        const std::size_t end = std::min(long_key.find(' ', start), long_key.size());
        if (long_key.substr(start, end - start) == short_key) return false;
        start = end + 1;
    }
    std::size_t at = long_key.size();
    for (std::size_t s = short_key.size(); s-- > 0;) {
        const char c = short_key[s];
        if (c == ' ') continue;
        for (;;) {
            if (at == 0) return false;
            --at;
            if (long_key[at] == c && (s > 0 || at == 0 || long_key[at - 1] == ' ')) break;
        }
    }
    return true;
}

// True when one key is the other after a national prefix ("u s drug enforcement
// administration" and "drug enforcement administration").
bool national_variants(std::string_view a, std::string_view b) {
    if (a.size() < b.size()) std::swap(a, b);
    for (const std::string_view national : {"u s ", "us ", "united states "})
        if (a.size() == national.size() + b.size() && a.starts_with(national) && a.ends_with(b)) return true;
    return false;
}

// The organisation names a facet counted, joined into groups (a union-find over them).
struct NameTable {
    std::vector<const std::string*> names;
    std::vector<std::size_t> count;
    std::unordered_map<std::string_view, std::size_t> index_of;
    std::unordered_map<std::string, std::size_t> by_key; // alias terms are written by organisation_key
    std::vector<std::size_t> parent;

    explicit NameTable(const std::map<std::string, std::size_t>& counts) {
        for (const auto& [name, n] : counts) {
            index_of.emplace(name, names.size());
            by_key.emplace(organisation_key(name), names.size());
            parent.push_back(names.size());
            names.push_back(&name);
            count.push_back(n);
        }
    }
    std::size_t find(std::size_t i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }
    void join(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
    bool is_acronym(std::size_t i) const { return acronym(*names[i]); }
};

// Names with one group key are one ("Justice Department", "Department of Justice"), and
// "Department of Justices" is a possessive that lost its apostrophe (names of one word are
// left alone: "Americas" is not "America").
void join_by_group_key(NameTable& table) {
    std::unordered_map<std::string, std::vector<std::size_t>> by_group_key;
    for (std::size_t i = 0; i < table.names.size(); ++i)
        by_group_key[organisation_group_key(*table.names[i])].push_back(i);
    for (const auto& [key, members] : by_group_key) {
        for (const std::size_t m : members) table.join(m, members.front());
        if (key.back() == 's' && key.find(' ') != std::string::npos)
            if (const auto singular = by_group_key.find(key.substr(0, key.size() - 1)); singular != by_group_key.end())
                table.join(members.front(), singular->second.front());
    }
}

// Each of the `lookups` most frequent names joins the names that releases give as its
// other names (alias terms), when the two are an acronym and its long form or a name with
// and without a national prefix, and the pair is at least a quarter of such pairs of the
// name. Not every pair ever written: the extraction pairs an office with its department
// and a list's names with an acronym after the list, and joining every pair made one row
// of a whole government.
void join_by_alias_terms(NameTable& table, const Xapian::Database& db, std::size_t lookups) {
    std::vector<std::size_t> order(table.names.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return table.count[a] > table.count[b]; });
    if (order.size() > lookups) order.resize(lookups);
    std::vector<std::pair<std::size_t, Xapian::doccount>> partners;
    for (const std::size_t i : order) {
        const std::string key = organisation_key(*table.names[i]);
        const std::string prefix = std::string(schema::prefix_org_alias) + key + '\t';
        Xapian::doccount evidence = 0;
        partners.clear();
        for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
            const std::string other_key = (*it).substr(prefix.size());
            const auto found = table.by_key.find(other_key);
            if (found == table.by_key.end() || found->second == i) continue;
            const std::size_t j = found->second;
            const bool related = table.is_acronym(i) != table.is_acronym(j)
                                     ? abbreviates(table.is_acronym(i) ? key : other_key,
                                                   table.is_acronym(i) ? other_key : key)
                                     : national_variants(key, other_key);
            if (!related) continue;
            evidence += it.get_termfreq();
            partners.emplace_back(j, it.get_termfreq());
        }
        for (const auto& [j, pairs] : partners)
            if (pairs * 4 >= evidence) table.join(i, j);
    }
}

// An acronym and a long form it abbreviates that name four fifths of the same releases are
// one organisation, whether or not any release paired them: boilerplate like 'Acme Wire
// ("AW")' with quotation marks the extraction does not read as a definition. Counted from
// the facet's own values, which hold each release's names.
void join_by_co_occurrence(NameTable& table, const Xapian::ValueCountMatchSpy& spy) {
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> together;
    std::vector<std::size_t> here;
    for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
        here.clear();
        for_each_name(*it, [&](const std::string& name) {
            if (const auto found = table.index_of.find(name); found != table.index_of.end())
                here.push_back(found->second);
        });
        for (const std::size_t a : here)
            if (table.is_acronym(a))
                for (const std::size_t b : here)
                    if (!table.is_acronym(b)) together[{a, b}] += it.get_termfreq();
    }
    for (const auto& [pair, releases] : together) {
        const auto [a, b] = pair;
        if (releases * 5 >= std::max(table.count[a], table.count[b]) * 4 &&
            abbreviates(organisation_key(*table.names[a]), organisation_key(*table.names[b])))
            table.join(a, b);
    }
}

} // namespace

NameGroups organisation_groups(const Xapian::Database& db, const Xapian::ValueCountMatchSpy& spy,
                               std::size_t lookups) {
    const std::map<std::string, std::size_t> counts = raw_counts(spy);
    NameTable table(counts);
    join_by_group_key(table);
    join_by_alias_terms(table, db, lookups);
    join_by_co_occurrence(table, spy);
    // each group under its most frequent name that is no acronym, then the longest
    std::unordered_map<std::size_t, std::size_t> shown; // root -> member shown
    const auto rank = [&](std::size_t m) {
        return std::make_tuple(!table.is_acronym(m), table.count[m], table.names[m]->size());
    };
    for (std::size_t i = 0; i < table.names.size(); ++i) {
        const auto [it, first] = shown.emplace(table.find(i), i);
        if (!first && rank(i) > rank(it->second)) it->second = i;
    }
    NameGroups groups;
    for (std::size_t i = 0; i < table.names.size(); ++i) {
        const std::size_t chosen = shown.at(table.find(i));
        if (chosen != i) groups.emplace(*table.names[i], *table.names[chosen]);
    }
    return groups;
}

std::vector<FacetCount> facet_counts(const Xapian::ValueCountMatchSpy& spy, std::size_t limit,
                                     const NameGroups* groups) {
    std::map<std::string, std::size_t> counts;
    if (!groups || groups->empty()) {
        counts = raw_counts(spy);
    } else {
        std::vector<std::string> seen; // the groups of one document's names, each once
        for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
            const std::size_t documents = it.get_termfreq();
            seen.clear();
            for_each_name(*it, [&](std::string name) {
                if (const auto g = groups->find(name); g != groups->end()) name = g->second;
                if (std::find(seen.begin(), seen.end(), name) == seen.end()) seen.push_back(std::move(name));
            });
            for (const std::string& name : seen) counts[name] += documents;
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
    for (const auto& [name, spy] : spies) {
        if (name == "org") {
            const NameGroups groups = organisation_groups(db, *spy, std::max<std::size_t>(4 * limit, 50));
            results.facets[name] = facet_counts(*spy, limit, &groups);
        } else {
            results.facets[name] = facet_counts(*spy, limit);
        }
    }
    return results;
}

Xapian::valueno facet_slot(const std::string& name) {
    if (name == "speaker") return schema::slot_speakers;
    if (name == "org") return schema::slot_orgs;
    if (name == "year") return schema::slot_year;
    throw QueryError(name, "unknown facet '" + name + "' (facets are speaker, org, year)");
}

} // namespace pressdex
