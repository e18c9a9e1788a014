#pragma once
// Finding named organisations and their aliases.

#include "indexer/extract/facts.hpp"
#include "indexer/extract/text.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pressdex::extract::detail {

/// Inclusive token range of a capitalised run.
struct Run {
    std::size_t first = 0;
    std::size_t last = 0;
};

/// Maximal runs of capitalised words, joined by connectors (of, for, and, &, the, de...) when a
/// capitalised word follows, and by ", Inc."-style legal suffixes. A possessive word that is not
/// part of a name (Taikang's) ends the run before it.
std::vector<Run> cap_runs(const std::vector<Token>& t);

/// Normalised comparison key of an organisation name: case-folded words, leading "the" and
/// trailing legal suffixes and possessives removed.
std::string org_key(std::string_view name);

/// Collects organisation mentions with their aliases and merges them.
class OrgCollector {
public:
    /// Adds a name (as written); returns its index.
    std::size_t add(std::string_view name, std::size_t position);
    /// Records alias for the organisation whose name is `name` (added if needed).
    void add_alias(std::string_view name, std::string_view alias, std::size_t position);
    /// True when key(text) is a known organisation name or alias.
    bool contains(std::string_view text) const;
    /// True when word (one token, folded) occurs in a known organisation name or alias.
    bool has_word(std::string_view word) const;
    /// Merges entries and builds the final list.
    /// Step by step: (1) entries whose key equals another entry's alias key are merged into
    /// it; (2) a one-entry short form ("Mount Sinai") that is a word-prefix of a longer name
    /// ("Mount Sinai Health System") becomes an alias of the earliest such name; (3) the name
    /// is the longest form seen (legal suffix included), without a leading "The"; (4) the
    /// aliases are the other forms, plus the form without legal suffix, plus short forms
    /// (the name minus trailing head-words such as Health System) when the text itself uses
    /// them standing alone (listed in standalone_runs).
    std::vector<Organisation> finish(const std::unordered_map<std::string, std::size_t>& standalone_runs) const;

private:
    struct Entry {
        std::vector<std::string> forms; // as written, first is first seen
        std::string key;
        std::size_t position = 0;
        bool alive = true;
    };
    std::size_t find_key(const std::string& key) const;
    /// Removes entries that glue something onto another entry's name: a part of a known
    /// organisation ("Acme’s Western Region" when Acme is known), a person before it ("Jane
    /// Roe Acme Inc." from a contact block), or two names joined by a possessive that lost
    /// its apostrophe ("Department of Justices Fraud Section": the second name is kept).
    static void drop_compounds(std::vector<Entry>& es);
    std::vector<Entry> entries_;
    std::unordered_map<std::string, std::size_t> by_key_;
};

/// Finds organisations in the paragraphs (the title is used only for acronym look-ups).
/// Step by step: (1) each paragraph is tokenized and cut into capitalised runs (a run also
/// ends at "Denver-based", at two spaces, and at a bare possessive such as "Departments");
/// blog footers ("The post ... appeared first on") are skipped, and so are short title-case
/// headings, labels ("* Clean Energy – ...", "Key Features:") and shouted headlines, except
/// "About X" boilerplate, whose X is an organisation (also when its line break was lost and
/// the paragraph repeats X); (2) each run is split at "and"/"&" when the left part already
/// ends in an organisation head-word, and stripped of leading function words, job titles
/// ("CEO of"), people ("Jane Roe of") and honorifics; (3) a piece is an organisation when it
/// ends in a legal suffix (Inc., LLC...), or contains an organisation head-word (Hospital,
/// University, Group...) that ends it or is followed by an of/for-phrase (a weak head-word
/// inside a strong one's of-phrase, as in "Department of Energy", does not count), and not
/// every word is generic; pieces ending in non-organisation words (Act, Award, Street,
/// Program...) or followed by a newspaper word (Times, Journal) are rejected, and so are
/// ordinary words after "a"/"its" ("a Regional Trade Organization"), bodies inside a
/// company ("Board of Directors", "Advisory Board") and event parties ("Launch Party");
/// (4) acronym definitions "Long Form (LF)" and "LF (Long Form)" are matched with the
/// Schwartz & Hearst letter-matching algorithm and give an alias (and an organisation when the
/// long form is one, or is a proper-name run); (5) contextual cues add organisations without
/// head-words: a stock ticker "X (NASDAQ: Y)", an appositive "X, a leading provider of", a
/// kind noun before the name ("accessory brand X"), "X is a ... company", "X announced /
/// today announced / launches" at sentence start when X is not a person name, and a short
/// name defined in quotes ("X Stock Market (or “X”)"); (6) lists after "companies such as"
/// and the like; (7) people's employers: "Jane Roe with X", list lines "Jane Roe, Director of
/// Sales, X" or "Jane Roe - X", and "CEO of X"; (8) items of a list that holds known
/// organisations are organisations too.
/// `tokens` are the paragraphs' (tokenize_each).
void find_organisations(const std::vector<std::string>& paragraphs, const ParagraphTokens& tokens,
                        OrgCollector& orgs, std::unordered_map<std::string, std::size_t>& standalone_runs);

/// Adds the subject of a headline ("Chef Point Unveils ...") as an organisation when it is not
/// a person's name and the body mentions it (or its first word).
void find_title_subject(std::string_view title, OrgCollector& orgs, std::string_view body);

/// Splits an appositive such as "Co-Founder and CEO of Naturally Amish" into role and
/// organisation ("Co-Founder and CEO", "Naturally Amish"); either may come back empty.
void split_role_org(std::string_view src, const std::vector<Token>& t, std::size_t lo,
                    std::size_t hi, std::string& role, std::string& org);

/// True when the organisation read from a speaker's appositive can name an organisation:
/// not a phrase of ordinary words without a head-word ("Director for Field Safety"), not
/// a judicial district or other place ("U.S. Attorney for the District of Maine", "County
/// Executive"), not text starting in lower case ("as well as ...").
bool plausible_speaker_org(std::string_view role, std::string_view org);

/// Strips a leading "The " from an organisation name.
std::string_view strip_the(std::string_view name);

} // namespace pressdex::extract::detail
