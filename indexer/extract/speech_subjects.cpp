#include "indexer/extract/speech_subjects.hpp"

#include "indexer/extract/lexicon.hpp"

#include <algorithm>

namespace pressdex::extract::detail {
namespace {

bool is_dash(std::string_view w) {
    return w == "-" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || w == "\xE2\x80\x95";
}

bool lower_word(const Token& t) { return t.kind == Tok::Word && !t.initial_upper && !t.cap; }

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

bool org_like(const std::vector<Token>& t, std::size_t a, std::size_t b) {
    for (std::size_t i = a; i <= b && i < t.size(); ++i)
        if (t[i].kind == Tok::Word && t[i].initial_upper &&
            (org_head(t[i].text) == OrgHead::institution || org_head(t[i].text) == OrgHead::company ||
             is_legal_suffix(t[i].text)))
            return true;
    return false;
}

std::size_t first_clause_end(const std::vector<Token>& t, std::size_t i) {
    std::size_t end = i;
    while (end + 1 < t.size() && !sentence_end(t[end + 1].text) && t[end + 1].text != ":" &&
           !is_quote_mark(t[end + 1].text))
        ++end;
    return end;
}

} // namespace

Subject SubjectFinder::person(const std::vector<Token>& t, TokSpan span, std::string_view pattern,
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


bool is_quote_mark(std::string_view w) {
    return w == "\"" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D" || w == "\xE2\x80\x9E" ||
           w == "\xC2\xAB" || w == "\xC2\xBB";
}

bool sentence_end(std::string_view w) { return w == "." || w == "!" || w == "?" || w == ";"; }

bool clause_break(std::string_view w) {
    return sentence_end(w) || is_quote_mark(w) || w == ":" || w == "|" || is_dash(w);
}

bool is_cap(const Token& t) { return t.kind == Tok::Word && (t.cap || t.initial_upper); }

bool adverb(const Token& t) {
    if (!lower_word(t)) return false;
    const std::string_view w = t.text;
    if (w.size() > 4 && w.ends_with("ly") && w != "family" && w != "italy" && w != "supply") return true;
    return w == "today" || w == "recently" || w == "also" || w == "yesterday" || w == "earlier" ||
           w == "then" || w == "further" || w == "previously" || w == "once" || w == "later" ||
           w == "again" || w == "too" || w == "in" || w == "a" || w == "statement" || w == "this" ||
           w == "week" || w == "here" || w == "now";
}

bool joins_officials(const std::vector<Token>& t, std::size_t a, std::size_t b) {
    for (std::size_t k = a; k < b && k + 1 < t.size(); ++k)
        if (t[k].text == "and" && has_role(t, k + 1, std::min(b, k + 3))) return true;
    return false;
}

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

} // namespace pressdex::extract::detail
