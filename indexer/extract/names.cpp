#include "indexer/extract/names.hpp"

#include "indexer/extract/lexicon.hpp"

#include <algorithm>

namespace pressdex::extract::detail {

bool is_initial(const Token& t) {
    if (t.kind != Tok::Word || !t.initial_upper) return false;
    const std::string_view w = t.text;
    if (w.size() == 2 && w[1] == '.') return true;                                      // M.
    return w.size() <= 5 && w.back() == '.' && w.find('.') < w.size() - 1 && !t.has_digit; // J.D.
}

bool is_name_particle(std::string_view w) {
    return w == "de" || w == "van" || w == "von" || w == "der" || w == "den" || w == "bin" ||
           w == "bint" || w == "al" || w == "el" || w == "da" || w == "di" || w == "du" ||
           w == "del" || w == "della" || w == "la" || w == "le" || w == "ter" || w == "ten" ||
           w == "dos" || w == "das" || w == "y";
}

// The apostrophe is ' or U+2019, or U+2018 as some editors type it ("Quill‘s"), as the
// tokenizer reads them (text.cpp).
bool is_possessive(std::string_view w) {
    return w.ends_with("'s") || w.ends_with("\xE2\x80\x99s") || w.ends_with("\xE2\x80\x98s") || w.ends_with("s'") ||
           w.ends_with("s\xE2\x80\x99");
}

std::string_view without_possessive(std::string_view w) {
    if (w.ends_with("'s")) w.remove_suffix(2);
    else if (w.ends_with("\xE2\x80\x99s") || w.ends_with("\xE2\x80\x98s")) w.remove_suffix(4);
    else if (w.ends_with("s'")) w.remove_suffix(1);
    else if (w.ends_with("s\xE2\x80\x99")) w.remove_suffix(3);
    return w;
}

namespace {

// A capitalised word that can be part of a name whatever follows it.
bool plain_name_word(const Token& t) {
    if (t.kind != Tok::Word || !t.initial_upper || t.has_digit) return false;
    if (is_initial(t)) return true;
    const std::string_view w = without_possessive(t.text);
    if (t.allcaps || w.size() > 30) return false;
    if (w.find('.') != std::string_view::npos) return false; // web addresses, "U.S."
    if (is_function_word(w) || is_month_or_day(w) || is_honorific(w) || is_legal_suffix(w) ||
        is_postnominal(w) || is_name_suffix(w) || is_speech_verb(fold_word(w)))
        return false;
    // "Senator Quillby Announces Harbour Grant": a headline's verb after the name
    if (is_headline_verb(fold_word(w))) return false;
    const OrgHead head = org_head(w);
    if (head == OrgHead::institution || head == OrgHead::company) return is_given_name(w) || is_surname(w);
    const bool plural_title = w.size() > 3 && w.back() == 's' &&
                              (is_role_noun(w.substr(0, w.size() - 1)) || is_honorific(w.substr(0, w.size() - 1)));
    return !(is_role_noun(w) || is_role_modifier(w) || plural_title);
}

} // namespace

bool is_name_word(const std::vector<Token>& t, std::size_t i) {
    if (plain_name_word(t[i])) return true;
    // "Dr. Jun Okafor", "Chairwoman Nguyen Thi Thu Lan": a month or day abbreviation between a name
    // word, title or honorific and a name word is a name word
    const Token& w = t[i];
    if (w.kind == Tok::Word && w.initial_upper && !w.allcaps && w.text.size() <= 4 && is_month_or_day(w.text) &&
        i > 0 && i + 1 < t.size() && plain_name_word(t[i + 1]) && !is_month_or_day(t[i + 1].text) &&
        (plain_name_word(t[i - 1]) || is_honorific(t[i - 1].text) || is_role_noun(t[i - 1].text)))
        return true;
    // "Justin Sun, the founder": such an abbreviation after a given name is a surname, unless a
    // date's number follows ("Ann Mar 5", "Ann Mar. 5")
    if (w.kind == Tok::Word && w.initial_upper && !w.allcaps && w.text.size() <= 4 && is_month_or_day(w.text) &&
        i > 0 && is_given_name(t[i - 1].text) && plain_name_word(t[i - 1])) {
        const bool date_follows = i + 1 < t.size() && (t[i + 1].has_digit ||
                                                       ((t[i + 1].text == "." || t[i + 1].text == ",") &&
                                                        i + 2 < t.size() && t[i + 2].has_digit));
        if (!date_follows) return true;
    }
    // "RJ Okafor", "TJ Smith": two capitals before a name word are initials
    const Token& x = t[i];
    return x.kind == Tok::Word && x.allcaps && x.text.size() == 2 && i + 1 < t.size() &&
           plain_name_word(t[i + 1]) && !is_initial(t[i + 1]) && !t[i + 1].allcaps;
}

std::size_t name_word_count(const std::vector<Token>& t, std::size_t first, std::size_t last) {
    std::size_t n = 0;
    for (std::size_t i = first; i <= last && i < t.size(); ++i)
        if (t[i].kind == Tok::Word && !is_initial(t[i]) && !is_name_suffix(t[i].text) &&
            !is_honorific(t[i].text) && !is_name_particle(t[i].text) && t[i].initial_upper)
            ++n;
    return n;
}

std::string clean_name(const std::vector<Token>& t, std::size_t first, std::size_t last) {
    while (first < last && t[first].initial_upper && is_honorific(t[first].text)) ++first;
    while (last > first && (t[last].kind != Tok::Word ||
                            (is_postnominal(t[last].text) && !is_name_suffix(t[last].text))))
        --last;
    std::string out;
    for (std::size_t i = first; i <= last && i < t.size(); ++i) {
        if (t[i].kind != Tok::Word) continue;
        if (!out.empty()) out.push_back(' ');
        out.append(i == last ? without_possessive(t[i].text) : t[i].text);
    }
    return out;
}

namespace {

// "QuillCast", "TechVellmark": a capital inside a word after its fourth letter; unlike
// "McDonald", "DeShawn" or "MacKenzie", no name of a person
bool camel_case_brand(std::string_view w) {
    if (w.size() < 6 || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
    for (std::size_t i = 4; i + 1 < w.size(); ++i)
        if (w[i] >= 'A' && w[i] <= 'Z' && w[i - 1] >= 'a' && w[i - 1] <= 'z') return true;
    return false;
}

// "HSI-Quillton", "FBI-Harbour": an agency's acronym joined to a word, no part of a name
bool acronym_led(const Token& t) {
    const std::size_t dash = t.text.find('-');
    if (dash < 2 || dash == std::string_view::npos) return false;
    return std::all_of(t.text.begin(), t.text.begin() + static_cast<std::ptrdiff_t>(dash),
                       [](char c) { return c >= 'A' && c <= 'Z'; });
}

// "Nevada Jane Roe", "Law Enforcement Ed Brannigan", "Vellmark Quarterback Jo Quill",
// "QuillCast Jane Roe": words before a given name that are places, ordinary words, parts of a
// title or a brand written in camel case are no part of the name in [start, end]; returns
// where the name starts.
std::size_t after_leading_non_names(const std::vector<Token>& t, std::size_t start, std::size_t end) {
    for (std::size_t g = start + 1; g < end; ++g) {
        // a given name, or a first name the tables lack before a middle initial ("of Nevada
        // Wendel A. Quill")
        const bool before_initial = g + 1 < end && is_initial(t[g + 1]) && !is_initial(t[g]);
        if (!is_given_name(t[g].text) && !before_initial) continue;
        for (std::size_t k = start; k < g; ++k)
            // a state that is also a given name ("Virginia") before a full name with its initial
            if ((is_given_name(t[k].text) && !(before_initial && is_place(t[k].text))) || is_initial(t[k]) ||
                !(is_place(t[k].text) || is_common_word(t[k].text) || is_role_word(t[k].text) ||
                  camel_case_brand(t[k].text) || acronym_led(t[k])))
                return start;
        return name_word_count(t, g, end) >= 2 ? g : start;
    }
    return start;
}

bool trailing_postnominal(const Token& t) {
    return t.text == "," || (is_postnominal(t.text) && !is_name_suffix(t.text) &&
                             (t.allcaps || t.text.find('.') != std::string_view::npos ||
                              t.text == "PhD" || t.text == "PharmD" || t.text == "PsyD" ||
                              t.text == "EdD" || t.text == "DrPH"));
}

// "across Tennessee     Quill said": in a text whose punctuation a scraper turned into
// spaces, a run of them between two words was a full stop or a comma, which no name holds.
// But an initial's full stop ("Jane Q  Roe") is a name's, and so is the gap after a given name
// that opens one ("Dana  Quill", as such scrapes space some names).
bool lost_punctuation_after(const std::vector<Token>& t, std::size_t j, bool opens_name) {
    return t[j + 1].begin >= t[j].end + 2 && !(t[j].text.size() == 1 && t[j].initial_upper) &&
           !(opens_name && is_given_name(t[j].text));
}

} // namespace

// "Employee-owned", "Dubai-based", "Award-winning": a compound that ends in a word in lower
// case describes the name after it (a name's own hyphen joins capitals, "Jean-Luc", "Al-Marri",
// or ends in no participle, "Dong-yeon")
bool described_by_compound(std::string_view w) {
    const std::size_t dash = w.rfind('-');
    if (dash == std::string_view::npos || dash + 1 >= w.size()) return false;
    const std::string_view tail = w.substr(dash + 1);
    return (tail.size() >= 4 || tail == "led") &&
           std::all_of(tail.begin(), tail.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
           (tail.ends_with("ed") || tail.ends_with("ing") || tail.ends_with("owned") || tail.ends_with("born"));
}

// "Jim Webb D VA Edward M Kennedy D MA": a lawmaker's party and state where a scraper turned
// "(D-VA)" into spaces; not "John D Rockefeller", a middle initial
bool party_letter_and_state(const std::vector<Token>& t, std::size_t i) {
    if (i + 1 >= t.size() || !(t[i].text == "D" || t[i].text == "R" || t[i].text == "I")) return false;
    // the AP's abbreviations of the states' names ("R-Tenn.", "D-Neb.")
    static constexpr std::string_view ap_states[] = {
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va",
        "Vt", "Wash", "Wis", "Wyo", "N", "S", "W"};
    const std::string_view state = t[i + 1].text;
    return (state.size() == 2 && t[i + 1].allcaps) || is_place(state) ||
           std::find(std::begin(ap_states), std::end(ap_states), state) != std::end(ap_states);
}

std::optional<TokSpan> name_ending_at(const std::vector<Token>& t, std::size_t lo, std::size_t hi) {
    if (hi >= t.size() || lo > hi) return std::nullopt;
    std::size_t end = hi;
    while (end > lo && trailing_postnominal(t[end])) --end; // (1)
    // "Senator Jane Roe  R Tenn  said": the party and state after the name
    if (end >= lo + 2 && party_letter_and_state(t, end - 1)) end -= 2;
    std::size_t j = end;
    if (is_name_suffix(t[j].text) && j > lo) {
        --j;
        if (t[j].text == "," && j > lo) --j;
    }
    // "Mira K.": a trailing initial after a name word
    if (is_initial(t[j]) && j > lo && is_name_word(t, j - 1) && !is_initial(t[j - 1])) --j;
    if (!is_name_word(t, j) || is_initial(t[j]) || org_head(without_possessive(t[j].text)) != OrgHead::none)
        return std::nullopt;
    // (2)
    std::size_t start = j;
    std::size_t count = 1;
    while (start > lo && count < 6) {
        const std::size_t k = start - 1;
        const bool particle = is_name_particle(t[k].text) && k > lo && is_name_word(t, k - 1);
        if (!(is_name_word(t, k) || particle) || (is_possessive(t[k].text))) break;
        if (lost_punctuation_after(t, k, !(k > lo && is_name_word(t, k - 1)))) break;
        start = k;
        ++count;
    }
    // (3)
    while (start < j && (is_name_particle(t[start].text) && !t[start].initial_upper)) ++start;
    start = after_leading_non_names(t, start, end); // (4)
    // "Collective Intelligence Morgan", "Appoints Jane Roe": words often written in lower case
    // that are no given names
    while (start < j && ((lower_case_share(t[start].text) >= 10 && !is_given_name(t[start].text) &&
                          !is_surname(t[start].text) && !is_initial(t[start])) ||
                         described_by_compound(t[start].text)))
        ++start;
    // "Samira Oduya Lena Brooks": two names in a row (a contact block that lost its line
    // breaks); the second is the one that ends here
    if (name_word_count(t, start, end) == 4 && end - start == 3 && is_given_name(t[start].text) &&
        is_given_name(t[start + 2].text) && !is_given_name(t[start + 1].text) && !is_given_name(t[start + 3].text))
        start += 2;
    // (5) still more than four words: the name starts at the leftmost given name that leaves
    // two to four words, else it is the last two words (and middle initials)
    if (name_word_count(t, start, end) > 4) {
        std::size_t cut = j;
        bool found = false;
        for (std::size_t p = start; p < j; ++p) {
            const std::size_t words = name_word_count(t, p, end);
            if (is_given_name(t[p].text) && words >= 2 && words <= 4) {
                cut = p;
                found = true;
                break;
            }
        }
        if (!found) {
            cut = j - 1;
            while (cut > start && (is_initial(t[cut]) || is_name_particle(t[cut].text))) --cut;
        }
        start = cut;
    }
    if (name_word_count(t, start, end) == 0) return std::nullopt;
    return TokSpan{start, end};
}

std::optional<TokSpan> name_starting_at(const std::vector<Token>& t, std::size_t lo, std::size_t hi) {
    if (lo > hi || hi >= t.size()) return std::nullopt;
    std::size_t i = lo;
    // "His Excellency", "Her Highness": the style of address before the name
    if (i + 1 < hi && (t[i].text == "His" || t[i].text == "Her") && t[i + 1].initial_upper &&
        is_honorific(t[i + 1].text) && !is_abbreviation(t[i + 1].text))
        i += 2;
    while (i < hi && t[i].initial_upper && is_honorific(t[i].text) && is_abbreviation(t[i].text)) ++i;
    if (!is_name_word(t, i) || is_name_particle(t[i].text)) return std::nullopt;
    const std::size_t start = i;
    std::size_t last = i;
    std::size_t count = 0;
    while (i <= hi && count < 6) {
        const bool particle = is_name_particle(t[i].text) && i + 1 <= hi && is_name_word(t, i + 1);
        if (!(is_name_word(t, i) || particle || (is_name_suffix(t[i].text) && i > start))) break;
        last = i;
        ++count;
        if (is_possessive(t[i].text)) break; // "Roe's team": the name ends here
        ++i;
    }
    if (last + 2 <= hi && t[last + 1].text == "," && is_name_suffix(t[last + 2].text)) last += 2;
    while (last > start && (is_initial(t[last]) || is_name_particle(t[last].text))) --last;
    if (name_word_count(t, start, last) == 0) return std::nullopt;
    return TokSpan{after_leading_non_names(t, start, last), last};
}

TokSpan without_repeat(const std::vector<Token>& t, TokSpan span) {
    // every token, punctuation too: "Harrow & Harrow" is no copy
    const std::size_t count = span.last - span.first + 1;
    if (span.last >= t.size() || count < 2 || count % 2 != 0) return span;
    const std::size_t half = count / 2;
    for (std::size_t k = 0; k < half; ++k)
        if (t[span.first + k].text != t[span.first + half + k].text) return span;
    return TokSpan{span.first + half, span.last};
}

std::vector<TokSpan> name_runs(const std::vector<Token>& t) {
    std::vector<TokSpan> runs;
    std::size_t i = 0;
    while (i < t.size()) {
        if (!is_name_word(t, i)) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j + 1 < t.size() && (is_name_word(t, j + 1) || is_name_suffix(t[j + 1].text) ||
                                    (is_name_particle(t[j + 1].text) && j + 2 < t.size() &&
                                     is_name_word(t, j + 2))) &&
               !is_possessive(t[j].text) && !lost_punctuation_after(t, j, j == i))
            ++j;
        if (auto span = name_ending_at(t, i, j)) runs.push_back(*span);
        i = j + 1;
    }
    return runs;
}

} // namespace pressdex::extract::detail
