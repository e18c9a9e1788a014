#include "indexer/extract/org_mention_features.hpp"

#include "indexer/extract/data_tables.hpp"
#include "indexer/extract/lexicon.hpp"
#include "indexer/extract/names.hpp"
#include "indexer/extract/org_candidates.hpp"
#include "indexer/extract/org_forms.hpp"
#include "indexer/extract/org_pieces.hpp"
#include "indexer/extract/org_runs.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace pressdex::extract::detail {

namespace {

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

// "?" ending a question, not a letter the text's encoding lost inside a word
bool question_mark(const std::vector<Token>& t, std::size_t k) {
    return t[k].text == "?" && (k + 1 == t.size() || t[k + 1].begin > t[k].end);
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

} // namespace

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

bool title_case_word(const Token& x) {
    if (x.kind != Tok::Word || x.initial_upper || x.has_digit) return true;
    const std::string_view w = x.text;
    return is_connector(w) || w == "a" || w == "an" || w == "to" || w == "with" || w == "by" || w == "from" ||
           w == "or" || w == "as" || w == "vs";
}

bool ends_title_case_sentence(const std::vector<Token>& t, std::size_t k) {
    return t[k].text == "." || t[k].text == "!" || question_mark(t, k) || t[k].text == ":" || is_quote_tok(t[k].text);
}

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

} // namespace pressdex::extract::detail
