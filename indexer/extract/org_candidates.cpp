#include "indexer/extract/org_candidates.hpp"

#include "indexer/extract/data_tables.hpp"
#include "indexer/extract/lexicon.hpp"
#include "indexer/extract/org_forms.hpp"

#include <cctype>
#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace pressdex::extract::detail {

std::string org_key(std::string_view name) {
    std::vector<std::string> words;
    std::string cur;
    const auto flush = [&] {
        while (!cur.empty() && cur.back() == '\'') cur.pop_back();
        while (!cur.empty() && cur.front() == '\'') cur.erase(0, 1);
        if (!cur.empty()) words.push_back(std::move(cur));
        cur.clear();
    };
    for (std::size_t i = 0; i < name.size();) {
        const std::size_t at = i;
        const char32_t c = next_cp(name, i);
        if (is_letter_cp(c) || (c >= '0' && c <= '9')) {
            if (c < 0x80) cur.push_back(static_cast<char>((c >= 'A' && c <= 'Z') ? c + 32 : c));
            else cur.append(name.substr(at, i - at));
        } else if (is_apostrophe_cp(c)) {
            cur.push_back('\'');
        } else if (c == '&') {
            flush();
            words.emplace_back("&");
        } else {
            flush();
        }
    }
    flush();
    if (!words.empty() && words.front() == "the") words.erase(words.begin());
    for (std::string& w : words)
        if (w.size() > 2 && w.ends_with("'s")) w.resize(w.size() - 2);
    while (words.size() > 1 && is_legal_suffix(words.back())) words.pop_back();
    std::string key;
    for (const std::string& w : words) {
        if (!key.empty()) key.push_back(' ');
        key += w;
    }
    return key;
}

bool is_known_organisation(const std::string& key) {
    // Keyed as candidates are, so "Acme Widgets" in the table finds "the Acme Widgets, Inc."
    static const std::unordered_set<std::string> keys = [] {
        std::unordered_set<std::string> out;
        std::string_view text = data::known_organisations;
        while (!text.empty()) {
            const std::size_t nl = text.find('\n');
            const std::string_view line = text.substr(0, nl);
            text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
            if (!line.empty() && line.front() != '#') out.insert(org_key(line));
        }
        return out;
    }();
    return keys.contains(key);
}

bool writes_apostrophe(const Document& doc) {
    for (const Paragraph& p : doc.paragraphs)
        for (const Token& x : p.tokens)
            if (x.kind == Tok::Word && (x.text.find('\'') != std::string_view::npos ||
                                        x.text.find("\xE2\x80\x99") != std::string_view::npos))
                return true;
    return false;
}

std::string without_lost_possessive(std::string_view name) {
    if (name.size() < 5 || name.back() != 's' || name.ends_with("ss")) return std::string(name);
    const std::string_view base = name.substr(0, name.size() - 1);
    if (is_known_organisation(org_key(base)) && !is_known_organisation(org_key(name))) return std::string(base);
    return std::string(name);
}

namespace {

constexpr std::size_t npos = static_cast<std::size_t>(-1);

// Whether the word at t[a] and the next one are a place ("New Jersey", "Le Havre"), so that
// the first is no function word to trim off.
bool opens_place(const std::vector<Token>& t, std::size_t a, std::size_t b) {
    if (a + 1 > b || a + 1 >= t.size() || t[a + 1].kind != Tok::Word) return false;
    return is_place(std::string(t[a].text) + " " + std::string(t[a + 1].text));
}

bool cap_word(const Token& t) {
    return t.kind == Tok::Word && (t.initial_upper || t.cap) && !(t.has_digit && !t.initial_upper && !t.cap);
}

bool lower(const Token& t) { return t.kind == Tok::Word && !t.initial_upper && !t.cap; }

// "Sun Quill Solutions", "March of Dimes": a day's or a month's name that opens a run of names,
// not a date ("March 3", "Sun, Nov 3"). And "sponsored by More Quellmark", "at Her Quill
// Hospital": a function word written with a capital after a lower-case word, where only a
// name would have one. Neither is trimmed from the name it opens.
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

// "Harbour Grill, Vellmark Books, Quillby's, and more": a name whose "'s" ends a noun phrase
// (before a comma, a full stop, a semicolon or a bracket), and whose last word the release
// never writes without it, is a trade name spelt with its "'s", as restaurants and shops are,
// not an owner. Not an acronym's ("the QXV's."), a body's ("Quill Laboratory's."), a
// plural's ("Survivors'") or a disease's eponym ("Alzheimer's", which the tables hold as no
// organisation).
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

// "Dana Quill ... Quill's new book": a person's full name (a given name, then one or two words
// only ever written as names) whose last word the release also writes without the words
// before it, and never before a legal form or a head-word ("Quill Inc.", "Quill Group"). A firm
// named like a person is named whole each time ("Harrow Sands"), or after an ordinary word, a
// place, a head-word or an acronym that the release also writes alone ("Quill Home
// Inspections", "Quill Greater Virginia", "Quill AI").
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

// "EVs", "VOCs", "HBCUs": capitals and a plural "s" (or "FBIs", a possessive that lost its
// apostrophe)
bool plural_acronym(std::string_view w) {
    return w.size() >= 3 && w.back() == 's' &&
           std::all_of(w.begin(), w.end() - 1, [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool run_connector(std::string_view w) {
    return w == "of" || w == "for" || w == "and" || w == "&" || w == "de" || w == "du" ||
           w == "des" || w == "la" || w == "le" || w == "del" || w == "von" || w == "van" ||
           w == "der" || w == "y" || w == "on" || w == "and/or";
}

// "the U.S. Attorney's Office in San Diego": a federal prosecutor's office is named with the
// city or the district it sits "in" (not into a court's name after it: "... Office in the U.S.
// court for ...")
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

// The release's words, and whether its text lost its apostrophes (web pages scraped without
// their non-ASCII characters: "the FBIs Tulsa Division", "Todays sentencing").
struct Vocabulary {
    std::unordered_set<std::string> words;
    // the last two to six words of the capitalised runs whose last word the release also
    // writes with an "s" ("Department of Justice" before "said", beside "Justices"), to know a
    // name's possessive when its apostrophe is lost
    std::unordered_set<std::string> run_ends;
    // "in Quillton Falls, Texas": the keys of the names the release writes as towns, before a
    // US state's name or abbreviation
    std::unordered_set<std::string> towns;
    bool apostrophes_lost = false;
    [[nodiscard]] bool has(std::string_view w) const { return words.count(std::string(w)) != 0; }
};

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

// "Departments", "Divisions": the plural of an institution's head-word that is no head-word
// itself (unlike "Services"); before a name, a possessive whose apostrophe was lost
bool institution_plural(std::string_view w) {
    return w.size() > 4 && w.back() == 's' && org_head(w) == OrgHead::none &&
           org_head(w.substr(0, w.size() - 1)) == OrgHead::institution;
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

// A capitalised word that opens a new sentence or clause inside what looks like one run
// ("WASHINGTON An Iowa-based company"); unlike "New" or "First", never part of a name.
bool sentence_opener(std::string_view w) {
    // "Quellmark THREE", "Patent No.": in capitals, or "No" with its full stop, a name opener is a
    // model's or a number's word after a name
    const bool title_case = w.size() > 1 && w[1] >= 'a' && w[1] <= 'z' && w.back() != '.';
    return is_function_word(w) && !(is_name_opener(w) && title_case) && w != "Media" && w != "Source" &&
           w != "Contact" && w != "Call" && w != "Global";
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

// A number that may open a name: one to three digits or an ordinal ("3", "17th"), no year.
bool name_number(const Token& x) {
    if (x.kind != Tok::Word || x.text.empty() || x.text.size() > 4 || x.text[0] < '0' || x.text[0] > '9') return false;
    std::size_t digits = 0;
    while (digits < x.text.size() && x.text[digits] >= '0' && x.text[digits] <= '9') ++digits;
    const std::string_view rest = x.text.substr(digits);
    return digits <= 3 && (rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th");
}

// "5QX", "360PR": digits and capitals run together, a word of a name ("5QX Ventures") or a
// time, never a plain number
bool lettered_number(const Token& x) {
    const std::string_view w = x.text;
    std::size_t digits = 0;
    while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
    const std::string_view rest = w.substr(digits);
    return x.kind == Tok::Word && digits >= 1 && digits <= 4 && rest.size() >= 1 && rest.size() <= 4 &&
           std::all_of(rest.begin(), rest.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
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

struct Run {
    std::size_t first;
    std::size_t last;
    bool bare_possessive_end = false; // the last word's "s" is a lost "'s"
    // ", Texas," of "Harris County, Texas, Sheriffs Office": its first comma and the word before
    // the second (office_after_state); 0 for none. The name leaves them out.
    std::size_t state_first = 0;
    std::size_t state_last = 0;
};

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

// "Dorothy's Tax Service", "Quill's Home Services", "St. Luke's Lutheran School": a business or
// a body named after a person or a saint, whose possessive belongs to the name. The owner is
// a given name or surname, no ordinary word, and opens the name (not "Senator Quill's ...",
// "the Department of Commerce's ..."); a company's head-word ends the capitalised words after
// it (an institution's only after a given name: "Obama's ... Task Force" is owned, not named).
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

// "Quillton Vellby's International Realty", "Vellmark's Home Services": a firm whose name
// holds a possessive of a word the release never writes without it. An owner that is named
// alone too ("Quillbox's Research Group" beside "Quillbox"), a place, a month, an acronym, a
// person (a given name, a title), or a body (a head-word) owns the next name instead. A
// company's head-word or a legal form ends the capitalised words after the possessive.
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

// "Board of Directors of Quellmark Group Ltd.", "Supervisory Board of Vellmark SE", "Board of
// Trustees for the Quill Institute": a firm's organ (a name of two words or more that
// non_organisations.txt lists) before "of" or "for" is no part of the firm's name. Where the
// name after it starts, or the piece's own start.
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

// "Quillton Children's Hospital", "Vellmark Women's Center", "Harbour People's Hospital": a
// possessive of people in the plural is inside a body's name, never its owner
bool people_possessive(std::string_view w) {
    if (!is_possessive(w)) return false;
    const std::string base = fold_word(without_possessive(w));
    return base == "children" || base == "women" || base == "men" || base == "people";
}

// "Quellmark Group Board of Directors", "Vellmark's Supervisory Board": a firm's board or
// committee (as above) after the firm's name is no part of it (a "Task Force" or a "Public
// Relations" firm keeps its words). Where the firm's name ends, or the piece's own end.
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

// ---- pieces of a run -----------------------------------------------------------------------

// A job-title noun, or its plural ("Special Agents", "Councilmembers"), or a compound of
// title words that ends in one ("Vice-Chairman", "Secretary-Treasurer").
bool role_noun(std::string_view w) {
    if (is_role_noun(w) || (w.size() > 3 && w.back() == 's' && is_role_noun(w.substr(0, w.size() - 1)))) return true;
    const std::size_t hyphen = w.rfind('-');
    if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 == w.size()) return false;
    const std::string_view head = w.substr(hyphen + 1);
    if (!is_role_noun(head)) return false;
    for (std::size_t from = 0; from < hyphen;) {
        const std::size_t to = std::min(w.find('-', from), hyphen);
        const std::string_view part = w.substr(from, to - from);
        if (!is_role_noun(part) && !is_role_modifier(part) && fold_word(part) != "ex") return false;
        from = to + 1;
    }
    return true;
}

bool title_word(const Token& t) {
    return t.kind == Tok::Word && (role_noun(t.text) || is_role_modifier(t.text) ||
                                   (lower(t) && is_role_word(t.text)));
}

// "Mr.", "Mrs.", "Ms.", "Dr.": a form of address that only a person's name follows
bool personal_address(std::string_view w) {
    for (const std::string_view form : {"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Messrs."})
        if (w == form) return true;
    return false;
}

// "Democrats", "Republican": a party's members
bool party_member(std::string_view w) {
    const std::string folded = fold_word(w);
    return folded == "democrat" || folded == "republican" || folded == "democrats" || folded == "republicans";
}

// "Association of Shelter Veterinarians", "Quellmark Vellmark Injury Lawyers": a job's plural
// at t[k] that ends the name of the body its members make up, not a title. Either it ends the
// of-phrase of a membership body's head-word (member_bodies.txt: Association, Society, Union),
// or the words before it hold no "of" and a name (a word the language does not write in lower
// case, no place), the word right before it no place, head-word or single letter ("Maryland
// Senators", "Department of Justice Trial Attorneys" and "Experienced Attorneys" stay titles).
bool named_after_members(const std::vector<Token>& t, std::size_t a, std::size_t k) {
    // the last "of" before the job's plural ("... Section of the American Society of Civil Engineers")
    for (std::size_t i = k - 1; i-- > a;)
        if (lower(t[i + 1]) && (t[i + 1].text == "of" || t[i + 1].text == "for"))
            return is_member_body(t[i].text);
    const Token& before = t[k - 1];
    if (lower(before) || before.text.size() < 2 || is_place(before.text) ||
        org_head(before.text) != OrgHead::none)
        return false;
    for (std::size_t i = a; i < k; ++i)
        if (t[i].kind == Tok::Word && !t[i].allcaps && t[i].text.size() > 2 && lower_case_share(t[i].text) < 10 &&
            !is_place(t[i].text))
            return true;
    return false;
}

// "QUILLTON PRESS Quillton Press", "VELLMARK GROUP VELLMARK GROUP Inc.": a name in capitals
// (a logo's or a heading's text, its line break lost) before the same words; the number of
// words of the first copy, or 0. A word repeated alone is a name ("Tuk Tuk", "Bora Bora").
std::size_t heading_copy(const std::vector<Token>& t, std::size_t a, std::size_t b) {
    for (std::size_t k = 1; a + 2 * k - 1 <= b; ++k) {
        bool same = true;
        bool capitals = true;
        bool exact = true;
        for (std::size_t i = 0; i < k && same; ++i) {
            const Token& x = t[a + i];
            const Token& y = t[a + k + i];
            same = fold_word(x.text) == fold_word(y.text);
            capitals = capitals && (x.kind != Tok::Word || (x.allcaps && x.text.size() >= 2));
            exact = exact && x.text == y.text;
        }
        if (same && capitals && (!exact || k >= 2)) return k;
    }
    return 0;
}

// "Former Quillton Harbour Unit chief", "Chief U.S. District Judge": a word that
// makes a title of what follows, no part of a body's name
bool title_opener(const std::vector<Token>& t, std::size_t a, std::size_t b) {
    const std::string w = fold_word(t[a].text);
    if (w == "former" || w == "acting" || w == "interim") return a < b;
    // not "First": "First United Bank", "First U.S. Community Credit Union"
    return a + 1 < b && w != "first" && is_role_modifier(t[a].text) &&
           (t[a + 1].text == "U.S." || (t[a + 1].text == "United" && t[a + 2].text == "States"));
}

// "the Quarry Crimes Section of the Harbour Department", "Audit Division of the Department of
// Harbour Affairs": a unit named by what it does (a section, a division, a unit or a branch),
// "of the" and its parent's name are two bodies, the unit and the parent, as the annotation
// counts them. Not a unit named for a place, which is one body with its parent ("Quillton
// Division of the Harbour Bureau"), nor "Office of ..." (an office's name goes on). The unit's
// head-word, or npos.
std::size_t unit_before_parent(const std::vector<Token>& t, std::size_t a, std::size_t b) {
    for (std::size_t k = a + 1; k + 3 <= b; ++k) {
        const std::string_view head = t[k].text;
        if (!(head == "Section" || head == "Division" || head == "Unit" || head == "Branch") ||
            t[k + 1].text != "of" || t[k + 2].text != "the")
            continue;
        // the unit's own capitalised words ("Agents Dana Quill of the Quillton Division")
        std::size_t unit = k;
        while (unit > a && t[unit - 1].kind == Tok::Word && !lower(t[unit - 1])) --unit;
        if (unit == k) continue;
        bool place = false;
        std::string words;
        for (std::size_t m = unit; m < k && m < unit + 3 && !place; ++m) {
            (words += words.empty() ? "" : " ") += t[m].text;
            place = is_place(words) || is_corpus_place(words);
        }
        if (place) continue;
        const std::size_t p = k + 3;
        const bool acronym = p == b && t[p].allcaps && t[p].text.size() >= 2;
        // "of the Harbour Departments Quarry Division": a possessive that lost its apostrophe
        const std::string_view last = without_possessive(t[b].text);
        const bool head_last = org_head(last) == OrgHead::institution || institution_plural(last);
        const bool head_of = p + 1 < b && org_head(t[p].text) == OrgHead::institution && t[p + 1].text == "of";
        if (acronym || head_last || head_of) return k;
    }
    return npos;
}

struct Cutter {
    const std::vector<Token>& t;
    const OrgContext& context;

    bool person_at(std::size_t a, std::size_t b, TokSpan& span) const {
        // "Quill of the Harbour Department": a known person's surname, alone before "of",
        // "at" or "on", is that person, who holds a post in what follows
        if (context.people && a + 1 < b && is_name_word(t, a) && lower(t[a + 1]) &&
            (t[a + 1].text == "of" || t[a + 1].text == "at" || t[a + 1].text == "on")) {
            const std::string word(without_possessive(t[a].text));
            const std::string full = context.people->resolve(word, static_cast<std::size_t>(-1));
            if (full != word && full.ends_with(" " + word) && context.people->knows(full)) {
                span = TokSpan{a, a};
                return true;
            }
        }
        for (std::size_t k = a; k <= b; ++k) {
            if (!is_name_word(t, k)) continue;
            auto p = name_starting_at(t, k, b);
            if (!p || name_word_count(t, p->first, p->last) < 2) continue;
            const std::string name = clean_name(t, p->first, p->last);
            const bool known = context.people && (context.people->knows(name));
            const bool speaker = std::find(context.speakers.begin(), context.speakers.end(), name) !=
                                 context.speakers.end();
            if (!(known || speaker)) continue;
            if (p->first == a && p->last == b) continue; // the whole piece: the model judges it
            // "Charles Schwab and Eli Lilly bought": a body the corpora know, shaped like a
            // person's name, is judged as a name, not cut out as a person
            if (!speaker && is_known_organisation(org_key(name))) continue;
            // "Jane Roe Communications", "Jane Roe Inc.": a business named after its owner
            if (p->last + 1 <= b && (org_head(t[p->last + 1].text) != OrgHead::none ||
                                     is_legal_suffix(t[p->last + 1].text) || t[p->last + 1].text == "&"))
                continue;
            // "Jane Roe Family Foundation", "of the Madison Harbour Pilots Association": a name
            // that opens a name ending as an institution's or a company's is part of it
            if ((p->first == a || lower(t[p->first - 1])) && !speaker && p->last < b && cap_word(t[p->last + 1]) &&
                (org_head(t[b].text) == OrgHead::institution || org_head(t[b].text) == OrgHead::company ||
                 is_legal_suffix(t[b].text)))
                continue;
            span = *p;
            return true;
        }
        return false;
    }

    // a title's word that qualifies its noun: a field ("Marketing") or a modifier ("Global")
    static bool field_word(std::string_view w) { return is_title_field(w) || is_role_modifier(w); }

    // [a, b] names a field of work: title words ("Affairs", "Engineering", "Operations"), at
    // least one, and ordinary words, with "and" or "&" between them
    bool field_of_work(std::size_t a, std::size_t b) const {
        bool field = false;
        for (std::size_t i = a; i <= b; ++i) {
            if (t[i].text == "and" || t[i].text == "&" || t[i].text == ",") continue;
            if (t[i].kind != Tok::Word || lower(t[i]) || org_head(t[i].text) != OrgHead::none) return false;
            if (field_word(t[i].text) && !is_role_noun(t[i].text)) field = true;
            else if (compound_lower_case_share(fold_word(t[i].text)) < 50) return false;
        }
        return field;
    }

    // Appends the pieces of [a, b] to out.
    void cut(std::size_t a, std::size_t b, std::vector<Run>& out, int depth = 0) const {
        if (depth > 8) return;
        // trim
        while (a <= b && (t[a].kind != Tok::Word ||
                          ((is_function_word(t[a].text) || is_month_or_day(t[a].text)) && !opens_place(t, a, b) &&
                           !opener_of_name(t, a, b)) ||
                          (lower(t[a]) && !(a < b && (name_number(t[a]) || lettered_number(t[a])))) ||
                          (is_honorific(t[a].text) && (is_abbreviation(t[a].text) || t[a].text.ends_with("."))) ||
                          fold_word(t[a].text) == "about" || described_by_compound(t[a].text) ||
                          title_opener(t, a, b)))
            ++a;
        // "... Chairman and CEO Dr. | Dana Quill": a form of address before the name cut off
        // after it opens the person's name, no part of the piece before
        while (b > a && (t[b].kind != Tok::Word || lower(t[b]) || t[b].text == "," ||
                         (is_honorific(t[b].text) && (is_abbreviation(t[b].text) || t[b].text.ends_with(".")) &&
                          b + 1 < t.size() && cap_word(t[b + 1]))))
            --b;
        if (a > b || b >= t.size()) return;
        if (t[a].kind != Tok::Word || (lower(t[a]) && !name_number(t[a]) && !lettered_number(t[a]))) return;
        if (const std::size_t k = heading_copy(t, a, b); k != 0) return cut(a + k, b, out, depth + 1);
        if (const std::size_t k = unit_before_parent(t, a, b); k != npos) {
            cut(a, k, out, depth + 1);
            cut(k + 3, b, out, depth + 1);
            return;
        }
        // "Quillbox Opens Harbour Studio", "Senator Quill Urges Department": a headline's verb
        // parts its subject from its object
        for (std::size_t k = a; k <= b; ++k) {
            // every such verb ends in "s": fold only those words
            if (t[k].kind != Tok::Word || lower(t[k]) || (t[k].text.back() != 's' && t[k].text.back() != 'S') ||
                !is_headline_verb(fold_word(t[k].text)))
                continue;
            if (k + 1 <= b && is_legal_suffix(t[k + 1].text)) continue; // "Wins Co., Ltd." is a name
            if (k > a) cut(a, k - 1, out, depth + 1);
            if (k < b) cut(k + 1, b, out, depth + 1);
            return;
        }
        // people
        TokSpan person{};
        if (person_at(a, b, person)) {
            if (person.first > a) cut(a, person.first - 1, out, depth + 1);
            if (person.last < b) cut(person.last + 1, b, out, depth + 1);
            return;
        }
        // "Deputy Chief", "Assistant Chief" left before a person's name: a title's modifiers
        // used as its noun, no name. Not a public body's one word alone: "passed the House" (but
        // "Anne Frank House" cut at the person's name is no chamber)
        const bool alone = a == b && (a == 0 || !cap_word(t[a - 1]) || is_function_word(t[a - 1].text)) &&
                           (b + 1 >= t.size() || !cap_word(t[b + 1]));
        if (!(alone && is_public_body(t[a].text)) &&
            std::all_of(t.begin() + static_cast<std::ptrdiff_t>(a), t.begin() + static_cast<std::ptrdiff_t>(b) + 1,
                        [](const Token& x) {
                            return x.kind == Tok::Word && is_role_modifier(x.text) && org_head(x.text) == OrgHead::none;
                        }))
            return;
        // job titles: "Acme CEO", "CEO of Acme", "Attorney General", "Special Agent in Charge"
        for (std::size_t k = a; k <= b; ++k) {
            // "Deputy Chief of the Appellate Division": a chief "of" something is a title's noun
            const bool chief_of = k + 1 <= b && t[k + 1].text == "of" && fold_word(t[k].text) == "chief";
            // "the ranking Democrat on the Senate Harbour Committee": a party's member sits on it
            const bool party_member_on = k + 1 <= b && lower(t[k + 1]) &&
                                         (t[k + 1].text == "on" || t[k + 1].text == "of") &&
                                         party_member(t[k].text);
            // "the QXV Chairman's Award": a title's possessive that ends the piece is the title's
            const std::string_view noun = k == b && k > a ? without_possessive(t[k].text) : t[k].text;
            if (!(t[k].kind == Tok::Word && (role_noun(noun) || chief_of || party_member_on) &&
                  org_head(noun) == OrgHead::none))
                continue;
            // "General Motors", "Principal Financial": a title's noun that also qualifies titles
            // (an adjective: "General Counsel", "Principal Engineer"), opening the piece before an
            // ordinary word no title has, is a name's first word (a person's name after it was
            // cut out above)
            if ((k == a || t[k - 1].text == "and" || t[k - 1].text == "&" || t[k - 1].text == ",") && k < b &&
                is_role_modifier(t[k].text) && cap_word(t[k + 1]) && !title_word(t[k + 1]) &&
                is_common_word(t[k + 1].text) && !is_surname(t[k + 1].text) && !is_given_name(t[k + 1].text))
                continue;
            std::size_t ts = k;
            // a title's modifier opens it after the subject of an institution's "of": "Ministry of
            // Justice | Senior Counsel"
            const auto subject_of_body = [&](std::size_t m) {
                return role_noun(t[m].text) && m >= a + 2 && lower(t[m - 1]) &&
                       (t[m - 1].text == "of" || t[m - 1].text == "for" || t[m - 1].text == "the");
            };
            while (ts > a && title_word(t[ts - 1]) && org_head(t[ts - 1].text) == OrgHead::none &&
                   !(subject_of_body(ts - 1) && is_role_modifier(t[ts].text) && !role_noun(t[ts].text)))
                --ts;
            // "Brand and Marketing Director" opening the piece: capitalised fields of a title
            {
                const auto field_or_joint = [&](std::size_t m) {
                    const OrgHead head = org_head(t[m].text);
                    if (t[m].kind != Tok::Word || head == OrgHead::institution || head == OrgHead::company) return false;
                    if (t[m].text == "and" || t[m].text == "&") return m > a;
                    return field_word(t[m].text) && !role_noun(t[m].text);
                };
                std::size_t fs = ts;
                while (fs > a && field_or_joint(fs - 1)) --fs;
                if (fs == a && fs < ts && t[a].text != "and" && t[a].text != "&") ts = a;
            }
            if (k == b && ts == k && k > a && !is_role_noun(t[k].text) && named_after_members(t, a, k)) continue;
            // "Ministry of Justice Trial Attorney", "Quillton Fraud Unit Trial Attorney": an ordinary
            // word between a body's name and a title's noun is the title's
            if (ts == k && ts >= a + 2 && t[ts - 1].kind == Tok::Word && !lower(t[ts - 1]) &&
                lower_case_share(t[ts - 1].text) >= 20 && org_head(t[ts - 1].text) == OrgHead::none &&
                (subject_of_body(ts - 2) || org_head(without_possessive(t[ts - 2].text)) == OrgHead::institution))
                --ts;
            // "Chief Financial Officer", "Senior Data Engineer": ordinary words between a
            // title's modifier and its noun are the title's too
            for (std::size_t m = ts; m-- > a && m + 4 > ts;) {
                if (is_role_modifier(t[m].text)) {
                    ts = m;
                    break;
                }
                if (lower_case_share(t[m].text) < 20 || org_head(t[m].text) == OrgHead::institution) break;
            }
            std::size_t te = k;
            // "Chief of Police", "Chief of Staff": the field after "of" is the title's
            if (chief_of && k + 2 <= b && (fold_word(t[k + 2].text) == "police" || fold_word(t[k + 2].text) == "staff"))
                te = k + 2;
            while (te + 1 <= b && (title_word(t[te + 1]) || (t[te + 1].text == "in" && te + 2 <= b &&
                                                             is_role_word(t[te + 2].text))) &&
                   org_head(t[te + 1].text) == OrgHead::none)
                ++te;
            // "Department of Commerce", "Office of the Attorney General": part of the name
            if (ts > a && lower(t[ts - 1]) &&
                (t[ts - 1].text == "of" || t[ts - 1].text == "for" || t[ts - 1].text == "the"))
                continue;
            // "Commerce Department", "Attorney General's Office": the title names an institution;
            // not when a body's whole name follows a title's noun, as in a letter's address
            // block whose lines ran together ("Chairman | Senate Harbour Committee", "Secretary |
            // Department of Quays", "Chairman | Committee on Quays"): a title's noun, no
            // adjective ("General Assembly"), opens the piece, and a department or a ministry
            // "of", a committee, a commission or a council "on", or a chamber's body follows.
            // Not "Sheriff Department Records Division", nor "Chairman Board of ...", a firm's organ,
            // nor an "Office" after a title, which is the title's ("Inspector General Office").
            const auto head_then = [&](std::initializer_list<std::string_view> heads, std::string_view joint) {
                return std::find(heads.begin(), heads.end(), t[te + 1].text) != heads.end() && t[te + 2].text == joint;
            };
            const bool body_after =
                ts == a && te + 2 <= b && is_role_noun(t[te].text) && !is_role_modifier(t[te].text) &&
                t[te].text.back() != 's' && // "Presidents Commission on ...", a possessive
                (head_then({"Department", "Ministry"}, "of") ||
                 head_then({"Committee", "Subcommittee", "Commission", "Council"}, "on") ||
                 ((t[te + 1].text == "Senate" || t[te + 1].text == "House") && org_head(t[b].text) == OrgHead::institution));
            if (te + 1 <= b && !body_after) {
                const std::string_view next = without_possessive(t[te + 1].text);
                const bool plural_head = next.size() > 3 && next.back() == 's' &&
                                         org_head(next.substr(0, next.size() - 1)) == OrgHead::institution;
                if (org_head(next) == OrgHead::institution || plural_head) continue;
            }
            const bool of_after = te + 1 <= b && lower(t[te + 1]) &&
                                  (t[te + 1].text == "of" || t[te + 1].text == "for" || t[te + 1].text == "at" ||
                                   t[te + 1].text == "on");
            // "CEO Mark Quill" names a person; in "Investor Relations Institute" the title
            // modifies the ordinary word after it, in a name that ends as an institution's
            const bool modifier = te + 1 <= b && !is_given_name(t[te + 1].text) &&
                                  lower_case_share(t[te + 1].text) >= 20 &&
                                  (org_head(t[b].text) == OrgHead::institution ||
                                   org_head(t[b].text) == OrgHead::company);
            const bool name_after = te + 1 <= b && ((is_name_word(t, te + 1) && !modifier) || body_after);
            const bool alone = ts == a && te == b;
            if (!(of_after || name_after || alone || te == b)) continue;
            if (ts > a) cut(a, ts - 1, out, depth + 1);
            // "Director of Regulatory Affairs", "Professor of Electrical and Computer Engineering":
            // a field of work after a title's "of" is the title's, no body
            if (te < b && !(of_after && field_of_work(te + 2, b))) cut(of_after ? te + 2 : te + 1, b, out, depth + 1);
            return;
        }
        out.push_back({a, b});
    }
};

// "Department of Health and Human Services": the "and" at t[and_at], inside a piece ending at
// piece_last, joins the subjects of an institution's of-phrase, the second of one or two words
// that end no institution's name, not two names. "Department of Justice and Internal Revenue
// Service" joins two.
bool coordinated_subject(const std::vector<Token>& t, std::size_t and_at, std::size_t piece_last) {
    if (and_at < 3 || !(lower(t[and_at - 2]) && (t[and_at - 2].text == "of" || t[and_at - 2].text == "for")) ||
        org_head(t[and_at - 3].text) != OrgHead::institution)
        return false;
    std::size_t e = and_at + 1;
    while (e + 1 <= piece_last && e < and_at + 2 && cap_word(t[e + 1]) && org_head(t[e].text) == OrgHead::none) ++e;
    if (e > piece_last || e - and_at > 2 || org_head(t[e].text) == OrgHead::institution ||
        t[and_at + 1].allcaps) // "... Department of Justice and HHS-OIG"
        return false;
    // the piece ends there, or a new body's head-word follows one that ends the subject
    // ("... Human Services | Office of Inspector General")
    const OrgHead end_head = org_head(t[e].text);
    return e == piece_last ||
           ((end_head == OrgHead::company || end_head == OrgHead::weak) && org_head(t[e + 1].text) == OrgHead::institution);
}

// a word that is a name, not an ordinary word: capitalised, and in capitals or rarely written
// in lower case
bool proper_word(const Token& w) {
    return w.kind == Tok::Word && !lower(w) && (w.allcaps || compound_lower_case_share(w.text) < 10);
}

// "Office of Harbour Affairs and Office of Quill Operations", "Quill School of Law and Vellmark
// School": an institution's head-word of the first name opens or closes the second too, or
// one head-word closes both, so two bodies are named, not one
bool repeated_head(const std::vector<Token>& t, std::size_t first, std::size_t and_at, std::size_t last) {
    if (and_at + 1 >= last) return false;
    const std::string close = fold_word(t[last].text);
    const std::string open = fold_word(t[and_at + 1].text);
    // "Quillton Environmental and Vellmark Environmental": any head-word that closes both
    if (and_at - 1 > first && cap_word(t[and_at - 1]) && org_head(t[and_at - 1].text) != OrgHead::none &&
        fold_word(t[and_at - 1].text) == close)
        return true;
    for (std::size_t k = first; k < and_at; ++k) {
        if (!cap_word(t[k]) || org_head(t[k].text) != OrgHead::institution) continue;
        const std::string head = fold_word(t[k].text);
        if (head == close) return true;
        if (head == open && k + 1 < and_at && lower(t[k + 1]) && (t[k + 1].text == "of" || t[k + 1].text == "for" ||
                                                                  t[k + 1].text == "on") &&
            lower(t[and_at + 2]) && t[and_at + 2].text == t[k + 1].text)
            return true;
    }
    return false;
}

// "Quillton Truck Group and Vellmark Trucks Inc.", "the Harbour Port Authority and QXV": each
// side of the "and" is a name of its own (it ends in a head-word or a legal form, is an
// acronym or a known organisation), so each side is a whole mention, not a part of one name.
// The side after the "and" must hold a word that is a name, or be known: ordinary words there
// go on the name before ("Quillton Cancer Institute and Research Centre", "Quill Pharmacy &
// Discount Service LLC"). A head-word, a legal form or a body's scope right after the "and"
// joins one name ("Quillton Bank and Trust Company", "Quill & Co. LLC", "Quillton College &
// State University"), and so does an "&" between letters ("QUILL&BOX Studio").
bool names_on_both_sides(std::string_view text, const std::vector<Token>& t, std::size_t first,
                         std::size_t and_at, std::size_t last) {
    if (and_at <= first || and_at >= last || t[and_at].begin == t[and_at - 1].end) return false;
    const auto known = [&](std::size_t a, std::size_t b) {
        return is_known_organisation(org_key(squeeze_spaces(text.substr(t[a].begin, t[b].end - t[a].begin))));
    };
    if (known(first, last)) return false;
    if (repeated_head(t, first, and_at, last)) return true;
    if (org_head(t[and_at + 1].text) != OrgHead::none || is_legal_suffix(t[and_at + 1].text) ||
        is_body_scope(t[and_at + 1].text))
        return false;
    const auto is_name = [&](std::size_t a, std::size_t b) {
        if (a == b) return (t[a].allcaps && t[a].text.size() >= 2) || known(a, a);
        const OrgHead head = org_head(t[b].text);
        return is_legal_suffix(t[b].text) || head == OrgHead::institution || head == OrgHead::company || known(a, b);
    };
    // "Department of Commerce and QXV": "<head-word> of X" before the "and" is a name too, when
    // the other side is a name by itself (a known body, not "Ministry of Science and ICT") and
    // no known name runs on through the "and" ("Department of Health and Human Services"); a
    // longer one may hold the "and" ("Port Authority of New York and New Jersey")
    const auto short_head_of = [&](std::size_t a, std::size_t b) {
        if (org_head(t[a].text) != OrgHead::institution || a + 2 > b ||
            !(t[a + 1].text == "of" || t[a + 1].text == "for"))
            return false;
        const std::size_t k = t[a + 2].text == "the" ? a + 3 : a + 2;
        if (k != b || !cap_word(t[k])) return false;
        for (std::size_t j = b + 2; j <= last && j <= b + 4; ++j) {
            // as the corpora write it, with "and" or with "&"
            std::string key = org_key(squeeze_spaces(text.substr(t[a].begin, t[j].end - t[a].begin)));
            if (is_known_organisation(key)) return false;
            if (const std::size_t at = key.find(" and "); at != std::string::npos &&
                is_known_organisation(key.replace(at, 5, " & ")))
                return false;
        }
        return true;
    };
    const auto has_proper_word = [&](std::size_t a, std::size_t b) {
        for (std::size_t i = a; i <= b; ++i)
            if (proper_word(t[i]) && !is_legal_suffix(t[i].text)) return true;
        return known(a, b);
    };
    // two acronyms alone may be anything ("stage IIB and IIC"), unless both are known bodies
    const auto known_body = [&](std::size_t i) { return is_public_body(t[i].text) || known(i, i); };
    if (and_at - 1 == first && and_at + 1 == last) return known_body(first) && known_body(last);
    // "Quillbox Inc. and Vellmark Meat Packing Co.": a legal form ends the first name
    if (is_legal_suffix(t[and_at - 1].text) && and_at - 1 > first && is_name(and_at + 1, last)) return true;
    // "Quill Truck Group, Vellmark Fleet Group and Harbour Auto": the last "and" of a list of
    // names, after a name that ends in a head-word, lists the last name
    const bool list_end = first >= 2 && t[first - 1].text == "," && cap_word(t[first - 2]) && t[and_at].text == "and";
    const auto term = [&](std::size_t a, std::size_t b) {
        return is_corpus_term(org_key(squeeze_spaces(text.substr(t[a].begin, t[b].end - t[a].begin))));
    };
    if (list_end && is_name(first, and_at - 1) && last - and_at <= 3 && !term(and_at + 1, last) &&
        !is_role_word(t[and_at + 1].text) && !is_given_name(t[and_at + 1].text) &&
        std::all_of(t.begin() + static_cast<std::ptrdiff_t>(and_at) + 1, t.begin() + static_cast<std::ptrdiff_t>(last) + 1,
                    [](const Token& w) { return cap_word(w); }))
        return true;
    // "Quillton Hotels International and Sony": a known name alone after the "and", a name
    // before it that ends in a head-word, even a weak one
    if (and_at + 1 == last && known(last, last) && cap_word(t[and_at - 1]) &&
        (is_name(first, and_at - 1) || org_head(t[and_at - 1].text) == OrgHead::weak))
        return true;
    // "Quillbox and Vellmark Technologies": a known name alone before the "and"
    if (and_at - 1 == first && known(first, first) && is_name(and_at + 1, last) && has_proper_word(and_at + 1, last))
        return true;
    if (short_head_of(first, and_at - 1) && !is_name(first, and_at - 1))
        return and_at + 1 == last ? known_body(last) : is_name(and_at + 1, last) && has_proper_word(and_at + 1, last);
    // "Harbour Business Association and QXV International": after a whole name, a name that a
    // proper word opens and a weak head-word closes
    const bool weak_name = last > and_at + 1 && org_head(t[last].text) == OrgHead::weak && proper_word(t[and_at + 1]);
    // "Quillton Institute of Harbour Studies and Vellmark University": a head-word "of" a few
    // capitalised words closes a name before the "and" too, when a name that a proper word
    // opens follows it (not "Department of Health and Human Services"), and no given name
    // stands before the "and" ("... of New England George and Jane Roe Center")
    const auto head_of_words = [&](std::size_t a, std::size_t b) {
        for (std::size_t k = a; k + 2 <= b; ++k) {
            const OrgHead head = org_head(t[k].text);
            if (!cap_word(t[k]) || (head != OrgHead::institution && head != OrgHead::company) || t[k + 1].text != "of")
                continue;
            if (b - (k + 1) > 3) return false;
            for (std::size_t m = k + 2; m <= b; ++m)
                if (!cap_word(t[m]) && t[m].text != "the") return false;
            return !is_given_name(t[b].text);
        }
        return false;
    };
    // Only after "and" ("Quill & Vellmark LLC" names a firm's partners), one word after it
    // only when a known body ("Department of Fire and EMS"), and not a compound that opens
    // with an ordinary word ("University of Science and Technology-Harbour Laboratory").
    const std::size_t opens = t[and_at + 1].text == "The" && and_at + 2 < last ? and_at + 2 : and_at + 1;
    if (t[and_at].text == "and" && head_of_words(first, and_at - 1) && is_name(and_at + 1, last) &&
        proper_word(t[opens]) && t[opens].text.find('-') == std::string_view::npos &&
        (and_at + 1 < last || known_body(last)))
        return true;
    // "the QXV and Quillton State Department of Harbour Safety": after a whole name, a name
    // that a head-word "of" a few capitalised words closes, a proper word in it; not
    // after the subject of another body's "of" ("the Quillton Division of the QXV and ...")
    const std::size_t of_at = first >= 1 && t[first - 1].text == "of"                               ? first - 1
                              : first >= 2 && t[first - 1].text == "the" && t[first - 2].text == "of" ? first - 2
                                                                                                      : npos;
    const bool of_subject = of_at != npos && of_at >= 1 && org_head(t[of_at - 1].text) == OrgHead::institution;
    // the words before the head-word are the name's own: capitalised, no title's and no "of"
    // ("... and Acting Inspector General Dana Quill of the Department of Energy")
    const auto plain_opening = [&](std::size_t a, std::size_t b) {
        for (std::size_t k = a; k <= b && !(org_head(t[k].text) == OrgHead::institution && k < b && t[k + 1].text == "of"); ++k)
            if (!cap_word(t[k]) || is_role_noun(t[k].text) || is_honorific(t[k].text)) return false;
        return true;
    };
    const bool head_of_name = t[and_at].text == "and" && !of_subject && head_of_words(and_at + 1, last) &&
                              plain_opening(and_at + 1, last);
    return is_name(first, and_at - 1) && (is_name(and_at + 1, last) || weak_name || head_of_name) &&
           has_proper_word(and_at + 1, last);
}

// "follow us on Facebook", "on Facebook, Instagram, and X.", "on quill.org, Facebook, X": a
// web platform after "on", or in a list of platforms and web addresses that follows "on", or
// next to another platform in a list
bool platform_used(const std::vector<Token>& t, std::size_t i) {
    const auto platform = [&](std::size_t k) {
        std::string_view w = t[k].text;
        if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
        return t[k].kind == Tok::Word && is_web_platform(w);
    };
    const auto web_address = [&](std::size_t k) {
        const std::string_view w = t[k].text;
        const std::size_t dot = w.rfind('.');
        return t[k].kind == Tok::Word && dot != std::string_view::npos && dot > 0 && dot + 2 < w.size() &&
               std::all_of(w.begin() + static_cast<std::ptrdiff_t>(dot) + 1, w.end(),
                           [](char c) { return c >= 'a' && c <= 'z'; });
    };
    if (!platform(i)) return false;
    const auto joiner = [&](std::size_t k) {
        return t[k].text == "," || t[k].text == "and" || t[k].text == "&" || t[k].text == "or";
    };
    // "Facebook, Instagram, TikTok, or X": platforms listed together are used, whatever
    // comes before them
    const auto platform_beside = [&](std::size_t k) {
        std::size_t r = k + 1;
        bool joined = false;
        while (r < t.size() && joiner(r)) {
            joined = true;
            ++r;
        }
        if (joined && r < t.size() && platform(r)) return true;
        if (k == 0) return false;
        std::size_t l = k - 1;
        joined = false;
        while (l > 0 && joiner(l)) {
            joined = true;
            --l;
        }
        return joined && platform(l);
    };
    if (platform_beside(i)) return true;
    while (i > 0) {
        std::size_t k = i - 1;
        if (t[k].text == "on") return true;
        bool joined = false;
        while (k > 0 && joiner(k)) {
            joined = true;
            --k;
        }
        if (!joined || !(platform(k) || web_address(k))) return false;
        i = k;
    }
    return false;
}

// "Dana Quill, M.D., M.S., FAHA, FAAP": capitals in the run of degrees after a name are a
// fellowship's or a licence's letters, though the tables lack them
bool credential_after_degree(const std::vector<Token>& t, std::size_t i) {
    if (!t[i].allcaps) return false;
    while (i >= 2 && t[i - 1].text == ",") {
        const Token& before = t[i - 2];
        if (before.kind != Tok::Word) return false;
        if (is_postnominal(before.text)) return true;
        if (!before.allcaps) return false;
        i -= 2;
    }
    return false;
}

// "Dana Quill, executive director, ...", "Dana Quill, Chair of ...": a comma and a job title
// after a mention (a capitalised title's modifier may open a new subject: "at Quill Tech,
// U.S. Senators ...")
bool role_appositive(const std::vector<Token>& t, std::size_t last) {
    if (last + 2 >= t.size() || t[last + 1].text != "," || t[last + 2].kind != Tok::Word) return false;
    const Token& w = t[last + 2];
    if (is_role_noun(w.text) || (lower(w) && is_role_modifier(w.text))) return true;
    // "Dana Quill, Senior Vice President, ...", "Dana Quill, High School Football Coach": a
    // capitalised title whose noun comes later in the field
    constexpr std::size_t title_limit = 8;
    for (std::size_t k = last + 2; k < t.size() && k < last + 2 + title_limit; ++k) {
        if (t[k].text == "," || t[k].text == ";" || t[k].text == "*") break;
        if (t[k].kind != Tok::Word || (lower(t[k]) && t[k].text != "of" && t[k].text != "and")) return false;
        if (is_role_noun(t[k].text)) return true;
    }
    return false;
}

// A head-word, a legal form or an ampersand in a name: a mark of a firm or a body, not of
// a product.
bool has_a_firms_mark(const std::string& form) {
    const std::vector<Token> ft = tokenize(form);
    return std::any_of(ft.begin(), ft.end(), [](const Token& x) {
        return org_head(x.text) != OrgHead::none || is_legal_suffix(x.text) || x.text == "&";
    });
}

// "the Quill Administration", "the New Quill Administration": a leader's term of office, named
// after the leader (a person the release names, a name the tables know, or a word the corpora
// write capitalised), not a body ("Small Business Administration", "Maryland Transit
// Administration")
bool presidency(std::string_view form, const People* people) {
    if (!form.ends_with(" Administration")) return false;
    std::vector<Token> w = tokenize(form);
    if (!w.empty() && (w.front().text == "New" || w.front().text == "the" || w.front().text == "The"))
        w.erase(w.begin());
    if (w.size() != 2 || w[1].text != "Administration" || w[0].kind != Tok::Word || w[0].allcaps ||
        !w[0].initial_upper || is_place(w[0].text))
        return false;
    const std::string name(w[0].text);
    if (is_surname(name) || is_given_name(name) || (people && people->knows_word(name))) return true;
    // or a word the corpora write capitalised, as a name, and no brand's ("HomeQuill")
    return name.size() >= 4 && lower_case_share(fold_word(name)) < 20 && org_head(name) == OrgHead::none &&
           std::none_of(name.begin() + 1, name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A word of a person's name: a given name or a surname the tables know, or one the release
// gives a person; not an acronym, a place or a body's head-word.
bool person_word(const Token& w, const People* people) {
    if (w.kind != Tok::Word || w.allcaps || !w.initial_upper || is_place(w.text) || org_head(w.text) != OrgHead::none)
        return false;
    const std::string word(without_possessive(w.text));
    return is_given_name(word) || is_surname(word) || (people && people->knows_word(word));
}

// "Dana Quill, 45, of Harbour", "Dana Quill, 45, and Jane Roe, 51,": a name with an age
// after it is a person's (a firm's name has no age). Returns the keys of such names, two to
// four words with no head-word or legal form, and of their last one and two words (the
// surname a release goes on to use alone: "Quill pleaded guilty").
std::unordered_set<std::string> people_with_age(const Document& doc) {
    std::unordered_set<std::string> keys;
    for (const Paragraph& p : doc.paragraphs) {
        const std::vector<Token>& t = p.tokens;
        for (std::size_t k = 2; k + 2 < t.size(); ++k) {
            const std::string_view age = t[k + 1].text;
            if (t[k].text != "," || age.empty() || age.size() > 2 ||
                !std::all_of(age.begin(), age.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
                !(t[k + 2].text == "," || t[k + 2].text == "of" || t[k + 2].text == "and"))
                continue;
            std::size_t first = k;
            while (first > 0 && k - first < 4 && cap_word(t[first - 1]) && !is_function_word(t[first - 1].text) &&
                   !is_honorific(t[first - 1].text) && !is_role_noun(t[first - 1].text) &&
                   t[first - 1].text.find('.') == std::string_view::npos)
                --first;
            if (k - first < 2 || k - first > 4) continue;
            const std::string name(p.text.substr(t[first].begin, t[k - 1].end - t[first].begin));
            if (!person_shaped(name)) continue;
            keys.insert(org_key(name));
            keys.insert(org_key(t[k - 1].text));
            keys.insert(org_key(p.text.substr(t[k - 2].begin, t[k - 1].end - t[k - 2].begin)));
        }
    }
    return keys;
}

// ---- features of a mention -----------------------------------------------------------------

bool exchange_word(std::string_view w) {
    const std::string f = fold_word(w);
    return f == "nasdaq" || f == "nyse" || f == "otc" || f == "otcqb" || f == "otcqx" || f == "tsx" ||
           f == "tsxv" || f == "asx" || f == "lse" || f == "cse" || f == "amex" || f == "hkex" ||
           f == "sgx" || f == "kosdaq" || f == "krx" || f == "euronext" || f == "frankfurt" ||
           f == "otcmkts" || f == "tsx-v" || f == "nasdaqgs" || f == "nasdaqgm" || f == "nasdaqcm" ||
           f == "nyse american" || f == "ticker" || f == "otc markets" || f == "tsx.v" || f == "cve" || f == "bats" ||
           f == "otcid";
}

bool ticker_after(const std::vector<Token>& t, std::size_t b) {
    return b + 3 < t.size() && t[b + 1].text == "(" && exchange_word(t[b + 2].text);
}

// "(OTCQB: QXVB)", "(TSX-V: QXV; OTCQB: QXVF)": a mention right after an exchange's name and a
// colon is a ticker, a company's symbol on that exchange, not its name; so is the same word at
// the end of a web address ("newsroom at https://quill.fm/QXVB")
bool ticker_position(const std::vector<Token>& t, std::size_t first, std::size_t last) {
    if (first != last || first < 2) return false;
    // a path's last part: after a host or a lower-case part ("quill.fm/QXVB"), not between names
    // ("Disney/ESPN")
    if (t[first - 1].text == "/" && t[first - 1].end == t[first].begin && t[first - 2].end == t[first - 1].begin &&
        (t[first - 2].text.find('.') != std::string_view::npos || lower(t[first - 2])))
        return true;
    // the next symbol of a list ("(OTCQB: QXVB, QXVBW)")
    if (t[first - 1].text == "," && first >= 3 && ticker_position(t, first - 2, first - 2)) return true;
    if (t[first - 1].text != ":") return false;
    if (exchange_word(t[first - 2].text)) return true;
    // "TSX.V: QXV", read as "TSX", ".", "V"
    if (first >= 4 && (t[first - 3].text == "." || t[first - 3].text == "-") && t[first - 3].begin == t[first - 4].end &&
        exchange_word(std::string(t[first - 4].text) + std::string(t[first - 3].text) + std::string(t[first - 2].text)))
        return true;
    // "NYSE American: QXV", "Cboe Canada: QXV"
    return first >= 3 && (exchange_word(t[first - 3].text) || fold_word(t[first - 3].text) == "cboe");
}

// A word as title case writes it: capitalised, a number, or an article, a conjunction or a
// short preposition in lower case (or no word at all)
bool title_case_word(const Token& x) {
    if (x.kind != Tok::Word || x.initial_upper || x.has_digit) return true;
    const std::string_view w = x.text;
    return is_connector(w) || w == "a" || w == "an" || w == "to" || w == "with" || w == "by" || w == "from" ||
           w == "or" || w == "as" || w == "vs";
}

// "?" ending a question, not a letter the text's encoding lost inside a word
bool question_mark(const std::vector<Token>& t, std::size_t k) {
    return t[k].text == "?" && (k + 1 == t.size() || t[k + 1].begin > t[k].end);
}

bool ends_title_case_sentence(const std::vector<Token>& t, std::size_t k) {
    return t[k].text == "." || t[k].text == "!" || question_mark(t, k) || t[k].text == ":" || is_quote_tok(t[k].text);
}

// "Why Should Families Think About New Quill Homes?", "Who Is the Team Behind Quillbox?": a
// question in title case is a heading of a questions-and-answers release, written for search
// engines, and its capitals say nothing of names. Title case leaves articles, conjunctions and
// short prepositions in lower case, and only those: "Where is the Quill University?" is a
// sentence. A "?" inside a word ("Espa?ola") is a letter the text's encoding lost.
bool in_title_case_question(const std::vector<Token>& t, std::size_t first) {
    // reads no further than the title case goes, so a long paragraph without stops costs little
    std::size_t end = first;
    while (end < t.size() && !ends_title_case_sentence(t, end)) {
        if (!title_case_word(t[end])) return false;
        ++end;
    }
    if (end == t.size() || !question_mark(t, end)) return false;
    std::size_t begin = first;
    while (begin > 0 && !ends_title_case_sentence(t, begin - 1)) {
        if (!title_case_word(t[begin - 1])) return false;
        --begin;
    }
    const auto words = std::count_if(t.begin() + static_cast<std::ptrdiff_t>(begin),
                                     t.begin() + static_cast<std::ptrdiff_t>(end),
                                     [](const Token& x) { return x.kind == Tok::Word; });
    return words >= 4 && t[begin].initial_upper;
}

struct MentionFeatures {
    std::map<std::string_view, double> values;
    void set(std::string_view name, bool on = true) {
        if (on) values[name] = 1.0;
    }
};

bool heading_paragraph(const std::vector<Token>& t) {
    std::size_t words = 0;
    std::size_t caps = 0;
    for (const Token& x : t) {
        if (x.kind != Tok::Word) continue;
        ++words;
        if (x.initial_upper || is_connector(x.text) || x.has_digit) ++caps;
        if (words > 14) return false;
    }
    if (words == 0) return false;
    const std::string_view last = t.back().text;
    return caps == words && last != "." && last != "!" && last != "?";
}

bool sentence_boundary(std::string_view w) {
    return is_quote_tok(w) || w == "." || w == ":" || w == "!" || w == "?" || w == ";" ||
           w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || w == "-" || w == "|" || w == "*" || w == "(";
}

// "the Southern District of Vellmark", "District of Columbia": a court's or a prosecutor's
// territory, named after a place; the body is the office or the court for it. "The Southern
// District" alone is such a territory, its place named before or understood.
bool jurisdiction(const std::vector<Token>& t, std::size_t a, std::size_t b) {
    std::size_t d = a;
    for (const std::string_view side : {"Northern", "Southern", "Eastern", "Western", "Middle", "Central"})
        if (t[a].text == side) d = a + 1;
    if (d > a && d == b && t[d].text == "District") return true;
    if (d + 2 > b || t[d].text != "District" || t[d + 1].text != "of") return false;
    std::string place;
    for (std::size_t i = d + 2; i <= b; ++i) {
        if (t[i].kind != Tok::Word) return false;
        if (!place.empty()) place += ' ';
        place += t[i].text;
    }
    return is_place(place);
}

// "619 Harbour Street SE", "Quill Avenue, NW": a city's quadrant after a road's word ends an
// address, no legal form ("SE" is a European company's too), and the name is a road's
bool road_quadrant(const std::vector<Token>& t, std::size_t a, std::size_t b) {
    const std::string_view q = t[b].text;
    if (b <= a || !(q == "SE" || q == "NE" || q == "NW" || q == "SW")) return false;
    std::string_view road = t[t[b - 1].text == "," && b - 1 > a ? b - 2 : b - 1].text;
    if (road.size() > 1 && road.back() == '.') road.remove_suffix(1);
    return is_non_org_tail(road) || road == "St" || road == "Ave" || road == "Rd" || road == "Blvd" || road == "Dr";
}

// The shape of a name, whatever its context.
void shape_features(const std::vector<Token>& t, std::size_t a, std::size_t b, MentionFeatures& f) {
    const Token& first = t[a];
    const Token& last = t[b];
    // "the Harbour Divisions Quill Section": "Division's" that lost its apostrophe ends in a
    // head-word
    // "the Quill Institute's staff": the possessive hides no head-word
    OrgHead last_head = org_head(without_possessive(last.text));
    if (last_head == OrgHead::none && last.text.size() > 4 && last.text.back() == 's' && b + 1 < t.size() &&
        cap_word(t[b + 1]) && t[b + 1].begin <= last.end + 2)
        last_head = org_head(last.text.substr(0, last.text.size() - 1));
    const bool address = road_quadrant(t, a, b);
    const bool legal = is_legal_suffix(last.text) && !address;
    f.set("legal_suffix", legal);
    f.set("head_last_institution", last_head == OrgHead::institution);
    f.set("head_last_company", last_head == OrgHead::company);
    f.set("head_last_weak", last_head == OrgHead::weak);
    std::size_t words = 0;
    std::size_t common = 0;
    std::size_t institution_heads = 0;
    std::size_t caps_words = 0;
    bool any_head = last_head != OrgHead::none || legal;
    bool place_word = false;
    bool and_inside = false;
    for (std::size_t i = a; i <= b; ++i) {
        if (lower(t[i])) {
            and_inside = and_inside || t[i].text == "and";
            continue;
        }
        if (t[i].kind != Tok::Word) {
            and_inside = and_inside || t[i].text == "&";
            continue;
        }
        ++words;
        if (compound_lower_case_share(t[i].text) >= 50) ++common;
        if (t[i].allcaps && t[i].text.size() > 1) ++caps_words;
        if (is_place(t[i].text)) place_word = true;
        const OrgHead h = org_head(t[i].text);
        // "Quill State University School of Medicine": a unit's "X of Y" after the body's name
        // is one name, not two glued
        const bool unit_of = i > a && i < b && lower(t[i + 1]) && t[i + 1].text == "of";
        if (h == OrgHead::institution && !unit_of) ++institution_heads;
        if (h != OrgHead::none) any_head = true;
        if (i < b && is_legal_suffix(t[i].text)) f.set("legal_inside");
    }
    // "Department of Commerce", "U.S. Department of Labor", "FBI Office of X", up to three
    // words of a place or a parent before the head ("Quillton River State Department of
    // Harbours", "State of Quillton Department of ...", "Quill and Harbour Commission of ...";
    // not a title's "Charge of the Bureau of ...");
    // a chamber "of" its members ("House of Delegates"), whose word alone names no body
    bool head_of = false;
    for (std::size_t i = a; i < b && i <= a + 4; ++i) {
        if (org_head(t[i].text) == OrgHead::institution && lower(t[i + 1]) &&
            (((t[i + 1].text == "of" || t[i + 1].text == "for" || t[i + 1].text == "on") &&
              (i <= a + 2 || (i == a + 3 && cap_word(t[a]) && cap_word(t[a + 2]) &&
                              (cap_word(t[a + 1]) || t[a + 1].text == "of" || t[a + 1].text == "and" ||
                               t[a + 1].text == "&")))) ||
             office_in(t, i + 1)))
            head_of = true;
        if (t[i].text == "House" && i <= a + 2 && i + 2 == b && t[i + 1].text == "of" && t[b].text.ends_with('s') &&
            role_noun(t[b].text))
            head_of = true;
    }
    f.set("head_of", head_of);
    f.set("heads_2plus", institution_heads >= 2);
    f.set("and_inside", and_inside);
    // "Quill & Venn": two names joined by an ampersand, spaced, name a firm more often than a
    // pair, which "and" joins; not two ordinary words ("Science & Technology") (weighed by
    // train-extract --fit-new)
    const bool spaced_ampersand =
        b == a + 2 && t[a + 1].text == "&" && t[a + 1].begin > t[a].end && t[b].begin > t[a + 1].end;
    const auto name_word = [](const Token& w) { return compound_lower_case_share(w.text) < 50; };
    f.set("ampersand_pair", spaced_ampersand && cap_word(t[a]) && cap_word(t[b]) &&
                                (name_word(t[a]) || name_word(t[b])));
    f.set("words_1", words == 1);
    f.set("words_2", words == 2);
    f.set("words_3", words == 3);
    f.set("words_4plus", words >= 4);
    f.set("common_all_no_head", words > 0 && common == words && !any_head);
    f.set("common_single", words == 1 && common == 1 && !any_head);
    f.set("acronym", words == 1 && first.allcaps);
    f.set("acronym_2", words == 1 && first.allcaps && first.text.size() == 2);
    bool proper = false;
    for (std::size_t i = a; i <= b; ++i) proper = proper || proper_word(t[i]);
    f.set("no_proper_word", !proper);
    f.set("shouting", caps_words >= 2 && caps_words == words);
    // "NOTE TO INVESTORS", "FREE": an ordinary word in capitals, no acronym
    f.set("shouted_word", words == 1 && first.allcaps && first.text.size() >= 4 && is_common_word(first.text));
    // "Group", "Technology": a head-word alone names no organisation
    f.set("head_alone", words == 1 && !first.allcaps && org_head(first.text) != OrgHead::none);
    f.set("camel_case", words == 1 && (first.cap && !first.initial_upper));
    f.set("inner_capital", words == 1 && first.initial_upper && !first.allcaps &&
                               std::any_of(first.text.begin() + 1, first.text.end(),
                                           [](char c) { return c >= 'A' && c <= 'Z'; }));
    f.set("has_digit", first.has_digit || last.has_digit);
    f.set("dotted", last.text.find('.') != std::string_view::npos && last.text.size() > 3 &&
                        !last.text.ends_with(".") && !last.allcaps);
    f.set("first_given", words >= 2 && is_given_name(first.text));
    bool all_rare = words > 0;
    // "Marta Venn": two or more words only ever capitalised look like a person's name; a legal
    // form or a number is never written in lower case either and says nothing of that
    std::size_t name_words = 0;
    for (std::size_t i = a; i <= b; ++i) {
        if (t[i].kind != Tok::Word) continue;
        if (!lower(t[i]) && compound_lower_case_share(t[i].text) >= 10) all_rare = false;
        if (!is_legal_suffix(t[i].text) && !t[i].has_digit) ++name_words;
    }
    f.set("rare_single", words == 1 && all_rare && !first.allcaps);
    f.set("rare_all", name_words >= 2 && all_rare);
    f.set("person_word_single", words == 1 && (is_given_name(first.text) || is_surname(first.text)));
    f.set("month_inside", is_month_or_day(first.text) || is_month_or_day(without_possessive(last.text)));
    f.set("place_first", words >= 2 && is_place(first.text));
    f.set("place_word", place_word);
    // "School of Law", "Department of State", "Office of Justice Programs": after an
    // institution's "of" such a word says what the body is for, and the body is the name's
    // head. A tail may be two words ("Tax Credit"), where the last alone ends companies' names
    const bool tail_of_two = b > a && t[b - 1].kind == Tok::Word &&
                             is_non_org_tail(std::string(t[b - 1].text) + " " + std::string(last.text));
    // "the Quillton Care Act's": a possessive hides no tail
    const std::string_view tail = without_possessive(last.text);
    f.set("non_org_tail", (is_non_org_tail(tail) && !(head_of && is_body_scope(tail))) || tail_of_two || address);
    f.set("jurisdiction", jurisdiction(t, a, b));
    f.set("public_body", words == 1 && is_public_body(first.text));
    f.set("role_word_inside", std::any_of(t.begin() + static_cast<std::ptrdiff_t>(a),
                                          t.begin() + static_cast<std::ptrdiff_t>(b) + 1,
                                          [](const Token& x) { return x.kind == Tok::Word && is_role_noun(x.text); }));
}

// "Quillbox CEO Dana Roe", "(Quillbox Executive Chairman)": a name right before the title of
// the one who runs it is the firm or body run. Only the titles of a whole body's head count:
// "Marketing Director" or "Georgia Attorney" say nothing of the word before them.
bool before_head_title(const std::vector<Token>& t, std::size_t a, std::size_t b) {
    // "Mr. President", "Marketing Director", "Sudanese President": a form of address, a field
    // of work or a people before a title; "Senator Quill Chairman", a scrape's lost comma
    if (is_honorific(t[b].text) || is_role_word(t[b].text) || is_demonym(t[b].text)) return false;
    // "Dana Quill Chairman", "Virtual CIO", "QUILL DENOUNCES": a person, a kind of post, a headline
    const std::string_view lone = t[b].text;
    if (a == b && (lone.size() == 1 || (lone.size() == 2 && lone[1] == '.'))) return false;  // an initial
    if ((b > a && (is_given_name(t[a].text) || (t[a].allcaps && t[b].allcaps))) ||
        (a == b && !t[a].allcaps && is_common_word(t[a].text)))
        return false;
    const std::size_t before = a >= 2 && t[a - 1].text == "." ? a - 2 : a - 1;
    if (a >= 1 && t[before].kind == Tok::Word && (is_honorific(t[before].text) || is_role_noun(t[before].text)))
        return false;
    // a scrape that lost its commas leaves two spaces: "Dana Quill  Chairman of Quillbox"
    if (b + 1 >= t.size() || t[b + 1].begin != t[b].end + 1) return false;
    std::size_t k = b + 1;
    const auto fold_at = [&](std::size_t i) { return fold_word(t[i].text); };
    for (int modifiers = 0; k < t.size() && modifiers < 2 && t[k].kind == Tok::Word && !lower(t[k]); ++modifiers) {
        const std::string w = fold_at(k);
        if (w != "executive" && w != "chief" && w != "vice" && w != "senior" && w != "co" && w != "interim" &&
            w != "acting" && w != "founding" && w != "managing" && w != "deputy" && w != "global")
            break;
        ++k;
        if (k < t.size() && t[k].text == "-") ++k;
    }
    if (k >= t.size() || t[k].kind != Tok::Word || lower(t[k])) return false;
    static constexpr std::string_view titles[] = {
        "ceo",      "cfo",      "coo",        "cto",          "cmo",       "cio",        "ciso",
        "co-ceo",   "founder",  "co-founder", "cofounder",    "chairman",  "chairwoman", "chair",
        "chairperson", "president", "spokesperson", "spokesman", "spokeswoman", "vp",     "svp",
        "evp"};
    const std::string w = fold_at(k);
    return std::find(std::begin(titles), std::end(titles), w) != std::end(titles);
}

enum class DescribedAs { nothing, organisation, product };

// What the words after "X, a ..." or "X is a ..." call X: the first noun for an organisation
// ("a leading provider") within a few words, or else a noun for a product ("a new AI-powered
// app"), which names no maker
DescribedAs described_as(const std::vector<Token>& t, std::size_t from, std::size_t words = 6) {
    bool product = false;
    for (std::size_t m = from; m < t.size() && m < from + words; ++m) {
        if (t[m].text == "-") continue; // "AI-powered"
        if (t[m].kind != Tok::Word) break;
        if (!lower(t[m])) continue;
        if (is_org_noun(t[m].text)) return DescribedAs::organisation;
        product = product || is_product_noun(t[m].text);
    }
    return product ? DescribedAs::product : DescribedAs::nothing;
}

// "featured in X", "appeared on X", "as seen on X", "aired on the X": an outlet cited as
// media, which the annotation counts as no organisation (weighed by train-extract --fit-new)
bool media_cue(const std::vector<Token>& t, std::size_t a) {
    std::size_t k = a;
    if (k >= 1 && t[k - 1].text == "the") --k;
    if (k < 2) return false;
    const std::string_view prep = t[k - 1].text;
    const std::string verb = fold_word(t[k - 2].text);
    // "published by X" names a publisher, a firm; "interviewed by X", an outlet
    if (prep == "by") return verb == "interviewed" || verb == "profiled";
    if (prep != "in" && prep != "on") return false;
    for (const std::string_view cue : {"featured", "appeared", "appearing", "seen", "published", "quoted", "aired",
                                       "airs", "broadcast", "streaming", "interviewed", "profiled", "reported"})
        if (verb == cue) return true;
    return false;
}

// "Tom Venn, Director of Sales, Vellmark" or "...; Jane Roe, CTO, Quillbox;": the last field of
// a roster's entry (an advisory board, a panel's speakers) names where the person works. The
// entry opens with a given name, a role noun stands between it and the mention (or, in a
// bulleted entry, nothing: "* Dana Quill, Quillbox"), and the mention closes the entry
// (weighed by train-extract --fit-new)
bool roster_affiliation(const std::vector<Token>& t, std::size_t a, std::size_t b) {
    // the extraction's text joins a list's lines, each after its bullet
    const auto bullet = [&](std::size_t i) { return i < t.size() && (t[i].text == "*" || t[i].text == "\xE2\x80\xA2"); };
    const auto entry_boundary = [&](std::size_t i) { return bullet(i) || t[i].text == ";" || t[i].text == ":"; };
    std::size_t after = b + 1;
    if (after < t.size() && t[after].text == ".") ++after;
    if (after < t.size() && !entry_boundary(after)) return false;
    std::size_t k = a;
    if (k >= 1 && (t[k - 1].text == "the" || t[k - 1].text == "The")) --k;
    if (k < 1 || t[k - 1].text != ",") return false;
    constexpr std::size_t entry_limit = 24;
    std::size_t open = k - 1;
    while (open > 0 && k - open < entry_limit && !entry_boundary(open - 1)) --open;
    if (open > 0 && !entry_boundary(open - 1)) return false;
    if (open + 2 >= k || !is_given_name(t[open].text) || !cap_word(t[open + 1])) return false;
    std::size_t comma = open + 1;
    while (comma < k && t[comma].text != ",") ++comma;
    // "* Dana Quill, Quillbox": a bulleted entry of a name and one field
    // (a line of its own is an entry too: where the text keeps a list's lines as paragraphs),
    // not a table's row of a person and a town ("Dana Quill Harbour, TX")
    if (comma + 1 == k && ((open > 0 && bullet(open - 1)) || bullet(after) || (open == 0 && after >= t.size()))) {
        const bool plain_name = comma - open <= 3 && std::all_of(t.begin() + static_cast<std::ptrdiff_t>(open),
                                                                 t.begin() + static_cast<std::ptrdiff_t>(comma),
                                                                 [](const Token& x) { return cap_word(x); });
        const bool code = a == b && t[a].allcaps && t[a].text.size() <= 2;
        return plain_name && !code && !is_place(std::string(t[a].text.data(), t[b].end - t[a].begin));
    }
    for (std::size_t m = comma + 1; m + 1 < k; ++m)
        if (t[m].kind == Tok::Word && is_role_noun(t[m].text)) return true;
    return false;
}

// Where a mention stands.
void context_features(const std::vector<Token>& t, std::size_t a, std::size_t b, MentionFeatures& f) {
    const Token& last = t[b];
    // an item of a list of names: "A, B and C", "A, B, C"
    const bool comma_before = a >= 1 && (t[a - 1].text == "," || (t[a - 1].text == "and" && a >= 2 && t[a - 2].text == ","));
    const bool comma_after = b + 1 < t.size() && t[b + 1].text == "," && b + 2 < t.size() && cap_word(t[b + 2]);
    const bool and_after = b + 2 < t.size() && t[b + 1].text == "and" && cap_word(t[b + 2]);
    f.set("list_item", (comma_before && a >= 2 && (cap_word(t[a - 2]) || (a >= 3 && cap_word(t[a - 3])))) ||
                           comma_after || (comma_before && and_after));
    if (a == 0 || sentence_boundary(t[a - 1].text)) {
        f.set("sentence_start");
    } else {
        const Token& p = t[a - 1];
        const std::string_view w = p.text;
        f.set("mid_sentence");
        f.set("after_at", w == "at");
        f.set("after_with", w == "with");
        f.set("after_by", w == "by");
        f.set("after_from", w == "from");
        f.set("after_for", w == "for");
        f.set("after_of", w == "of");
        f.set("after_in", w == "in");
        // "available on X", "via X", "using X": mostly products and platforms
        f.set("after_on", w == "on" || w == "via" || w == "using" || w == "through");
        f.set("after_the", w == "the");
        f.set("after_join", w == "joined" || w == "joins" || w == "join" || w == "acquired" || w == "acquire" ||
                                w == "acquires" || w == "partnered" || w == "partners" || w == "led" ||
                                w == "founded" || w == "co-founded" || w == "launched" || w == "backed");
        // "a commercial relationship with X", "a partnership with X", "merged with X": a
        // tie between parties, one of them X (weighed by train-extract --fit-new)
        if (w == "with" && a >= 2 && lower(t[a - 2])) {
            const std::string_view tie = t[a - 2].text;
            f.set("after_tie_with", tie == "relationship" || tie == "relationships" || tie == "partnership" ||
                                        tie == "partnerships" || tie == "agreement" || tie == "agreements" ||
                                        tie == "collaboration" || tie == "alliance" || tie == "contract" ||
                                        tie == "merger" || tie == "merged" || tie == "partnered" ||
                                        tie == "partnering" || tie == "teamed" || tie == "affiliated" ||
                                        tie == "collaborated" || tie == "collaborates" || tie == "collaborating");
        }
        // "her memoir, Harbour Nights Grow Long", "the novel 'Quill Harbour'", "an album titled
        // Vellmark Nights": a work's title, after its noun and a comma or a quotation mark, or
        // after "titled" (not "a single Quillbox", "to book Vellmark Limo"; the rule below)
        {
            std::size_t k = a;
            while (k > 0 && k + 3 > a && (t[k - 1].kind != Tok::Word || is_quote_tok(t[k - 1].text))) --k;
            if (k > 0 && lower(t[k - 1])) {
                const std::string_view work = t[k - 1].text;
                const bool marked = k < a;
                f.set("after_work_noun", work == "titled" || work == "entitled" ||
                                             (marked && (work == "book" || work == "novel" || work == "memoir" ||
                                                         work == "album" || work == "film" || work == "movie" ||
                                                         work == "song" || work == "documentary" || work == "podcast" ||
                                                         work == "ebook" || work == "e-book" || work == "poem" ||
                                                         work == "anthology" || work == "novella" ||
                                                         work == "bestseller" || work == "sequel")));
            }
        }
        f.set("after_org_noun", lower(p) && is_org_noun(w));
        f.set("media_cue", media_cue(t, a));
        if (a >= 2 && (w == "of" || w == "at" || w == "for" || w == "with") && t[a - 2].kind == Tok::Word &&
            is_role_noun(t[a - 2].text))
            f.set("role_of_before");
        if (a >= 2 && w == "the" && a >= 2 && (t[a - 2].text == "of" || t[a - 2].text == "at"))
            f.set("after_of_the");
    }
    // "has been a prominent Independent Software Vendor (ISV)", "is a Registered Investment
    // Adviser.": a capitalised phrase heading an indefinite noun phrase names a kind, not one
    // body (not "a Quillbox company", where the name qualifies the noun after it; weighed by
    // train-extract --fit-new)
    {
        std::size_t k = a;
        if (k >= 2 && lower(t[k - 1]) && t[k - 1].kind == Tok::Word && !is_function_word(t[k - 1].text)) --k;
        // ... nor "a Quillbox (QBX) investigation", "a Harbour Court Judge"
        std::size_t after = b + 1;
        if (after + 2 < t.size() && t[after].text == "(" && t[after + 2].text == ")") after += 3;
        const bool noun_after = after < t.size() && t[after].kind == Tok::Word &&
                                ((lower(t[after]) && !is_function_word(t[after].text)) || title_word(t[after]));
        // ... nor "a QBX-funded program", "a Quillbox® franchise", "a Quillbox 'pattern' case"
        const bool glued_after = b + 1 < t.size() && t[b + 1].begin == last.end;
        const bool quote_after = b + 1 < t.size() && is_quote_tok(t[b + 1].text);
        // "f/k/a Quillbox LLC": "formerly known as", no article
        const bool article = k >= 1 && (t[k - 1].text == "a" || t[k - 1].text == "an") &&
                             (k < 2 || t[k - 2].end < t[k - 1].begin);
        f.set("after_indefinite", article && !noun_after && !glued_after && !quote_after);
    }
    f.set("roster_affiliation", roster_affiliation(t, a, b));
    if (b + 1 >= t.size()) {
        f.set("paragraph_end");
        return;
    }
    const Token& n = t[b + 1];
    const std::string_view w = n.text;
    f.set("ticker", ticker_after(t, b));
    f.set("possessive", is_possessive(last.text));
    f.set("before_verb", lower(n) && (w == "announced" || w == "launched" || w == "today" || w == "has" ||
                                      w == "is" || w == "will" || w == "unveiled" || w == "introduced" ||
                                      w == "reported" || w == "provides" || w == "offers" || w == "was" ||
                                      w == "helps" || w == "announces" || w == "launches" || w == "partnered" ||
                                      w == "develops" || w == "specializes" || w == "recently" || w == "also"));
    f.set("said_after", lower(n) && (w == "said" || w == "says"));
    f.set("before_head_title", before_head_title(t, a, b));
    if (w == "," && b + 2 < t.size()) {
        const std::size_t k = b + 2;
        if (t[k].text == "a" || t[k].text == "an" || t[k].text == "the") {
            const DescribedAs what = described_as(t, k + 1);
            f.set("appositive_org_noun", what == DescribedAs::organisation);
            f.set("appositive_product_noun", what == DescribedAs::product);
        }
        if (t[k].text == "which" || t[k].text == "whose") f.set("appositive_which");
        if (t[k].text == "who") f.set("appositive_who");
    }
    if ((w == "is" || w == "was") && b + 2 < t.size() &&
        (t[b + 2].text == "a" || t[b + 2].text == "an" || t[b + 2].text == "the")) {
        const DescribedAs what = described_as(t, b + 3, 6);
        f.set("is_a_org_noun", what == DescribedAs::organisation);
        f.set("is_a_product_noun", what == DescribedAs::product);
    }
    f.set("before_org_noun", lower(n) && is_org_noun(w));
    // "AI tools", "SOC 2": an acronym naming a kind of thing
    f.set("acronym_modifier", a == b && last.allcaps && (lower(n) || n.has_digit) && !is_org_noun(w) &&
                                  w != "and" && w != "or" && w != "is" && w != "has" && w != "will");
    f.set("acronym_after", w == "(" && b + 3 < t.size() && t[b + 2].allcaps && t[b + 3].text == ")");
}

// Byte ranges of a paragraph inside quotation marks (a cheap scan; the quotes pass is
// for speech).
std::vector<std::pair<std::size_t, std::size_t>> quoted_ranges(const std::vector<Token>& t) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t open = npos;
    for (const Token& x : t) {
        const std::string_view w = x.text;
        if (w == "\xE2\x80\x9C" || (w == "\"" && open == npos)) open = x.begin;
        else if ((w == "\xE2\x80\x9D" || w == "\"") && open != npos) {
            out.emplace_back(open, x.end);
            open = npos;
        }
    }
    return out;
}

} // namespace

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

namespace {

// Where a run stands in a list of names ("A, B and C"): whether another name of the list
// looks like an organisation by its shape, and whether the list follows a plural such as
// "companies", "sponsors" or "investors" ("tech companies like A, B and C").
struct ListContext {
    bool with_organisation = false;
    bool after_org_plural = false;
    // the list's last run after a bare comma, holding the list's "and" ("A, B, C and D" read as
    // the runs A, B and "C and D"): its two sides are the list's last two items
    bool holds_the_lists_and = false;
};

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
            for (std::size_t k = i; k <= j; ++k) {
                out[k].with_organisation = shapes > (shaped[k - i] ? 1U : 0U); // another item has the shape
                out[k].after_org_plural = plural;
            }
            out[j].holds_the_lists_and = size >= 3 && runs[j].first == runs[j - 1].last + 2 &&
                                         t[runs[j - 1].last + 1].text == "," && and_between_names(t, runs[j]);
        }
        i = j + 1;
    }
    return out;
}

// "Senate Harbour Affairs Committee", "Senate Quillton Subcommittee": a chamber's
// committee is named with the chamber, which is no name of its own there
bool chamber_before_committee(const std::vector<Token>& t, std::size_t i, std::size_t last) {
    if (t[i].text != "Senate" && t[i].text != "House") return false;
    for (std::size_t k = i + 1; k <= last; ++k)
        if (!cap_word(t[k]) && !(lower(t[k]) && t[k].text == "and") && t[k].text != "," && t[k].text != "&")
            return false;
    const std::string_view tail = t[last].text;
    return last > i + 1 && (tail == "Committee" || tail == "Subcommittee" || tail == "Caucus");
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

struct SharedHeadName {
    std::string form;
    std::size_t offset = 0; // of its first word in the paragraph
    std::size_t head = 0;   // the token of the plural head-word
    std::size_t list = 0;   // the token that opens the list
};

// "the Harbour, Quill and Budget Committees", "the Senate Harbour and House Quill committees":
// bodies named together before their head-word in the plural, each its own name with the
// head-word in the singular ("Budget Committee"). Left out:
// - a one-word item before a longer last one, which shares its words ("the Quillton and East
//   Harbour Police Departments");
// - items that are head-words ("Senate and House committees"), whole names already (ending
//   in an institution's head-word or a legal form, not "Armed Services"), people or their
//   roles ("Quillbox President and CEO Dana Chambers"), peoples ("Quillish and Native
//   American sections"), places ("the Quillton and Harbourside offices"), a long name cut
//   ("... Harbour QHA Funds", its acronym's brackets lost), or kinds of people ("Quillers,
//   Tillers and Coast Guards");
// - a list in a heading or a bullet, or the subjects of an of-phrase ("Bureau of Harbour and
//   Quill Affairs");
// - one body's name in the plural: before a capitalised word, or a lower-case one in a text
//   that lost its apostrophes (a possessive: "the Food and Harbour Administrations ruling"),
//   before "of", "on", "for" or an acronym's bracket (named by its subject), or a name the
//   release or the corpora know whole ("Food and Harbour Administration");
// - after a lower-case plural ("the Quill Scouts and Harbour Club organizations"), items
//   that are not each a committee's subject after a word of its own: two words or more, not
//   ending in a plural or a place.
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

bool chunk_connector(const Token& t) {
    return (lower(t) && (run_connector(t.text) || t.text == "the")) || t.text == "&";
}

// The names a release's web and e-mail addresses are registered under ("www.quillbox.com",
// "dana@quillton-labs.co.uk": "quillbox", "quilltonlabs"): a firm's release gives its own.
std::unordered_set<std::string> domain_labels(const Document& doc) {
    std::unordered_set<std::string> out;
    for (const Paragraph& p : doc.paragraphs) {
        for (const Token& x : p.tokens) {
            const std::string_view w = x.text;
            if (x.kind != Tok::Word || w.find('.') == std::string_view::npos) continue;
            std::vector<std::string> labels;
            std::string cur;
            for (const char c : w) {
                if (c == '.') {
                    labels.push_back(std::move(cur));
                    cur.clear();
                } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    cur.push_back(c);
                } else if (c >= 'A' && c <= 'Z') {
                    cur.push_back(static_cast<char>(c + 32));
                } else if (c != '-') {
                    labels.clear();
                    break;
                }
            }
            labels.push_back(std::move(cur));
            if (labels.size() < 2) continue;
            const std::string& top = labels.back();
            if (top.size() < 2 || top.size() > 6 ||
                !std::all_of(top.begin(), top.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
                continue;
            std::size_t k = labels.size() - 2;
            static constexpr std::string_view generic[] = {"co", "com", "org", "net", "gov", "ac", "edu"};
            if (k > 0 && std::find(std::begin(generic), std::end(generic), labels[k]) != std::end(generic)) --k;
            // a platform the release links to ("facebook.com/quillbox") is no firm of the release's
            if (labels[k].size() >= 3 && labels[k] != "www" && !is_web_platform(labels[k])) out.insert(labels[k]);
        }
    }
    return out;
}

// "Quillton Harbour, Inc.": the release writes the name with a legal form after it somewhere
bool written_with_legal_form(const Document& doc, std::string_view name) {
    for (const Paragraph& p : doc.paragraphs) {
        const std::vector<Token>& t = p.tokens;
        for (std::size_t at = p.text.find(name); at != std::string::npos; at = p.text.find(name, at + 1)) {
            const std::size_t end = at + name.size();
            auto next = std::find_if(t.begin(), t.end(), [&](const Token& x) { return x.begin >= end; });
            if (next != t.end() && next->text == ",") ++next;
            if (next != t.end() && is_legal_suffix(next->text)) return true;
        }
    }
    return false;
}

// A name's letters and digits, run together ("Quillton Labs" -> "quilltonlabs")
std::string squashed(std::string_view key) {
    std::string out;
    for (const char c : key)
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(c);
    return out;
}

} // namespace

// "The post <title> appeared first on ...", "The source URL for this press release is <title>.":
// a feed's footer or a heading that copies the release's title. The copy's words are the
// title's, whose candidates are evidence (in_title), not mentions: a headline's words in title
// case ("Three Harbour Bank Leaders Paddle for a Cause") read as names. The byte ranges of
// the copies in a paragraph; a title of fewer than four words or 25 bytes has none.
std::vector<std::pair<std::size_t, std::size_t>> title_copies(std::string_view text, const Document& doc) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    const std::string_view title = trim(doc.title);
    if (title.size() < 25 || doc.title_tokens.size() < 4) return out;
    for (std::size_t at = text.find(title); at != std::string_view::npos; at = text.find(title, at + title.size()))
        out.emplace_back(at, at + title.size());
    return out;
}

OrgCandidates org_candidates(const Document& doc, const OrgContext& context) {
    const Vocabulary vocab = vocabulary_of(doc);

    struct Acc {
        OrgCandidate candidate;
        std::map<std::string_view, double> values;
        std::size_t mentions = 0;
        std::size_t mid_sentence = 0;
        std::size_t in_questions = 0;
    };
    std::unordered_map<std::string, std::size_t> index;
    std::vector<Acc> accs;
    const auto acc_for = [&](const std::string& form, std::size_t para, std::size_t offset) -> std::size_t {
        std::string key = org_key(form);
        if (key.empty() || key.size() > 120) return npos;
        auto [it, fresh] = index.emplace(key, accs.size());
        if (fresh) {
            Acc acc;
            acc.candidate.key = std::move(key);
            acc.candidate.first_para = para;
            acc.candidate.first_offset = offset;
            accs.push_back(std::move(acc));
        }
        Acc& acc = accs[it->second];
        if (std::find(acc.candidate.forms.begin(), acc.candidate.forms.end(), form) == acc.candidate.forms.end())
            acc.candidate.forms.push_back(form);
        return it->second;
    };

    OrgCandidates out;
    std::size_t piece_number = 0;
    std::vector<std::pair<std::size_t, SharedHeadName>> shared_names; // with their paragraph
    for (std::size_t pi = 0; pi < doc.paragraphs.size(); ++pi) {
        const Paragraph& para = doc.paragraphs[pi];
        const std::vector<Token>& t = para.tokens;
        if (t.empty()) continue;
        const bool heading = heading_paragraph(t);
        const bool about_para = fold_word(t[0].text) == "about" && t[0].initial_upper;
        const auto quoted = quoted_ranges(t);
        const Cutter cutter{t, context};
        const std::vector<Run> runs = cap_runs(t, vocab);
        const std::vector<ListContext> lists = list_contexts(t, runs);
        const auto copies = title_copies(para.text, doc);
        const std::vector<SharedHeadName> shared_head =
            names_sharing_plural_head(doc, t, para.text, vocab.apostrophes_lost);
        for (const SharedHeadName& n : shared_head) shared_names.emplace_back(pi, n);
        for (std::size_t ri = 0; ri < runs.size(); ++ri) {
            const Run& run = runs[ri];
            if (std::any_of(copies.begin(), copies.end(), [&](const auto& c) {
                    return t[run.first].begin >= c.first && t[run.last].end <= c.second;
                }))
                continue;
            // "(NYSE: ACME)", "(Photo: ...)": the words between a bracket and a colon label what
            // follows; an exchange listing a ticker is no mention of the exchange
            if (run.first > 0 && t[run.first - 1].text == "(" && run.last + 1 < t.size() && t[run.last + 1].text == ":")
                continue;
            std::vector<Run> pieces;
            cutter.cut(run.first, run.last, pieces);
            for (Run piece : pieces) {
                piece.first = after_organ(t, piece);
                piece.last = before_organ(t, piece);
                const std::size_t piece_id = piece_number++;
                // chunks: the words between connectors
                std::vector<Run> chunks;
                std::size_t start = piece.first;
                for (std::size_t i = piece.first; i <= piece.last; ++i) {
                    // "Orvell's Lindqvist Memorial Hospital": a possessive ends a chunk
                    if (i < piece.last && is_possessive(t[i].text) && t[i].kind == Tok::Word &&
                        !people_possessive(t[i].text) && !owner_named_business(t, i) &&
                        !brand_possessive(t, piece.first, i, vocab) &&
                        !(t[i + 1].text == without_possessive(t[i].text) && is_function_word(t[i + 1].text))) {
                        chunks.push_back({start, i});
                        start = i + 1;
                        continue;
                    }
                    // "Human Services Office of Inspector General": a head-word followed by
                    // another capitalised word may end one name where the next begins
                    if (i < piece.last && t[i].kind == Tok::Word && cap_word(t[i + 1]) &&
                        (org_head(t[i].text) == OrgHead::institution || org_head(t[i].text) == OrgHead::company) &&
                        org_head(t[i + 1].text) != OrgHead::company && !is_legal_suffix(t[i + 1].text) &&
                        !chamber_before_committee(t, i, piece.last)) {
                        chunks.push_back({start, i});
                        start = i + 1;
                        continue;
                    }
                    if (!chunk_connector(t[i]) && !office_in(t, i)) continue;
                    if (i > start) chunks.push_back({start, i - 1});
                    start = i + 1;
                }
                if (start <= piece.last) chunks.push_back({start, piece.last});
                const std::size_t max_chunks = chunks.size() > 6 ? 3 : chunks.size();
                for (std::size_t ci = 0; ci < chunks.size(); ++ci) {
                    for (std::size_t cj = ci; cj < chunks.size() && cj < ci + max_chunks; ++cj) {
                        const std::size_t first = chunks[ci].first;
                        const std::size_t last = chunks[cj].last;
                        if (t[first].kind != Tok::Word ||
                            (lower(t[first]) && !name_number(t[first]) && !lettered_number(t[first])) ||
                            (is_function_word(t[first].text) && !opens_place(t, first, last) &&
                             !opener_of_name(t, first, last)))
                            continue;
                        // "follow us on Facebook": a platform used as a service, not named as
                        // an organisation (the annotation guide leaves these out)
                        if (first == last && platform_used(t, first)) continue;
                        if (first == last && credential_after_degree(t, first)) continue;
                        // "Harbour and Budget Committees" names two committees, not one
                        if (std::any_of(shared_head.begin(), shared_head.end(),
                                        [&](const SharedHeadName& n) { return n.head == last && first >= n.list; }))
                            continue;
                        // "Dana and Tom", "Quill and Venn": two people by a word of their names;
                        // not a firm named after two ("Quill and Venn Highlights ..." in its
                        // own release's title)
                        if (first + 2 == last && t[first + 1].text == "and" &&
                            person_word(t[first], context.people) && person_word(t[last], context.people)) {
                            const std::string pair(without_possessive(
                                squeeze_spaces(para.text.substr(t[first].begin, t[last].end - t[first].begin))));
                            if (!is_known_organisation(org_key(pair)) && doc.title.find(pair) == std::string::npos)
                                continue;
                        }
                        // "Quillbox Inc. and Vellmark Co.": two names, never one ("&" joins
                        // more often than it lists: "Quill Apparel & Footwear Association")
                        if (std::any_of(chunks.begin() + static_cast<std::ptrdiff_t>(ci) + 1,
                                        chunks.begin() + static_cast<std::ptrdiff_t>(cj) + 1, [&](const auto& c) {
                                            const std::size_t k = c.first - 1;
                                            return t[k].text == "and" &&
                                                   names_on_both_sides(para.text, t, first, k, last);
                                        }))
                            continue;
                        // "EVs", "LLMs", "OEMs": an acronym in the plural names a kind of thing
                        // (but "the FBIs Newark Division", its apostrophe lost, is the FBI's)
                        if (first == last && plural_acronym(t[first].text) &&
                            !(vocab.apostrophes_lost && first + 1 < t.size() && cap_word(t[first + 1])))
                            continue;
                        std::string form;
                        const std::string_view text(para.text);
                        // "Chief of the Fairfax County, Virginia, Police Department": the office is
                        // named from its place on
                        const bool state_left_out =
                            run.state_first != 0 && first < run.state_first && last > run.state_last + 1;
                        const auto title_word = [&](std::size_t k) {
                            return is_role_noun(t[k].text) || is_role_modifier(t[k].text) || t[k].text == "of" ||
                                   t[k].text == "the";
                        };
                        if (state_left_out && title_word(first)) continue;
                        bool after_title = first > piece.first && run.state_first != 0;
                        for (std::size_t k = piece.first; after_title && k < first; ++k) after_title = title_word(k);
                        if (state_left_out) {
                            // "Harris County Sheriffs Office", the state left out
                            form = squeeze_spaces(text.substr(t[first].begin, t[run.state_first].begin - t[first].begin)) +
                                   " " +
                                   squeeze_spaces(text.substr(t[run.state_last + 2].begin,
                                                              t[last].end - t[run.state_last + 2].begin));
                        } else {
                            form = squeeze_spaces(text.substr(t[first].begin, t[last].end - t[first].begin));
                        }
                        // ... but "at Quillton Children's." or "Quillton Children's and ..."
                        // keeps it: a hospital's name, with no noun after it that it would own
                        // ("Federation of Quill Women's award")
                        if ((!people_possessive(t[last].text) ||
                             (last + 1 < t.size() && t[last + 1].kind == Tok::Word &&
                              !(lower(t[last + 1]) && is_function_word(t[last + 1].text)))) &&
                            !trade_name_possessive(doc, t, last))
                            form = std::string(without_possessive(form));
                        if (last == run.last && run.bare_possessive_end && form.ends_with('s')) form.pop_back();
                        if (form.size() < 2) continue;
                        const std::size_t ai = acc_for(form, pi, t[first].begin);
                        if (ai == npos) continue;
                        Acc& acc = accs[ai];
                        MentionFeatures f;
                        const bool in_quote = std::any_of(quoted.begin(), quoted.end(), [&](const auto& r) {
                            return t[first].begin >= r.first && t[first].begin < r.second;
                        });
                        const bool about = about_para && first <= 1;
                        const bool lost_possessive_s = last == run.last && run.bare_possessive_end;
                        if (acc.mentions == 0 && (state_left_out || lost_possessive_s)) {
                            // the name's shape, without the state's words and commas, or
                            // without the "s" of a possessive that lost its apostrophe
                            // ("FBIs", an acronym, not a word with an inner capital)
                            const std::vector<Token> ft = tokenize(form);
                            if (!ft.empty()) shape_features(ft, 0, ft.size() - 1, f);
                        } else if (acc.mentions == 0) {
                            shape_features(t, first, last, f);
                        }
                        context_features(t, first, last, f);
                        if (lost_possessive_s) f.set("possessive");
                        // a name cut from the next one at a head-word ("...Services | Office of...")
                        f.set("after_head_boundary", first > piece.first && org_head(t[first - 1].text) != OrgHead::none &&
                                                         cap_word(t[first - 1]));
                        f.set("before_head_boundary", last < piece.last && org_head(t[last].text) != OrgHead::none &&
                                                          cap_word(t[last + 1]));
                        // "Aapex Cleaning and Quill Environmental", "the EPA and the State
                        // Department of X": one side of a coordination is a name of its own
                        const auto is_and = [&](std::size_t k) { return t[k].text == "and" || t[k].text == "&"; };
                        f.set("conjunct", (first > piece.first && is_and(first - 1) && last == piece.last &&
                                           !coordinated_subject(t, first - 1, piece.last)) ||
                                              (first == piece.first && last < piece.last && is_and(last + 1) &&
                                               !coordinated_subject(t, last + 1, piece.last)));
                        f.set("heading", heading && !about);
                        f.set("about", about);
                        // "..., Zentora, Quill Cable and Vellmark": the two sides of the list's
                        // last "and" are its items, not the names joined, unless the corpora know
                        // the joined name ("Procter and Gamble")
                        const bool whole = first == piece.first && last == piece.last;
                        const bool lists_and_side =
                            lists[ri].holds_the_lists_and && !is_known_organisation(org_key(squeeze_spaces(
                                std::string_view(para.text).substr(t[piece.first].begin, t[piece.last].end - t[piece.first].begin))));
                        const bool list_side = lists_and_side && ((first > piece.first && is_and(first - 1) && last == piece.last) ||
                                                                  (first == piece.first && last < piece.last && is_and(last + 1)));
                        f.set("list_with_organisation",
                              lists[ri].with_organisation && ((whole && !lists_and_side) || list_side));
                        f.set("list_of_organisations", lists[ri].after_org_plural && first == piece.first && last == piece.last);
                        ++acc.mentions;
                        if (f.values.count("mid_sentence")) ++acc.mid_sentence;
                        for (const auto& [name, value] : f.values) acc.values[name] = std::max(acc.values[name], value);
                        if ((first == piece.first || after_title) && last == piece.last) acc.values["whole_piece"] = 1.0;
                        if ((first > piece.first && is_and(first - 1) && last == piece.last &&
                             names_on_both_sides(text, t, piece.first, first - 1, last)) ||
                            (first == piece.first && last < piece.last && is_and(last + 1) &&
                             names_on_both_sides(text, t, first, last + 1, piece.last)))
                            acc.values["whole_piece"] = 1.0;
                        if (!in_quote) acc.values["outside_quote"] = 1.0;
                        if (in_title_case_question(t, first)) ++acc.in_questions;
                        if (!ticker_position(t, first, last)) acc.values["outside_ticker"] = 1.0;
                        if (first > 0 && is_honorific(t[first - 1].text)) acc.values["after_honorific"] = 1.0;
                        if (first > 0 && personal_address(t[first - 1].text)) acc.values["after_address"] = 1.0;
                        // "President Quill has proposed": one word right after a capitalised
                        // title's noun is a person's surname (weighed by train-extract --fit-new)
                        if (first == last && first > 0 && !t[first].allcaps && t[first - 1].initial_upper &&
                            is_role_noun(t[first - 1].text) && org_head(t[first].text) == OrgHead::none)
                            acc.values["after_title_noun"] = 1.0;
                        if (role_appositive(t, last)) acc.values["role_appositive"] = 1.0;
                        // "Dana Quill, M.D., ...": a degree after a comma is a person's
                        if (last + 2 < t.size() && t[last + 1].text == "," && is_postnominal(t[last + 2].text))
                            acc.values["degree_after"] = 1.0;
                        out.mentions.push_back({piece_id, first, last, ai});
                    }
                }
            }
        }
    }
    // the names that share a plural head-word, the text never writing them whole
    for (const auto& [pi, n] : shared_names)
        if (const std::size_t i = acc_for(n.form, pi, n.offset); i != npos) accs[i].values["shared_plural_head"] = 1.0;
    // the title: a mention there is evidence, not a candidate of its own
    const std::string padded_title = " " + org_key(doc.title) + " ";
    for (Acc& acc : accs)
        if (padded_title.find(" " + acc.candidate.key + " ") != std::string::npos) acc.values["in_title"] = 1.0;
    // "visit quillbox.com": a name the release's own web or e-mail address spells is a firm's
    // or its product's (weighed by train-extract --fit-new)
    if (const std::unordered_set<std::string> domains = domain_labels(doc); !domains.empty())
        for (Acc& acc : accs)
            if (const std::string letters = squashed(acc.candidate.key);
                letters.size() >= 3 && domains.contains(letters) && !acc.values.count("person_name") &&
                !acc.values.count("first_given") && // a person's own site
                !(context.people && context.people->knows(acc.candidate.forms.front())))
                acc.values["domain_name"] = 1.0;
    // acronym definitions: both sides
    for (const AcronymDef& def : context.acronyms) {
        if (const std::size_t i = acc_for(def.long_form, npos, 0); i != npos) accs[i].values["long_form"] = 1.0;
        if (const std::size_t i = acc_for(def.acronym, npos, 0); i != npos) {
            accs[i].values["acronym_defined"] = 1.0;
            // "Notice of Proposed Rulemaking (NPRM)": the acronym of a term is a term's, though
            // the corpora know a body by the same letters ("Human Capital Management (HCM)")
            if (const std::string long_key = org_key(def.long_form);
                is_corpus_term(long_key) && !is_known_organisation(long_key))
                accs[i].values["acronym_of_term"] = 1.0;
        }
    }
    // a speaker's organisation, as its runs cut it ("Department of Justices Criminal Division"
    // is the Criminal Division), and a unit rather than its parent ("Audit Division of the
    // Department of Harbour Affairs" is the Audit Division)
    for (const std::string& org : context.speaker_organisations) {
        const std::vector<Token> ot = tokenize(org);
        const std::vector<Run> runs = cap_runs(ot, vocab);
        if (runs.empty()) continue;
        std::size_t last = runs.back().last;
        if (const std::size_t k = unit_before_parent(ot, runs.back().first, last); k != npos)
            last = k;
        std::string form(squeeze_spaces(std::string_view(org).substr(ot[runs.back().first].begin,
                                                                      ot[last].end - ot[runs.back().first].begin)));
        if (const std::size_t i = acc_for(std::string(without_possessive(form)), npos, 0); i != npos)
            accs[i].values["speaker_org"] = 1.0;
    }
    // a single ordinary word capitalised only because it opens a sentence ("Todays",
    // "Exposure") is no candidate at all
    std::vector<std::size_t> renumber(accs.size(), npos);
    const std::unordered_set<std::string> aged = people_with_age(doc);
    out.candidates.reserve(accs.size());
    std::vector<bool> no_words(accs.size(), false); // a form that tokenizes to nothing
    for (std::size_t ai = 0; ai < accs.size(); ++ai) {
        Acc& acc = accs[ai];
        if (acc.mentions == 0) {
            const std::vector<Token> ft = tokenize(acc.candidate.forms.front());
            no_words[ai] = ft.empty();
            if (ft.empty()) continue;
            MentionFeatures f;
            shape_features(ft, 0, ft.size() - 1, f);
            for (const auto& [name, value] : f.values) acc.values[name] = value;
        }
        // "Managed Threat Detection and Response (MTDR)": a long form of ordinary words
        // with no head-word defines a term more often than a body
        if (acc.values.count("long_form") && acc.values.count("common_all_no_head") && acc.values.count("no_proper_word") &&
            !named_after_its_members(acc.candidate.forms.front()))
            acc.values["term_long_form"] = 1.0;
    }
    // ... and so does its acronym, which a release goes on to use alone (weighed by
    // train-extract --fit-new)
    for (const AcronymDef& def : context.acronyms)
        if (const auto l = index.find(org_key(def.long_form)), a = index.find(org_key(def.acronym));
            l != index.end() && a != index.end() && l->second != a->second &&
            accs[l->second].values.count("term_long_form") && !written_with_legal_form(doc, def.long_form))
            accs[a->second].values["acronym_of_plain_words"] = 1.0;
    // "Quillbox Cloud" where "Quillbox" stands alone too: a name that goes on from another
    // candidate's, with no head-word or legal form of its own, names its product or service
    // (a brand's one rare word, not a place's or a person's name: "Quillton Rovers", "Quill
    // Public Relations")
    std::unordered_set<std::string> standing_alone;
    for (const Acc& acc : accs) {
        if (acc.mentions == 0 || !acc.values.count("whole_piece") || acc.candidate.key.find(' ') != std::string::npos)
            continue;
        // the brand's word, without the legal form after it ("Quillbox, Inc.")
        const std::string& form = acc.candidate.forms.front();
        const std::string word = form.substr(0, form.find_first_of(" ,"));
        if ((acc.values.count("rare_single") ||
             (acc.values.count("legal_suffix") && !is_legal_suffix(word) && org_head(word) == OrgHead::none)) &&
            !is_given_name(word) && !is_surname(word) && !is_demonym(acc.candidate.key) && !is_place(word) &&
            !is_corpus_place(acc.candidate.key) && !vocab.towns.contains(acc.candidate.key) &&
            !(context.people && context.people->knows(word)))
            standing_alone.insert(acc.candidate.key);
    }
    for (Acc& acc : accs) {
        if (standing_alone.empty()) break;
        const std::string& key = acc.candidate.key;
        bool extends = false;
        for (std::size_t sp = key.find(' '); sp != std::string::npos && !extends; sp = key.find(' ', sp + 1))
            extends = standing_alone.contains(key.substr(0, sp));
        if (!extends) continue;
        // (nor a branch's "Quill Motors of Harbourton", a web address's "Quillbox.com", a name
        // the corpora know as a body's, or one with a firm's mark: a head-word, a legal form,
        // an ampersand)
        if (acc.values.count("legal_suffix") || acc.values.count("words_1") || key.find(" of ") != std::string::npos ||
            is_known_organisation(key) ||
            std::any_of(acc.candidate.forms.begin(), acc.candidate.forms.end(), has_a_firms_mark))
            continue;
        // (a plural closing it names a line of business, as a company is named: "Quillbox
        // Medicines", "Quillbox Securities")
        if (key.ends_with("s") && !key.ends_with("ss") && !key.ends_with("us") && !key.ends_with("is")) continue;
        acc.values["extends_other"] = 1.0;
    }
    for (std::size_t ai = 0; ai < accs.size(); ++ai) {
        Acc& acc = accs[ai];
        if (no_words[ai]) continue;
        if (acc.mentions > 0 && !acc.values.count("mid_sentence") && acc.values.count("common_single") &&
            !acc.values.count("acronym_defined") && !acc.values.count("speaker_org"))
            continue;
        // "the Eastern District of Vellmark" is a territory, as a place is: the body is the court
        // or the office for it; "Hurricane Quill" is a storm
        if (acc.values.count("jurisdiction") ||
            (storm_war_or_degree(acc.candidate.key) && !is_known_organisation(acc.candidate.key)) ||
            title_of_law(acc.candidate.key))
            continue;
        if (dotted_abbreviation(acc.candidate.key) || party_and_state(acc.candidate.forms.front()) ||
            lone_company_head(acc.candidate.forms.front()) || lone_suffix(acc.candidate.forms.front()) ||
            is_non_organisation(acc.candidate.forms.front()) || non_organisations_listed(acc.candidate.forms.front()) ||
            party_that_is_no_party(acc.candidate.forms.front()) || field_of_work_name(acc.candidate.forms.front()) ||
            (award_category(acc.candidate.forms.front()) && !is_known_organisation(acc.candidate.key)) ||
            presidency(acc.candidate.forms.front(), context.people))
            continue;
        // "Dr. Dana Quill", or a person the release names ("Dana Quill, executive director,
        // ..."): a person written as one, no organisation (not "Dana Quill College, president
        // ...": a head-word or a legal form names a body, and so does a known organisation)
        if (person_shaped(acc.candidate.forms.front()) && !is_known_organisation(acc.candidate.key)) {
            const std::string& form = acc.candidate.forms.front();
            const bool known_person = context.people && context.people->knows(form);
            if ((acc.values.count("after_honorific") && (known_person || starts_with_given_name(form))) ||
                (acc.values.count("role_appositive") && known_person) || acc.values.count("degree_after") ||
                name_with_middle_initial(form))
                continue;
        }
        // "the novel Quill Harbour": a name after a work's noun is the work's title, no body,
        // unless a legal form, a head-word or the corpora say it names one ("the book
        // Quillton Press Ltd. published")
        if (acc.values.count("after_work_noun") && !acc.values.count("legal_suffix") && !acc.values.count("acronym") &&
            !is_known_organisation(acc.candidate.key) &&
            std::none_of(acc.candidate.forms.begin(), acc.candidate.forms.end(), [](const std::string& form) {
                const std::vector<Token> ft = tokenize(form);
                return std::any_of(ft.begin(), ft.end(), [](const Token& x) {
                    return org_head(x.text) != OrgHead::none || is_legal_suffix(x.text);
                });
            }))
            continue;
        // "Mr. Quill", "Dr. Venn": a surname after a form of address is a person's
        if (acc.values.count("after_address") && acc.candidate.key.find(' ') == std::string::npos &&
            !acc.values.count("acronym") && !is_known_organisation(acc.candidate.key))
            continue;
        if (!aged.empty() && aged.contains(acc.candidate.key) && !is_known_organisation(acc.candidate.key) &&
            (acc.candidate.key.find(' ') == std::string::npos || person_shaped(acc.candidate.forms.front())))
            continue;
        // a person who goes by the surname, named in full or by the surname ("Quill's book")
        if (context.people) {
            const std::string& form = acc.candidate.forms.front();
            const std::string full = form.find(' ') == std::string::npos
                                         ? context.people->resolve(form, acc.candidate.first_para)
                                         : form;
            if ((full == form || full.ends_with(" " + form)) && context.people->knows(full) &&
                goes_by_surname(doc, full))
                continue;
        }
        renumber[ai] = out.candidates.size();
        acc.values["mentions_2"] = acc.mentions == 2 ? 1.0 : 0.0;
        acc.values["mentions_3plus"] = acc.mentions >= 3 ? 1.0 : 0.0;
        acc.values["no_mention"] = acc.mentions == 0 ? 1.0 : 0.0;
        if (acc.mentions > 0 && !acc.values.count("mid_sentence")) acc.values["only_sentence_start"] = 1.0;
        if (acc.mid_sentence >= 2) acc.values["mid_sentence_2plus"] = 1.0;
        if (acc.mentions > 0 && !acc.values.count("whole_piece")) acc.values["only_part"] = 1.0;
        if (acc.mentions > 0 && !acc.values.count("outside_quote")) acc.values["only_in_quotes"] = 1.0;
        if (acc.mentions > 0 && !acc.values.count("outside_ticker")) acc.values["only_ticker"] = 1.0;
        // every mention in a title-case question (weighed by train-extract --fit-new)
        if (acc.mentions > 0 && acc.in_questions == acc.mentions) acc.values["only_in_questions"] = 1.0;
        acc.values.erase("mid_sentence");
        acc.values.erase("sentence_start");
        acc.values.erase("whole_piece");
        acc.values.erase("outside_quote");
        acc.values.erase("outside_ticker");
        acc.values.erase("after_honorific");
        acc.values.erase("degree_after");
        acc.values.erase("after_address");
        acc.values.erase("after_work_noun");
        acc.values.erase("role_appositive");
        if (context.people && context.people->knows(acc.candidate.forms.front()))
            acc.values["person_name"] = 1.0;
        else if (context.people && context.people->may_be_person(acc.candidate.forms.front()))
            acc.values["person_like"] = 1.0;
        // "Image Management System" in a heading, "image management system" in the text: a
        // description in title case, not a name
        if (const std::string& form = acc.candidate.forms.front(); form.find(' ') != std::string::npos) {
            std::string lowered = form;
            for (char& c : lowered)
                if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
            if (lowered != form && std::any_of(doc.paragraphs.begin(), doc.paragraphs.end(), [&](const Paragraph& p) {
                    return p.text.find(lowered) != std::string::npos;
                }))
                acc.values["written_lower_case"] = 1.0;
        }
        // "Venn" or "Carlotta" after "Dr. Carlotta Venn", "Ruiz Venn" after "Marta Ruiz Venn": one
        // word of, or the last words of, a full name the release's people know is a later
        // mention of that person
        if (context.people) {
            const std::string& form = acc.candidate.forms.front();
            const std::string full = context.people->resolve(form, acc.candidate.first_para);
            const bool one_word = form.find(' ') == std::string::npos;
            if (full != form && full.find(' ') != std::string::npos && (one_word || full.ends_with(" " + form)) &&
                context.people->knows(full))
                acc.values["person_mention"] = 1.0;
        }
        for (const std::string& s : context.speakers)
            // the speaker's name, or the surname a quoted person goes by ("said Quill")
            if (const std::string key = org_key(s);
                key == acc.candidate.key || (acc.candidate.key.find(' ') == std::string::npos &&
                                             key.ends_with(" " + acc.candidate.key)))
                acc.values["speaker_name"] = 1.0;
        // "a Nevada Corporation" describes where a company is registered
        // ... and "Canadian", "Iraqis" alone describe as a place does
        if (is_place(acc.candidate.forms.front()) || is_place(acc.candidate.key) ||
            is_corpus_place(acc.candidate.key) || place_phrase(acc.candidate.forms.front()) ||
            is_demonym(acc.candidate.key) || vocab.towns.contains(acc.candidate.key))
            acc.values["place"] = 1.0;
        // "Press Office", "Emergency Medical Services": words that other releases write in
        // lower case as often as not name a kind of thing, not one body ("Federal Aviation
        // Administration" never is); a legal form or the corpora's own record of the name says
        // otherwise
        if (is_corpus_term(acc.candidate.key) && !acc.values.count("legal_suffix") &&
            !is_known_organisation(acc.candidate.key))
            acc.values["corpus_term"] = 1.0;
        if (is_known_organisation(acc.candidate.key)) {
            acc.values["known_org"] = 1.0;
            // "ships its parts to Textron": a company's one-word name that no dictionary
            // writes in lower case is a name wherever it stands, cue or none. Not an acronym
            // ("CERT", often a term), a web address or platform (a wire's or a link's), a
            // person's name, a head-word or a word of the language ("Apple", "Internet")
            const std::string& form = acc.candidate.forms.front();
            const std::vector<Token> ft = tokenize(form);
            if (ft.size() == 1 && !ft[0].allcaps && form.find('.') == std::string::npos && !is_web_platform(form) &&
                !is_given_name(form) && !is_surname(form) && compound_lower_case_share(form) < 10 &&
                org_head(form) == OrgHead::none)
                acc.values["known_name"] = 1.0;
            // "Charles Schwab", "Eli Lilly": a known body's name shaped like a person's, with no
            // head-word to say what it is
            if ((acc.values.count("person_like") || acc.values.count("first_given")) &&
                !acc.values.count("head_last_institution") && !acc.values.count("head_last_company"))
                acc.values["known_person_like"] = 1.0;
        }
        for (const auto& [name, value] : acc.values) acc.candidate.features.set(name, value);
        out.candidates.push_back(std::move(acc.candidate));
    }
    std::vector<OrgMention> kept;
    kept.reserve(out.mentions.size());
    for (OrgMention m : out.mentions) {
        if (renumber[m.candidate] == npos) continue;
        m.candidate = renumber[m.candidate];
        kept.push_back(m);
    }
    out.mentions = std::move(kept);
    return out;
}

} // namespace pressdex::extract::detail
