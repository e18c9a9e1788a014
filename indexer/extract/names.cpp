#include "indexer/extract/names.hpp"

#include "indexer/extract/lexicon.hpp"

namespace pressdex::extract::detail {

bool is_initial(const Token& t) {
    if (t.kind != Tok::Word || !t.initial_upper) return false;
    const std::string_view w = t.text;
    if (w.size() == 2 && w[1] == '.') return true;                  // M.
    if (w.size() <= 5 && w.back() == '.' && w.find('.') < w.size() - 1) return true; // J.D.
    return false;
}

bool is_name_token(const Token& t) {
    if (t.kind != Tok::Word || !t.initial_upper || t.has_digit) return false;
    if (is_initial(t)) return true;
    if (t.allcaps) return false;
    if (t.text.size() > 30) return false;
    if (t.text.find('.') != std::string_view::npos && !is_abbreviation(t.text)) return false;
    if (is_non_org_tail(t.text) && t.text.size() <= 5 && !is_given_name(t.text)) return false; // Rd, Ave, Blvd
    if (is_given_name(t.text) && !is_honorific(t.text)) return true; // "Jun", "Jan", "Dean"
    if (is_function_word(t.text) || is_role_core(t.text) || is_org_head(t.text) ||
        is_legal_suffix(t.text) || is_honorific(t.text) || is_postnominal(t.text))
        return is_given_name(t.text) && !is_honorific(t.text) && !is_function_word(t.text);
    return true;
}

std::string clean_name(const std::vector<Token>& t, std::size_t first, std::size_t last) {
    while (first < last && is_honorific(t[first].text) && t[first].initial_upper) ++first;
    while (last > first && is_postnominal(t[last].text) && !is_name_suffix(t[last].text)) --last;
    std::string out;
    for (std::size_t i = first; i <= last && i < t.size(); ++i) {
        if (t[i].kind != Tok::Word) continue;
        if (!out.empty()) out.push_back(' ');
        std::string_view w = t[i].text;
        // possessive on the last word: "Davis's"
        if (i == last) {
            if (w.ends_with("'s")) w.remove_suffix(2);
            else if (w.ends_with("\xE2\x80\x99s")) w.remove_suffix(4);
            else if (w.ends_with("s'")) w.remove_suffix(1);
            else if (w.ends_with("s\xE2\x80\x99")) w.remove_suffix(3);
        }
        out.append(w);
    }
    return out;
}

std::size_t name_words(const std::vector<Token>& t, std::size_t first, std::size_t last) {
    std::size_t n = 0;
    for (std::size_t i = first; i <= last && i < t.size(); ++i)
        if (t[i].kind == Tok::Word && !is_initial(t[i]) && !is_name_suffix(t[i].text) &&
            !is_honorific(t[i].text))
            ++n;
    return n;
}

std::optional<TokSpan> person_at_tail(const std::vector<Token>& t, std::size_t lo, std::size_t hi) {
    if (hi >= t.size() || lo > hi) return std::nullopt;
    std::size_t end = hi;
    // (1) trailing post-nominals and commas between them: "Arthur Klein, MD"
    while (end > lo && (t[end].text == "," ||
                        (is_postnominal(t[end].text) && !is_name_suffix(t[end].text) &&
                         (t[end].allcaps || t[end].text.find('.') != std::string_view::npos ||
                          t[end].text == "PhD"))))
        --end;
    std::size_t j = end;
    if (is_name_suffix(t[j].text) && j > lo) --j;
    if (!is_name_token(t[j]) || is_initial(t[j])) return std::nullopt;
    // (2) walk left
    std::size_t start = j;
    std::size_t count = 0;
    while (true) {
        const std::string_view w = t[start].text;
        const bool poss = start != j && (w.ends_with("'s") || w.ends_with("\xE2\x80\x99s") ||
                                         w.ends_with("s'") || w.ends_with("s\xE2\x80\x99"));
        if (!is_name_token(t[start]) || poss) {
            ++start;
            break;
        }
        ++count;
        if (start == lo || count >= 6) break;
        --start;
    }
    if (start > j) return std::nullopt;
    // initials may not start a name when followed by nothing but the surname? (J.D. Keller ok)
    std::size_t words = name_words(t, start, end);
    // (4) long runs: cut at a given name
    if (words > 3) {
        std::size_t cut = std::string_view::npos;
        for (std::size_t p = start; p < j; ++p) {
            if (is_given_name(t[p].text)) {
                const std::size_t w = name_words(t, p, end);
                if (w >= 2 && w <= 4) {
                    cut = p;
                    break;
                }
            }
        }
        if (cut == std::string_view::npos) {
            cut = j - 1;
            if (cut > start && is_initial(t[cut])) --cut;
            if (cut > start && is_initial(t[cut])) --cut;
        }
        start = cut;
    }
    // (4b) "Security John Carlin", "Colorado John Walsh": a leading word that is not a given
    // name before a given name that leaves two or three words
    words = name_words(t, start, end);
    if (words == 3 && !is_given_name(t[start].text) && !is_initial(t[start])) {
        std::size_t nx = start + 1;
        if (nx < j && is_given_name(t[nx].text)) start = nx;
    }
    if (name_words(t, start, end) == 0) return std::nullopt;
    return TokSpan{start, end};
}

std::optional<TokSpan> person_at_head(const std::vector<Token>& t, std::size_t lo, std::size_t hi) {
    if (lo > hi || hi >= t.size()) return std::nullopt;
    std::size_t i = lo;
    // honorifics (Dr., Mr., Gov.) but only abbreviated or classic ones before a name token
    while (i < hi && t[i].kind == Tok::Word && t[i].initial_upper &&
           (is_abbreviation(t[i].text) && is_honorific(t[i].text)))
        ++i;
    if (!is_name_token(t[i]) || is_place_word(t[i].text)) return std::nullopt;
    const std::size_t start = i;
    std::size_t last = i;
    std::size_t count = 0;
    while (i <= hi && count < 5 && (is_name_token(t[i]) || is_name_suffix(t[i].text))) {
        last = i;
        ++count;
        ++i;
    }
    // "Ronald C. Machen Jr." or "Jones, Jr."
    if (i + 1 <= hi && t[i].text == "," && is_name_suffix(t[i + 1].text)) last = i + 1;
    if (is_initial(t[last]) && last > start) --last;
    if (name_words(t, start, last) == 0) return std::nullopt;
    return TokSpan{start, last};
}

std::optional<TokSpan> person_in_run(const std::vector<Token>& t, std::size_t lo, std::size_t hi,
                                     std::size_t min_words, bool forward) {
    if (lo > hi || hi >= t.size()) return std::nullopt;
    // chunk boundaries at connectors
    std::vector<TokSpan> chunks;
    std::size_t s = lo;
    for (std::size_t i = lo; i <= hi; ++i) {
        const std::string_view w = t[i].text;
        if (w == "of" || w == "for" || w == "at" || w == "in" || w == "the" || w == "with" ||
            w == "from" || w == "(" || w == ")" || w == ",") {
            if (i > s) chunks.push_back({s, i - 1});
            s = i + 1;
        }
    }
    if (s <= hi) chunks.push_back({s, hi});
    if (forward) {
        for (const auto& c : chunks) {
            auto p = person_at_tail(t, c.first, c.last);
            if (!p || name_words(t, p->first, p->last) < min_words) continue;
            // "Housing and Urban Development (HUD) Secretary Shaun Donovan": a name followed by
            // a parenthesis or a title is an organisation's name
            if (p->last < hi && (t[p->last + 1].text == "(" ||
                                 (is_role_core(t[p->last + 1].text) && t[p->last + 1].initial_upper)))
                continue;
            return p;
        }
        return std::nullopt;
    }
    for (std::size_t k = chunks.size(); k-- > 0;) {
        auto p = person_at_tail(t, chunks[k].first, chunks[k].last);
        if (p && name_words(t, p->first, p->last) >= min_words) return p;
    }
    return std::nullopt;
}

} // namespace pressdex::extract::detail
