#include "indexer/extract/acronyms.hpp"

#include "indexer/extract/lexicon.hpp"
#include "indexer/extract/names.hpp"

#include <algorithm>
#include <cctype>

namespace pressdex::extract::detail {
namespace {

char lower_ascii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
bool alnum_ascii(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool is_quote_tok(std::string_view w) {
    return w == "\"" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D" || w == "'" ||
           w == "\xE2\x80\x98" || w == "\xE2\x80\x99";
}

// "QuillMediaWire" of "QMW": one word whose capitals spell the acronym, a name written in
// camel case (not "KangaMoon" of a ticker "KANG")
bool camel_case_long_form(std::string_view acronym, std::string_view word) {
    if (word.size() < acronym.size() + 3 || !(word[0] >= 'A' && word[0] <= 'Z')) return false;
    std::string capitals;
    bool has_lower = false;
    for (const char c : word) {
        if (c >= 'A' && c <= 'Z') capitals.push_back(c);
        else if (c >= 'a' && c <= 'z') has_lower = true;
        else if (!(c >= '0' && c <= '9')) return false;
    }
    return has_lower && capitals.size() >= 2 && capitals == acronym;
}

// a word in capitals of 2 to 8 letters, as an acronym without brackets is written
bool initialism(const Token& w) {
    return w.kind == Tok::Word && w.allcaps && w.text.size() >= 2 && w.text.size() <= 8 &&
           std::all_of(w.text.begin(), w.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool long_form_joiner(std::string_view w) {
    return w == "of" || w == "for" || w == "and" || w == "the" || w == "on" || w == "at" || w == "&";
}

// Whether the initials of t[j..last] spell acr from its letter m on: each of the long form's
// words gives its first letter, and a joiner its first letter or none, as scraped texts
// spell "Department of Harbours DOH" and "Office of Quill Affairs OQA" alike.
bool initials_spell(const std::vector<Token>& t, std::size_t j, std::size_t last, std::string_view acr,
                    std::size_t m, bool (*long_form_word)(const Token&)) {
    if (j > last) return m == acr.size();
    const Token& w = t[j];
    const bool gives = m < acr.size() && lower_ascii(w.text[0]) == lower_ascii(acr[m]);
    if (long_form_word(w)) return gives && initials_spell(t, j + 1, last, acr, m + 1, long_form_word);
    if (!long_form_joiner(w.text)) return false;
    return initials_spell(t, j + 1, last, acr, m, long_form_word) ||
           (gives && initials_spell(t, j + 1, last, acr, m + 1, long_form_word));
}

bool capitalised_word(const Token& w) { return w.kind == Tok::Word && w.initial_upper; }
bool capitalised_not_in_capitals(const Token& w) { return capitalised_word(w) && !w.allcaps; }

} // namespace

std::string match_long_form(std::string_view s, std::string_view l) {
    if (s.empty() || l.empty()) return {};
    long si = static_cast<long>(s.size()) - 1;
    long li = static_cast<long>(l.size()) - 1;
    while (si >= 0) {
        const char c = lower_ascii(s[static_cast<std::size_t>(si)]);
        if (!alnum_ascii(c)) {
            --si;
            continue;
        }
        while ((li >= 0 && lower_ascii(l[static_cast<std::size_t>(li)]) != c) ||
               (si == 0 && li > 0 && alnum_ascii(l[static_cast<std::size_t>(li - 1)])))
            --li;
        if (li < 0) return {};
        --li;
        --si;
    }
    const std::size_t start = (li < 0) ? 0 : l.rfind(' ', static_cast<std::size_t>(li + 1));
    const std::size_t b = (start == std::string_view::npos || li < 0) ? 0 : start + 1;
    return std::string(trim(l.substr(b)));
}

bool acronym_like(std::string_view w) {
    if (w.size() < 2 || w.size() > 10) return false;
    if (!alnum_ascii(w[0])) return false;
    int up = 0;
    int low = 0;
    for (char c : w) {
        if (c >= 'A' && c <= 'Z') ++up;
        else if (c >= 'a' && c <= 'z') ++low;
        else if (!(c >= '0' && c <= '9') && c != '&' && c != '-' && c != '.') return false;
    }
    return up >= 2 && low <= up;
}

std::size_t unbracketed_long_form(const std::vector<Token>& t, std::size_t i) {
    const std::string_view acr = t[i].text;
    if (i == 0 || !initialism(t[i])) return no_long_form;
    if (!capitalised_word(t[i - 1])) return no_long_form;
    // the shortest run of words and joiners before the acronym that spells it, a word first
    for (std::size_t k = i - 1; k + acr.size() * 2 >= i; --k) {
        if (capitalised_word(t[k])) {
            if (k + 1 < i && initials_spell(t, k, i - 1, acr, 0, capitalised_word)) return k;
        } else if (!long_form_joiner(t[k].text)) {
            return no_long_form;
        }
        if (k == 0) break;
    }
    return no_long_form;
}

std::size_t unbracketed_long_form_after(const std::vector<Token>& t, std::size_t i) {
    const std::string_view acr = t[i].text;
    if (!initialism(t[i]) || i + 1 >= t.size() || !capitalised_not_in_capitals(t[i + 1])) return no_long_form;
    // the shortest run of words and joiners after the acronym that spells it, a word last
    std::size_t last = no_long_form;
    for (std::size_t j = i + 1; j < t.size() && j <= i + acr.size() * 2; ++j) {
        if (capitalised_not_in_capitals(t[j])) {
            if (initials_spell(t, i + 1, j, acr, 0, capitalised_not_in_capitals)) {
                last = j;
                break;
            }
        } else if (!long_form_joiner(t[j].text)) {
            break;
        }
    }
    if (last == no_long_form) return no_long_form;
    if (last + 1 < t.size() && t[last + 1].kind == Tok::Word && t[last + 1].initial_upper) return no_long_form;
    // "ESI Energy Services Inc.": a company's whole name, its acronym a part of it
    if (is_legal_suffix(t[last].text)) return no_long_form;
    return last;
}

std::vector<AcronymDef> find_acronym_defs(std::string_view p, const std::vector<Token>& t) {
    std::vector<AcronymDef> out;
    const std::size_t n = t.size();
    for (std::size_t i = 0; i < n; ++i) {
        // the acronym t[i] and its long form t[first..last], the brackets lost
        const auto unbracketed = [&](std::size_t first, std::size_t last) {
            AcronymDef d;
            d.long_form = squeeze_spaces(p.substr(t[first].begin, t[last].end - t[first].begin));
            d.acronym = std::string(t[i].text);
            d.position = t[first].begin;
            d.org_hint = d.long_form.find('&') != std::string::npos;
            out.push_back(std::move(d));
        };
        // (3) Long Form LF; not when another acronym opens the words, unless all are in
        // capitals ("the Departments of State QXS and Harbour Security QHS": a list the
        // scrape joined, "QXS and Harbour Security" no long form)
        if (const std::size_t k = unbracketed_long_form(t, i); k != no_long_form) {
            if (t[k].allcaps == t[i - 1].allcaps) unbracketed(k, i - 1);
            continue;
        }
        if (const std::size_t e = unbracketed_long_form_after(t, i); e != no_long_form) {
            unbracketed(i + 1, e); // (4) LF Long Form
            continue;
        }
        if (t[i].text != "(") continue;
        // inside tokens up to ")"
        std::size_t j = i + 1;
        while (j < n && j < i + 40 && t[j].text != ")") ++j;
        if (j >= n || t[j].text != ")") continue;
        std::size_t a = i + 1;
        std::size_t b = j; // exclusive
        while (a < b && (is_quote_tok(t[a].text) || t[a].text == "the" || t[a].text == "The")) ++a;
        while (b > a && is_quote_tok(t[b - 1].text)) --b;
        if (a >= b) continue;
        if (b - a == 1 && acronym_like(t[a].text) && a == i + 1 && i > 0 &&
            camel_case_long_form(t[a].text, t[i - 1].text)) {
            // (1) LongForm (LF), one word in camel case
            AcronymDef d;
            d.long_form = std::string(t[i - 1].text);
            d.acronym = std::string(t[a].text);
            d.position = t[i - 1].begin;
            out.push_back(std::move(d));
        } else if (b - a == 1 && i > 0 && acronym_like(t[i - 1].text) &&
                   camel_case_long_form(t[i - 1].text, t[a].text)) {
            // (2) LF (LongForm)
            AcronymDef d;
            d.long_form = std::string(t[a].text);
            d.acronym = std::string(t[i - 1].text);
            d.position = t[a].begin;
            out.push_back(std::move(d));
        } else if (b - a == 1 && acronym_like(t[a].text)) {
            // (1) Long Form (LF)
            const std::string_view acr = t[a].text;
            std::size_t letters = 0;
            for (char c : acr)
                if (alnum_ascii(c)) ++letters;
            const std::size_t max_words = std::min(letters + 5, letters * 2);
            std::size_t k = i;
            std::size_t words = 0;
            while (k > 0 && words < max_words) {
                const Token& pt = t[k - 1];
                if (pt.text == "." || pt.text == "(" || pt.text == ")" || pt.text == ";" ||
                    pt.text == ":" || is_quote_tok(pt.text) || pt.text == ",")
                    break;
                if (pt.kind == Tok::Word) ++words;
                --k;
            }
            if (k >= i) continue;
            const std::string_view cand = p.substr(t[k].begin, t[i - 1].end - t[k].begin);
            // "the Quill Harbour Association's (QHA) meeting": the long form without its possessive
            std::string lf(without_possessive(match_long_form(acr, cand)));
            if (starts_with_ci(lf, "the ")) lf.erase(0, 4);
            if (lf.empty() || lf.find(' ') == std::string::npos) continue;
            if (!(lf[0] >= 'A' && lf[0] <= 'Z') && !(static_cast<unsigned char>(lf[0]) >= 0x80)) continue;
            AcronymDef d;
            d.long_form = lf;
            d.acronym = std::string(acr);
            d.position = static_cast<std::size_t>(cand.data() - p.data()) + (cand.size() - lf.size());
            d.org_hint = lf.find('&') != std::string::npos;
            out.push_back(std::move(d));
        } else if (b - a >= 2 && i > 0 && acronym_like(t[i - 1].text)) {
            // (2) LF (Long Form)
            const std::string_view acr = t[i - 1].text;
            const std::string_view inside = p.substr(t[a].begin, t[b - 1].end - t[a].begin);
            std::string lf = match_long_form(acr, inside);
            if (lf.empty() || lf != std::string(trim(inside))) continue;
            if (!(lf[0] >= 'A' && lf[0] <= 'Z')) continue;
            AcronymDef d;
            d.long_form = lf;
            d.acronym = std::string(acr);
            d.position = t[a].begin;
            d.org_hint = lf.find('&') != std::string::npos;
            out.push_back(std::move(d));
        }
    }
    return out;
}

} // namespace pressdex::extract::detail
