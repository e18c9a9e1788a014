#pragma once
// From scored candidates to the organisations of a release, each with its other names.

#include "indexer/extract/acronyms.hpp"
#include "indexer/extract/facts.hpp"
#include "indexer/extract/org_candidates.hpp"

#include <vector>

namespace pressdex::extract::detail {

/// Decides and merges the candidates.
/// Step by step: (1) each candidate gets the model's "org" probability; in each piece of a
/// capitalised run, the non-overlapping candidates with the largest sum of log-odds above
/// zero are taken ("A Section of the B Division" is two organisations or one, whichever
/// scores better), and so is a candidate the text never writes in a run (a speaker's
/// organisation, an acronym's long form) whose probability is at least one half; (2) an acronym definition joins its two sides when either is taken and
/// the other is at least plausible (probability one quarter); (3) a name that is the
/// first or last words of a longer taken name ("Bellhaven" of "Bellhaven Health
/// System", "Tulsa Division" of "FBI Tulsa Division") is one of its names, when it is taken
/// itself or at least plausible (probability one quarter); (4) each
/// organisation is named by its longest form (legal suffix kept, leading "The" dropped),
/// the other forms are its aliases. Organisations come out in the order the text first
/// names them. When `rows` is given, each candidate is added to it with its features.
std::vector<Organisation> merge_organisations(const OrgCandidates& found,
                                              const std::vector<AcronymDef>& acronyms,
                                              const Model& model, std::vector<FeatureRow>* rows);

} // namespace pressdex::extract::detail
