#pragma once
// Who a speech verb's subject is: the names, titles and organisations around a quotation or a
// speech verb, and the model's decision whether a name is a person who speaks.

#include "indexer/extract/document.hpp"
#include "indexer/extract/facts.hpp"
#include "indexer/extract/model.hpp"
#include "indexer/extract/names.hpp"
#include "indexer/extract/people.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace pressdex::extract::detail {

// A double quotation mark, straight or curly, or a guillemet
bool is_quote_mark(std::string_view w);

// ".", "!", "?" or ";"
bool sentence_end(std::string_view w);

// The end of a sentence, a quotation mark, a colon, a bar or a dash: what a clause does not
// cross
bool clause_break(std::string_view w);

// A word with a capital, or in capitals
bool is_cap(const Token& t);

// Adverbs and time words between a speech verb and its subject: "said today", "recently
// said", "added in a statement".
bool adverb(const Token& t);

// Who the words of a speech pattern name: a person (decided by the model), a pronoun that refers
// to the last speaker, a subject that is nobody ("the company said"), or nothing
struct Subject {
    enum class Kind { none, person, pronoun, unnamed };
    Kind kind = Kind::none;
    std::string name; // clean, as written
    std::string role;
    std::string org;
    Features features;
    std::string_view pattern;
    bool attempted = false; // a speech-verb pattern was there, whatever its subject
    [[nodiscard]] bool found() const { return kind != Kind::none; }
};

// Subject finding with the model's speaker decision.
class SubjectFinder {
  public:
    SubjectFinder(const People& people, const Model& model, std::vector<FeatureRow>* rows)
        : people_(people), model_(model), rows_(rows) {}

    // A person candidate at span; decided by the model.
    Subject person(const std::vector<Token>& t, TokSpan span, std::string_view pattern, bool role_before,
                   bool role_after) const;

    // "said NAME[, TITLE]", "said TITLE NAME", "said ORG TITLE NAME", starting at j.
    Subject after_verb(std::string_view src, const std::vector<Token>& t, std::size_t j,
                       std::size_t end, std::string_view pattern) const;
    // Subject of the speech verb t[v] in the clause starting at lo.
    Subject before_verb(std::string_view src, const std::vector<Token>& t, std::size_t lo,
                        std::size_t v, std::string_view pattern) const;
    Subject from_after(std::string_view src, const std::vector<Token>& t) const;
    Subject from_before(std::string_view src, const std::vector<Token>& t) const;
    // The titled people of a list: "joined in the announcement by A, B and C".
    std::vector<Subject> listed(std::string_view src, const std::vector<Token>& t, std::size_t from,
                                std::size_t to) const;

  private:
    void appositive(std::string_view src, const std::vector<Token>& t, std::size_t k,
                    std::size_t end, Subject& s) const;
    const People& people_;
    const Model& model_;
    std::vector<FeatureRow>* rows_;
};

// "... Revenue Division and U.S. Attorney Dana Quill of ...": "and" before a second official's title
// (in an organisation: one read past the first official's body into the second's title)
bool joins_officials(const std::vector<Token>& t, std::size_t a, std::size_t b);

// A clause of officials' titles, names and bodies and nothing else: its only lower-case words
// join them ("of", "for the", "in Charge", "and") or are time words. Not the run of a scrape
// that lost its stops ("... of AARP and a former Councilman Dana Quill now of ...").
bool only_titles_and_names(const std::vector<Token>& t, std::size_t a, std::size_t b);

// An organisation read past its official's body into a second official's title (joins_officials)
bool holds_an_official(std::string_view org);

// Whether the text between a quotation ending at `after` and the next one, starting at
// `next`, introduces the next: the quotation ends a sentence (".", "!" or "?" before its
// closing mark) and the text, a clause of a few words, ends in "," or ":" right before the
// next quotation ("“We grew.” Dana Quill added, “We hire.”"); not "“We grew,” Dana Quill
// said, “and we hire.”", one quotation split by its attribution.
bool introduces_next_quote(std::string_view para, std::size_t after, std::size_t next);

/// Splits a title phrase such as "Co-Founder and CEO of Quillbox Farms" into role and
/// organisation ("Co-Founder and CEO", "Quillbox Farms"); also "Quillbox CEO" and
/// "CEO, Quillbox". Either may come back empty. [lo, hi] are tokens of t, src their text.
void split_role_org(std::string_view src, const std::vector<Token>& t, std::size_t lo,
                    std::size_t hi, std::string& role, std::string& org);

} // namespace pressdex::extract::detail
