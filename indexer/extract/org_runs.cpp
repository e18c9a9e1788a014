#include "indexer/extract/org_runs.hpp"

#include "indexer/extract/data_tables.hpp"
#include "indexer/extract/lexicon.hpp"
#include "indexer/extract/names.hpp"
#include "indexer/extract/org_candidates.hpp"
#include "indexer/extract/org_forms.hpp"
#include "indexer/extract/org_runs.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace pressdex::extract::detail {

namespace {

bool us_state(std::string_view w);

// Whether a US state follows t[i]: its name ("Texas", "New Jersey"), the AP's abbreviation
// ("Calif.") or its postal code before a ZIP code ("TX 76541").
// Not a state's name that opens a longer one ("the QXV, Tennessee Harbour Authority").
bool us_state_at(const std::vector<Token>& t, std::size_t i) {
    if (i >= t.size() || t[i].kind != Tok::Word) return false;
    const auto ends = [&](std::size_t k) { return k >= t.size() || !cap_word(t[k]); };
    if (us_state(t[i].text) && ends(i + 1)) return true;
    if (i + 1 < t.size() && us_state(std::string(t[i].text) + " " + std::string(t[i + 1].text)) && ends(i + 2))
        return true;
    if (t[i].text.size() > 2 && t[i].text.back() == '.' && is_place(t[i].text.substr(0, t[i].text.size() - 1)))
        return true;
    return t[i].text.size() == 2 && t[i].allcaps && i + 1 < t.size() && t[i + 1].text.size() == 5 &&
           std::all_of(t[i + 1].text.begin(), t[i + 1].text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The towns of a paragraph: one to three capitalised words, no head-word, legal form, title's
// word or acronym among them, after a lower-case word or a punctuation mark, and before a
// comma and a US state.
void add_towns(const std::vector<Token>& t, std::unordered_set<std::string>& towns) {
    for (std::size_t a = 1; a + 2 < t.size(); ++a) {
        if (!cap_word(t[a]) || !(lower(t[a - 1]) || t[a - 1].kind != Tok::Word)) continue;
        std::size_t b = a;
        while (b + 1 < t.size() && b < a + 2 && cap_word(t[b + 1]) && t[b + 1].begin == t[b].end + 1) ++b;
        if (b + 2 >= t.size() || t[b + 1].text != "," || !us_state_at(t, b + 2)) continue;
        bool plain = true;
        std::string words;
        for (std::size_t k = a; k <= b; ++k) {
            plain = plain && org_head(t[k].text) == OrgHead::none && !is_legal_suffix(t[k].text) &&
                    !is_role_word(t[k].text) && !(t[k].allcaps && t[k].text.size() >= 2);
            (words += words.empty() ? "" : " ") += t[k].text;
        }
        if (std::string key = org_key(words); plain && !is_known_organisation(key)) towns.insert(std::move(key));
    }
}

// In a text that lost its apostrophes, t[i] ("Justices", "Divisions", "FBIs") is a
// possessive when a capitalised word or a parenthesis follows and the word without its "s"
// is an acronym, an organisation head-word, or written elsewhere in the release.
bool bare_possessive(const std::vector<Token>& t, std::size_t i, const Vocabulary& vocab) {
    const std::string_view w = t[i].text;
    // "... Fire Departments   Quillton County Among ...": a gap of spaces (a scraper's lost
    // line break) ends the run, so no word follows the "s"
    if (i + 1 < t.size() && t[i + 1].begin > t[i].end + 2) return false;
    // "U.S. Attorneys Office", "Sheriffs Office", "Marshals Service": a role's office, its
    // apostrophe lost or never written, is one name
    if (w.size() > 3 && w.back() == 's' && i + 1 < t.size() && org_head(t[i + 1].text) != OrgHead::none &&
        is_role_noun(w.substr(0, w.size() - 1)))
        return false;
    // "the Commerce Departments Export Division": the plural of an institution's head-word
    // (which is no head-word itself, unlike "Services") before a capitalised word
    if (institution_plural(w) && i + 1 < t.size() && cap_word(t[i + 1])) return true;
    // "the Vellmark Agencys Field Office": a consonant's "y" takes "ies" in
    // the plural, so a word of the language in "ys" before a capitalised word lost its apostrophe
    if (w.size() > 4 && w.ends_with("ys") && i + 1 < t.size() && cap_word(t[i + 1]) &&
        std::string_view("aeiouAEIOU").find(w[w.size() - 3]) == std::string_view::npos &&
        (lower_case_share(w.substr(0, w.size() - 1)) > 0 || org_head(w.substr(0, w.size() - 1)) != OrgHead::none))
        return true;
    if (!vocab.apostrophes_lost || org_head(w) != OrgHead::none) return false; // "Services (HHS)"
    if (w.size() < 3 || w.back() != 's' || i + 1 >= t.size()) return false;
    if (!(cap_word(t[i + 1]) || t[i + 1].text == "(")) return false;
    const std::string_view base = w.substr(0, w.size() - 1);
    bool acronym = base.size() >= 2;
    for (const char c : base) acronym = acronym && c >= 'A' && c <= 'Z';
    if (acronym) return true;
    if (base.back() == 's' || base.back() == 'u' || base.back() == 'i') return false; // "Business", "Campus"
    // "Office of Vellmark Assets Control", "Quill Rights Watch": a plural the language writes
    // in lower case is a noun used as a modifier, unless its singular is an institution's or a
    // company's head-word ("the Commerce Departments")
    if (is_common_word(w) && (org_head(base) == OrgHead::none || org_head(base) == OrgHead::weak)) return false;
    return vocab.has(base) || org_head(base) != OrgHead::none;
}

// "the Department of Justices Environment Division", "the Department of Justices efforts": a
// body's name whose last word has an "s" that the release's other mentions of the name lack,
// or that the corpora's known names lack, is the name's possessive, its apostrophe lost.
// Unlike bare_possessive, the word may be one the language writes in lower case ("justices").
bool lost_possessive_of_body(const std::vector<Token>& t, std::size_t a, std::size_t i, const Vocabulary& vocab) {
    const std::string_view w = t[i].text;
    if (i < a + 1 || w.size() < 4 || w.back() != 's' || w.ends_with("ss") || org_head(w) != OrgHead::none)
        return false; // "Guard Services" is a name as written
    // from the body's head-word on: "Department of Criminal Investigation", not just "of
    // Criminal Investigation", which the release may write of another body
    std::size_t head = i;
    for (std::size_t k = i; k-- > a && i - k <= 5;)
        if (org_head(t[k].text) == OrgHead::institution) {
            head = k;
            break;
        }
    if (head == i) return false;
    std::string name;
    for (std::size_t k = head; k < i; ++k) (name += t[k].text) += ' ';
    const std::string base = name + std::string(w.substr(0, w.size() - 1));
    // or the corpora know the body by the name without the "s", and not with it
    return vocab.run_ends.contains(base) || (is_known_organisation(org_key(base)) &&
                                             !is_known_organisation(org_key(name + std::string(w))));
}

// "Bureau of Alcohol, Tobacco, Firearms and Explosives", "Committee on Health, Education, Labor,
// and Pensions", "Senate Commerce, Science and Transportation Committee": the object of an
// institution's of-phrase, or the fields a chamber's committee is named after, may be a list of
// subjects. When t[j+1] is the comma that starts one inside a run [a, j] holding "<head>
// of/for/on", or opened by a chamber ("Senate", "House"), returns the index of the list's last
// word: capitalised words often written in lower case ("Labor" 34% of the time, "Pensions"
// 32%; no acronyms, places or head-words, which start other names) separated by commas, the
// last after "and", and for a chamber's list the head-word that closes it ("Committee"); else 0.
std::size_t subject_list_end(const std::vector<Token>& t, std::size_t a, std::size_t j) {
    bool of_phrase = false;
    for (std::size_t k = a; k < j; ++k)
        if (org_head(t[k].text) == OrgHead::institution &&
            (t[k + 1].text == "of" || t[k + 1].text == "for" || t[k + 1].text == "on"))
            of_phrase = true;
    const std::size_t first = t[a].text == "The" ? a + 1 : a;
    const bool chamber = (t[first].text == "Senate" || t[first].text == "House") && j == first + 1;
    if (!(of_phrase || chamber) || j + 2 >= t.size() || t[j + 1].text != ",") return 0;
    const auto subject = [&](std::size_t k) {
        return k < t.size() && t[k].kind == Tok::Word && t[k].initial_upper && !t[k].allcaps &&
               lower_case_share(t[k].text) >= 20 && org_head(t[k].text) == OrgHead::none &&
               !is_place(t[k].text);
    };
    const auto last = [&](std::size_t k) -> std::size_t {
        if (!chamber) return k;
        return k + 1 < t.size() && org_head(t[k + 1].text) == OrgHead::institution ? k + 1 : 0;
    };
    std::size_t k = j + 1;
    while (k + 1 < t.size() && t[k].text == "," && subject(k + 1)) {
        k += 2;
        if (k < t.size() && t[k].text == "and" && subject(k + 1)) return last(k + 1);
        if (k + 1 < t.size() && t[k].text == "," && t[k + 1].text == "and" && subject(k + 2)) return last(k + 2);
    }
    return 0;
}

// "University of Texas at Austin", "School of Medicine at Mount Quill": a university's,
// college's or school's of-phrase may name its campus after "at". When t[j+1] is that "at"
// inside a run [a, j], returns the index of the campus's last word, or 0 when there is none
// or the words after "at" name an institution of their own ("at Vellmark University").
std::size_t campus_end(const std::vector<Token>& t, std::size_t a, std::size_t j) {
    if (j + 2 >= t.size() || t[j + 1].text != "at" || !cap_word(t[j + 2])) return 0;
    bool of_phrase = false;
    for (std::size_t k = a; k < j; ++k) {
        const std::string_view w = t[k].text;
        if ((w == "University" || w == "College" || w == "School") && t[k + 1].text == "of") of_phrase = true;
    }
    if (!of_phrase) return 0;
    std::size_t end = j + 2;
    while (end + 1 < t.size() && cap_word(t[end + 1]) && t[end + 1].begin <= t[end].end + 1) ++end;
    if (end - (j + 2) >= 3 || org_head(t[end].text) == OrgHead::institution ||
        org_head(t[end].text) == OrgHead::company || is_legal_suffix(t[end].text))
        return 0;
    return end;
}

// Whether t[k] is the tail of a longer number, after its comma or point ("5,000", "2.500")
bool number_tail(const std::vector<Token>& t, std::size_t k) {
    return k >= 2 && (t[k - 1].text == "," || t[k - 1].text == ".") && t[k - 1].end == t[k].begin &&
           t[k - 2].end == t[k - 1].begin && !t[k - 2].text.empty() && t[k - 2].text.back() >= '0' &&
           t[k - 2].text.back() <= '9';
}

// "12 Quellmark Holdings LLC", "17th Harbour LP", "5QX Ventures": the number before run [a, j]
// opens the name when the run ends as a company's or an institution's name does; not a sum
// ("$12 Quillton Foundation") nor a longer number's tail ("5,000 National Guard troops").
bool opened_by_number(const std::vector<Token>& t, std::size_t a, std::size_t j) {
    return a > 0 && (name_number(t[a - 1]) || lettered_number(t[a - 1])) && t[a].begin == t[a - 1].end + 1 &&
           (a < 2 || t[a - 2].text != "$") && !number_tail(t, a - 1) &&
           (is_legal_suffix(t[j].text) || org_head(t[j].text) == OrgHead::company ||
            org_head(t[j].text) == OrgHead::institution);
}

// The abbreviated legal forms that nothing follows in a name ("Acme Holdings LLC"), unlike
// "Limited", "Co" or "SA", which may also be words or places.
bool closing_legal_form(std::string_view w) {
    if (w.ends_with('.')) w.remove_suffix(1);
    for (const std::string_view form : {"Inc", "LLC", "L.L.C", "Ltd", "PLC", "GmbH", "LLP", "PLLC", "Corp"})
        if (w == form) return true;
    return false;
}

bool us_state(std::string_view w) {
    static constexpr std::string_view states[] = {
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
        "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
        "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
        "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
        "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
        "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
        "West Virginia", "Wisconsin", "Wyoming", "Puerto Rico"};
    return std::find(std::begin(states), std::end(states), w) != std::end(states);
}

// Whether the run [a, j], or its last one or two words ("FBI Nashville"), is a place.
bool ends_in_place(const std::vector<Token>& t, std::size_t a, std::size_t j) {
    for (std::size_t from = j; from >= a && from + 2 >= j; --from) {
        std::string words;
        for (std::size_t k = from; k <= j; ++k) (words += words.empty() ? "" : " ") += t[k].text;
        if (is_place(words) || is_corpus_place(words)) return true;
        if (from == a) break;
    }
    return false;
}

// Where the state and the office of office_after_state end.
struct OfficeAfterState {
    std::size_t state_last = 0;
    std::size_t office_last = 0; // 0: none
};

// "Harris County, Texas, Sheriffs Office", "Nashville, Tennessee, Field Office": a local office
// written after its place and the place's state between commas. When t[j+1] is the first comma
// after a run [a, j] that is a place or ends in "County" or "Parish", finds the state's last
// word and the office's (capitalised words ending in an institution's head-word).
OfficeAfterState office_after_state(const std::vector<Token>& t, std::size_t a, std::size_t j) {
    if (j + 4 >= t.size() || t[j + 1].text != ",") return {};
    if (!(t[j].text == "County" || t[j].text == "Parish" || ends_in_place(t, a, j))) return {};
    std::size_t state_end = j + 2;
    if (!cap_word(t[state_end])) return {};
    if (state_end + 1 < t.size() && cap_word(t[state_end + 1])) ++state_end;
    std::string state;
    for (std::size_t k = j + 2; k <= state_end; ++k) (state += state.empty() ? "" : " ") += t[k].text;
    if (!us_state(state) || state_end + 2 >= t.size() || t[state_end + 1].text != ",") return {};
    std::size_t end = state_end + 2;
    if (!cap_word(t[end])) return {};
    while (end + 1 < t.size() && end < state_end + 5 && cap_word(t[end + 1]) &&
           org_head(t[end].text) != OrgHead::institution)
        ++end;
    if (org_head(t[end].text) != OrgHead::institution) return {};
    return {state_end, end};
}

// "Maryland's Board of Nursing", "the Department of Labor's Office of ...", "the QXV's Center
// for Harbour Safety": a place that opens the run, a body named in it, or an acronym alone
// owns the body named after its possessive rather than being part of its name (a name's
// word may not: "Kellogg's Foundation"); a body named with an institution's head-word owns
// whatever follows its "'s" (below). Not "Committee on Veterans' Affairs" or "Institute for
// Women's Health": no body's head-word follows. Not where names are joined ("Wellness Center
// and Children's Foundation"): the possessive may open the second.
// Whether capitalised words from t[from] on, joined by "and", "&", "of" or "for", end in an
// organisation's head-word within eight tokens ("Harbour and Range Research Laboratory")
bool head_closes_words_after(const std::vector<Token>& t, std::size_t from) {
    for (std::size_t k = from; k < t.size() && k < from + 8; ++k) {
        if (cap_word(t[k])) {
            if (org_head(t[k].text) != OrgHead::none && !(k + 1 < t.size() && cap_word(t[k + 1]))) return true;
            continue;
        }
        if (k == from || !(t[k].text == "and" || t[k].text == "&" || t[k].text == "of" || t[k].text == "for"))
            return false;
    }
    return false;
}

bool owner_of_next_name(const std::vector<Token>& t, std::size_t a, std::size_t j) {
    if (j + 1 >= t.size()) return false;
    // "the Department of Harbour Security's QXV": a body owns the acronym after its possessive
    const bool acronym_after = t[j + 1].allcaps && t[j + 1].text.size() >= 2;
    std::string owner;
    bool named_body = false;
    bool institution = false;
    for (std::size_t k = a; k <= j; ++k) {
        if (t[k].text == "and" || t[k].text == "&") return false;
        const std::string_view word = k == j ? without_possessive(t[k].text) : t[k].text;
        named_body = named_body || org_head(word) != OrgHead::none;
        institution = institution || org_head(word) == OrgHead::institution;
        (owner += owner.empty() ? "" : " ") += word;
    }
    const std::string_view word = without_possessive(t[j].text);
    // ... or after a connector: "Director of QXV's Center for ..."
    const bool acronym = (a == j || (a + 1 == j && t[a].text == "The") || lower(t[j - 1])) && word.size() >= 2 &&
                         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    // "the QXV's Harbour and Range Research Laboratory": an acronym's "'s" owns the body whose
    // head-word closes the capitalised words after it, as it owns one a head-word opens
    if (acronym && !acronym_after && head_closes_words_after(t, j + 1)) return true;
    // "the Department of Harbour Security's Assistance to Firefighters Grant": a body's "'s"
    // owns whatever its capitalised words name, a programme or an event ("Veterans' Affairs",
    // a plural's apostrophe, is inside the name)
    if (org_head(t[j + 1].text) != OrgHead::institution && !acronym_after)
        return institution && !t[j].text.ends_with("s'") && !t[j].text.ends_with("s\xE2\x80\x99");
    if (acronym_after) return named_body;
    return named_body || is_place(owner) || acronym;
}

} // namespace

bool opens_place(const std::vector<Token>& t, std::size_t a, std::size_t b) {
    if (a + 1 > b || a + 1 >= t.size() || t[a + 1].kind != Tok::Word) return false;
    return is_place(std::string(t[a].text) + " " + std::string(t[a + 1].text));
}

bool cap_word(const Token& t) {
    return t.kind == Tok::Word && (t.initial_upper || t.cap) && !(t.has_digit && !t.initial_upper && !t.cap);
}

bool lower(const Token& t) { return t.kind == Tok::Word && !t.initial_upper && !t.cap; }

bool opener_of_name(const std::vector<Token>& t, std::size_t a, std::size_t b) {
    if (a >= b || a + 1 >= t.size() || !t[a].initial_upper || !t[a + 1].initial_upper || t[a + 1].has_digit ||
        (t[a].allcaps && t[a + 1].allcaps))
        return false;
    // two spaces are a full stop or a comma that a scraper lost ("in October  Board members")
    if (t[a + 1].begin != t[a].end + 1) return false;
    // three words or more, and not after a word that opens a time ("in March Quellmark Inc.
    // reported"): "the October Board meetings" and "Sun Yu" are a date's word and a person's name
    // "Sat Vellmark", "Wed Quill Labs": a weekday's abbreviation right before a capitalised word
    // that is no date's, where a date has a comma, a stop or a number after it ("Sat, Nov 3")
    for (const std::string_view day : {"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"})
        if (t[a].text == day) return !is_month_or_day(t[a + 1].text) && !t[a + 1].allcaps;
    if (is_month_or_day(t[a].text)) {
        static constexpr std::string_view time_words[] = {
            "in", "since", "until", "till", "by", "on", "during", "through", "from", "before", "after", "last",
            "next", "this", "early", "late", "mid", "each", "every", "and", "or", "of", "to", "between"};
        const bool after_time_word =
            a > 0 && std::find(std::begin(time_words), std::end(time_words), fold_word(t[a - 1].text)) !=
                         std::end(time_words);
        return a + 1 < b && !is_month_or_day(t[a + 1].text) && !after_time_word;
    }
    // "New Delhi" is a place when the tables lack it, "New Mexicans" its people; "His Highness"
    // a style of address
    if (a + 1 == b && (is_place(t[b].text) || is_demonym(t[b].text))) return false;
    if (is_honorific(t[a + 1].text)) return false;
    // and, only here, pronouns and a few words of place or degree ("Our Lady of ...", "Her Quill
    // Hospital", "Near East ...", "Just Enough ...", "Under Quill"); not articles, verbs,
    // question words or other adverbs, which a capital after a lower-case word marks as a
    // heading's or a sentence's first word more often than a name's
    static constexpr std::string_view other_openers[] = {"her",  "his",  "our",  "your",   "my",   "its",
                                                         "their", "us",  "we",   "you",    "me",   "just",
                                                         "near", "over", "beyond", "under"};
    const std::string key = fold_word(t[a].text);
    const bool opener = is_name_opener(key) ||
                        std::find(std::begin(other_openers), std::end(other_openers), key) != std::end(other_openers);
    // ... and a numeral or an ordinal after a list's comma ("Quillbox, Three Harbours, Inc. and ...")
    if (a > 0 && t[a - 1].text == "," && (is_name_opener(key) || key == "under") && t[a].begin == t[a - 1].end + 1)
        return true;
    return opener && a > 0 && lower(t[a - 1]) && t[a].begin == t[a - 1].end + 1;
}

bool trade_name_possessive(const Document& doc, const std::vector<Token>& t, std::size_t last) {
    const std::string_view word = t[last].text;
    if (!is_possessive(word) || word.ends_with("'") || word.ends_with("\xE2\x80\x99")) return false;
    if (last + 1 < t.size() && t[last + 1].text != "," && t[last + 1].text != "." && t[last + 1].text != ";" &&
        t[last + 1].text != ")")
        return false;
    const std::string_view bare = without_possessive(word);
    if (bare.size() < 2 || is_legal_suffix(bare) || org_head(bare) != OrgHead::none || is_non_organisation(bare) ||
        std::all_of(bare.begin(), bare.end(), [](char c) { return c < 'a' || c > 'z'; }))
        return false;
    const auto writes_bare = [&](const std::vector<Token>& tokens) {
        return std::any_of(tokens.begin(), tokens.end(), [&](const Token& x) { return x.text == bare; });
    };
    if (writes_bare(doc.title_tokens)) return false;
    return std::none_of(doc.paragraphs.begin(), doc.paragraphs.end(),
                        [&](const Paragraph& p) { return writes_bare(p.tokens); });
}

bool goes_by_surname(const Document& doc, std::string_view name) {
    const std::vector<Token> words = tokenize(name);
    if (words.size() < 2 || words.size() > 3 || !is_given_name(words.front().text) ||
        is_known_organisation(org_key(std::string(name))) ||
        is_place(std::string(words[0].text) + " " + std::string(words[1].text))) // "Los Angeles ..."
        return false;
    for (std::size_t k = 1; k < words.size(); ++k) {
        const std::string_view w = without_possessive(words[k].text);
        if (words[k].kind != Tok::Word || w.size() < 2 || lower_case_share(w) >= 10 || is_place(w) ||
            org_head(w) != OrgHead::none || is_legal_suffix(w) || words[k].allcaps)
            return false;
    }
    const std::string_view surname = without_possessive(words.back().text);
    const std::string_view previous = words[words.size() - 2].text;
    bool alone = false;
    for (const Paragraph& p : doc.paragraphs)
        for (std::size_t k = 0; k < p.tokens.size(); ++k) {
            if (without_possessive(p.tokens[k].text) != surname) continue;
            if (k + 1 < p.tokens.size() &&
                (is_legal_suffix(p.tokens[k + 1].text) || org_head(p.tokens[k + 1].text) != OrgHead::none))
                return false;
            alone = alone || k == 0 || p.tokens[k - 1].text != previous;
        }
    return alone;
}

bool plural_acronym(std::string_view w) {
    return w.size() >= 3 && w.back() == 's' &&
           std::all_of(w.begin(), w.end() - 1, [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool run_connector(std::string_view w) {
    return w == "of" || w == "for" || w == "and" || w == "&" || w == "de" || w == "du" ||
           w == "des" || w == "la" || w == "le" || w == "del" || w == "von" || w == "van" ||
           w == "der" || w == "y" || w == "on" || w == "and/or";
}

bool office_in(const std::vector<Token>& t, std::size_t i) {
    if (i < 3 || i + 1 >= t.size() || t[i].text != "in" || t[i - 1].text != "Office") return false;
    std::size_t k = i - 2;
    if (t[k].text == "'s" || t[k].text == "\xE2\x80\x99s") --k;
    const std::string_view w = t[k].text;
    const bool attorneys = w == "Attorney" || w == "Attorney's" || w == "Attorneys" || w == "Attorney\xE2\x80\x99s" ||
                           w == "Attorneys'" || w == "Attorneys\xE2\x80\x99";
    if (!attorneys || k == 0 || (t[k - 1].text != "U.S." && t[k - 1].text != "States")) return false;
    const std::size_t next = t[i + 1].text == "the" && i + 2 < t.size() ? i + 2 : i + 1;
    return t[next].text != "U.S." && t[next].text != "United";
}

bool is_quote_tok(std::string_view w) {
    return w == "\"" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D" || w == "'" ||
           w == "\xE2\x80\x98" || w == "\xE2\x80\x99";
}

Vocabulary vocabulary_of(const Document& doc) {
    Vocabulary v;
    for (const Paragraph& p : doc.paragraphs) add_towns(p.tokens, v.towns);
    for (const Paragraph& p : doc.paragraphs)
        for (const Token& x : p.tokens)
            if (x.kind == Tok::Word) v.words.insert(std::string(x.text));
    v.apostrophes_lost = apostrophes_lost(doc);
    // only runs whose last word the release also writes with an "s" ("Justice", "Justices"):
    // the others can be no lost possessive's name, and building them all costs
    std::string plural;
    for (const Paragraph& p : doc.paragraphs) {
        const std::vector<Token>& t = p.tokens;
        for (std::size_t k = 1; k < t.size(); ++k) {
            if (!cap_word(t[k]) || (k + 1 < t.size() && cap_word(t[k + 1]))) continue;
            (plural = t[k].text) += 's';
            if (!v.words.contains(plural)) continue;
            std::string words(t[k].text);
            for (std::size_t m = 1; m <= 5 && m <= k; ++m)
                v.run_ends.insert(words = std::string(t[k - m].text) + " " + words);
        }
    }
    return v;
}

bool institution_plural(std::string_view w) {
    return w.size() > 4 && w.back() == 's' && org_head(w) == OrgHead::none &&
           org_head(w.substr(0, w.size() - 1)) == OrgHead::institution;
}

bool sentence_opener(std::string_view w) {
    // "Quellmark THREE", "Patent No.": in capitals, or "No" with its full stop, a name opener is a
    // model's or a number's word after a name
    const bool title_case = w.size() > 1 && w[1] >= 'a' && w[1] <= 'z' && w.back() != '.';
    return is_function_word(w) && !(is_name_opener(w) && title_case) && w != "Media" && w != "Source" &&
           w != "Contact" && w != "Call" && w != "Global";
}

bool name_number(const Token& x) {
    if (x.kind != Tok::Word || x.text.empty() || x.text.size() > 4 || x.text[0] < '0' || x.text[0] > '9') return false;
    std::size_t digits = 0;
    while (digits < x.text.size() && x.text[digits] >= '0' && x.text[digits] <= '9') ++digits;
    const std::string_view rest = x.text.substr(digits);
    return digits <= 3 && (rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th");
}

bool lettered_number(const Token& x) {
    const std::string_view w = x.text;
    std::size_t digits = 0;
    while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
    const std::string_view rest = w.substr(digits);
    return x.kind == Tok::Word && digits >= 1 && digits <= 4 && rest.size() >= 1 && rest.size() <= 4 &&
           std::all_of(rest.begin(), rest.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool owner_named_business(const std::vector<Token>& t, std::size_t j) {
    const std::string_view owner = without_possessive(t[j].text);
    const bool given = is_given_name(owner);
    if (!(given || is_surname(owner)) || lower_case_share(owner) >= 50 || is_place(owner)) return false;
    const bool saint = j > 0 && (t[j - 1].text == "St." || t[j - 1].text == "Saint");
    if (j > 0 && !saint && (t[j - 1].cap || t[j - 1].text == "the" || t[j - 1].text == "of")) return false;
    for (std::size_t k = j + 1; k < t.size() && k <= j + 4; ++k) {
        if (!cap_word(t[k]) || is_possessive(t[k].text)) return false;
        const OrgHead head = org_head(t[k].text);
        if (k > j + 1 && (head == OrgHead::company || is_legal_suffix(t[k].text) ||
                          (given && head == OrgHead::institution)))
            return true;
        // "Mike's Seafood", "Dana's Coal Fired Pizza": after a given name, capitalised words
        // that end the run mid-sentence are the business's, whatever their last word
        if (given && j > 0 && lower(t[j - 1]) && !run_connector(t[j - 1].text) &&
            (k + 1 >= t.size() || !(cap_word(t[k + 1]) || t[k + 1].text == "&")))
            return true;
    }
    return false;
}

bool brand_possessive(const std::vector<Token>& t, std::size_t a, std::size_t j, const Vocabulary& vocab) {
    const std::string_view owner = without_possessive(t[j].text);
    if (owner.size() < 2 || owner == t[j].text || vocab.has(owner) || is_place(owner) || is_month_or_day(owner) ||
        std::all_of(owner.begin(), owner.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        return false;
    if (a < j && is_given_name(t[a].text)) return false;
    for (std::size_t k = a; k <= j; ++k) {
        const std::string_view word = without_possessive(t[k].text);
        if (is_role_noun(word) || is_honorific(word) || org_head(word) != OrgHead::none) return false;
    }
    // "Quillton's Best Law Firm": an award's name
    if (j + 1 < t.size() && (t[j + 1].text == "Best" || t[j + 1].text == "Top" || t[j + 1].text == "Leading"))
        return false;
    for (std::size_t k = j + 1; k < t.size() && k <= j + 4; ++k) {
        if (!cap_word(t[k]) || is_possessive(t[k].text) || is_role_noun(t[k].text)) return false;
        if (org_head(t[k].text) == OrgHead::company || is_legal_suffix(t[k].text)) return true;
    }
    return false;
}

std::size_t after_organ(const std::vector<Token>& t, const Run& piece) {
    // "the Board for the Quillton Association": a board alone "of the" or "for the" a body
    // is the body's organ ("Board of Education", with no "the", is a body's whole name)
    if (const std::size_t f = piece.first; t[f].text == "Board" && f + 3 <= piece.last &&
                                          (t[f + 1].text == "of" || t[f + 1].text == "for") &&
                                          t[f + 2].text == "the" && cap_word(t[f + 3]))
        return f + 3;
    // from the second word: not "Board" alone, "Board of Education" is a body's whole name
    for (std::size_t i = piece.first + 1; i + 2 <= piece.last; ++i) {
        if (t[i + 1].text != "of" && t[i + 1].text != "for") continue;
        std::string words(t[piece.first].text);
        for (std::size_t k = piece.first + 1; k <= i; ++k) (words += ' ') += t[k].text;
        if (!is_non_organisation(words)) continue;
        std::size_t rest = i + 2;
        if ((t[rest].text == "the" || t[rest].text == "The") && rest < piece.last) ++rest;
        return cap_word(t[rest]) ? rest : piece.first;
    }
    return piece.first;
}

bool people_possessive(std::string_view w) {
    if (!is_possessive(w)) return false;
    const std::string base = fold_word(without_possessive(w));
    return base == "children" || base == "women" || base == "men" || base == "people";
}

std::size_t before_organ(const std::vector<Token>& t, const Run& piece) {
    const std::string_view tail = t[piece.last].text;
    if (tail != "Board" && tail != "Committee" && tail != "Directors" && tail != "Trustees") return piece.last;
    for (std::size_t i = piece.first + 1; i + 1 <= piece.last; ++i) {
        if (!cap_word(t[i])) continue;
        std::string words(t[i].text);
        for (std::size_t k = i + 1; k <= piece.last; ++k) (words += ' ') += t[k].text;
        if (words.find(' ') == std::string::npos || !is_non_organisation(words)) continue;
        return i - 1;
    }
    return piece.last;
}

std::vector<Run> cap_runs(const std::vector<Token>& t, const Vocabulary& vocab) {
    std::vector<Run> runs;
    const std::size_t n = t.size();
    std::size_t i = 0;
    while (i < n) {
        if (!cap_word(t[i])) {
            ++i;
            continue;
        }
        if (party_letter_and_state(t, i)) {
            i += 2;
            continue;
        }
        const std::size_t a = i;
        std::size_t state_first = 0, state_last = 0;
        std::size_t j = i;
        while (true) {
            // "Quillton Who's Who": a function word's possessive before the word again is a
            // directory's name
            if (is_possessive(t[j].text) && j + 1 < n && t[j + 1].initial_upper &&
                t[j + 1].text == without_possessive(t[j].text) && is_function_word(t[j + 1].text)) {
                j = j + 1;
                continue;
            }
            // a possessive ends the run, unless it belongs to the name ("Children's Hospital",
            // an ordinary word's; "Kellogg's Company") rather than owning the next one
            // ("Orvell's Lindqvist Hospital")
            if (is_possessive(t[j].text) && !(people_possessive(t[j].text) && j + 1 < n && cap_word(t[j + 1])) &&
                (owner_of_next_name(t, a, j) || !(j + 1 < n && cap_word(t[j + 1]) &&
                  (is_common_word(without_possessive(t[j].text)) || is_legal_suffix(t[j + 1].text) ||
                   org_head(t[j + 1].text) == OrgHead::company || org_head(t[j + 1].text) == OrgHead::institution ||
                   owner_named_business(t, j) || brand_possessive(t, a, j, vocab)))))
                break;
            if (bare_possessive(t, j, vocab) || lost_possessive_of_body(t, a, j, vocab)) break;
            // "... Quill Media LLC Harbour Outdoor": a company's abbreviated legal form ends its name
            if (j > a && closing_legal_form(t[j].text)) break;
            const std::size_t next = j + 1;
            if (next >= n) break;
            // "Office for Harbour Preparedness OHP": an acronym after its long form, where the
            // text lost its brackets, is a name of its own
            if (const std::size_t k = unbracketed_long_form(t, next); k != no_long_form && k >= a) break;
            // ... and one before it ("the QXV Quillton Exchange Velocity report"): the acronym
            // is a name of its own, and so is its long form
            if (unbracketed_long_form_after(t, j) != no_long_form || unbracketed_long_form_after(t, next) != no_long_form)
                break;
            if (t[next].begin > t[j].end + 1 && t[next].begin - t[j].end > 2) break; // a gap of spaces
            if (party_letter_and_state(t, next)) break;
            // "Office on Violence Against Women", "Coalition Against Trafficking": a body whose
            // name opens with its head-word goes on through a capitalised "Against", and so does
            // one whose head-word closes the words after it ("Quill Crimes Against Children
            // Task Force")
            const auto head_closes_after = [&](std::size_t k) {
                for (std::size_t m = k; m < n && m <= k + 3 && cap_word(t[m]); ++m)
                    if (org_head(t[m].text) == OrgHead::institution &&
                        (m + 1 >= n || !(cap_word(t[m + 1]) || t[m + 1].has_digit))) // not "Section 8"
                        return true;
                return false;
            };
            const bool against = (t[next].text == "Against" || t[next].text == "Without") &&
                                 std::none_of(t.begin() + static_cast<std::ptrdiff_t>(a),
                                              t.begin() + static_cast<std::ptrdiff_t>(j) + 1,
                                              [](const Token& x) { return x.text == "and" || x.text == "&"; }) &&
                                 next + 1 < n && cap_word(t[next + 1]) &&
                                 (org_head(t[a + (t[a].text == "The" && a < j ? 1 : 0)].text) == OrgHead::institution ||
                                  head_closes_after(next + 1));
            // "Blackwell 3D Construction Corp.", "Quillton 5G Networks Ltd.": a word of digits and
            // a capital goes on inside a name, between capitalised words
            if (t[next].kind == Tok::Word && t[next].has_digit && !t[next].initial_upper &&
                std::any_of(t[next].text.begin(), t[next].text.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
                next + 1 < n && cap_word(t[next + 1]) && t[next + 1].begin == t[next].end + 1) {
                j = next;
                continue;
            }
            // "the Harbour Bureau Web site": the page's word, no part of the name
            if (t[next].text == "Web" && next + 1 < n && lower(t[next + 1]) &&
                (t[next + 1].text == "site" || t[next + 1].text == "sites" || t[next + 1].text == "page" ||
                 t[next + 1].text == "pages" || t[next + 1].text == "portal"))
                break;
            // "the Quill In Harbour Foundation": a preposition that a title-case name capitalises
            // goes on inside it when a head-word closes the words after it, in running text (after
            // a lower-case "the", which a title-case heading never has)
            const bool inner_preposition =
                (t[next].text == "In" || t[next].text == "For" || t[next].text == "Of" || t[next].text == "On") &&
                next + 1 < n && cap_word(t[next + 1]) && !is_function_word(t[next + 1].text) &&
                a > 0 && t[a - 1].text == "the" && head_closes_after(next + 1);
            if (cap_word(t[next]) && (against || inner_preposition || !(sentence_opener(t[next].text) && t[next].initial_upper)) &&
                !(t[j].allcaps && !t[next].allcaps && is_place(t[j].text))) {
                j = next;
                continue;
            }
            if (t[next].text == "&" && next + 1 < n && cap_word(t[next + 1])) {
                j = next + 1;
                continue;
            }
            if (lower(t[next]) && (run_connector(t[next].text) || office_in(t, next))) {
                std::size_t k = next + 1;
                if (k < n && t[k].text == "the" &&
                    (t[next].text == "of" || t[next].text == "for" || t[next].text == "on" || t[next].text == "in"))
                    ++k;
                // "the Senate on Thursday", "Jane Roe on LinkedIn": a date or a web platform,
                // not the name's tail
                const bool not_tail = t[next].text == "on" && k < n &&
                                      (is_month_or_day(t[k].text) || is_web_platform(t[k].text));
                if (k < n && cap_word(t[k]) && !not_tail) {
                    j = k;
                    continue;
                }
            }
            if (const std::size_t end = campus_end(t, a, j); end != 0) {
                j = end;
                continue;
            }
            if (const OfficeAfterState office = office_after_state(t, a, j); office.office_last != 0 && state_first == 0) {
                state_first = next;
                state_last = office.state_last;
                j = office.office_last;
                continue;
            }
            // ", Inc." after a name; not ", NV" or ", CO" after a town, a state's postal code
            // that is also a legal form
            if (t[next].text == "," && next + 1 < n && is_legal_suffix(t[next + 1].text) &&
                t[next + 1].initial_upper &&
                !(t[next + 1].text.size() == 2 && t[next + 1].allcaps && ends_in_place(t, a, j))) {
                j = next + 1;
                continue;
            }
            if (const std::size_t end = subject_list_end(t, a, j); end != 0) {
                j = end;
                continue;
            }
            break;
        }
        // "Quillbox Quillbox": a name glued to a copy of itself by logo or link text, or an
        // "About" heading run into the paragraph that opens with its name
        const std::size_t from = t[a].text == "About" && j > a ? a + 1 : a;
        if (const TokSpan copy = without_repeat(t, TokSpan{from, j}); copy.first != from && state_first == 0) {
            runs.push_back({copy.first, j, bare_possessive(t, j, vocab), 0, 0});
            i = j + 1;
            continue;
        }
        runs.push_back({opened_by_number(t, a, j) ? a - 1 : a, j,
                        bare_possessive(t, j, vocab) || lost_possessive_of_body(t, a, j, vocab), state_first,
                        state_last});
        i = j + 1;
    }
    return runs;
}

bool apostrophes_lost(const Document& doc) {
    // a text that kept its non-ASCII apostrophes lost none: "VMs" there is a plural
    bool curly_apostrophe = false;
    bool lost_sign = false;
    for (const Paragraph& p : doc.paragraphs) {
        for (const Token& x : p.tokens) {
            if (x.kind != Tok::Word) continue;
            const std::string_view w = x.text;
            if (w.find("\xE2\x80\x99") != std::string_view::npos) curly_apostrophe = true;
            if (w == "didnt" || w == "dont" || w == "doesnt" || w == "isnt" || w == "wasnt" || w == "cant" ||
                w == "wont" || w == "Todays" || w == "todays" || w == "arent" || w == "werent")
                lost_sign = true;
            if (plural_acronym(w)) lost_sign = true; // "FBIs"
        }
    }
    return lost_sign && !curly_apostrophe;
}

} // namespace pressdex::extract::detail
