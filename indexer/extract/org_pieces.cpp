#include "indexer/extract/org_pieces.hpp"

#include "indexer/extract/data_tables.hpp"
#include "indexer/extract/lexicon.hpp"
#include "indexer/extract/names.hpp"
#include "indexer/extract/org_candidates.hpp"
#include "indexer/extract/org_forms.hpp"
#include "indexer/extract/org_runs.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace pressdex::extract::detail {

namespace {

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

// A job title's words in a piece: [first, last], and whether "of", "for", "at" or "on" follows
struct JobTitle {
    std::size_t first;
    std::size_t last;
    bool of_after;
};

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
    // [a, b] without the words that open or close no name: function words, months, lower-case
    // words, forms of address, "About", a title's opening words
    void trim(std::size_t& a, std::size_t& b) const {
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
    }

    // A job title whose noun is t[k], in the piece [a, b], where it cuts the piece: "Acme CEO",
    // "CEO of Acme", "Attorney General", "Special Agent in Charge"; none where the title's words
    // are a name's ("General Motors", "Department of Commerce", "Commerce Department")
    [[nodiscard]] std::optional<JobTitle> title_at(std::size_t a, std::size_t b, std::size_t k) const {
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
            return std::nullopt;
        // "General Motors", "Principal Financial": a title's noun that also qualifies titles
        // (an adjective: "General Counsel", "Principal Engineer"), opening the piece before an
        // ordinary word no title has, is a name's first word (a person's name after it was
        // cut out above)
        if ((k == a || t[k - 1].text == "and" || t[k - 1].text == "&" || t[k - 1].text == ",") && k < b &&
            is_role_modifier(t[k].text) && cap_word(t[k + 1]) && !title_word(t[k + 1]) &&
            is_common_word(t[k + 1].text) && !is_surname(t[k + 1].text) && !is_given_name(t[k + 1].text))
            return std::nullopt;
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
        if (k == b && ts == k && k > a && !is_role_noun(t[k].text) && named_after_members(t, a, k)) return std::nullopt;
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
            return std::nullopt;
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
            if (org_head(next) == OrgHead::institution || plural_head) return std::nullopt;
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
        if (!(of_after || name_after || alone || te == b)) return std::nullopt;
        return JobTitle{ts, te, of_after};
    }

    void cut(std::size_t a, std::size_t b, std::vector<Run>& out, int depth = 0) const {
        if (depth > 8) return;
        trim(a, b);
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
            const std::optional<JobTitle> title = title_at(a, b, k);
            if (!title) continue;
            if (title->first > a) cut(a, title->first - 1, out, depth + 1);
            // "Director of Regulatory Affairs", "Professor of Electrical and Computer Engineering":
            // a field of work after a title's "of" is the title's, no body
            if (title->last < b && !(title->of_after && field_of_work(title->last + 2, b)))
                cut(title->of_after ? title->last + 2 : title->last + 1, b, out, depth + 1);
            return;
        }
        out.push_back({a, b});
    }
};

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

} // namespace

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

bool personal_address(std::string_view w) {
    for (const std::string_view form : {"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Messrs."})
        if (w == form) return true;
    return false;
}

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

bool proper_word(const Token& w) {
    return w.kind == Tok::Word && !lower(w) && (w.allcaps || compound_lower_case_share(w.text) < 10);
}

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

bool has_a_firms_mark(const std::string& form) {
    const std::vector<Token> ft = tokenize(form);
    return std::any_of(ft.begin(), ft.end(), [](const Token& x) {
        return org_head(x.text) != OrgHead::none || is_legal_suffix(x.text) || x.text == "&";
    });
}

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

bool person_word(const Token& w, const People* people) {
    if (w.kind != Tok::Word || w.allcaps || !w.initial_upper || is_place(w.text) || org_head(w.text) != OrgHead::none)
        return false;
    const std::string word(without_possessive(w.text));
    return is_given_name(word) || is_surname(word) || (people && people->knows_word(word));
}

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

std::vector<Run> pieces_of_run(const std::vector<Token>& t, const OrgContext& context, const Run& run) {
    std::vector<Run> pieces;
    const Cutter cutter{t, context};
    cutter.cut(run.first, run.last, pieces);
    return pieces;
}

} // namespace pressdex::extract::detail
