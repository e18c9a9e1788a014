#include "indexer/extract/org_lists.hpp"

#include "indexer/extract/data_tables.hpp"
#include "indexer/extract/lexicon.hpp"
#include "indexer/extract/names.hpp"
#include "indexer/extract/org_candidates.hpp"
#include "indexer/extract/org_forms.hpp"
#include "indexer/extract/org_mention_features.hpp"
#include "indexer/extract/org_pieces.hpp"
#include "indexer/extract/org_runs.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace pressdex::extract::detail {

namespace {

bool list_separator(const std::vector<Token>& t, std::size_t from, std::size_t to) {
    // the tokens strictly between two runs; a lower-case noun for a body closing the first
    // ("the Quill group, Vellmark") and an article opening the second ("A, the B and C")
    if (from > to) return false;
    if (to > from && lower(t[from]) && is_org_noun(t[from].text)) ++from;
    if (to > from && t[to].text == "the") --to;
    const std::size_t n = to - from + 1;
    const std::string_view a = t[from].text;
    if (n == 1) return a == "," || a == "and" || a == "&" || a == ";" || a == "or";
    if (n == 2) return a == "," && (t[to].text == "and" || t[to].text == "&" || t[to].text == "or");
    return false;
}

bool organisation_shape(const std::vector<Token>& t, const Run& r) {
    if (is_legal_suffix(t[r.last].text)) return true;
    const OrgHead head = org_head(t[r.last].text);
    if (head != OrgHead::institution && head != OrgHead::company) return false;
    // a term that the corpora also write in lower case ("Security Services, Cloud Services")
    // names a kind of work, as in a list of what a firm offers
    std::string name;
    for (std::size_t k = r.first; k <= r.last; ++k) (name += name.empty() ? "" : " ") += t[k].text;
    const std::string key = org_key(name);
    return !is_corpus_term(key) || is_known_organisation(key);
}

// "sponsors include", "Exhibitors:": the ones who back, show at or buy from an event or a
// firm, listed, are mostly organisations (the learned weight says how often).
bool lists_organisations(std::string_view w) {
    for (const std::string_view noun : {"sponsor", "exhibitor", "partner", "client", "customer", "funder", "backer", "investor"})
        if (fold_word(w) == noun) return true;
    return false;
}

// "companies", "agencies", "sponsors": a plural of a noun for organisations, or for those who
// back or buy from one
bool organisations_plural(std::string_view w) {
    if (w.size() <= 3 || w.back() != 's') return false;
    const std::string_view stem = w.substr(0, w.size() - 1);
    if (is_org_noun(stem) || lists_organisations(stem)) return true;
    return w.ends_with("ies") && is_org_noun(std::string(w.substr(0, w.size() - 3)) + "y");
}

// An "and" inside a run that joins two names rather than a body's fields: no "of", "for" or
// "on" before it in the run ("Department of Health and Human Services" is one name), and a
// name's word after it, not an ordinary one ("Quillton Harbour and Customs Patrol").
bool and_between_names(const std::vector<Token>& t, const Run& r) {
    for (std::size_t k = r.first; k <= r.last; ++k) {
        const std::string_view w = t[k].text;
        if (w == "of" || w == "for" || w == "on") return false;
        if (w == "and")
            return k > r.first && k < r.last &&
                   (t[k + 1].allcaps || org_head(t[k + 1].text) != OrgHead::none ||
                    compound_lower_case_share(t[k + 1].text) < 10);
    }
    return false;
}

// Whether tokens [first, last] stand in a heading written in title case, all its words in
// title case: before them, four capitalised words from the sentence's start, or five (a
// scrape's heading without its full stop); or two after them, to the sentence's end. Not a
// sentence that opens with a name and a title ("Senator Dana Quill of the ...").
bool in_title_case_heading(const std::vector<Token>& t, std::size_t first, std::size_t last) {
    const auto capital = [&](std::size_t k) { return t[k].kind == Tok::Word && t[k].initial_upper; };
    std::size_t capitalised = 0;
    std::size_t k = first;
    for (; k > 0 && !ends_title_case_sentence(t, k - 1) && title_case_word(t[k - 1]); --k)
        capitalised += capital(k - 1);
    if ((capitalised >= 4 && (k == 0 || ends_title_case_sentence(t, k - 1))) || capitalised >= 5) return true;
    capitalised = 0;
    for (k = last + 1; k < t.size() && !ends_title_case_sentence(t, k) && title_case_word(t[k]); ++k)
        capitalised += capital(k);
    return capitalised >= 2 && (k == t.size() || ends_title_case_sentence(t, k));
}

} // namespace

std::vector<ListContext> list_contexts(const std::vector<Token>& t, const std::vector<Run>& runs) {
    std::vector<ListContext> out(runs.size());
    std::size_t i = 0;
    while (i < runs.size()) {
        std::size_t j = i;
        while (j + 1 < runs.size() && list_separator(t, runs[j].last + 1, runs[j + 1].first - 1)) ++j;
        bool plural = false;
        for (std::size_t k = runs[i].first >= 6 ? runs[i].first - 6 : 0; k < runs[i].first; ++k) {
            const std::string_view w = t[k].text;
            if (t[k].kind == Tok::Word && (lower(t[k]) || (k + 1 < t.size() && t[k + 1].text == ":")) &&
                organisations_plural(w))
                plural = true;
            // "with participation from A, B and C": a funding round's investors
            if (w == "participation" && k + 1 < runs[i].first && (t[k + 1].text == "from" || t[k + 1].text == "of"))
                plural = true;
        }
        const std::size_t size = j - i + 1;
        if (size >= 3 || (size >= 2 && plural)) {
            std::vector<bool> shaped(size);
            std::size_t shapes = 0;
            for (std::size_t k = i; k <= j; ++k) {
                shaped[k - i] = organisation_shape(t, runs[k]);
                shapes += shaped[k - i] ? 1 : 0;
            }
            // "across Property and Services, Logistics and Clean Power": a list of
            // ordinary words alone, not one a name's, names sectors or topics, whatever their
            // head-words
            bool proper = false;
            for (std::size_t k = runs[i].first; k <= runs[j].last && !proper; ++k) proper = proper_word(t[k]);
            for (std::size_t k = i; k <= j; ++k) {
                out[k].with_organisation = proper && shapes > (shaped[k - i] ? 1U : 0U); // another item has the shape
                out[k].after_org_plural = plural;
            }
            out[j].holds_the_lists_and = size >= 3 && runs[j].first == runs[j - 1].last + 2 &&
                                         t[runs[j - 1].last + 1].text == "," && and_between_names(t, runs[j]);
        }
        i = j + 1;
    }
    return out;
}

bool chamber_before_committee(const std::vector<Token>& t, std::size_t i, std::size_t last) {
    if (t[i].text != "Senate" && t[i].text != "House") return false;
    for (std::size_t k = i + 1; k <= last; ++k)
        if (!cap_word(t[k]) && !(lower(t[k]) && t[k].text == "and") && t[k].text != "," && t[k].text != "&")
            return false;
    const std::string_view tail = t[last].text;
    return last > i + 1 && (tail == "Committee" || tail == "Subcommittee" || tail == "Caucus");
}

std::vector<SharedHeadName> names_sharing_plural_head(const Document& doc, const std::vector<Token>& t,
                                                      std::string_view text, bool apostrophes_lost) {
    std::vector<SharedHeadName> out;
    const auto item_text = [&](std::size_t first, std::size_t last) {
        return squeeze_spaces(text.substr(t[first].begin, t[last].end - t[first].begin));
    };
    for (std::size_t h = 2; h < t.size(); ++h) {
        const std::string_view w = t[h].text;
        if (t[h].kind != Tok::Word || w.size() < 5 || w.back() != 's' || w.ends_with("ies") || w.ends_with("ss") ||
            !cap_word(t[h - 1]))
            continue;
        const std::string_view singular = w.substr(0, w.size() - 1);
        if (org_head(singular) != OrgHead::institution || org_head(w) != OrgHead::none) continue;
        if (h + 1 < t.size() &&
            (cap_word(t[h + 1]) || t[h + 1].text == "of" || t[h + 1].text == "on" || t[h + 1].text == "for" ||
             t[h + 1].text == "(" || t[h + 1].text == ":" ||
             (apostrophes_lost && lower(t[h + 1]) && !is_function_word(t[h + 1].text))))
            continue;
        // the items, last first: capitalised words, the last two joined by "and" (", and")
        std::vector<std::pair<std::size_t, std::size_t>> items;
        bool cut = false;
        for (std::size_t k = h; k > 0;) {
            std::size_t begin = k;
            while (begin > 0 && cap_word(t[begin - 1]) && !sentence_opener(t[begin - 1].text) &&
                   !is_possessive(t[begin - 1].text))
                --begin;
            if (begin == k) break;
            cut = cut || k - begin > 4;
            items.emplace_back(begin, k - 1);
            if (begin < 2) break;
            if (t[begin - 1].text == "and" && items.size() == 1)
                k = t[begin - 2].text == "," ? begin - 2 : begin - 1;
            else if (t[begin - 1].text == "," && items.size() >= 2 && t[begin - 2].kind == Tok::Word)
                k = begin - 1;
            else
                break;
        }
        // in running text, after a word (not a bullet's list of services), and no of-phrase's
        if (items.size() < 2 || cut || items.back().first == 0) continue;
        if (const Token& before = t[items.back().first - 1];
            before.kind != Tok::Word || before.text == "of" || before.text == "for" || before.text == "on")
            continue;
        if (in_title_case_heading(t, items.back().first, h)) continue;
        std::string head(singular); // as each name ends: "Committee"
        if (head[0] >= 'a' && head[0] <= 'z') head[0] = static_cast<char>(head[0] - 32);
        // "the Quillton and Harbour Vale Fire Departments": a last word that the corpora write
        // with the head-word as a term ("fire departments") is part of every item's head
        // (after names, each item's own, not ordinary words: "the Energy and Homeland Security
        // Departments"); each item is then named whole, one word or more
        bool compound = false;
        if (auto& [first, last] = items.front(); last > first) {
            bool proper = true;
            for (const auto& [a, b] : items)
                for (std::size_t k = a; k <= b; ++k)
                    proper = proper && (k == last || !is_common_word(t[k].text));
            if (proper && is_corpus_term(org_key(std::string(t[last].text) + " " + std::string(w)))) {
                head = std::string(t[last].text) + " " + head;
                --last;
                compound = true;
            }
        }
        const bool lower_head = lower(t[h]);
        if (std::any_of(items.begin(), items.end(), [&](const auto& r) {
                const auto [first, last] = r;
                const std::string item = item_text(first, last);
                for (std::size_t k = first; k <= last; ++k)
                    if (role_noun(t[k].text) || plural_acronym(t[k].text) ||
                        (k > first && (org_head(t[k].text) == OrgHead::institution || institution_plural(t[k].text))))
                        return true;
                if (last > first && is_given_name(t[first].text)) return true;
                return org_head(t[last].text) == OrgHead::institution || is_legal_suffix(t[last].text) ||
                       is_function_word(t[first].text) || is_demonym(t[first].text) || is_demonym(t[last].text) ||
                       (last > first && t[last].allcaps) || is_place(item) ||
                       is_corpus_place(org_key(item)) ||
                       (lower_head && (first == last || t[last].text.back() == 's' || is_place(t[last].text)));
            }))
            continue;
        // (nor a list of kinds of people: "Quillers, Tillers and Coast Guards")
        if (std::count_if(items.begin(), items.end(), [&](const auto& r) {
                return r.first == r.second && t[r.first].text.back() == 's';
            }) >= 2)
            continue;
        // the whole name, and the same without its first words ("Quill Food and Harbour
        // Administration" where the corpora know "Food and Harbour Administration")
        bool known = false;
        for (std::size_t k = items.back().first; k <= items.back().second && !known; ++k)
            known = is_known_organisation(org_key(item_text(k, h - 1) + " " + std::string(singular)));
        if (known) continue;
        const std::string whole = item_text(items.back().first, h - 1) + " " + std::string(singular);
        if (is_corpus_term(org_key(whole)) || is_corpus_term(org_key(item_text(items.back().first, h))))
            continue; // "Quill Conservation and Development Councils", a kind of body
        const auto writes_whole = [&](const Paragraph& p) {
            for (std::size_t at = p.text.find(whole); at != std::string::npos; at = p.text.find(whole, at + 1))
                if (const std::size_t end = at + whole.size();
                    end == p.text.size() || !std::isalpha(static_cast<unsigned char>(p.text[end])))
                    return true;
            return false;
        };
        if (std::any_of(doc.paragraphs.begin(), doc.paragraphs.end(), writes_whole))
            continue;
        const bool last_longer = items.front().first != items.front().second && !compound;
        for (const auto& [first, last] : items)
            if (first < last || !last_longer)
                out.push_back({item_text(first, last) + " " + head, t[first].begin, h, items.back().first});
    }
    return out;
}

} // namespace pressdex::extract::detail
