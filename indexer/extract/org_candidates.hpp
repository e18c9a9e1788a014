#pragma once
// Candidate organisation names and the evidence for each.

#include "indexer/extract/acronyms.hpp"
#include "indexer/extract/document.hpp"
#include "indexer/extract/model.hpp"
#include "indexer/extract/names.hpp"
#include "indexer/extract/people.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace pressdex::extract::detail {

/// Comparison key of an organisation name: case-folded words, curly apostrophes straight,
/// punctuation dropped, no leading "the", no trailing legal suffixes or possessive.
/// "The Acme Widgets, Inc." and "Acme Widgets" share a key.
std::string org_key(std::string_view name);

/// Whether the corpora write the organisation of this key (org_key) with a legal suffix, a
/// ticker or an "About" heading in several releases (data/known_organisations.txt,
/// scripts/mine-known-names).
bool is_known_organisation(const std::string& key);

/// Whether the release's text lost its apostrophes (web pages scraped without their non-ASCII
/// characters: "the QXVs Harbour Division", "Todays sentencing"), and kept no curly one.
bool apostrophes_lost(const Document& doc);

/// Whether any word of the release holds an apostrophe, straight or curly.
bool writes_apostrophe(const Document& doc);

/// The name without the "s" of a possessive whose apostrophe a scrape lost, where the corpora
/// know the body without it and not with it ("the Department of Harbours  DOH  loan", the
/// scrape of "the Department of Harbour's (DOH) loan"); else the name as it is.
std::string without_lost_possessive(std::string_view name);

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
};

/// The candidates of a release, stage by stage:
/// 1. each paragraph is cut into capitalised runs (org_runs.hpp): capitalised words joined by
///    '&', by connectors (of, for, and, the, de...) before a capitalised word, by a legal
///    suffix after a comma (", Inc."), and by a list of subjects after an institution's
///    of-phrase ("Bureau of Alcohol, Tobacco, Firearms and Explosives"); a capitalised word
///    that opens a sentence ("WASHINGTON An Iowa-based") starts a new run; a possessive ends
///    a run unless it belongs to the name ("Children's Hospital", "Kellogg's Company"); so
///    does a possessive that lost its apostrophe ("the Commerce Departments Export Division",
///    "FBIs Tulsa Division");
/// 2. a run is cut into pieces (org_pieces.hpp) at job titles ("Acme CEO Jane Roe", "CEO of
///    Acme", not "Commerce Department" or "Department of Commerce") and at people's names the
///    release knows ("Jane Roe Acme Inc.", not "Jane Roe Communications"); leading function
///    words, months and "About" are dropped;
/// 3. a piece is cut at its connectors and possessives, and each run of its chunks is a
///    candidate ("Export Control Section", "Industry and Security Division" and the whole of
///    "Export Control Section of the Industry and Security Division"), keyed by org_key, with
///    the features of each of its mentions (shape, head-words, legal suffix, context cues,
///    lists it stands in, where it stands: org_mention_features.hpp, org_lists.hpp) gathered
///    over the release;
/// 4. the names of a list that shares a plural head-word, speakers' organisations and both
///    sides of acronym definitions are candidates too.
/// None is a single ordinary word capitalised only at sentence starts, a territory, a storm,
/// a law, a person or a work's title.
OrgCandidates org_candidates(const Document& doc, const OrgContext& context);

} // namespace pressdex::extract::detail
