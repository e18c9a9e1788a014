#pragma once
// The people a release names, and which full name a shorter mention refers to.

#include "indexer/extract/document.hpp"
#include "indexer/extract/model.hpp"
#include "indexer/extract/names.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace pressdex::extract::detail {

/// Splits a clean name into its words.
std::vector<std::string> name_words(const std::string& name);

/// Full names (two words or more) mentioned anywhere in a release, for coreference: a
/// later "Okafor", "Priya", "Amir Al Nasser" or a misspelt "Brannigen" is the person named
/// in full earlier ("Renata Okafor", "Priya Ramaswamy", "Khalid Amir Al Nasser", "Ed
/// Brannigan").
/// Step by step: each run of name words with two or more words counts as a full name when
/// something says it is a person: it starts with a known given name, follows an honorific
/// or a job title ("Sens. Jane Roe", "Special Agent in Charge Pieter J. Oosterhuis"), is
/// followed by an appositive title or a party tag ("Jane Roe, CEO of", "Jane Roe (D-NV)"),
/// or stands next to a speech verb. "Omar and Lina Haddad" names Omar Haddad too. Other
/// runs of two to four name words are kept as well, and used only when no such name fits.
class People {
  public:
    explicit People(const Document& doc);

    /// The fullest known form of `name` (a clean name) as mentioned at paragraph `para`:
    /// (1) a name of two or more words takes the longest known name that has it as its last
    /// words, or that has its surname with the same first name or initial; (2) one word
    /// takes the full name whose surname it is, else whose first name it is, else whose
    /// surname it misses by one letter (five letters or more); names with a person cue are
    /// tried first; when several full names fit, the one mentioned last before `para` wins,
    /// else the first one mentioned; (3) else the name as given.
    [[nodiscard]] std::string resolve(const std::string& name, std::size_t para) const;

    /// True when `name` (one word) is the surname or first name of a known full name.
    [[nodiscard]] bool knows_word(const std::string& word) const;

    /// True when the whole `name` is a known full name.
    [[nodiscard]] bool knows(const std::string& name) const;

    /// True when `name` is any run of name words the release has (cued or not), or one word
    /// of a full name with a person cue: it may well be a person.
    [[nodiscard]] bool may_be_person(const std::string& name) const;

    /// True when the release writes `word` right before an organisation's head-word or a
    /// legal suffix ("Velmora Inc.", "Quist Integrated Care Management"): a name that
    /// speaks as an organisation.
    [[nodiscard]] bool starts_an_organisation(std::string_view word) const;

  private:
    struct Known {
        std::string name;
        std::vector<std::string> words;
        std::vector<std::size_t> paras; // where it is mentioned
        bool cued = false;              // something in the text says it is a person
    };
    void add(std::string name, std::size_t para, bool cued);
    std::vector<Known> known_;
    std::vector<std::string> organisation_starts_;
};

/// The features of a name as the subject of a speech verb or of a quotation's attribution
/// (the "speaker" decision of the model). `pattern` names how it was found.
Features speaker_features(const std::vector<Token>& t, TokSpan span, std::string_view pattern,
                          const People& people, bool role_before, bool role_after);

} // namespace pressdex::extract::detail
