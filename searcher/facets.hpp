#pragma once

#include "pressdex/searcher.hpp"

#include <xapian.h>

#include <map>
#include <unordered_map>
#include <string>
#include <vector>

namespace pressdex {

// Facets are counted with Xapian's own ValueCountMatchSpy, not a class of ours, because a
// remote shard's xapian-tcpsrv can only run match spies it knows: a custom MatchSpy would
// have to be serialisable and registered in the server, and the stock server registers
// only Xapian's own. ValueCountMatchSpy runs on every kind of shard (local, stub, remote)
// and Xapian merges the shards' counts. Our facet slots hold several names joined by
// schema::facet_separator, so the spy counts joined strings; facet_counts() splits them
// and adds up, which gives exactly the per-name counts: each document adds one to each
// name in its slot, whichever string it was counted under.
//
// Facets are counted in a pass of their own, in relevance order with boolean weights, not
// in the search that fetches the page: Xapian 1.4 (multimatch.cc, checked up to 1.4.28)
// feeds a remote shard's documents through the match spies a second time on the client
// when results are sorted by a value (--sort date, or our path tie-break), which
// over-counts. In relevance order the client leaves remote documents to the server's spy.

/// The value slot behind a facet name ("speaker", "org", "year"); throws QueryError for
/// another name.
[[nodiscard]] Xapian::valueno facet_slot(const std::string& name);

struct FacetResults {
    std::map<std::string, std::vector<FacetCount>> facets; // by facet name
    Xapian::doccount matches = 0; // every document matching the query, exactly
};

/// Counts the named facets ("speaker", "org", "year") over every document of `db` that
/// matches `query`, keeping the `limit` most frequent values of each. Throws QueryError for
/// an unknown facet name, before any work; Xapian errors pass through.
[[nodiscard]] FacetResults count_facets(const Xapian::Database& db, const Xapian::Query& query,
                                        const std::vector<std::string>& names, std::size_t limit);

/// Facet names that are one organisation, each mapped to the name its group is shown under;
/// names not in the map stand for themselves.
using NameGroups = std::unordered_map<std::string, std::string>;

/// Groups the organisation names counted by `spy` that are one organisation: names with
/// one group key (organisation_group_key in common/organisation_names.hpp; and a name of
/// several words with a trailing "s", a lost apostrophe, with the name without it); for
/// each of the `lookups` most frequent names, the names releases of `db` pair with it (its
/// alias terms) that are its acronym or long form, or it with or without a national prefix,
/// each pair at least a quarter of such pairs of the name; and an acronym with a long form
/// it abbreviates that names four fifths of the same releases. A group is shown under its
/// most frequent name that is not an acronym (then the longest): "Drug Enforcement
/// Administration" for it and "DEA", "Department of Justice" for it and "Justice
/// Department". Xapian errors pass through.
[[nodiscard]] NameGroups organisation_groups(const Xapian::Database& db,
                                             const Xapian::ValueCountMatchSpy& spy, std::size_t lookups);

/// The `limit` most frequent names counted by `spy`, most frequent first; equal counts in
/// byte order of the name. With `groups`, a document counts once for each group its names
/// fall in, under the group's name.
[[nodiscard]] std::vector<FacetCount> facet_counts(const Xapian::ValueCountMatchSpy& spy,
                                                   std::size_t limit, const NameGroups* groups = nullptr);

} // namespace pressdex
