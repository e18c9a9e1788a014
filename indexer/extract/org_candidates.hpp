#pragma once
// Candidate organisation names and the evidence for each.

#include "indexer/extract/acronyms.hpp"
#include "indexer/extract/document.hpp"
#include "indexer/extract/model.hpp"
#include "indexer/extract/names.hpp"
#include "indexer/extract/people.hpp"

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace pressdex::extract::detail {

/// Comparison key of an organisation name: case-folded words, curly apostrophes straight,
/// punctuation dropped, no leading "the", no trailing legal suffixes or possessive.
/// "The Acme Widgets, Inc." and "Acme Widgets" share a key.
std::string org_key(std::string_view name);

/// One distinct candidate name of a release with its evidence.
struct OrgCandidate {
    std::string key;
    std::vector<std::string> forms; // as written, first seen first
    std::size_t first_para = 0;
    std::size_t first_offset = 0;
    Features features;
};

/// Where a candidate stands: tokens [first, last] of one piece of a capitalised run. The
/// spans of one piece overlap (a piece "A of the B" gives "A", "B" and "A of the B"); the
/// merge keeps the best of them (org_merge.hpp).
struct OrgMention {
    std::size_t piece = 0; // pieces are numbered across the release
    std::size_t first = 0;
    std::size_t last = 0;
    std::size_t candidate = 0; // index into OrgCandidates::candidates
};

struct OrgCandidates {
    std::vector<OrgCandidate> candidates;
    std::vector<OrgMention> mentions;
};

/// What the organisation pass knows from the rest of the extraction.
struct OrgContext {
    const People* people = nullptr;
    std::vector<std::string> speakers;              // clean full names of the speakers
    std::vector<std::string> speaker_organisations; // from their titles
    std::vector<AcronymDef> acronyms;               // definitions in the text
    /// Keys of names that other releases write with a strong cue (evidence.hpp); may be null.
    const std::unordered_set<std::string>* known_elsewhere = nullptr;
};

/// The candidates of a release.
/// Step by step: (1) each paragraph is cut into capitalised runs: capitalised words joined
/// by '&', by connectors (of, for, and, the, de...) before a capitalised word, and by a legal
/// suffix after a comma (", Inc."); a possessive ends a run unless a capitalised word follows
/// ("Children's Hospital"); a possessive that lost its apostrophe ("Justices Criminal
/// Division", "FBIs Phoenix Division") ends it when the word without its "s" is written
/// elsewhere in the release or is an acronym; (2) a run is cut at job titles ("Acme CEO Jane
/// Roe", "CEO of Acme"), at people's names the release knows, and at "and"/"&" when the left
/// part ends in an organisation head-word or is an acronym (not inside "Department of
/// Health and Human Services"); leading function words, months and "About" are dropped; (3)
/// each piece is a candidate, keyed by org_key, with the features of each of its mentions
/// (shape, head-words, legal suffix, context cues, where it stands) gathered over the
/// release; a piece is also cut at its connectors, and each run of its chunks is a
/// candidate too ("Environmental Crimes Section", "Environment and Natural Resources
/// Division" and the whole of "Environmental Crimes Section of the Environment and Natural
/// Resources Division"); (4) speakers' organisations and both sides of acronym definitions
/// are candidates too.
OrgCandidates org_candidates(const Document& doc, const OrgContext& context);

} // namespace pressdex::extract::detail
