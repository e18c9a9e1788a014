#include "indexer/extract/lexicon.hpp"

#include "common/tables.hpp"
#include "indexer/extract/data_tables.hpp"
#include "indexer/extract/text.hpp"

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace pressdex::extract::detail {
namespace {

struct ViewHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using WordSet = std::unordered_set<std::string, ViewHash, std::equal_to<>>;
template <typename V> using WordMap = std::unordered_map<std::string, V, ViewHash, std::equal_to<>>;

constexpr std::size_t longest_word = 64; // no table entry is longer

// Calls add(entry, number) for each line of a table file: '#' starts a comment; an entry may
// have several words ("Hong Kong") and is folded (fold_word); a number after it (the lower-
// case share of common_words.txt) is passed as written, else an empty view.
template <typename Add> void for_each_entry(std::string_view text, Add add) {
    while (!text.empty()) {
        const std::size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        if (const std::size_t hash = line.find('#'); hash != std::string_view::npos)
            line = line.substr(0, hash);
        line = trim(line);
        if (line.empty()) continue;
        std::string_view number;
        if (const std::size_t sp = line.rfind(' ');
            sp != std::string_view::npos && line[sp + 1] >= '0' && line[sp + 1] <= '9') {
            number = line.substr(sp + 1);
            line = trim(line.substr(0, sp));
        }
        add(fold_word(line), number);
    }
}

WordSet load_set(std::string_view text) {
    WordSet set;
    for_each_entry(text, [&](std::string word, std::string_view) { set.insert(std::move(word)); });
    return set;
}

bool in(const WordSet& set, std::string_view w) {
    if (w.size() > longest_word) return false;
    char folded[longest_word]; // on the stack: this runs for most words of every release
    return set.contains(std::string_view(folded, fold_word_into(w, folded)));
}

template <typename V> const V* find(const WordMap<V>& map, std::string_view w) {
    if (w.size() > longest_word) return nullptr;
    char folded[longest_word];
    const auto it = map.find(std::string_view(folded, fold_word_into(w, folded)));
    return it == map.end() ? nullptr : &it->second;
}

#define PRESSDEX_TABLE(function, data_name)                                                       \
    bool function(std::string_view w) {                                                           \
        static const WordSet set = load_set(data::data_name);                                     \
        return in(set, w);                                                                        \
    }

} // namespace

PRESSDEX_TABLE(is_abbreviation, abbreviations)
PRESSDEX_TABLE(is_honorific, honorifics)
PRESSDEX_TABLE(is_postnominal, postnominals)
PRESSDEX_TABLE(is_name_suffix, name_suffixes)
PRESSDEX_TABLE(is_legal_suffix, legal_suffixes)
PRESSDEX_TABLE(is_role_noun, role_nouns)
PRESSDEX_TABLE(is_role_modifier, role_modifiers)
PRESSDEX_TABLE(is_function_word, function_words)
PRESSDEX_TABLE(is_month_or_day, months)
PRESSDEX_TABLE(is_non_org_tail, non_org_tails)
PRESSDEX_TABLE(is_body_scope, body_scopes)
PRESSDEX_TABLE(is_member_body, member_bodies)
PRESSDEX_TABLE(is_member_plural, member_plurals)
PRESSDEX_TABLE(is_political_word, political_words)
PRESSDEX_TABLE(is_headline_verb, headline_verbs)
PRESSDEX_TABLE(is_non_org_opener, non_org_openers)
PRESSDEX_TABLE(is_name_opener, name_openers)
PRESSDEX_TABLE(is_web_platform, web_platforms)
PRESSDEX_TABLE(is_demonym, demonyms)
PRESSDEX_TABLE(is_first_person, first_person)
PRESSDEX_TABLE(is_announcement_link, announcement_links)
PRESSDEX_TABLE(is_org_noun, org_nouns)
PRESSDEX_TABLE(is_product_noun, product_nouns)
PRESSDEX_TABLE(is_unnamed_subject, unnamed_subjects)
PRESSDEX_TABLE(is_public_body, public_bodies)
PRESSDEX_TABLE(is_non_organisation, non_organisations)
PRESSDEX_TABLE(is_given_name, given_names)
PRESSDEX_TABLE(is_surname, surnames)
bool is_place(std::string_view w) {
    static const WordSet set = [] {
        WordSet places = load_set(data::places);
        places.merge(load_set(data::world_regions));
        places.merge(load_set(data::state_abbreviations));
        return places;
    }();
    return in(set, w);
}
PRESSDEX_TABLE(is_corpus_place, corpus_places)
PRESSDEX_TABLE(is_corpus_term, corpus_terms)

#undef PRESSDEX_TABLE

bool is_title_field(std::string_view w) {
    static const WordSet fields = load_set(data::role_words);
    return in(fields, w) && !is_role_noun(w) && !is_role_modifier(w);
}

bool is_role_word(std::string_view w) {
    return is_role_noun(w) || is_role_modifier(w) || is_title_field(w);
}

// Speech verbs are matched as written: "Said" opening a sentence is rare and "SAID" is a
// headline.
bool is_speech_verb(std::string_view w) {
    static const WordSet set = load_set(data::speech_verbs);
    return w.size() < 16 && set.contains(w);
}

bool is_weak_speech_verb(std::string_view w) {
    static const WordSet set = load_set(data::weak_speech_verbs);
    return w.size() < 16 && set.contains(w);
}

OrgHead org_head(std::string_view w) {
    static const WordMap<OrgHead> map = [] {
        WordMap<OrgHead> m;
        std::string_view text = data::org_heads;
        while (!text.empty()) {
            const std::size_t nl = text.find('\n');
            std::string_view line = trim(text.substr(0, nl));
            text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
            if (line.empty() || line[0] == '#') continue;
            const std::size_t sp = line.find(' ');
            if (sp == std::string_view::npos) continue;
            const std::string_view kind = trim(line.substr(sp + 1));
            const OrgHead head = kind == "institution" ? OrgHead::institution
                                 : kind == "company"   ? OrgHead::company
                                                       : OrgHead::weak;
            m.emplace(fold_word(line.substr(0, sp)), head);
        }
        return m;
    }();
    const OrgHead* head = find(map, w);
    return head ? *head : OrgHead::none;
}

int lower_case_share(std::string_view w) {
    static const WordMap<int> map = [] {
        WordMap<int> m;
        for_each_entry(common_data::common_words, [&](std::string word, std::string_view share) {
            int value = 0;
            for (const char c : share)
                if (c >= '0' && c <= '9') value = value * 10 + (c - '0');
            m.emplace(std::move(word), value);
        });
        return m;
    }();
    const int* share = find(map, w);
    return share ? *share : -1;
}

int compound_lower_case_share(std::string_view w) {
    const int whole = lower_case_share(w);
    if (whole >= 0 || w.find('-') == std::string_view::npos) return whole;
    int share = 100;
    for (std::size_t from = 0; from <= w.size();) {
        const std::size_t to = std::min(w.find('-', from), w.size());
        const int part = to > from ? lower_case_share(w.substr(from, to - from)) : -1;
        if (part < 0) return -1;
        share = std::min(share, part);
        from = to + 1;
    }
    return share;
}

bool is_connector(std::string_view w) {
    return w == "of" || w == "for" || w == "and" || w == "&" || w == "the" || w == "de" ||
           w == "du" || w == "des" || w == "la" || w == "le" || w == "del" || w == "von" ||
           w == "van" || w == "der" || w == "y" || w == "on" || w == "in" || w == "at";
}

bool is_pronoun_subject(std::string_view w) {
    return w == "he" || w == "she" || w == "He" || w == "She";
}

} // namespace pressdex::extract::detail
