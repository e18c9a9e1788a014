#include "indexer/extract/speakers.hpp"

#include "indexer/extract/lexicon.hpp"
#include "indexer/extract/names.hpp"
#include "indexer/extract/text.hpp"

#include <algorithm>
#include <optional>

namespace pressdex::extract::detail {
namespace {

std::vector<std::string> split_words(const std::string& s) {
    std::vector<std::string> w;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t j = s.find(' ', i);
        if (j == std::string::npos) j = s.size();
        if (j > i) w.push_back(s.substr(i, j - i));
        i = j + 1;
    }
    return w;
}

std::string surname(const std::vector<std::string>& w) {
    for (std::size_t k = w.size(); k-- > 0;)
        if (!is_name_suffix(w[k])) return w[k];
    return w.empty() ? std::string() : w.back();
}

bool is_initial_word(const std::string& a) {
    return a.size() <= 5 && !a.empty() && a.back() == '.' && a[0] >= 'A' && a[0] <= 'Z';
}

bool initial_of(const std::string& a, const std::string& b) {
    // "J." is an initial of "John"
    return a.size() == 2 && a[1] == '.' && !b.empty() && b[0] == a[0];
}

std::string join(std::string_view src, const std::vector<Token>& t, std::size_t a, std::size_t b) {
    return squeeze_spaces(span_text(src, t, a, b));
}

bool is_cap(const Token& t) { return t.kind == Tok::Word && (t.cap || t.initial_upper); }

bool clause_break(const Token& t) {
    const std::string_view w = t.text;
    return w == "." || w == "!" || w == "?" || w == ";" || w == "\"" || w == "\xE2\x80\x9C" ||
           w == "\xE2\x80\x9D" || w == "\xE2\x80\x94" || w == ":" || w == "-" ||
           w == "\xE2\x80\x93" || w == "|";
}

bool unnamed_subject(std::string_view w) {
    const std::string f = fold_word(w);
    return f == "company" || f == "spokesperson" || f == "spokesman" || f == "spokeswoman" ||
           f == "statement" || f == "release" || f == "announcement" || f == "firm" ||
           f == "organization" || f == "organisation" || f == "department" || f == "agency" ||
           f == "report" || f == "team" || f == "group" || f == "officials" || f == "official" ||
           f == "they" || f == "we" || f == "it" || f == "i" || f == "representative" ||
           f == "source" || f == "sources" || f == "police" || f == "authorities" ||
           f == "study" || f == "survey" || f == "data" || f == "website" || f == "who" ||
           f == "which" || f == "that" || f == "this" || f == "partners" || f == "executives";
}

bool adverb(std::string_view w) {
    const std::string f = fold_word(w);
    if (f.size() > 4 && f.ends_with("ly") && f != "family" && f != "italy") return true;
    return f == "today" || f == "recently" || f == "also" || f == "yesterday" || f == "earlier" ||
           f == "then" || f == "further" || f == "previously" || f == "once" || f == "later" ||
           f == "monday" || f == "tuesday" || f == "wednesday" || f == "thursday" ||
           f == "friday" || f == "saturday" || f == "sunday" || f == "proudly" ||
           f == "simply" || f == "publicly" || f == "enthusiastically" || f == "firmly" ||
           f == "in" || f == "a" || f == "statement" || f == "this" || f == "week";
}

struct Subject {
    std::string name;
    std::string role;
    std::string org;
    bool pronoun = false;
    bool unnamed = false;
    bool attempted = false; // a speech-verb pattern was there, whatever its subject
    bool found() const { return !name.empty() || pronoun || unnamed; }
};

// Role and organisation from the words before a name: "Mount Sinai Health System president",
// "U.S. Attorney General", "FBI Director", "U.S. Fish and Wildlife Service Deputy Assistant
// Director for Law Enforcement".
void prefix_role_org(std::string_view src, const std::vector<Token>& t, std::size_t a,
                     std::size_t b, std::string& role, std::string& org) {
    if (a > b || b >= t.size()) return;
    while (a <= b && (t[a].text == "," || t[a].text == "the" || t[a].text == "The")) ++a;
    while (b > a && (t[b].text == "," || t[b].text == "and")) --b;
    if (a > b) return;
    std::string r;
    std::string o;
    split_role_org(src, t, a, b, r, o);
    if (!r.empty() && !o.empty()) {
        role = r;
        org = o;
        return;
    }
    std::size_t first_role = std::string::npos;
    for (std::size_t i = a; i <= b; ++i) {
        if ((is_role_core(t[i].text) || is_role_modifier(t[i].text)) &&
            !(t[i].initial_upper && is_org_head(t[i].text) && i > a)) {
            first_role = i;
            break;
        }
    }
    if (first_role == std::string::npos) return;
    if (first_role > a && (t[first_role - 1].text == "U.S." || fold_word(t[first_role - 1].text) == "u.s"))
        --first_role;
    role = join(src, t, first_role, b);
    if (first_role > a) {
        std::size_t oe = first_role - 1;
        while (oe > a && (is_connector(t[oe].text) || t[oe].kind != Tok::Word)) --oe;
        std::string o2 = join(src, t, a, oe);
        if (o2.ends_with("'s")) o2.resize(o2.size() - 2);
        else if (o2.ends_with("\xE2\x80\x99s")) o2.resize(o2.size() - 4);
        org = std::string(strip_the(o2));
    }
}

// Reads an appositive after a name: skips post-nominals ("MD,"), then role/org.
void appositive(std::string_view src, const std::vector<Token>& t, std::size_t k, std::size_t end,
                std::string& role, std::string& org) {
    while (k <= end && k < t.size() &&
           (t[k].text == "," || (is_postnominal(t[k].text) && (t[k].allcaps || t[k].text == "PhD" ||
                                                               t[k].text.find('.') != std::string_view::npos))))
        ++k;
    if (k > end || k >= t.size()) return;
    split_role_org(src, t, k, end, role, org);
}

// "said NAME, ROLE" / "said ROLE NAME" / "said ROLE, NAME" starting at j (first token after verb)
Subject after_verb(std::string_view src, const std::vector<Token>& t, std::size_t j, std::size_t end) {
    Subject s;
    while (j <= end && j < t.size() && adverb(t[j].text) && !t[j].initial_upper) ++j;
    if (j > end || j >= t.size()) return s;
    if (is_pronoun_subject(t[j].text)) {
        s.pronoun = true;
        return s;
    }
    // the run: capitalised words, connectors, lower-case title words
    std::size_t k = j;
    while (k <= end && k < t.size()) {
        const Token& x = t[k];
        if (is_cap(x) || x.text == "&" ||
            (x.kind == Tok::Word && (is_connector(x.text) || is_role_word(x.text) ||
                                     is_role_core(x.text)) && !x.initial_upper))
            ++k;
        else
            break;
    }
    if (k > j) {
        std::size_t hi = k - 1;
        while (hi > j && t[hi].kind == Tok::Word && is_connector(t[hi].text)) --hi;
        std::optional<TokSpan> p = person_in_run(t, j, hi, 2);
        if (!p) p = person_in_run(t, j, hi, 1);
        if (p) {
            s.name = clean_name(t, p->first, p->last);
            if (p->first > j) prefix_role_org(src, t, j, p->first - 1, s.role, s.org);
            std::size_t after = p->last + 1;
            if (after <= end && after < t.size()) {
                if (t[after].text == ",") {
                    std::string r;
                    std::string o;
                    appositive(src, t, after + 1, end, r, o);
                    if (!r.empty() || !o.empty()) {
                        if (s.role.empty()) s.role = r;
                        if (s.org.empty()) s.org = o;
                    }
                } else if (t[after].text == "of" || t[after].text == "at" || t[after].text == "for") {
                    std::size_t a = after + 1;
                    if (a <= end && (t[a].text == "the" || t[a].text == "The")) ++a;
                    std::size_t b = a;
                    while (b + 1 <= hi && (is_cap(t[b + 1]) || is_connector(t[b + 1].text))) ++b;
                    while (b > a && is_connector(t[b].text)) --b;
                    if (a <= hi && is_cap(t[a]) && s.org.empty()) s.org = std::string(strip_the(join(src, t, a, b)));
                }
            }
            return s;
        }
    }
    if (j < t.size() && !t[j].initial_upper && (t[j].text == "the" || t[j].text == "a" || t[j].text == "an")) {
        for (std::size_t m = j + 1; m <= end && m < t.size() && m < j + 4; ++m)
            if (unnamed_subject(t[m].text)) {
                s.unnamed = true;
                return s;
            }
    }
    // "said Flox Advisor and distinguished engineer, Kelsey Hightower"
    for (std::size_t c = j; c <= end && c < t.size() && c < j + 14; ++c) {
        if (t[c].text == "." || t[c].text == ";") break;
        if (t[c].text == "," && c + 1 <= end) {
            bool titled = false;
            for (std::size_t r = j; r < c; ++r)
                if (is_role_core(t[r].text)) titled = true;
            if (!titled) break;
            auto p = person_at_head(t, c + 1, end);
            if (p && name_words(t, p->first, p->last) >= 2) {
                s.name = clean_name(t, p->first, p->last);
                prefix_role_org(src, t, j, c - 1, s.role, s.org);
                return s;
            }
            break;
        }
    }
    return s;
}

Subject before_verb_head(std::string_view src, const std::vector<Token>& t, std::size_t lo, std::size_t hi);
Subject before_verb_run(std::string_view src, const std::vector<Token>& t, std::size_t lo, std::size_t hi);

// Subject of a speech verb at v; the clause starts at lo.
Subject before_verb(std::string_view src, const std::vector<Token>& t, std::size_t lo, std::size_t v) {
    Subject s;
    if (v == 0 || v <= lo) return s;
    std::size_t hi = v - 1;
    while (hi > lo && t[hi].kind == Tok::Word && adverb(t[hi].text) && !t[hi].initial_upper) --hi;
    // "the Environmental Protection Agency (EPA) announced": look before the parenthesis
    if (t[hi].text == ")") {
        std::size_t k = hi;
        while (k > lo && t[k].text != "(") --k;
        if (k > lo && t[k].text == "(") hi = k - 1;
    }
    if (t[hi].kind == Tok::Word && !t[hi].initial_upper && (hi == lo || t[hi - 1].text != ",")) {
        if (is_pronoun_subject(t[hi].text)) {
            s.pronoun = true;
            return s;
        }
        if (unnamed_subject(t[hi].text)) {
            s.unnamed = true;
            return s;
        }
    }
    bool comma = false;
    for (std::size_t k = lo; k < hi; ++k)
        if (t[k].text == ",") comma = true;
    if (comma && t[hi].text != ",") {
        // both readings are possible: "Patricia Sargeant, EVP at Lenzing Group says" (the head
        // name) and "Fengyi Zhou, a resident ..., the Justice Department announced" (the run
        // before the verb). The run wins unless it has a title before its name or no name.
        Subject r = before_verb_run(src, t, lo, hi);
        if (r.unnamed || (!r.name.empty() && r.role.empty())) return r;
        Subject h = before_verb_head(src, t, lo, hi);
        if (!h.name.empty()) return h;
        return r;
    }
    if (t[hi].text == ",") return before_verb_head(src, t, lo, hi);
    return before_verb_run(src, t, lo, hi);
}

// NAME, ROLE, VERB: the name is at the clause head
Subject before_verb_head(std::string_view src, const std::vector<Token>& t, std::size_t lo, std::size_t hi) {
    Subject s;
    {
        // appositive: NAME, ROLE[,] VERB -> the name is at the clause head
        for (std::size_t k = lo; k < hi && k <= lo + 6; ++k) {
            if (!is_cap(t[k])) continue;
            if (k > lo && !(t[k - 1].text == "," || t[k - 1].text == "to" ||
                            is_function_word(t[k - 1].text) || clause_break(t[k - 1])))
                continue;
            auto p = person_at_head(t, k, hi);
            if (!p) continue;
            const std::size_t after = p->last + 1;
            if (after > hi) continue;
            if (t[after].text != ",") continue;
            if (after + 1 <= hi && (t[after + 1].text == "which" || t[after + 1].text == "that")) {
                s.unnamed = true; // "Litchfield Hills, which has ..., said": not a person
                return s;
            }
            s.name = clean_name(t, p->first, p->last);
            appositive(src, t, after + 1, t[hi].text == "," ? hi - 1 : hi, s.role, s.org);
            return s;
        }
    }
    return s;
}

// run ending at hi: "Mount Sinai Health System president Kenneth Davis", "Davis"
Subject before_verb_run(std::string_view src, const std::vector<Token>& t, std::size_t lo, std::size_t hi) {
    Subject s;
    if (!is_cap(t[hi])) return s;
    std::size_t m = hi;
    std::size_t steps = 0;
    while (m > lo && steps < 16) {
        const Token& x = t[m - 1];
        if (is_cap(x) || x.text == "&" ||
            (x.kind == Tok::Word && (is_connector(x.text) || is_role_core(x.text) ||
                                     is_role_word(x.text) || x.text == "with" || x.text == "from")))
            --m;
        else
            break;
        ++steps;
    }
    while (m < hi && t[m].kind == Tok::Word && !t[m].initial_upper &&
           (is_connector(t[m].text) || t[m].text == "with" || t[m].text == "from"))
        ++m;
    if (is_unnamed_plural(t[m].text)) {
        s.unnamed = true;
        return s;
    }
    // the run must not be the object of a preposition ("support from X said" is rare; "of X")
    std::optional<TokSpan> p = person_in_run(t, m, hi, 2, true);
    if (!p) p = person_in_run(t, m, hi, 1, true);
    if (!p) {
        // "the Justice Department announced": an organisation speaks, nobody else
        for (std::size_t i = m; i <= hi; ++i)
            if (is_org_head(t[i].text) || is_legal_suffix(t[i].text)) s.unnamed = true;
        return s;
    }
    s.name = clean_name(t, p->first, p->last);
    if (p->first > m) prefix_role_org(src, t, m, p->first - 1, s.role, s.org);
    if (p->last < hi && (t[p->last + 1].text == "of" || t[p->last + 1].text == "at")) {
        std::size_t a = p->last + 2;
        if (a <= hi && (t[a].text == "the" || t[a].text == "The")) ++a;
        if (a <= hi && s.org.empty()) s.org = std::string(strip_the(join(src, t, a, hi)));
    }
    return s;
}

std::size_t clause_start(const std::vector<Token>& t, std::size_t v) {
    std::size_t k = v;
    while (k > 0 && !clause_break(t[k - 1])) --k;
    return k;
}

// Attribution from the text after a quote (tokens t of that segment).
Subject from_after(std::string_view src, const std::vector<Token>& t) {
    Subject s;
    std::size_t i = 0;
    while (i < t.size() && t[i].kind == Tok::Punct && t[i].text != "(") ++i;
    if (i >= t.size()) return s;
    // end of the first sentence
    std::size_t end = i;
    while (end + 1 < t.size() && !(t[end + 1].text == "." || t[end + 1].text == "!" ||
                                   t[end + 1].text == "?" || t[end + 1].text == ";" ||
                                   t[end + 1].text == ":"))
        ++end;
    if (fold_word(t[i].text) == "according" && i + 1 < t.size() && t[i + 1].text == "to") {
        s = after_verb(src, t, i + 2, end);
        s.attempted = true;
        return s;
    }
    if (t[i].kind == Tok::Word && is_speech_verb(t[i].text)) {
        std::size_t j = i + 1;
        if (t[i].text == "pointed" && j < t.size() && t[j].text == "out") ++j;
        s = after_verb(src, t, j, end);
        s.attempted = true;
        return s;
    }
    // NAME ... VERB within the first clause; the subject must come first ("As Birmingham
    // continues to ..." is a new sentence, not an attribution)
    if (is_leading_junk(t[i].text) && !is_pronoun_subject(t[i].text) && t[i].text != "the") return s;
    for (std::size_t v = i + 1; v <= end && v < i + 40; ++v) {
        if (t[v].kind == Tok::Word && is_speech_verb(t[v].text) && !t[v].initial_upper) {
            if ((t[v].text == "continues" || t[v].text == "continued" || t[v].text == "shares" ||
                 t[v].text == "shared") &&
                v + 1 < t.size() && t[v + 1].kind == Tok::Word)
                return s;
            s = before_verb(src, t, i, v);
            s.attempted = true;
            return s;
        }
    }
    return s;
}

// Attribution from the clause before a quote.
Subject from_before(std::string_view src, const std::vector<Token>& t) {
    Subject s;
    if (t.empty()) return s;
    std::size_t hi = t.size() - 1;
    bool colon = false;
    while (hi > 0 && t[hi].kind == Tok::Punct &&
           (t[hi].text == "," || t[hi].text == ":" || t[hi].text == "\xE2\x80\x94" ||
            t[hi].text == "-" || t[hi].text == "(")) {
        if (t[hi].text == ":") colon = true;
        --hi;
    }
    if (t[hi].kind == Tok::Punct) return s;
    std::size_t lo = hi;
    while (lo > 0 && !(t[lo - 1].text == "." || t[lo - 1].text == "!" || t[lo - 1].text == "?" ||
                       t[lo - 1].text == ";" || t[lo - 1].text == "\"" ||
                       t[lo - 1].text == "\xE2\x80\x9D" || t[lo - 1].text == ":"))
        --lo;
    // According to NAME, ROLE,
    if (fold_word(t[lo].text) == "according" && lo + 1 <= hi && t[lo + 1].text == "to")
        return after_verb(src, t, lo + 2, hi);
    // ... VERB [adverbs] [that]
    std::size_t v = hi;
    while (v > lo && t[v].kind == Tok::Word && (adverb(t[v].text) || t[v].text == "that") &&
           !t[v].initial_upper)
        --v;
    if (t[v].kind == Tok::Word && is_speech_verb(t[v].text) && !t[v].initial_upper) {
        if (v == lo) return s;
        return before_verb(src, t, lo, v);
    }
    // "said NAME:" before the quote (rare) or NAME, ROLE:
    if (colon) {
        auto p = person_at_head(t, lo, hi);
        if (p && name_words(t, p->first, p->last) >= 2) {
            s.name = clean_name(t, p->first, p->last);
            if (p->last + 1 <= hi && t[p->last + 1].text == ",")
                appositive(src, t, p->last + 2, hi, s.role, s.org);
            return s;
        }
    }
    // a speech verb earlier in the clause: NAME said the plan "will ..."
    for (std::size_t k = lo + 1; k <= hi; ++k) {
        if (t[k].kind == Tok::Word && is_speech_verb(t[k].text) && !t[k].initial_upper &&
            t[k].text != "announced") {
            Subject b = before_verb(src, t, lo, k);
            if (!b.name.empty() || b.pronoun) return b;
            break;
        }
    }
    return s;
}

// A list of people: "by Acting Assistant Attorney General A of the X Division and B, Acting
// Director of Y". Pieces are cut at commas, "and", colons; each piece's first person name of two
// or more words is added with the title and organisation around it.
void add_listed(std::string_view src, const std::vector<Token>& t, std::size_t from, SpeakerBook& book,
                std::size_t stop = static_cast<std::size_t>(-1), bool need_title = false) {
    std::size_t end = from;
    while (end < t.size() && end < stop && !(t[end].text == "." || t[end].text == ";" ||
                                             t[end].text == "!" || t[end].text == "?"))
        ++end;
    std::size_t a = from;
    for (std::size_t i = from; i <= end; ++i) {
        const bool cut = i == end || t[i].text == "," || t[i].text == "and" || t[i].text == ":" ||
                         (t[i].text == "as" && i + 2 < end && t[i + 1].text == "well");
        if (!cut) continue;
        if (i > a) {
            auto p = person_in_run(t, a, i - 1, 2, true);
            if (p) {
                std::string role;
                std::string org;
                if (p->first > a) prefix_role_org(src, t, a, p->first - 1, role, org);
                std::size_t k = p->last + 1;
                if (k < i && (t[k].text == "of" || t[k].text == "at") && org.empty()) {
                    ++k;
                    if (k < i && (t[k].text == "the" || t[k].text == "The")) ++k;
                    if (k < i) org = std::string(strip_the(join(src, t, k, i - 1)));
                }
                if (role.empty() && i + 1 < end && t[i].text == ",") {
                    // "B, Acting Director of Y"
                    std::size_t e2 = i + 1;
                    while (e2 < end && t[e2].text != "," && t[e2].text != "and") ++e2;
                    if (e2 > i + 1) split_role_org(src, t, i + 1, e2 - 1, role, org);
                }
                if (!need_title || !role.empty()) book.add(clean_name(t, p->first, p->last), role, org, false);
            }
        }
        a = i + 1;
    }
}

struct Event {
    std::size_t pos;
    int kind; // 0 quote, 1 verb
    std::size_t index;
};

} // namespace

// ---- SpeakerBook ----------------------------------------------------------------------------

std::string SpeakerBook::add(const std::string& raw, const std::string& role, const std::string& org,
                             bool allow_single) {
    std::string name = raw;
    if (name.empty() || name.size() > 80) return {};
    if (name.find(' ') == std::string::npos) {
        auto m = mention_by_surname_.find(name);
        if (m != mention_by_surname_.end() && !m->second.empty() && m->second != name)
            return add(m->second, role, org, false);
    }
    if (orgs_.contains(name)) return {};
    std::vector<std::string> w = split_words(name);
    if (w.empty() || w.size() > 6) return {};
    if ((is_leading_junk(w[0]) && !is_given_name(w[0])) || is_unnamed_plural(w.back()))
        return {}; // "The Ascend Fellows", "Maryland House Republicans"
    std::size_t core = 0;
    for (const auto& x : w)
        if (!(x.size() <= 5 && x.back() == '.' && x[0] >= 'A' && x[0] <= 'Z' && x.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos) &&
            !is_name_suffix(x))
            ++core;
    if (core == 0) return {};
    Speaker* hit = nullptr;
    // "J.D. Keller" quoted directly is a full name; "B.B. Simon announced" is not enough
    const bool initialled = core == 1 && w.size() >= 2 && allow_single && is_initial_word(w[0]);
    if (core == 1 && !initialled) {
        const std::string& key = surname(w);
        w = {key};
        for (auto& sp : speakers) {
            const auto sw = split_words(sp.name);
            if (surname(sw) == w[0] || (!sw.empty() && sw[0] == w[0])) {
                hit = &sp;
                break;
            }
        }
        if (!hit) {
            auto m = mention_by_surname_.find(w[0]);
            if (m != mention_by_surname_.end() && !m->second.empty())
                return add(m->second, role, org, false);
            // a lone word becomes a speaker only for a direct quote, and only when it is a given
            // name or a word no dictionary knows ("Dharini"), not a place or brand (Birmingham)
            if (!allow_single || orgs_.has_word(w[0]) || is_function_word(w[0]) ||
                is_place_word(w[0]) || is_role_core(w[0]) || place_words.count(w[0]) != 0 ||
                (is_common_word(w[0]) && !is_given_name(w[0])))
                return {};
            name = w[0];
            speakers.push_back({name, role, org});
            last_ = name;
            return name;
        }
    } else {
        for (auto& sp : speakers) {
            const auto sw = split_words(sp.name);
            if (sw.size() == 1) continue;
            if (surname(sw) != surname(w)) continue;
            if (sw[0] == w[0] || initial_of(sw[0], w[0]) || initial_of(w[0], sw[0])) {
                hit = &sp;
                if (name.size() > sp.name.size()) sp.name = name;
                break;
            }
        }
        if (!hit) {
            // "Straits Research", "Stroke Statistics": without a given name first, the last word
            // must not be an ordinary English word
            const std::string& sn = surname(w);
            bool initials = false;
            for (const auto& x : w)
                if (is_initial_word(x)) initials = true;
            if (!is_given_name(w[0]) && !initials && is_common_word(sn) && !is_dictionary_proper(sn))
                return {};
            speakers.push_back({name, role, org});
            last_ = name;
            return name;
        }
    }
    if (hit->role.empty()) hit->role = role;
    if (hit->organisation.empty()) hit->organisation = org;
    last_ = hit->name;
    return hit->name;
}

SpeakerBook::Mentions learn_mentions(const ParagraphTokens& tokens) {
    SpeakerBook::Mentions mention_by_surname_;
    for (const std::vector<Token>& t : tokens) {
        for (const Run& r : cap_runs(t)) {
            for (bool fwd : {false, true}) {
                auto nm = person_in_run(t, r.first, r.last, 2, fwd);
                if (!nm) continue;
                const bool given = is_given_name(t[nm->first].text);
                const bool titled = nm->first > 0 && (is_honorific(t[nm->first - 1].text) ||
                                                      is_role_core(t[nm->first - 1].text));
                // "Rania Awad as Chief Strategy Officer", "Jane Doe, CEO of", "Jane Doe, the CEO"
                bool role_after = false;
                const std::size_t a = nm->last + 1;
                if (a + 1 < t.size() && (t[a].text == "as" || t[a].text == ",")) {
                    std::size_t b = a + 1;
                    if (b + 1 < t.size() && (t[b].text == "the" || t[b].text == "its" || t[b].text == "our" ||
                                             t[b].text == "a" || t[b].text == "an"))
                        ++b;
                    for (std::size_t c = b; c < t.size() && c < b + 5; ++c) {
                        if (is_role_core(t[c].text)) {
                            role_after = true;
                            break;
                        }
                        if (t[c].kind != Tok::Word || !t[c].initial_upper) break;
                    }
                }
                if (!given && !titled && !role_after) continue;
                const std::string full = clean_name(t, nm->first, nm->last);
                const auto w = split_words(full);
                if (w.size() < 2) continue;
                const std::string sn = surname(w);
                auto it = mention_by_surname_.find(sn);
                if (it == mention_by_surname_.end()) mention_by_surname_[sn] = full;
                else if (it->second != full) {
                    // the longer form wins when one extends the other, else ambiguous
                    const auto ow = split_words(it->second);
                    if (!ow.empty() && ow[0] == w[0]) {
                        if (full.size() > it->second.size()) it->second = full;
                    } else {
                        it->second.clear();
                    }
                }
            }
        }
    }
    return mention_by_surname_;
}

void SpeakerBook::finish(Facts& facts) {
    // fold one-word speakers into a fuller name with that surname or first name
    std::vector<std::pair<std::string, std::string>> renames;
    std::vector<Speaker> kept;
    for (const auto& sp : speakers) {
        const auto w = split_words(sp.name);
        if (w.size() == 1) {
            const Speaker* full = nullptr;
            for (const auto& o : speakers) {
                const auto ow = split_words(o.name);
                if (ow.size() > 1 && (surname(ow) == w[0] || ow[0] == w[0])) {
                    full = &o;
                    break;
                }
            }
            if (full) {
                renames.emplace_back(sp.name, full->name);
                continue;
            }
        }
        kept.push_back(sp);
    }
    // names that grew after quotes were attributed ("Kenneth Davis" -> "Kenneth L. Davis")
    for (auto& q : facts.quotes) {
        for (const auto& [from, to] : renames)
            if (q.speaker == from) q.speaker = to;
        const auto qw = split_words(q.speaker);
        for (const auto& sp : kept) {
            const auto sw = split_words(sp.name);
            if (sp.name != q.speaker && !qw.empty() && !sw.empty() && surname(sw) == surname(qw) &&
                (sw[0] == qw[0] || initial_of(qw[0], sw[0]))) {
                q.speaker = sp.name;
                break;
            }
        }
    }
    for (auto& sp : kept) {
        Speaker s = sp;
        facts.speakers.push_back(std::move(s));
    }
}

// ---- attribution ----------------------------------------------------------------------------

void attribute_speech(const std::vector<std::string>& paragraphs, const ParagraphTokens& tokens,
                      const std::vector<QuoteSpan>& quotes, OrgCollector& orgs,
                      const SpeakerBook::Mentions& mentions, Facts& facts) {
    SpeakerBook book(orgs, mentions);
    for (const std::vector<Token>& t : tokens) {
        for (std::size_t k = 1; k < t.size(); ++k) {
            const std::string_view pr = t[k - 1].text;
            if (t[k].kind == Tok::Word && t[k].initial_upper &&
                (pr == "in" || pr == "from" || pr == "near" || pr == "across" || pr == "throughout" ||
                 pr == "to" || pr == "around"))
                book.place_words.insert(std::string(t[k].text));
        }
    }
    std::size_t last_quote_para = static_cast<std::size_t>(-1);
    std::string last_quote_speaker;

    // quotes per paragraph
    std::vector<std::vector<std::size_t>> by_para(paragraphs.size());
    for (std::size_t i = 0; i < quotes.size(); ++i) by_para[quotes[i].para_first].push_back(i);
    // byte ranges covered by quotes in each paragraph
    std::vector<std::vector<std::pair<std::size_t, std::size_t>>> covered(paragraphs.size());
    for (const auto& q : quotes) {
        for (std::size_t pi = q.para_first; pi <= q.para_last; ++pi) {
            const std::size_t b = pi == q.para_first ? q.open : 0;
            const std::size_t e = pi == q.para_last ? q.after : paragraphs[pi].size();
            covered[pi].emplace_back(b, e);
        }
    }

    auto resolve = [&](const Subject& s, bool allow_single) -> std::string {
        if (s.pronoun) return book.last();
        if (s.name.empty()) return {};
        return book.add(s.name, s.role, s.org, allow_single);
    };

    std::vector<std::string> quote_speaker(quotes.size());

    for (std::size_t pi = 0; pi < paragraphs.size(); ++pi) {
        const std::string& p = paragraphs[pi];
        std::vector<Event> events;
        for (std::size_t qi : by_para[pi]) events.push_back({quotes[qi].open, 0, qi});
        // speech verbs outside quotes
        const std::vector<Token>& pt = tokens[pi];
        for (std::size_t k = 0; k < pt.size(); ++k) {
            const Token& x = pt[k];
            const bool according = fold_word(x.text) == "according" && k + 1 < pt.size() &&
                                   pt[k + 1].text == "to";
            if (x.text == "by" && k >= 2) {
                bool trig = false;
                for (std::size_t b = (k >= 5 ? k - 5 : 0); b < k; ++b)
                    if (pt[b].text == "joined" || pt[b].text == "announcement") trig = true;
                if (trig) {
                    add_listed(p, pt, k + 1, book);
                    continue;
                }
            }
            if (x.kind != Tok::Word || (!according && (x.initial_upper || !is_speech_verb(x.text))))
                continue;
            bool inside = false;
            for (const auto& [b, e] : covered[pi])
                if (x.begin >= b && x.begin < e) inside = true;
            if (!inside) events.push_back({x.begin, 1, k});
        }
        std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.pos < b.pos; });

        std::string para_speaker; // speaker of the previous quote in this paragraph
        bool para_unnamed = false;
        for (const Event& ev : events) {
            if (ev.kind == 1) {
                // reported speech
                const std::size_t v = ev.index;
                {
                    // verbs that often mean something else ("continued to grow", "shared
                    // insights") count only before a colon, comma, quote or "that"
                    const std::string_view vw = pt[v].text;
                    const bool weak = vw == "continued" || vw == "continues" || vw == "shared" ||
                                      vw == "shares" || vw == "reflected" || vw == "reflects" ||
                                      vw == "mentioned" || vw == "revealed" || vw == "highlighted" ||
                                      vw == "highlights" || vw == "observed" || vw == "noted" ||
                                      vw == "notes" || vw == "stated" || vw == "states" ||
                                      vw == "concluded" || vw == "adds" || vw == "added";
                    if (weak) {
                        const std::string_view nx = v + 1 < pt.size() ? pt[v + 1].text : std::string_view(".");
                        const bool ok = nx == "," || nx == ":" || nx == "that" || nx == "\"" ||
                                        nx == "\xE2\x80\x9C" || nx == "." ||
                                        (v + 1 < pt.size() && is_cap(pt[v + 1]) && vw != "shares" &&
                                         vw != "states" && vw != "notes");
                        if (!ok) continue;
                    }
                }
                Subject s;
                const bool according = fold_word(pt[v].text) == "according";
                const bool announced = pt[v].text == "announced";
                std::size_t next = according ? v + 2 : v + 1;
                if (announced && next < pt.size() && pt[next].text == "by") {
                    add_listed(p, pt, next + 1, book);
                    continue;
                }
                if (next < pt.size() && (is_cap(pt[next]) || according) && !announced) {
                    std::size_t end = next;
                    while (end + 1 < pt.size() && !(pt[end + 1].text == "." || pt[end + 1].text == ";" ||
                                                    pt[end + 1].text == "!" || pt[end + 1].text == "?" ||
                                                    pt[end + 1].text == "\"" ||
                                                    pt[end + 1].text == "\xE2\x80\x9C"))
                        ++end;
                    s = after_verb(p, pt, next, end);
                }
                if (!s.found() && !according) s = before_verb(p, pt, clause_start(pt, v), v);
                if (!s.name.empty()) book.add(s.name, s.role, s.org, false);
                else if (!s.found() && announced) add_listed(p, pt, clause_start(pt, v), book, v, true);
                continue;
            }
            const QuoteSpan& q = quotes[ev.index];
            if (!q.speech) continue;
            // segments around the quote
            const std::string& first = paragraphs[q.para_first];
            const std::string& lastp = paragraphs[q.para_last];
            std::size_t before_b = 0;
            for (const auto& [b, e] : covered[q.para_first])
                if (e <= q.open && e > before_b) before_b = e;
            std::size_t after_e = lastp.size();
            for (const auto& [b, e] : covered[q.para_last])
                if (b >= q.after && b < after_e) after_e = b;
            const std::string_view before = std::string_view(first).substr(before_b, q.open - before_b);
            const std::string_view after = std::string_view(lastp).substr(q.after, after_e - q.after);
            const std::vector<Token> at = tokenize(after);
            const std::vector<Token> bt = tokenize(before);

            std::string speaker;
            bool unnamed = false;
            Subject s = from_after(after, at);
            if (s.found()) {
                speaker = resolve(s, true);
                unnamed = s.unnamed;
            }
            // "..., said Mestrallet." with a name refused: the quote is someone's, just not
            // a speaker we can name; do not hand it to the previous speaker
            if (speaker.empty() && s.attempted) unnamed = true;
            if (speaker.empty() && !unnamed) {
                Subject b = from_before(before, bt);
                if (b.found()) {
                    speaker = resolve(b, true);
                    unnamed = b.unnamed;
                }
            }
            if (speaker.empty() && !unnamed && !para_unnamed) {
                if (!para_speaker.empty() && q.para_first == pi) {
                    speaker = para_speaker;
                } else {
                    // all-quote paragraph -> previous speaker
                    const bool bare = count_words(before) <= 2 && count_words(after) <= 3;
                    if (bare && !last_quote_speaker.empty() && last_quote_para != static_cast<std::size_t>(-1) &&
                        pi <= last_quote_para + 2)
                        speaker = last_quote_speaker;
                }
            }
            if (unnamed) para_unnamed = true;
            if (!speaker.empty()) {
                quote_speaker[ev.index] = speaker;
                para_speaker = speaker;
                last_quote_speaker = speaker;
                last_quote_para = q.para_last;
                book.set_last(speaker);
            }
        }
    }
    for (std::size_t i = 0; i < quotes.size(); ++i) {
        if (quote_speaker[i].empty()) continue;
        facts.quotes.push_back({quote_speaker[i], quotes[i].text});
    }
    book.finish(facts);
    // keep only speakers and quotes whose speaker survived
    for (auto& sp : facts.speakers)
        if (!sp.organisation.empty() && sp.organisation.size() < 100 && plausible_speaker_org(sp.role, sp.organisation))
            orgs.add(sp.organisation, static_cast<std::size_t>(-1) / 2);
}

} // namespace pressdex::extract::detail
