#pragma once
// The organisation pass: names in lists. Where a run stands in a list of names, and the bodies
// named together before one head-word in the plural ("the Harbour and Quill Committees").

#include "indexer/extract/document.hpp"
#include "indexer/extract/org_candidates.hpp"
#include "indexer/extract/org_runs.hpp"
#include "indexer/extract/people.hpp"

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace pressdex::extract::detail {

// Where a run stands in a list of names ("A, B and C"): whether another name of the list
// looks like an organisation by its shape, and whether the list follows a plural such as
// "companies", "sponsors" or "investors" ("tech companies like A, B and C").
struct ListContext {
    bool with_organisation = false;
    bool after_org_plural = false;
    // the list's last run after a bare comma, holding the list's "and" ("A, B, C and D" read as
    // the runs A, B and "C and D"): its two sides are the list's last two items
    bool holds_the_lists_and = false;
};

// The list context of each of a paragraph's runs
std::vector<ListContext> list_contexts(const std::vector<Token>& t, const std::vector<Run>& runs);

// "Senate Harbour Affairs Committee", "Senate Quillton Subcommittee": a chamber's
// committee is named with the chamber, which is no name of its own there
bool chamber_before_committee(const std::vector<Token>& t, std::size_t i, std::size_t last);

// One name of a list that shares a plural head-word (names_sharing_plural_head)
struct SharedHeadName {
    std::string form;
    std::size_t offset = 0; // of its first word in the paragraph
    std::size_t head = 0;   // the token of the plural head-word
    std::size_t list = 0;   // the token that opens the list
};

// "the Harbour, Quill and Budget Committees", "the Senate Harbour and House Quill committees":
// bodies named together before their head-word in the plural, each its own name with the
// head-word in the singular ("Budget Committee"). Left out:
// - a one-word item before a longer last one, which shares its words ("the Quillton and East
//   Harbour Police Departments");
// - items that are head-words ("Senate and House committees"), whole names already (ending
//   in an institution's head-word or a legal form, not "Armed Services"), people or their
//   roles ("Quillbox President and CEO Dana Chambers"), peoples ("Quillish and Native
//   American sections"), places ("the Quillton and Harbourside offices"), a long name cut
//   ("... Harbour QHA Funds", its acronym's brackets lost), or kinds of people ("Quillers,
//   Tillers and Coast Guards");
// - a list in a heading or a bullet, or the subjects of an of-phrase ("Bureau of Harbour and
//   Quill Affairs");
// - one body's name in the plural: before a capitalised word, or a lower-case one in a text
//   that lost its apostrophes (a possessive: "the Food and Harbour Administrations ruling"),
//   before "of", "on", "for" or an acronym's bracket (named by its subject), or a name the
//   release or the corpora know whole ("Food and Harbour Administration");
// - after a lower-case plural ("the Quill Scouts and Harbour Club organizations"), items
//   that are not each a committee's subject after a word of its own: two words or more, not
//   ending in a plural or a place.
std::vector<SharedHeadName> names_sharing_plural_head(const Document& doc, const std::vector<Token>& t,
                                                      std::string_view text, bool apostrophes_lost);

} // namespace pressdex::extract::detail
