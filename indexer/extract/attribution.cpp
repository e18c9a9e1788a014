#include "indexer/extract/attribution.hpp"

#include "indexer/extract/lexicon.hpp"
#include "indexer/extract/names.hpp"

#include <algorithm>

namespace pressdex::extract::detail {
namespace {

constexpr std::size_t npos = static_cast<std::size_t>(-1);

bool is_quote_mark(std::string_view w) {
    return w == "\"" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D" || w == "\xE2\x80\x9E" ||
           w == "\xC2\xAB" || w == "\xC2\xBB";
}

bool is_dash(std::string_view w) {
    return w == "-" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || w == "\xE2\x80\x95";
}

bool sentence_end(std::string_view w) { return w == "." || w == "!" || w == "?" || w == ";"; }

bool clause_break(std::string_view w) {
    return sentence_end(w) || is_quote_mark(w) || w == ":" || w == "|" || is_dash(w);
}

bool lower_word(const Token& t) { return t.kind == Tok::Word && !t.initial_upper && !t.cap; }

bool is_cap(const Token& t) { return t.kind == Tok::Word && (t.cap || t.initial_upper); }

// Adverbs and time words between a speech verb and its subject: "said today", "recently
// said", "added in a statement".
bool adverb(const Token& t) {
    if (!lower_word(t)) return false;
    const std::string_view w = t.text;
    if (w.size() > 4 && w.ends_with("ly") && w != "family" && w != "italy" && w != "supply") return true;
    return w == "today" || w == "recently" || w == "also" || w == "yesterday" || w == "earlier" ||
           w == "then" || w == "further" || w == "previously" || w == "once" || w == "later" ||
           w == "again" || w == "too" || w == "in" || w == "a" || w == "statement" || w == "this" ||
           w == "week" || w == "here" || w == "now";
}

bool determiner(std::string_view w) {
    return w == "the" || w == "a" || w == "an" || w == "our" || w == "its" || w == "their" ||
           w == "his" || w == "her" || w == "The" || w == "A" || w == "An" || w == "Our" ||
           w == "Its" || w == "Their";
}

std::string join(std::string_view src, const std::vector<Token>& t, std::size_t a, std::size_t b) {
    if (a > b || b >= t.size()) return {};
    return squeeze_spaces(src.substr(t[a].begin, t[b].end - t[a].begin));
}

std::string strip_the_text(std::string s) {
    if (s.starts_with("the ") || s.starts_with("The ")) s.erase(0, 4);
    return s;
}

// ---- subjects ------------------------------------------------------------------------------

struct Subject {
    enum class Kind { none, person, pronoun, unnamed };
    Kind kind = Kind::none;
    std::string name; // clean, as written
    std::string role;
    std::string org;
    Features features;
    std::string_view pattern;
    bool attempted = false; // a speech-verb pattern was there, whatever its subject
    [[nodiscard]] bool found() const { return kind != Kind::none; }
};

// Role and organisation from the words before a name: "Bellhaven Health System president",
// "FBI Special Agent in Charge", "U.S. Attorney".
void prefix_role_org(std::string_view src, const std::vector<Token>& t, std::size_t a,
                     std::size_t b, std::string& role, std::string& org) {
    while (a <= b && (t[a].text == "," || determiner(t[a].text))) ++a;
    while (b > a && (t[b].text == "," || t[b].text == "and")) --b;
    if (a > b || b >= t.size()) return;
    std::size_t first_role = npos;
    for (std::size_t i = a; i <= b; ++i) {
        if (t[i].kind == Tok::Word && (is_role_noun(t[i].text) || is_role_modifier(t[i].text)) &&
            !(t[i].initial_upper && org_head(t[i].text) != OrgHead::none && i > a)) {
            first_role = i;
            break;
        }
    }
    if (first_role == npos) return;
    if (first_role > a && fold_word(t[first_role - 1].text) == "u.s") --first_role;
    role = join(src, t, first_role, b);
    if (first_role > a) {
        std::size_t oe = first_role - 1;
        while (oe > a && (t[oe].kind != Tok::Word || is_connector(t[oe].text))) --oe;
        org = strip_the_text(std::string(without_possessive(join(src, t, a, oe))));
    }
}

// "according to the Washington Post", "the New England Journal of Medicine said": a name
// after "the", or after "the" and a capitalised word that is no title's ("the Secretary of the
// Navy Jane Roe" keeps hers), names an institution, a publication or a thing, not a person.
bool names_a_thing(const std::vector<Token>& t, TokSpan span) {
    const auto the = [&](std::size_t i) { return t[i].text == "the" || t[i].text == "The"; };
    std::size_t k = span.first;
    if (k > 1 && !the(k - 1) && t[k - 1].kind == Tok::Word && t[k - 1].initial_upper &&
        !is_role_word(t[k - 1].text) && !is_role_noun(t[k - 1].text) && !is_honorific(t[k - 1].text)) {
        if (k > 2 && t[k - 3].text == "of") return false;
        --k;
    }
    return k > 0 && the(k - 1);
}

// Subject finding with the model's speaker decision.
class SubjectFinder {
  public:
    SubjectFinder(const People& people, const Model& model, std::vector<FeatureRow>* rows)
        : people_(people), model_(model), rows_(rows) {}

    // A person candidate at span; decided by the model.
    Subject person(const std::vector<Token>& t, TokSpan span, std::string_view pattern,
                   bool role_before, bool role_after) const {
        Subject s;
        span = without_repeat(t, span);
        s.name = clean_name(t, span.first, span.last);
        s.pattern = pattern;
        // A shorter mention is judged by the full name it refers to ("Priya" by "Priya
        // Ramaswamy"): the evidence that it is a person is the full name's.
        const std::string full = people_.resolve(s.name, static_cast<std::size_t>(-1));
        if (full != s.name && name_words(full).size() > name_words(s.name).size()) {
            const std::vector<Token> ft = tokenize(full);
            s.features = speaker_features(ft, TokSpan{0, ft.size() - 1}, pattern, people_, role_before, role_after);
            s.features.set("resolved");
        } else {
            s.features = speaker_features(t, span, pattern, people_, role_before, role_after);
        }
        double p = model_.probability("speaker", s.features);
        // Sieves that need no weights: a place is nobody ("Hong Kong said"; a town that the
        // corpora write as one too, when its name has several words: "Niagara Falls said", but
        // "Burns said" may be a person), nor is a name with a legal suffix; a given name signing
        // a quote after a dash is somebody ("— Mira, trader").
        const std::vector<std::string> words = name_words(full);
        const bool place = (is_place(full) && (words.size() > 1 || !is_given_name(words.front()))) ||
                           (is_corpus_place(full) && words.size() > 1);
        if (place || is_legal_suffix(words.back()))
            p = 0;
        else if (pattern == "pattern_dash" && is_given_name(words.front())) p = 1;
        // "83% of Americans saying": a people is nobody, whoever it might be taken to stand for
        if (s.name.find(' ') == std::string::npos && is_demonym(s.name)) p = 0;
        // (not "according to the Roe declaration": the name is a person's named in full elsewhere)
        if (!s.features.has("resolved") && names_a_thing(t, span)) p = 0;
        // "Senator (R-Colo.) said" with the name lost and the punctuation too: a party's letter
        // and a state are nobody
        if (words.size() == 2 && party_letter_and_state(tokenize(full), 0)) p = 0;
        // "U S announced", "D C": an abbreviation whose stops a scrape turned into spaces
        if (std::all_of(words.begin(), words.end(), [](const std::string& w) { return w.size() == 1; })) p = 0;
        if (rows_) {
            // labelled by the name it resolves to, as the speaker it would become
            FeatureRow row{"speaker", full, {}, p};
            for (const auto& [name, value] : s.features.values()) row.features.emplace_back(name, value);
            rows_->push_back(std::move(row));
        }
        s.kind = p >= 0.5 ? Subject::Kind::person : Subject::Kind::unnamed;
        return s;
    }

    // "said NAME[, TITLE]", "said TITLE NAME", "said ORG TITLE NAME", starting at j.
    Subject after_verb(std::string_view src, const std::vector<Token>& t, std::size_t j,
                       std::size_t end, std::string_view pattern) const;
    // Subject of the speech verb t[v] in the clause starting at lo.
    Subject before_verb(std::string_view src, const std::vector<Token>& t, std::size_t lo,
                        std::size_t v, std::string_view pattern) const;
    Subject from_after(std::string_view src, const std::vector<Token>& t) const;
    Subject from_before(std::string_view src, const std::vector<Token>& t) const;
    // The titled people of a list: "joined in the announcement by A, B and C".
    std::vector<Subject> listed(std::string_view src, const std::vector<Token>& t, std::size_t from,
                                std::size_t to) const;

  private:
    void appositive(std::string_view src, const std::vector<Token>& t, std::size_t k,
                    std::size_t end, Subject& s) const;
    const People& people_;
    const Model& model_;
    std::vector<FeatureRow>* rows_;
};

bool chunk_break(const std::vector<Token>& t, std::size_t i) {
    const std::string_view w = t[i].text;
    if (w == "in") // "Special Agent in Charge" stays one title
        return !(i + 1 < t.size() && is_role_word(t[i + 1].text));
    return w == "of" || w == "for" || w == "at" || w == "the" || w == "with" || w == "from" ||
           w == "(" || w == ")" || w == ",";
}

// True when tokens [a, b] hold a job-title noun.
bool has_role(const std::vector<Token>& t, std::size_t a, std::size_t b) {
    for (std::size_t i = a; i <= b && i < t.size(); ++i)
        if (t[i].kind == Tok::Word && is_role_noun(t[i].text)) return true;
    return false;
}

// "... Revenue Division and U.S. Attorney Dana Quill of ...": "and" before a second official's title
// (in an organisation: one read past the first official's body into the second's title)
bool joins_officials(const std::vector<Token>& t, std::size_t a, std::size_t b) {
    for (std::size_t k = a; k < b && k + 1 < t.size(); ++k)
        if (t[k].text == "and" && has_role(t, k + 1, std::min(b, k + 3))) return true;
    return false;
}

// A clause of officials' titles, names and bodies and nothing else: its only lower-case words
// join them ("of", "for the", "in Charge", "and") or are time words. Not the run of a scrape
// that lost its stops ("... of AARP and a former Councilman Dana Quill now of ...").
bool only_titles_and_names(const std::vector<Token>& t, std::size_t a, std::size_t b) {
    for (std::size_t k = a; k <= b && k < t.size(); ++k) {
        if (t[k].kind != Tok::Word || !lower_word(t[k]) || adverb(t[k])) continue;
        const std::string_view w = t[k].text;
        if (!(w == "of" || w == "the" || w == "for" || w == "and" || w == "in" || w == "at" || w == "on"))
            return false;
    }
    return true;
}

bool holds_an_official(std::string_view org) {
    const std::vector<Token> t = tokenize(org);
    return !t.empty() && joins_officials(t, 0, t.size() - 1);
}

bool org_like(const std::vector<Token>& t, std::size_t a, std::size_t b) {
    for (std::size_t i = a; i <= b && i < t.size(); ++i)
        if (t[i].kind == Tok::Word && t[i].initial_upper &&
            (org_head(t[i].text) == OrgHead::institution || org_head(t[i].text) == OrgHead::company ||
             is_legal_suffix(t[i].text)))
            return true;
    return false;
}

void SubjectFinder::appositive(std::string_view src, const std::vector<Token>& t, std::size_t k,
                               std::size_t end, Subject& s) const {
    while (k <= end && k < t.size() &&
           (t[k].text == "," || (is_postnominal(t[k].text) && (t[k].allcaps || t[k].text == "PhD"))))
        ++k;
    if (k > end || k >= t.size()) return;
    std::string role;
    std::string org;
    split_role_org(src, t, k, end, role, org);
    if (s.role.empty()) s.role = role;
    if (s.org.empty()) s.org = org;
}

Subject SubjectFinder::after_verb(std::string_view src, const std::vector<Token>& t, std::size_t j,
                                  std::size_t end, std::string_view pattern) const {
    Subject s;
    while (j <= end && j < t.size() && adverb(t[j])) ++j;
    if (j > end || j >= t.size()) return s;
    if (is_pronoun_subject(t[j].text)) {
        s.kind = Subject::Kind::pronoun;
        return s;
    }
    if (lower_word(t[j]) && determiner(t[j].text)) {
        for (std::size_t m = j + 1; m <= end && m < t.size() && m < j + 4; ++m)
            if (lower_word(t[m]) && is_unnamed_subject(t[m].text)) {
                s.kind = Subject::Kind::unnamed;
                return s;
            }
    }
    // the run: capitalised words, initials, connectors, '&', lower-case title words, and an
    // acronym in parentheses ("Harbour Safety Agency (HSA) Deputy Director")
    std::size_t k = j;
    while (k <= end && k < t.size()) {
        const Token& x = t[k];
        if (x.text == "(" && k > j && k + 2 <= end && t[k + 1].allcaps && t[k + 2].text == ")") {
            k += 3;
            continue;
        }
        const bool title_word = x.kind == Tok::Word && is_role_word(x.text);
        if (is_cap(x) || x.text == "&" || title_word ||
            (x.kind == Tok::Word && (is_connector(x.text) || is_name_particle(x.text))))
            ++k;
        else
            break;
    }
    if (k > j) {
        std::size_t hi = k - 1;
        while (hi > j && t[hi].kind == Tok::Word && is_connector(t[hi].text)) --hi;
        // chunks at connectors, the first one holding a name wins
        std::size_t a = j;
        for (std::size_t i = j; i <= hi + 1; ++i) {
            if (i <= hi && !chunk_break(t, i)) continue;
            if (i > a) {
                if (auto p = name_ending_at(t, a, i - 1)) {
                    // "said Quillbox Coin's value rose", "said Dana Quill's lawyer": a name's
                    // possessive opens what was said, or names someone else who said it
                    if (is_possessive(t[p->last].text)) return Subject{};
                    const bool role_before = p->first > j && has_role(t, j, p->first - 1);
                    bool role_after = false;
                    std::string role;
                    std::string org;
                    if (p->first > j) prefix_role_org(src, t, j, p->first - 1, role, org);
                    const std::size_t after = p->last + 1;
                    if (after <= end && after < t.size()) {
                        if (t[after].text == ",") {
                            std::size_t ce = after + 1;
                            while (ce <= end && ce < t.size() && !clause_break(t[ce].text)) ++ce;
                            role_after = ce > after + 1 && has_role(t, after + 1, ce - 1);
                        } else if ((t[after].text == "of" || t[after].text == "at") && after < hi &&
                                   org.empty()) {
                            std::size_t oa = after + 1;
                            if (oa <= hi && determiner(t[oa].text)) ++oa;
                            std::size_t ob = hi;
                            if (oa <= ob) org = strip_the_text(join(src, t, oa, ob));
                        }
                    }
                    Subject found = person(t, *p, pattern, role_before, role_after);
                    found.role = role;
                    found.org = org;
                    if (found.kind == Subject::Kind::person && t.size() > after && after <= end &&
                        t[after].text == ",") {
                        std::size_t ce = after + 1;
                        while (ce <= end && ce < t.size() && !sentence_end(t[ce].text) &&
                               !is_quote_mark(t[ce].text))
                            ++ce;
                        if (ce > after + 1) appositive(src, t, after + 1, ce - 1, found);
                    }
                    return found;
                }
            }
            a = i + 1;
        }
    }
    // "said Acme Advisor and distinguished engineer, Lena Brooks": a title, a comma, a name
    for (std::size_t c = j + 1; c <= end && c < t.size() && c < j + 12; ++c) {
        if (clause_break(t[c].text)) break;
        if (t[c].text != ",") continue;
        if (!has_role(t, j, c - 1)) break;
        if (auto p = name_starting_at(t, c + 1, end); p && name_word_count(t, p->first, p->last) >= 2) {
            Subject found = person(t, *p, pattern, true, false);
            prefix_role_org(src, t, j, c - 1, found.role, found.org);
            return found;
        }
        break;
    }
    if (k > j) {
        std::size_t hi = k - 1;
        while (hi > j && t[hi].kind == Tok::Word && is_connector(t[hi].text)) --hi;
        if (org_like(t, j, hi)) s.kind = Subject::Kind::unnamed;
    }
    return s;
}

Subject SubjectFinder::before_verb(std::string_view src, const std::vector<Token>& t, std::size_t lo,
                                   std::size_t v, std::string_view pattern) const {
    Subject s;
    if (v == 0 || v <= lo) return s;
    std::size_t hi = v - 1;
    while (hi > lo && adverb(t[hi])) --hi;
    if (t[hi].text == ")") { // "the Harbour Safety Agency (HSA) announced"
        std::size_t k = hi;
        while (k > lo && t[k].text != "(") --k;
        if (k > lo) hi = k - 1;
    }
    if (t[hi].kind == Tok::Word && (hi == lo || t[hi - 1].text != ",")) {
        if (is_pronoun_subject(t[hi].text)) {
            s.kind = Subject::Kind::pronoun;
            return s;
        }
        if (lower_word(t[hi]) && is_unnamed_subject(t[hi].text)) {
            s.kind = Subject::Kind::unnamed;
            return s;
        }
    }
    // NAME, TITLE[,] VERB: the name heads the clause
    const auto head_name = [&](std::size_t end) -> Subject {
        for (std::size_t k = lo; k < end && k <= lo + 6; ++k) {
            if (!is_cap(t[k])) continue;
            if (k > lo && !(t[k - 1].text == "," || is_function_word(t[k - 1].text) ||
                            clause_break(t[k - 1].text)))
                continue;
            auto p = name_starting_at(t, k, end);
            if (!p) continue;
            const std::size_t after = p->last + 1;
            if (after > end || t[after].text != ",") continue;
            if (after + 1 <= end && (t[after + 1].text == "which" || t[after + 1].text == "that" ||
                                     t[after + 1].text == "who")) {
                Subject u;
                u.kind = Subject::Kind::unnamed;
                return u;
            }
            const std::size_t appos_end = t[end].text == "," ? end - 1 : end;
            Subject found = person(t, *p, pattern, k > lo && has_role(t, lo, k - 1),
                                   has_role(t, after + 1, appos_end));
            appositive(src, t, after + 1, appos_end, found);
            return found;
        }
        return Subject{};
    };
    if (t[hi].text == ",") return head_name(hi);
    // the run ending at hi: "Bellhaven Health System president Jane Roe", "Roe"
    if (is_cap(t[hi])) {
        std::size_t m = hi;
        for (std::size_t steps = 0; m > lo && steps < 16; ++steps) {
            const Token& x = t[m - 1];
            if (is_cap(x) || x.text == "&" ||
                (x.kind == Tok::Word && (is_connector(x.text) || is_role_word(x.text) ||
                                         is_name_particle(x.text))))
                --m;
            else if (x.text == "," && is_name_suffix(t[m].text) && m - 1 > lo) // "Dana Quill, Jr. of"
                --m;
            else
                break;
        }
        while (m < hi && lower_word(t[m]) && (is_connector(t[m].text) || t[m].text == "with"))
            ++m;
        // "Dana Quill of the Western District of Quillton said", "Dana Quill, Jr. of Quillton
        // Falls stated": a name with no given name or initial ending an of-phrase is the place's
        // or the body's; the person named before the "of" speaks
        const auto personal = [&](TokSpan span) {
            if (name_word_count(t, span.first, span.last) < 2) return false; // "York" of "New York"
            for (std::size_t k = span.first; k <= span.last; ++k)
                if (is_given_name(t[k].text) || is_initial(t[k])) return true;
            return false;
        };
        std::optional<TokSpan> named = name_ending_at(t, m, hi);
        if (named && !personal(*named)) {
            std::size_t of = npos;
            for (std::size_t k = m; k < named->first; ++k)
                if (lower_word(t[k]) && (t[k].text == "of" || t[k].text == "from")) {
                    of = k;
                    break;
                }
            if (of != npos) {
                if (auto before = of > m ? name_ending_at(t, m, of - 1) : std::nullopt; before && personal(*before)) {
                    named.reset(); // the name before the "of", as below
                } else {
                    std::size_t commas = 0;
                    for (std::size_t k = lo; k < hi; ++k) commas += t[k].text == "," ? 1 : 0;
                    // "Dana Quill, lecturer at the School of Law in Harbour said"; not "the Church
                    // of Quill, the Temple ... testifies", whose one word is no person's full name,
                    // nor a clause of several commas ("Tom Venn, 28, and ..., were indicted, ...
                    // Dana Quill of the District of Harbour announced")
                    if (commas == 1 && hi - lo <= 24) {
                        Subject h = head_name(hi);
                        if (h.found() && h.name.find(' ') != std::string::npos) return h;
                    }
                }
            }
        }
        // "the Department of Harbour Safety announced", "the Departments of State and Harbour
        // Safety": a name with no given name or initial after a body's "of" or "and", with no
        // title before it, ends the body's name. body_before: the word before an "of" or "on"
        // heads a body ("Department of", "Departments of", "Committee on")
        const auto body_before = [&](std::size_t of) {
            if (of <= lo || !(t[of].text == "of" || t[of].text == "on")) return false;
            const std::string_view head = t[of - 1].text;
            // no title between: "Secretary of Harbour Safety Dana Quill"
            return (org_like(t, of - 1, of - 1) ||
                    (is_cap(t[of - 1]) && head.size() > 3 && head.ends_with('s') &&
                     org_head(fold_word(head.substr(0, head.size() - 1))) == OrgHead::institution)) &&
                   !has_role(t, of - 1, named->first - 1);
        };
        // a name that ends in a word the language writes in lower case ("Homeland Security",
        // "Urban Development") is a person's here only with an initial in it
        const auto given_or_initial = [&](TokSpan span) {
            const bool common_last = lower_case_share(t[span.last].text) >= 50;
            for (std::size_t k = span.first; k <= span.last; ++k)
                if ((is_given_name(t[k].text) && !common_last) || is_initial(t[k])) return true;
            return false;
        };
        bool body_name = false;
        if (named && named->first >= lo + 2 && !given_or_initial(*named)) {
            const std::size_t joint = named->first - 1;
            if (t[joint].text == "of") body_name = body_before(joint);
            // "of State and", "on Transportation and Housing and": a few words between
            for (std::size_t k = joint; t[joint].text == "and" && k > lo && joint - k <= 5 && !body_name;) {
                --k;
                body_name = body_before(k);
                if (!is_cap(t[k]) && t[k].text != "and") break;
                // "of Transportation Roe, Doe and Quill wrote" with the commas lost: people
                if (is_cap(t[k]) && (is_surname(t[k].text) || is_given_name(t[k].text)) &&
                    lower_case_share(t[k].text) < 50)
                    break;
            }
        }
        if (body_name) {
            Subject u;
            u.kind = Subject::Kind::unnamed;
            return u;
        }
        if (auto p = named) {
            // "A Vice Chair at Quellmark Sachs commented": the name after a title's "at", "of"
            // or "for" is where the title is held; the one who speaks is not named
            if (p->first > m && lower_word(t[p->first - 1]) &&
                (t[p->first - 1].text == "at" || t[p->first - 1].text == "of" || t[p->first - 1].text == "for") &&
                has_role(t, m, p->first - 1) &&
                std::none_of(t.begin() + static_cast<std::ptrdiff_t>(p->first),
                             t.begin() + static_cast<std::ptrdiff_t>(p->last) + 1,
                             [](const Token& x) { return is_given_name(x.text); })) {
                Subject u;
                u.kind = Subject::Kind::unnamed;
                return u;
            }
            // a name inside an organisation's name ("Bellhaven Health") is for the model to judge
            Subject found = person(t, *p, pattern, p->first > m && has_role(t, m, p->first - 1), false);
            if (p->first > m) prefix_role_org(src, t, m, p->first - 1, found.role, found.org);
            return found;
        }
        // "Nora Ellis of Pinecrest Capital added": the name ends before "of"/"at"
        for (std::size_t k = m + 1; k < hi; ++k) {
            if (!(lower_word(t[k]) && (t[k].text == "of" || t[k].text == "at" || t[k].text == "from" ||
                                       t[k].text == "with")))
                continue;
            if (auto p = name_ending_at(t, m, k - 1)) {
                Subject found = person(t, *p, pattern, p->first > m && has_role(t, m, p->first - 1), false);
                if (p->first > m) prefix_role_org(src, t, m, p->first - 1, found.role, found.org);
                std::size_t oa = k + 1;
                if (oa <= hi && determiner(t[oa].text)) ++oa;
                if (found.org.empty() && oa <= hi) found.org = strip_the_text(join(src, t, oa, hi));
                return found;
            }
            break;
        }
        // "Jane Roe, EVP at Acme Group says": the name heads the clause, if the clause is no
        // longer than a title would make it; not "..., Dana Quill, guilty of conspiring to ...
        // the Department and the Agency announced"
        bool comma = false;
        for (std::size_t k = lo; k < hi; ++k) comma = comma || t[k].text == ",";
        if (comma && hi - lo <= 24) {
            Subject h = head_name(hi);
            if (h.found()) return h;
        }
        if (org_like(t, m, hi) || is_unnamed_subject(t[hi].text)) s.kind = Subject::Kind::unnamed;
    }
    return s;
}

std::vector<Subject> SubjectFinder::listed(std::string_view src, const std::vector<Token>& t,
                                           std::size_t from, std::size_t to) const {
    std::vector<Subject> people;
    std::size_t a = from;
    for (std::size_t i = from; i <= to + 1 && i <= t.size(); ++i) {
        const bool cut = i > to || i == t.size() || t[i].text == "," || t[i].text == ";" ||
                         (t[i].text == "and" && !(i + 1 < t.size() && t[i + 1].kind == Tok::Word &&
                                                  !is_name_word(t, i + 1) && t[i + 1].initial_upper &&
                                                  org_head(t[i + 1].text) != OrgHead::none)) ||
                         (t[i].text == "as" && i + 2 <= to && t[i + 1].text == "well" && t[i + 2].text == "as");
        if (!cut) continue;
        if (i > a) {
            // "Greg Roe, Acting Director of the Agency": the title comes after the name
            std::size_t end = i - 1;
            // (i may be one past the last token: a list that ends the paragraph)
            if (i < t.size() && t[i].text == "," && i + 1 <= to && has_role(t, i + 1, std::min(to, i + 4))) {
                std::size_t e = i + 1;
                while (e + 1 <= to && t[e + 1].text != "," && t[e + 1].text != ";" &&
                       !(t[e + 1].text == "and" && e + 2 <= to && is_cap(t[e + 2]) && !has_role(t, e + 2, e + 2)))
                    ++e;
                end = e;
            }
            Subject s = after_verb(src, t, a, end, "pattern_announcement");
            if (s.kind == Subject::Kind::person && name_words(s.name).size() >= 2 && !s.role.empty())
                people.push_back(std::move(s));
            if (end > i - 1) {
                i = end; // the title was read with the name
                a = i + 1;
                continue;
            }
        }
        a = i + 1;
        if (i + 2 <= to && t[i].text == "as") a = i + 3;
    }
    return people;
}

std::size_t first_clause_end(const std::vector<Token>& t, std::size_t i) {
    std::size_t end = i;
    while (end + 1 < t.size() && !sentence_end(t[end + 1].text) && t[end + 1].text != ":" &&
           !is_quote_mark(t[end + 1].text))
        ++end;
    return end;
}

Subject SubjectFinder::from_after(std::string_view src, const std::vector<Token>& t) const {
    Subject s;
    std::size_t i = 0;
    while (i < t.size() && t[i].kind == Tok::Punct && !is_dash(t[i].text)) ++i;
    if (i >= t.size()) return s;
    if (is_dash(t[i].text)) { // "— Mira, trader": a signature
        if (i + 1 < t.size() && is_cap(t[i + 1])) {
            if (auto p = name_starting_at(t, i + 1, t.size() - 1)) {
                Subject found = person(t, *p, "pattern_dash", false, false);
                found.attempted = true;
                if (p->last + 1 < t.size() && t[p->last + 1].text == ",")
                    appositive(src, t, p->last + 2, first_clause_end(t, p->last + 1), found);
                return found;
            }
        }
        return s;
    }
    const std::size_t end = first_clause_end(t, i);
    if (fold_word(t[i].text) == "according" && i + 1 < t.size() && t[i + 1].text == "to") {
        s = after_verb(src, t, i + 2, end, "pattern_according");
        s.attempted = true;
        return s;
    }
    if (t[i].kind == Tok::Word && is_speech_verb(t[i].text)) {
        std::size_t j = i + 1;
        if (t[i].text == "pointed" && j < t.size() && t[j].text == "out") ++j;
        s = after_verb(src, t, j, end, "pattern_quote_verb_name");
        s.attempted = true;
        return s;
    }
    // NAME ... VERB in the first clause; the subject must come first ("As Birmingham
    // continues to ..." starts a new sentence)
    if (t[i].kind == Tok::Word && is_function_word(t[i].text) && !is_pronoun_subject(t[i].text) &&
        t[i].text != "the")
        return s;
    for (std::size_t v = i + 1; v <= end && v < i + 30; ++v) {
        if (t[v].kind == Tok::Word && is_speech_verb(t[v].text)) {
            if (is_weak_speech_verb(t[v].text) && v + 1 < t.size() && lower_word(t[v + 1]) &&
                t[v + 1].text != "that" && !adverb(t[v + 1]))
                return s; // "Jane Roe continued to lead": no speech
            s = before_verb(src, t, i, v, "pattern_quote_name_verb");
            s.attempted = true;
            return s;
        }
    }
    return s;
}

Subject SubjectFinder::from_before(std::string_view src, const std::vector<Token>& t) const {
    Subject s;
    if (t.empty()) return s;
    std::size_t hi = t.size() - 1;
    bool colon = false;
    while (hi > 0 && t[hi].kind == Tok::Punct &&
           (t[hi].text == "," || t[hi].text == ":" || is_dash(t[hi].text) || t[hi].text == "(")) {
        colon = colon || t[hi].text == ":";
        --hi;
    }
    if (t[hi].kind == Tok::Punct) return s;
    std::size_t lo = hi;
    while (lo > 0 && !(sentence_end(t[lo - 1].text) || is_quote_mark(t[lo - 1].text) || t[lo - 1].text == ":"))
        --lo;
    if (fold_word(t[lo].text) == "according" && lo + 1 <= hi && t[lo + 1].text == "to")
        return after_verb(src, t, lo + 2, hi, "pattern_according");
    // "Said Congressman Roe,": the verb opens the clause
    if (lo < hi && t[lo].initial_upper && is_speech_verb(fold_word(t[lo].text)))
        return after_verb(src, t, lo + 1, hi, "pattern_verb_name_quote");
    std::size_t v = hi;
    while (v > lo && (adverb(t[v]) || t[v].text == "that")) --v;
    if (t[v].kind == Tok::Word && is_speech_verb(t[v].text)) {
        if (v == lo) return s;
        return before_verb(src, t, lo, v, "pattern_name_verb_quote");
    }
    // "NAME, TITLE, praised the founders, calling them “...”", "describing it as “...”": a
    // participle that names what it quotes speaks for the clause's subject
    {
        std::size_t c = v;
        if (t[c].text == "as" && c > lo) --c;
        const std::string_view object = t[c].text;
        if (c >= lo + 2 && (object == "it" || object == "them" || object == "him" || object == "her" ||
                            object == "this")) {
            const std::string verb = fold_word(t[c - 1].text);
            if (verb == "calling" || verb == "describing" || verb == "dubbing" || verb == "terming")
                return before_verb(src, t, lo, c - 1, "pattern_name_verb_quote");
        }
    }
    if (colon) { // "Jane Roe, CEO:" or "Jane Roe:" introducing the quotation
        if (auto p = name_starting_at(t, lo, hi)) {
            const bool titled = p->last + 1 <= hi && t[p->last + 1].text == ",";
            if (name_word_count(t, p->first, p->last) >= 2 || titled) {
                Subject found = person(t, *p, "pattern_colon", false, titled && has_role(t, p->last + 2, hi));
                if (titled) appositive(src, t, p->last + 2, hi, found);
                return found;
            }
        }
    }
    // a speech verb earlier in the clause: NAME said the plan "will ..."
    for (std::size_t k = lo + 1; k <= hi; ++k) {
        if (t[k].kind == Tok::Word && is_speech_verb(t[k].text) && t[k].text != "announced") {
            Subject b = before_verb(src, t, lo, k, "pattern_name_verb_inline");
            if (b.kind == Subject::Kind::person || b.kind == Subject::Kind::pronoun) return b;
            break;
        }
    }
    return s;
}

// Whether the text between a quotation ending at `after` and the next one, starting at
// `next`, introduces the next: the quotation ends a sentence (".", "!" or "?" before its
// closing mark) and the text, a clause of a few words, ends in "," or ":" right before the
// next quotation ("“We grew.” Dana Quill added, “We hire.”"); not "“We grew,” Dana Quill
// said, “and we hire.”", one quotation split by its attribution.
bool introduces_next_quote(std::string_view para, std::size_t after, std::size_t next) {
    if (next >= para.size() || after >= next || after < 2) return false;
    std::size_t end = after;
    while (end > 0 && (para[end - 1] == '"' || static_cast<unsigned char>(para[end - 1]) >= 0x80)) --end;
    if (end == 0 || (para[end - 1] != '.' && para[end - 1] != '!' && para[end - 1] != '?')) return false;
    std::string_view between = para.substr(after, next - after);
    while (!between.empty() && (between.back() == ' ' || between.back() == '\n')) between.remove_suffix(1);
    if (between.empty() || (between.back() != ',' && between.back() != ':')) return false;
    return std::count(between.begin(), between.end(), ' ') <= 12;
}

// ---- the speakers of a release -------------------------------------------------------------

class SpeakerBook {
  public:
    explicit SpeakerBook(const People& people) : people_(people) {}

    // Adds a person; returns the name the release knows them by.
    std::string add(const Subject& s, std::size_t para) {
        std::string name = people_.resolve(s.name, para);
        if (name.empty() || name.size() > 80) return {};
        const std::vector<std::string> w = name_words(name);
        Speaker* hit = nullptr;
        for (Speaker& sp : speakers) {
            if (sp.name == name) {
                hit = &sp;
                break;
            }
            const std::vector<std::string> sw = name_words(sp.name);
            if (w.size() == 1 && (sw.back() == w[0] || sw.front() == w[0])) {
                hit = &sp;
                break;
            }
            if (sw.size() == 1 && w.size() > 1 && (w.back() == sw[0] || w.front() == sw[0])) {
                rename(sp.name, name);
                sp.name = name;
                hit = &sp;
                break;
            }
        }
        if (!hit) {
            speakers.push_back({name, {}, {}});
            hit = &speakers.back();
        }
        if (hit->role.empty()) hit->role = s.role;
        if (hit->organisation.empty()) hit->organisation = s.org;
        last_ = hit->name;
        return hit->name;
    }

    void rename(const std::string& from, const std::string& to) {
        for (Quote& q : quotes)
            if (q.speaker == from) q.speaker = to;
        if (last_ == from) last_ = to;
    }

    [[nodiscard]] const std::string& last() const { return last_; }
    void set_last(const std::string& name) { last_ = name; }

    std::vector<Speaker> speakers;
    std::vector<Quote> quotes;

  private:
    const People& people_;
    std::string last_;
};

struct Event {
    std::size_t pos;
    bool is_quote;
    std::size_t index; // quote index or token index of the verb
};

std::vector<Token> tokens_of(std::string_view s) { return tokenize(s); }

// A sentence t[b..e] (e its full stop) that quotes a person with no marks: "Text, said TITLE
// NAME." Returns the index of the comma that ends the quoted words, or npos. Not "...,
// announced TITLE NAME": what a release says its officials announced is its own account.
std::size_t unmarked_attribution(const SubjectFinder& finder, std::string_view p, const std::vector<Token>& t,
                                 std::size_t b, std::size_t e) {
    if (e < b + 8) return npos;
    for (std::size_t c = b + 6; c + 2 < e; ++c) {
        if (t[c].text != ",") continue;
        const std::size_t v = c + 1 < e && is_quote_mark(t[c + 1].text) ? c + 2 : c + 1;
        if (!(t[v].kind == Tok::Word && is_speech_verb(t[v].text))) continue;
        if (t[v].text == "announced" || count_words(p.substr(t[b].begin, t[c].begin - t[b].begin)) < 6) return npos;
        const Subject s = finder.after_verb(p, t, v + 1, e - 1, "pattern_unmarked");
        return s.kind == Subject::Kind::person ? c : npos;
    }
    return npos;
}

// Whether the sentence t[b..e] attributes words to someone: a speech verb beside a capitalised
// word or a pronoun ("Roe said", "said Roe", "she added"), or "according to".
bool attributes_speech(const std::vector<Token>& t, std::size_t b, std::size_t e) {
    for (std::size_t k = b; k <= e && k < t.size(); ++k) {
        if (t[k].kind != Tok::Word) continue;
        if (fold_word(t[k].text) == "according" && k + 1 <= e && t[k + 1].text == "to") return true;
        if (t[k].initial_upper || !is_speech_verb(t[k].text)) continue;
        const bool named_before = k > b && (t[k - 1].initial_upper || t[k - 1].text == "he" || t[k - 1].text == "she");
        const bool named_after = k + 1 <= e && t[k + 1].initial_upper;
        if (named_before || named_after) return true;
    }
    return false;
}

// Whether the sentence t[b..e] speaks in the first person ("I", "we", "our", ...).
bool first_person(const std::vector<Token>& t, std::size_t b, std::size_t e) {
    for (std::size_t k = b; k <= e && k < t.size(); ++k)
        if (t[k].kind == Tok::Word && is_first_person(t[k].text)) return true;
    return false;
}

// The sentences of a paragraph, as token ranges [first, full stop]; words after the last full
// stop make none.
std::vector<std::pair<std::size_t, std::size_t>> sentences_of(const std::vector<Token>& t) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t b = 0;
    for (std::size_t k = 0; k < t.size(); ++k)
        if (sentence_end(t[k].text)) {
            if (k > b) out.emplace_back(b, k);
            b = k + 1;
        }
    return out;
}

// Words outside quotations in [b, e) of a paragraph.
std::size_t words_between(const std::string& p, std::size_t b, std::size_t e) {
    if (b >= e || b >= p.size()) return 0;
    return count_words(std::string_view(p).substr(b, std::min(e, p.size()) - b));
}

} // namespace

void split_role_org(std::string_view src, const std::vector<Token>& t, std::size_t lo,
                    std::size_t hi, std::string& role, std::string& org) {
    if (lo > hi || hi >= t.size()) return;
    while (lo <= hi && (t[lo].text == "," || determiner(t[lo].text) || t[lo].text == "and")) ++lo;
    while (hi > lo && (t[hi].kind == Tok::Punct || is_connector(t[hi].text))) --hi;
    if (lo > hi) return;
    // ROLE of|at|for|with ORG
    for (std::size_t k = lo + 1; k < hi; ++k) {
        const std::string_view w = t[k].text;
        if ((w == "of" || w == "at" || w == "for" || w == "with" || w == ",") && has_role(t, lo, k - 1)) {
            std::size_t oa = k + 1;
            if (oa <= hi && determiner(t[oa].text)) ++oa;
            if (oa > hi || !is_cap(t[oa])) {
                if (w == ",") continue;
                // "Director for Law Enforcement": a field, not an organisation
                role = join(src, t, lo, hi);
                return;
            }
            // "CEO of Quillton-based investment firm Vellmark": the firm, not where it is based
            for (std::size_t m = oa; m <= hi && m <= oa + 3; ++m) {
                if (!(t[m].text.ends_with("-based") || t[m].text.ends_with("-headquartered"))) continue;
                std::size_t c = m + 1;
                while (c <= hi && c <= m + 5 && t[c].kind == Tok::Word && !is_cap(t[c])) ++c;
                if (c <= hi && is_cap(t[c])) oa = c;
                break;
            }
            // the organisation's capitalised words, through a connector inside its name ("Bureau
            // of Quill Affairs", "Quill & Venn"), to the first other word: "spokesperson for the
            // Quillton Harbour Authority in an email" names the Authority. Words before an "at"
            // are the title's field, the organisation after it ("Director of Client Services at
            // Quillbox")
            std::size_t ob = oa;
            std::size_t role_end = k - 1;
            while (ob + 1 <= hi && t[ob + 1].text != "," && t[ob + 1].text != "(") {
                const Token& next = t[ob + 1];
                // "Quillbox Ltd. This program ...": a sentence that a legal form's stop ends
                if (t[ob].text.ends_with('.') && next.initial_upper && is_function_word(next.text)) break;
                const bool inside = is_cap(next) || next.has_digit || next.kind != Tok::Word;
                std::size_t cap_at = ob + 2;
                if (cap_at <= hi && t[cap_at].text == "the") ++cap_at;
                const bool named_after = cap_at <= hi && (is_cap(t[cap_at]) || t[cap_at].has_digit);
                // "Quillbox in Texas", "... in New Brunswick": where the body is, no part of its
                // name (but "Believe in Quillton", "Quill in the Kitchen")
                if (next.text == "in" && named_after) {
                    std::size_t place_end = cap_at;
                    while (place_end + 1 <= hi && is_cap(t[place_end + 1]) && place_end < cap_at + 2) ++place_end;
                    bool place = false;
                    for (std::size_t e = cap_at; e <= place_end; ++e)
                        place = place || is_place(std::string(src.substr(t[cap_at].begin, t[e].end - t[cap_at].begin)));
                    if (place) break;
                }
                if (next.text == "at" && named_after) {
                    role_end = ob;
                    oa = ob = cap_at;
                    continue;
                }
                const bool connector =
                    (is_connector(next.text) || next.text == "by" || next.text == "to") && named_after;
                if (!inside && !connector) break;
                ++ob;
            }
            while (ob > oa && t[ob].kind != Tok::Word) --ob;
            role = join(src, t, lo, role_end);
            // "Vice President of Acme Group and CEO of Acme Health": the first organisation,
            // and both titles
            for (std::size_t a = oa + 1; a < ob; ++a) {
                if (!(t[a].text == "and" && a + 1 <= ob && t[a + 1].kind == Tok::Word && is_role_noun(t[a + 1].text)))
                    continue;
                std::size_t r = a + 1;
                while (r + 1 <= ob && (is_role_word(t[r + 1].text) || t[r + 1].text == "and") &&
                       !(t[r + 1].text == "of" || t[r + 1].text == "at"))
                    ++r;
                role += " and " + join(src, t, a + 1, r);
                ob = a - 1;
                break;
            }
            // "for Field Safety", "for Law Enforcement": ordinary words are a field of the title
            bool all_roles = true;
            for (std::size_t i = oa; i <= ob; ++i)
                if (t[i].kind == Tok::Word && !is_role_word(t[i].text) && !is_connector(t[i].text))
                    all_roles = false;
            if (all_roles && w != ",") {
                role = join(src, t, lo, ob);
                return;
            }
            // "the QXV's criminal enforcement office": the body whose office it is
            org = strip_the_text(std::string(without_possessive(join(src, t, oa, ob))));
            return;
        }
    }
    // ORG ROLE ("Acme CEO", "Acme's Vice President")
    if (is_role_noun(t[hi].text) || is_role_modifier(t[hi].text)) {
        std::size_t r = hi;
        while (r > lo && (is_role_word(t[r - 1].text) || t[r - 1].text == "and" || t[r - 1].text == "&") &&
               !(t[r - 1].initial_upper && org_head(t[r - 1].text) != OrgHead::none))
            --r;
        role = join(src, t, r, hi);
        if (r > lo) org = strip_the_text(std::string(without_possessive(join(src, t, lo, r - 1))));
        return;
    }
    if (has_role(t, lo, hi)) role = join(src, t, lo, hi);
    else if (is_cap(t[lo])) org = strip_the_text(join(src, t, lo, hi));
}

Attribution attribute(const Document& doc, std::vector<QuoteSpan> quotes, const People& people,
                      const Model& model, std::vector<FeatureRow>* rows) {
    const SubjectFinder finder(people, model, rows);
    SpeakerBook book(people);
    const std::vector<Paragraph>& paras = doc.paragraphs;

    // byte ranges each paragraph gives to quotations
    std::vector<std::vector<std::pair<std::size_t, std::size_t>>> covered(paras.size());
    const auto cover = [&](const QuoteSpan& q) {
        for (std::size_t pi = q.para_first; pi <= q.para_last && pi < paras.size(); ++pi)
            covered[pi].emplace_back(pi == q.para_first ? q.open : 0,
                                     pi == q.para_last ? q.after : paras[pi].text.size());
    };
    for (const QuoteSpan& q : quotes) cover(q);

    // unmarked quotations: "Text, said TITLE NAME. More text." in a paragraph without marks. The
    // words after such a sentence go on quoting the same person up to the next sentence that
    // attributes words to someone.
    const auto unmarked_span = [&](std::size_t pi, std::size_t open, std::size_t close) {
        QuoteSpan q;
        q.para_first = q.para_last = pi;
        q.open = open;
        q.close = q.after = close;
        q.text = std::string(trim(std::string_view(paras[pi].text).substr(open, close - open)));
        q.speech = true;
        q.unmarked = true;
        return q;
    };
    for (std::size_t pi = 0; pi < paras.size(); ++pi) {
        if (!covered[pi].empty()) continue;
        const std::string& p = paras[pi].text;
        const std::vector<Token>& t = paras[pi].tokens;
        const std::vector<std::pair<std::size_t, std::size_t>> sentences = sentences_of(t);
        std::vector<std::size_t> said_comma(sentences.size());
        for (std::size_t k = 0; k < sentences.size(); ++k)
            said_comma[k] = unmarked_attribution(finder, p, t, sentences[k].first, sentences[k].second);
        for (std::size_t k = 0; k < sentences.size(); ++k) {
            const auto [b, e] = sentences[k];
            const std::size_t c = said_comma[k];
            if (c == npos) continue;
            quotes.push_back(unmarked_span(pi, t[b].begin, t[c].begin));
            // In a paragraph whose sentences before the statement are the release's account, a
            // scrape that lost the breaks ran quotation and account together: past the
            // sentence after it, the words quote the speaker while they speak in the first person.
            std::size_t rest_end = p.size();
            // the speaker goes on while this sentence or the next speaks in the first person: "The
            // Department has a duty to ... I am confident that ..."
            const auto speaks_on = [&](std::size_t n) {
                for (std::size_t m = n; m < sentences.size() && m <= n + 1; ++m)
                    if (first_person(t, sentences[m].first, sentences[m].second)) return true;
                return false;
            };
            for (std::size_t n = k + 1; n < sentences.size(); ++n)
                if (said_comma[n] != npos || attributes_speech(t, sentences[n].first, sentences[n].second) ||
                    ((k > 0 || sentences.size() > 5) && n > k + 1 && !speaks_on(n))) {
                    rest_end = t[sentences[n].first].begin;
                    break;
                }
            if (e + 1 < t.size() && count_words(std::string_view(p).substr(t[e].end, rest_end - t[e].end)) >= 6)
                quotes.push_back(unmarked_span(pi, t[e].end, rest_end));
        }
    }
    // a quotation that lost its opening mark ends at its closing one; the sentences after its
    // attribution, with no marks at all, go on quoting the same person ("...," said Jane
    // Roe. More words of hers.)
    const std::size_t found_quotes = quotes.size();
    for (std::size_t qi = 0; qi < found_quotes; ++qi) {
        const QuoteSpan q = quotes[qi];
        if (!q.unmarked || q.open != 0 || q.after == q.close) continue;
        const Paragraph& para = paras[q.para_first];
        const std::vector<Token>& t = para.tokens;
        std::size_t k = 0;
        while (k < t.size() && t[k].begin < q.after) ++k;
        while (k < t.size() && !sentence_end(t[k].text) && !is_quote_mark(t[k].text)) ++k;
        if (k >= t.size() || !sentence_end(t[k].text)) continue;
        bool marks = false;
        for (std::size_t m = k + 1; m < t.size(); ++m) marks = marks || is_quote_mark(t[m].text);
        if (marks) continue;
        std::size_t rest_end = para.text.size(); // up to the next sentence that attributes words
        for (const auto& [b, e] : sentences_of(t))
            if (b > k && attributes_speech(t, b, e)) {
                rest_end = t[b].begin;
                break;
            }
        if (count_words(std::string_view(para.text).substr(t[k].end, rest_end - t[k].end)) < 6) continue;
        quotes.push_back(unmarked_span(q.para_first, t[k].end, rest_end));
    }
    std::sort(quotes.begin(), quotes.end(), [](const QuoteSpan& a, const QuoteSpan& b) {
        return a.para_first != b.para_first ? a.para_first < b.para_first : a.open < b.open;
    });
    for (auto& c : covered) c.clear();
    for (const QuoteSpan& q : quotes) cover(q);

    std::vector<std::vector<std::size_t>> by_para(paras.size());
    for (std::size_t i = 0; i < quotes.size(); ++i) by_para[quotes[i].para_first].push_back(i);

    std::vector<std::string> quote_speaker(quotes.size());
    std::vector<bool> blocked(quotes.size(), false); // attributed to nobody
    std::size_t last_quote_para = npos;
    std::string last_quote_speaker;

    const auto inside_quote = [&](std::size_t pi, std::size_t pos) {
        for (const auto& [b, e] : covered[pi])
            if (pos >= b && pos < e) return true;
        return false;
    };

    for (std::size_t pi = 0; pi < paras.size(); ++pi) {
        const std::string& p = paras[pi].text;
        const std::vector<Token>& pt = paras[pi].tokens;
        // the officials who made an announcement: "A, B and C made the announcement", "...
        // joined in the announcement by A, B and C", "announced by A and B"
        for (std::size_t k = 0; k + 1 < pt.size(); ++k) {
            const std::string_view w = pt[k].text;
            if (w == "announcement" && k >= 2 && pt[k - 1].text == "the" &&
                (pt[k - 2].text == "made" || pt[k - 2].text == "make" || pt[k - 2].text == "makes")) {
                std::size_t lo = k - 2;
                while (lo > 0 && !sentence_end(pt[lo - 1].text) && !is_quote_mark(pt[lo - 1].text)) --lo;
                if (k >= 3)
                    for (const Subject& s : finder.listed(p, pt, lo, k - 3)) book.add(s, pi);
            }
            if (w == "by" && k >= 1) {
                // "announced by", "the announcement was made jointly by": not "the announcement
                // following sentencing by Judge ..."
                bool trigger = false;
                for (std::size_t b = k; b > 0 && k - b < 6 && !trigger;) {
                    --b;
                    const std::string_view x = pt[b].text;
                    trigger = x == "announcement" || x == "announced";
                    if (!trigger && !is_announcement_link(x)) break;
                }
                if (!trigger) continue;
                std::size_t end = k + 1;
                while (end + 1 < pt.size() && !sentence_end(pt[end + 1].text)) ++end;
                for (const Subject& s : finder.listed(p, pt, k + 1, end)) book.add(s, pi);
            }
        }
        std::vector<Event> events;
        for (const std::size_t qi : by_para[pi]) events.push_back({quotes[qi].open, true, qi});
        for (std::size_t k = 0; k < pt.size(); ++k) {
            const Token& x = pt[k];
            const bool according = fold_word(x.text) == "according" && k + 1 < pt.size() && pt[k + 1].text == "to";
            if (x.kind != Tok::Word || (!according && (x.initial_upper || !is_speech_verb(x.text)))) continue;
            if (!inside_quote(pi, x.begin)) events.push_back({x.begin, false, k});
        }
        std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.pos < b.pos; });

        std::string para_speaker;
        bool para_blocked = false;
        for (const Event& ev : events) {
            if (!ev.is_quote) {
                // reported speech
                const std::size_t v = ev.index;
                const bool according = fold_word(pt[v].text) == "according";
                // "Senator Dana Quill announced $2 million for ...": an official's announcement is
                // reported speech whatever follows; a firm's "announced the launch" is not, and
                // the name before it is taken only with a title before it, or a given name and a
                // title after it ("Dana Quill, CEO, announced"; not "Quillbox, a leader in ...")
                bool titled_only = false;
                if (!according && is_weak_speech_verb(pt[v].text)) {
                    // past the time words: "announced today that", "noted in a statement that"
                    std::size_t n = v + 1;
                    while (n < pt.size() && adverb(pt[n])) ++n;
                    const std::string_view next = n < pt.size() ? pt[n].text : std::string_view(".");
                    const bool ok = next == "," || next == ":" || next == "that" || is_quote_mark(next) ||
                                    next == "." || (n < pt.size() && is_cap(pt[n]));
                    if (!ok && pt[v].text != "announced") continue;
                    titled_only = !ok;
                }
                // "announced by A and B" is read above; "responded by removing himself" is a deed
                if (v + 1 < pt.size() && pt[v + 1].text == "by") continue;
                Subject s;
                const std::size_t next = according ? v + 2 : v + 1;
                std::size_t end = next;
                while (end + 1 < pt.size() && !sentence_end(pt[end + 1].text) && !is_quote_mark(pt[end + 1].text))
                    ++end;
                // "TITLE A of X and TITLE B of Y": where the one speaker read would hold the
                // second official's title in its organisation, the list's reading of A, whose
                // organisation ends before the "and", stands for it (B's name may not read:
                // "U.S. Attorney Dana Quill Rose")
                const auto list_instead = [&](const std::vector<Subject>& officials) {
                    if (!(s.kind == Subject::Kind::person && holds_an_official(s.org)) || officials.empty() ||
                        officials.front().name != s.name)
                        return false;
                    for (const Subject& o : officials) book.add(o, pi);
                    return true;
                };
                std::vector<Subject> announcers;
                if (pt[v].text == "announced" && next < pt.size() && is_cap(pt[next])) {
                    // "..., announced TITLE A of X and TITLE B for Y": officials who announce
                    // together are each a speaker
                    announcers = finder.listed(p, pt, next, end);
                    if (announcers.size() >= 2) {
                        for (const Subject& o : announcers) book.add(o, pi);
                        continue;
                    }
                }
                if (next < pt.size() && (is_cap(pt[next]) || according))
                    s = finder.after_verb(p, pt, next, end, according ? "pattern_according" : "pattern_verb_name");
                if (list_instead(announcers)) continue;
                if (!s.found() && !according) {
                    std::size_t lo = v;
                    while (lo > 0 && !clause_break(pt[lo - 1].text)) --lo;
                    s = finder.before_verb(p, pt, lo, v, "pattern_name_verb");
                    // "..., TITLE A of X and TITLE B of Y announced": the officials are read as a
                    // list, each a speaker, from after the clause's last comma, where nothing
                    // else stands there or A's organisation would hold B's title and name
                    std::size_t from = lo;
                    for (std::size_t k = lo; k < v; ++k)
                        if (pt[k].text == ",") from = k + 1;
                    const bool person = s.kind == Subject::Kind::person;
                    const bool joint = (person && holds_an_official(s.org)) ||
                                       ((s.kind == Subject::Kind::none || s.kind == Subject::Kind::unnamed) &&
                                        v > from && joins_officials(pt, from, v - 1) &&
                                        only_titles_and_names(pt, from, v - 1));
                    if (joint) {
                        const std::vector<Subject> officials = finder.listed(p, pt, person ? lo : from, v - 1);
                        if (!person && officials.size() >= 2) {
                            for (const Subject& o : officials) book.add(o, pi);
                            continue;
                        }
                        if (list_instead(officials)) continue;
                    }
                }
                // the role is read for a title only where the name needs one
                const auto titled = [&] {
                    if (s.features.has("role_before")) return true;
                    if (!s.features.has("first_given")) return false;
                    const std::vector<Token> rt = tokenize(s.role);
                    return !rt.empty() && rt.front().kind == Tok::Word && is_role_word(rt.front().text);
                };
                if (s.kind == Subject::Kind::person && (!titled_only || titled())) book.add(s, pi);
                continue;
            }
            const QuoteSpan& q = quotes[ev.index];
            if (!q.speech) continue;
            const std::string& first = paras[q.para_first].text;
            const std::string& lastp = paras[q.para_last].text;
            std::size_t before_b = 0;
            for (const auto& [b, e] : covered[q.para_first])
                if (e <= q.open && e > before_b) before_b = e;
            std::size_t after_e = lastp.size();
            for (const auto& [b, e] : covered[q.para_last])
                if (b >= q.after && b < after_e) after_e = b;
            const std::string_view before = std::string_view(first).substr(before_b, q.open - before_b);
            const std::string_view after = std::string_view(lastp).substr(q.after, after_e - q.after);

            std::string speaker;
            bool unnamed = false;
            Subject s;
            if (q.unmarked) {
                const std::vector<Token> at = tokens_of(after);
                s = finder.from_after(after, at);
                if (!s.found()) s = finder.from_before(before, tokens_of(before));
            } else if (introduces_next_quote(lastp, q.after, after_e)) {
                // "“... stakeholders.” Dana Quill added, “...”": the clause after a finished
                // sentence is the next quotation's, and this one is the clause's before it
                s = finder.from_before(before, tokens_of(before));
            } else {
                const std::vector<Token> at = tokens_of(after);
                s = finder.from_after(after, at);
                if (!s.found() && !s.attempted) s = finder.from_before(before, tokens_of(before));
            }
            if (s.kind == Subject::Kind::person) speaker = book.add(s, pi);
            else if (s.kind == Subject::Kind::pronoun) speaker = book.last();
            else if (s.kind == Subject::Kind::unnamed || s.attempted) unnamed = true;

            if (speaker.empty() && !unnamed && !para_blocked) {
                if (!para_speaker.empty()) {
                    speaker = para_speaker; // (3) split quotation
                } else {
                    const bool bare = words_between(first, before_b, q.open) <= 2 &&
                                      count_words(after) <= 3;
                    if (bare && !last_quote_speaker.empty() && last_quote_para != npos &&
                        q.para_first <= last_quote_para + 2)
                        speaker = last_quote_speaker; // (4) carries on
                }
            }
            if (unnamed) {
                para_blocked = true;
                blocked[ev.index] = true;
            }
            if (!speaker.empty()) {
                quote_speaker[ev.index] = speaker;
                para_speaker = speaker;
                last_quote_speaker = speaker;
                last_quote_para = q.para_last;
                book.set_last(speaker);
            } else if (unnamed) {
                last_quote_speaker.clear();
            }
        }
        // a later quotation of the paragraph may name the speaker of an earlier one
        if (!para_speaker.empty())
            for (const std::size_t qi : by_para[pi])
                if (quote_speaker[qi].empty() && !blocked[qi] && quotes[qi].speech && !para_blocked)
                    quote_speaker[qi] = para_speaker;
    }
    // (5) one person quoted: theirs are the quotations left
    if (book.speakers.size() == 1) {
        const std::size_t attributed = static_cast<std::size_t>(
            std::count_if(quote_speaker.begin(), quote_speaker.end(), [](const std::string& s) { return !s.empty(); }));
        if (attributed > 0)
            for (std::size_t i = 0; i < quotes.size(); ++i)
                if (quote_speaker[i].empty() && !blocked[i] && quotes[i].speech)
                    quote_speaker[i] = book.speakers.front().name;
    }
    for (std::size_t i = 0; i < quotes.size(); ++i)
        if (!quote_speaker[i].empty()) book.quotes.push_back({quote_speaker[i], quotes[i].text});
    // names that grew after their quotations were attributed
    for (Quote& q : book.quotes) {
        const auto it = std::find_if(book.speakers.begin(), book.speakers.end(),
                                     [&](const Speaker& s) { return s.name == q.speaker; });
        if (it == book.speakers.end()) {
            const std::vector<std::string> qw = name_words(q.speaker);
            for (const Speaker& s : book.speakers) {
                const std::vector<std::string> sw = name_words(s.name);
                if (!qw.empty() && !sw.empty() && (sw.back() == qw.back() || sw.front() == qw.front())) {
                    q.speaker = s.name;
                    break;
                }
            }
        }
    }
    Attribution out;
    for (const Speaker& s : book.speakers)
        if (!s.organisation.empty() && s.organisation.size() < 100) out.speaker_organisations.push_back(s.organisation);
    out.speakers = std::move(book.speakers);
    out.quotes = std::move(book.quotes);
    std::erase_if(out.quotes, [&](const Quote& q) {
        return std::none_of(out.speakers.begin(), out.speakers.end(), [&](const Speaker& s) { return s.name == q.speaker; });
    });
    return out;
}

} // namespace pressdex::extract::detail
