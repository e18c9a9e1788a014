#include "indexer/extract/people.hpp"

#include "indexer/extract/lexicon.hpp"

#include <algorithm>
#include <unordered_set>

namespace pressdex::extract::detail {

std::vector<std::string> name_words(const std::string& name) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < name.size()) {
        std::size_t j = name.find(' ', i);
        if (j == std::string::npos) j = name.size();
        if (j > i) words.push_back(name.substr(i, j - i));
        i = j + 1;
    }
    return words;
}

namespace {

bool is_initial_word(const std::string& w) {
    return !w.empty() && w.size() <= 5 && w.back() == '.' && w[0] >= 'A' && w[0] <= 'Z';
}

// The surname: the last word that is not a suffix (Jr., III).
const std::string& surname_of(const std::vector<std::string>& w) {
    for (std::size_t k = w.size(); k-- > 0;)
        if (!is_name_suffix(w[k])) return w[k];
    return w.back();
}

// First words agree: equal, or one is the other's initial ("J." and "John").
bool same_first(const std::string& a, const std::string& b) {
    if (a == b) return true;
    const auto initial = [](const std::string& i, const std::string& n) {
        return i.size() == 2 && i[1] == '.' && !n.empty() && n[0] == i[0];
    };
    return initial(a, b) || initial(b, a);
}

// True when a and b differ by one edit (a letter changed, added, dropped or two swapped).
bool one_edit_apart(const std::string& a, const std::string& b) {
    if (a == b) return false;
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    if (n > m + 1 || m > n + 1) return false;
    std::size_t i = 0;
    while (i < n && i < m && a[i] == b[i]) ++i;
    if (n == m) {
        if (a.compare(i + 1, std::string::npos, b, i + 1) == 0) return true;
        return i + 1 < n && a[i] == b[i + 1] && a[i + 1] == b[i] &&
               a.compare(i + 2, std::string::npos, b, i + 2) == 0;
    }
    if (n > m) return a.compare(i + 1, std::string::npos, b, i) == 0;
    return b.compare(i + 1, std::string::npos, a, i) == 0;
}

bool ends_with_words(const std::vector<std::string>& longer, const std::vector<std::string>& shorter) {
    if (shorter.size() >= longer.size()) return false;
    return std::equal(shorter.rbegin(), shorter.rend(), longer.rbegin());
}

// Is the run [first, last] a person's full name by its context?
bool person_cue(const std::vector<Token>& t, TokSpan s) {
    // A given name is a cue unless it is also a word (Homeland, Urban, Grace) before an
    // ordinary word: "Homeland Security", "Urban Development" are no people, and neither is
    // "Homeland Security's" (the ordinary word in the possessive)
    if (is_given_name(t[s.first].text) &&
        !(lower_case_share(t[s.first].text) >= 20 && s.last > s.first &&
          is_common_word(without_possessive(t[s.first + 1].text))))
        return true;
    if (s.first > 0) {
        const Token& before = t[s.first - 1];
        if (before.kind == Tok::Word &&
            (is_honorific(before.text) || is_role_noun(before.text) || is_role_modifier(before.text) ||
             is_speech_verb(before.text)))
            return true;
        if (before.text == "," && s.first > 1 && is_speech_verb(t[s.first - 2].text)) return true;
    }
    const std::size_t a = s.last + 1;
    if (a < t.size()) {
        if (t[a].kind == Tok::Word && is_speech_verb(t[a].text)) return true;
        if (t[a].text == "(" && a + 1 < t.size() && t[a + 1].text.size() == 1 &&
            (t[a + 1].text == "D" || t[a + 1].text == "R" || t[a + 1].text == "I"))
            return true; // "Jane Roe (D-NV)"
        if ((t[a].text == "," || t[a].text == "as") && a + 1 < t.size()) {
            std::size_t b = a + 1;
            if (b < t.size() && (t[b].text == "the" || t[b].text == "a" || t[b].text == "an" ||
                                 t[b].text == "our" || t[b].text == "its" || t[b].text == "their" ||
                                 t[b].text == "his" || t[b].text == "her"))
                ++b;
            if (b < t.size() && (t[b].text == "new" || t[b].text == "former")) ++b;
            for (std::size_t c = b; c < t.size() && c < b + 5; ++c) {
                if (t[c].kind != Tok::Word) break;
                if (is_role_noun(t[c].text)) return true;
                if (!is_role_modifier(t[c].text) && !t[c].initial_upper) break;
            }
        }
    }
    return false;
}

} // namespace

namespace {

// Headlines and headings capitalise every word: there a name ends at a word that is often
// written in lower case ("Attorney General Roe Holds Public Hearing").
bool title_case(const std::vector<Token>& t) {
    std::size_t words = 0;
    std::size_t long_words = 0;
    std::size_t capitalised = 0;
    for (const Token& x : t) {
        if (x.kind != Tok::Word) continue;
        ++words;
        if (x.text.size() < 4) continue;
        ++long_words;
        if (x.initial_upper) ++capitalised;
    }
    // a headline is short; a long paragraph of titled names is prose
    return words <= 20 && long_words >= 3 && capitalised * 10 >= long_words * 8;
}

// "Appoints", "Names", "Welcomes": the form of an ordinary word with an "s" that no name
// takes (not "Banks", a surname, nor "Hughes").
bool headline_verb(std::string_view w) {
    if (w.size() < 4 || w.back() != 's' || is_given_name(w) || is_surname(w)) return false;
    const std::string_view stem = w.substr(0, w.size() - 1);
    return lower_case_share(w) >= 50 || (lower_case_share(stem) >= 80 && !is_given_name(stem) && !is_surname(stem));
}

std::vector<TokSpan> headline_runs(const std::vector<Token>& t) {
    std::vector<TokSpan> out;
    for (TokSpan run : name_runs(t)) {
        std::size_t a = run.first;
        for (std::size_t i = run.first; i <= run.last + 1; ++i) {
            const bool cut = i > run.last || (lower_case_share(t[i].text) >= 10 && !is_given_name(t[i].text) &&
                                              !is_initial(t[i]));
            if (!cut) continue;
            if (i > a) out.push_back({a, i - 1});
            a = i + 1;
        }
    }
    return out;
}

} // namespace

People::People(const Document& doc) {
    std::unordered_set<std::string_view> doc_words;
    for (const Paragraph& p : doc.paragraphs)
        for (const Token& x : p.tokens)
            if (x.kind == Tok::Word) doc_words.insert(x.text);
    for (std::size_t pi = 0; pi <= doc.paragraphs.size(); ++pi) {
        const std::vector<Token>& t = pi < doc.paragraphs.size() ? doc.paragraphs[pi].tokens : doc.title_tokens;
        const std::size_t para = pi < doc.paragraphs.size() ? pi : 0;
        for (const TokSpan& run : title_case(t) ? headline_runs(t) : name_runs(t)) {
            const std::size_t words = name_word_count(t, run.first, run.last);
            if (words < 2) continue;
            const bool cued = person_cue(t, run);
            TokSpan span = without_repeat(t, run);
            // without a cue, a leading ordinary word is more likely a sentence's first word
            // ("Yes Priya") than a name's, and so is a compound that describes what follows
            // ("The post ... for AI-Based Cybersecurity Startup Quillbox")
            while (!cued && span.first < span.last &&
                   (is_common_word(t[span.first].text) || described_by_compound(fold_word(t[span.first].text))))
                ++span.first;
            // a headline's verb and its subject before the name, cue or none ("Quellmark
            // Appoints Jane Roe as Chief Executive")
            for (std::size_t k = span.last; k-- > span.first;)
                if (headline_verb(t[k].text) && name_word_count(t, k + 1, span.last) >= 2) {
                    span.first = k + 1;
                    break;
                }
            if (!cued && (name_word_count(t, span.first, span.last) < 2 || words > 4)) continue;
            std::string name = clean_name(t, span.first, span.last);
            // "San Diego", "Los Angeles": a place of a given name's shape is a place
            if (is_place(name)) continue;
            // "Attorney General Omar Haddads Task Force" in a text that lost its apostrophes,
            // where "Haddad" is written too: the name is Omar Haddad
            if (const std::string_view last = t[span.last].text;
                last.size() > 3 && last.back() == 's' && name.ends_with(last) && span.last + 1 < t.size() &&
                t[span.last + 1].kind == Tok::Word && t[span.last + 1].initial_upper &&
                t[span.last + 1].begin == t[span.last].end + 1 && doc_words.count(last.substr(0, last.size() - 1)))
                name.pop_back();
            // "Omar and Lina Haddad": Omar Haddad too
            if (span.first >= 2 && t[span.first - 1].text == "and" && is_name_word(t, span.first - 2) &&
                !is_initial(t[span.first - 2]) && (span.first < 3 || !is_name_word(t, span.first - 3))) {
                const std::vector<std::string> w = name_words(name);
                add(std::string(t[span.first - 2].text) + " " + w.back(), para, cued);
            }
            add(std::move(name), para, cued);
        }
        for (std::size_t i = 0; i + 1 < t.size(); ++i) {
            const Token& next = t[i + 1];
            if (t[i].kind == Tok::Word && t[i].initial_upper && next.kind == Tok::Word && next.initial_upper &&
                (org_head(next.text) == OrgHead::institution || org_head(next.text) == OrgHead::company ||
                 is_legal_suffix(next.text)))
                organisation_starts_.emplace_back(t[i].text);
        }
    }
}

bool People::starts_an_organisation(std::string_view word) const {
    return std::find(organisation_starts_.begin(), organisation_starts_.end(), word) != organisation_starts_.end();
}

void People::add(std::string name, std::size_t para, bool cued) {
    if (name.size() > 80) return;
    for (Known& k : known_) {
        if (k.name == name) {
            k.paras.push_back(para);
            k.cued = k.cued || cued;
            return;
        }
    }
    Known k;
    k.cued = cued;
    k.words = name_words(name);
    k.name = std::move(name);
    k.paras.push_back(para);
    known_.push_back(std::move(k));
}

bool People::knows(const std::string& name) const {
    return std::any_of(known_.begin(), known_.end(), [&](const Known& k) { return k.cued && k.name == name; });
}

bool People::may_be_person(const std::string& name) const {
    if (name.find(' ') == std::string::npos) return knows_word(name);
    return std::any_of(known_.begin(), known_.end(), [&](const Known& k) { return k.name == name; });
}

bool People::knows_word(const std::string& word) const {
    return std::any_of(known_.begin(), known_.end(), [&](const Known& k) {
        return k.cued && (surname_of(k.words) == word || k.words.front() == word);
    });
}

std::string People::resolve(const std::string& name, std::size_t para) const {
    const std::vector<std::string> w = name_words(name);
    if (w.empty()) return name;
    // The best of the fitting names: mentioned last before para, else first mentioned.
    const auto pick = [&](const std::vector<const Known*>& fits) -> const Known* {
        if (fits.empty()) return nullptr;
        const Known* best = nullptr;
        std::size_t best_para = 0;
        for (const Known* k : fits) {
            for (const std::size_t p : k->paras) {
                if (p <= para && (best == nullptr || p >= best_para)) {
                    best = k;
                    best_para = p;
                }
            }
        }
        if (best) return best;
        return fits.front();
    };
    for (const bool cued : {true, false}) {
        std::vector<const Known*> fits;
        if (w.size() >= 2) {
            for (const Known& k : known_) {
                if (k.cued != cued || k.words.size() < 2) continue;
                if (ends_with_words(k.words, w) ||
                    (surname_of(k.words) == surname_of(w) && same_first(k.words.front(), w.front())))
                    fits.push_back(&k);
            }
            // the longest form of the same person
            const Known* best = nullptr;
            for (const Known* k : fits)
                if (!best || k->name.size() > best->name.size()) best = k;
            if (best && best->name.size() > name.size()) return best->name;
            continue;
        }
        const std::string& word = w.front();
        for (const Known& k : known_)
            if (k.cued == cued && surname_of(k.words) == word) fits.push_back(&k);
        if (fits.empty())
            for (const Known& k : known_)
                if (k.cued == cued && k.words.front() == word && !is_initial_word(word)) fits.push_back(&k);
        if (fits.empty() && word.size() >= 5)
            for (const Known& k : known_)
                if (k.cued == cued && one_edit_apart(surname_of(k.words), word)) fits.push_back(&k);
        if (const Known* best = pick(fits)) return best->name;
    }
    // "Roes" in a text that lost its apostrophes: the possessive of a known name
    if (name.size() > 3 && name.back() == 's') {
        const std::string base = name.substr(0, name.size() - 1);
        const std::string resolved = resolve(base, para);
        if (resolved != base || knows(base)) return resolved;
    }
    return name;
}

Features speaker_features(const std::vector<Token>& t, TokSpan span, std::string_view pattern,
                          const People& people, bool role_before, bool role_after) {
    Features f;
    f.set(pattern);
    const std::size_t words = name_word_count(t, span.first, span.last);
    f.set_if(words == 1, "words_1");
    f.set_if(words == 2, "words_2");
    f.set_if(words == 3, "words_3");
    f.set_if(words >= 4, "words_4plus");
    std::size_t first = span.first;
    while (first < span.last && (is_honorific(t[first].text) || is_initial(t[first]))) ++first;
    std::size_t last = span.last;
    while (last > first && (t[last].kind != Tok::Word || is_name_suffix(t[last].text) ||
                            is_postnominal(t[last].text)))
        --last;
    const std::string_view first_word = t[first].text;
    const std::string_view last_word = without_possessive(t[last].text);
    f.set_if(is_given_name(first_word), "first_given");
    f.set_if(is_surname(last_word), "last_surname");
    const int share = lower_case_share(last_word);
    // "Brian J. Stretch": a given name and a middle initial make the word after them a surname,
    // however often the language writes it in lower case
    const bool given_and_initial = is_given_name(first_word) && last > first && is_initial(t[last - 1]);
    f.set_if(share >= 50 && !given_and_initial, "last_common");
    f.set_if(share >= 10 && share < 50, "last_sometimes_lower");
    f.set_if(words >= 2 && lower_case_share(first_word) >= 50 && !is_given_name(first_word), "first_common");
    bool head = false;
    bool legal = false;
    bool place_word = false;
    for (std::size_t i = span.first; i <= span.last; ++i) {
        if (t[i].kind != Tok::Word) continue;
        head = head || org_head(t[i].text) != OrgHead::none;
        legal = legal || is_legal_suffix(t[i].text);
        place_word = place_word || is_place(t[i].text);
    }
    const std::string name = clean_name(t, span.first, span.last);
    f.set_if(head, "org_head");
    f.set_if(legal, "legal_suffix");
    f.set_if(is_place(name), "place");
    f.set_if(place_word && !is_place(name), "place_word");
    f.set_if(words >= 2 && people.knows(name), "known_full");
    f.set_if(words == 1 && people.knows_word(name), "known_part");
    f.set_if(words == 1 && name_words(people.resolve(name, static_cast<std::size_t>(-1))).size() >= 2,
             "resolves_to_full_name");
    f.set_if(role_before, "role_before");
    f.set_if(role_after, "role_after");
    f.set_if((span.first > 0 && is_honorific(t[span.first - 1].text)) || is_honorific(t[span.first].text),
             "honorific");
    f.set_if(words == 1 && share < 0, "rare_word");
    f.set_if(people.starts_an_organisation(first_word), "starts_organisation");
    f.set_if(t[last].cap && !t[last].initial_upper, "inner_capital");
    return f;
}

} // namespace pressdex::extract::detail
