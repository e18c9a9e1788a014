#pragma once
// Who said each quotation, and who else the release reports as speaking.

#include "indexer/extract/document.hpp"
#include "indexer/extract/facts.hpp"
#include "indexer/extract/people.hpp"
#include "indexer/extract/quotes.hpp"

#include <string>
#include <vector>

namespace pressdex::extract::detail {

struct Attribution {
    std::vector<Speaker> speakers;
    std::vector<Quote> quotes;
    /// Organisations read from the speakers' titles ("CEO of Acme"), for the organisation pass.
    std::vector<std::string> speaker_organisations;
};

/// Attributes the quotations of a release and finds reported speech.
/// Quote to speaker, in sieves, the most precise first; a later sieve only fills what the
/// earlier ones left open:
///   (1) the words right after the quotation: ", said NAME[, TITLE]", ", said TITLE NAME",
///       ", NAME[, TITLE,] said", ", she said", ", according to NAME", "— NAME, TITLE";
///   (2) the clause right before it: "NAME[, TITLE,] said:", "ORG president NAME said:",
///       "Said NAME,", "According to NAME,", "NAME:", "NAME said the plan";
///   (3) another quotation of the same paragraph that has a speaker (split quotes);
///   (4) a quotation that carries on from the paragraphs before: the previous quotation's
///       speaker, when at most one paragraph without quotations lies between;
///   (5) when the release quotes one person only, every speech-like quotation left.
/// A subject that is a pronoun refers to the last speaker; "the company said" or a subject
/// the model does not take for a person ("Hong Kong said") attributes the quotation to
/// nobody, and stops (3)-(5) for it. A name is a person when the model's "speaker" decision
/// says so (speaker_features), and is resolved to the fullest form the release gives
/// (People::resolve).
/// Reported speech: a speech verb outside quotations whose subject is a person adds that
/// speaker ("Jane Roe said the company...", "according to Jane Roe").
/// Unmarked quotations: a paragraph without quotation marks whose first sentence ends
/// ", said TITLE NAME." (web pages that lost their curly quotes) quotes NAME from the
/// paragraph's start; the sentences after the attribution are a second quotation.
/// When `rows` is given, each speaker decision is added to it with its features.
Attribution attribute(const Document& doc, std::vector<QuoteSpan> quotes, const People& people,
                      const Model& model, std::vector<FeatureRow>* rows);

} // namespace pressdex::extract::detail
