#pragma once
// Attributing quotes and reported statements to named people.

#include "indexer/extract/facts.hpp"
#include "indexer/extract/orgs.hpp"
#include "indexer/extract/quotes.hpp"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace pressdex::extract::detail {

/// The people of one release, with surname coreference.
/// Step by step for add(): (1) a name that is a known organisation (or, for one word, a word of
/// one) is refused; (2) a multi-word name joins an existing speaker with the same surname and a
/// compatible first name (equal, or an initial of it), keeping the longer form; (3) a one-word
/// name resolves to the speaker whose surname or first name it is; otherwise it becomes a
/// speaker of its own only when allow_single is set (direct quotes); (4) the first role and
/// organisation seen are kept. finish() then folds one-word speakers into a fuller name that
/// appeared later and renames their quotes.
class SpeakerBook {
public:
    using Mentions = std::unordered_map<std::string, std::string>; // surname -> full name ("" ambiguous)
    SpeakerBook(const OrgCollector& orgs, const Mentions& mentions)
        : orgs_(orgs), mention_by_surname_(mentions) {}
    /// Returns the canonical name, or "" when refused.
    std::string add(const std::string& name, const std::string& role, const std::string& org,
                    bool allow_single);
    const std::string& last() const { return last_; }
    void set_last(const std::string& n) { last_ = n; }
    void finish(Facts& facts);
    std::vector<Speaker> speakers;

private:
    const OrgCollector& orgs_;
    std::string last_;
    const Mentions& mention_by_surname_;

public:
    /// Capitalised words the text uses as places ("in Birmingham"): never a lone speaker name.
    std::unordered_set<std::string> place_words;
};

/// Attributes quotes and reported speech in the paragraphs; fills facts.speakers and
/// facts.quotes and adds speakers' organisations to orgs.
/// Step by step, per paragraph in reading order over quotes and speech verbs outside quotes:
/// (1) for a quote, the text after its closing mark is tried first: ", said NAME[, ROLE of
/// ORG]" / ", said ROLE NAME" / ", NAME[, ROLE,] said" / ", she said" (pronoun = most recent
/// speaker) / "according to NAME"; (2) then the clause before its opening mark: "NAME[, ROLE,]
/// said:", "ORG president NAME said:", "According to NAME, ROLE,", "NAME, ROLE:"; (3) a quote
/// following an attributed quote in the same paragraph takes its speaker (split quotes); (4) a
/// paragraph that is nothing but quotes takes the previous speaker when the last attributed
/// quote was at most two paragraphs back; (5) "the company said" or "a spokesperson said"
/// attributes to nobody and stops (3)-(4); (6) a speech verb outside quotes with a person
/// subject of two or more words (or a known surname) adds a speaker without a quote.
/// `tokens` are the paragraphs' (tokenize_each).
void attribute_speech(const std::vector<std::string>& paragraphs, const ParagraphTokens& tokens,
                      const std::vector<QuoteSpan>& quotes, OrgCollector& orgs,
                      const SpeakerBook::Mentions& mentions, Facts& facts);

/// Full person names mentioned anywhere ("Secretary Helen Grady"), by surname, so that a later
/// "Grady announced" resolves to the full name.
/// Step by step: in each capitalised run, a name of two or more words (person_in_run, from
/// either end) counts when it starts with a given name, follows a title or honorific, or is
/// followed by a title ("Rania Awad as Chief Strategy Officer", "Jane Doe, CEO of"); two
/// different full names with one surname make that surname ambiguous.
/// `tokens` are the paragraphs' (tokenize_each).
SpeakerBook::Mentions learn_mentions(const ParagraphTokens& tokens);

} // namespace pressdex::extract::detail
