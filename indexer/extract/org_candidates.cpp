#include "indexer/extract/org_candidates.hpp"

#include "indexer/extract/data_tables.hpp"
#include "indexer/extract/lexicon.hpp"
#include "indexer/extract/org_forms.hpp"
#include "indexer/extract/org_lists.hpp"
#include "indexer/extract/org_mention_features.hpp"
#include "indexer/extract/org_pieces.hpp"
#include "indexer/extract/org_runs.hpp"

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

// The evidence gathered for one candidate over the release.
struct Tally {
    OrgCandidate candidate;
    std::map<std::string_view, double> values;
    std::size_t mentions = 0;
    std::size_t mid_sentence = 0;
    std::size_t in_questions = 0;

    [[nodiscard]] bool has(std::string_view feature) const { return values.count(feature) != 0; }
    void set(std::string_view feature) { values[feature] = 1.0; }
};

// The release's candidates, one per key, in the order first seen.
class Tallies {
public:
    // The tally of the form's key, made if new; npos for a key empty or too long for a name.
    std::size_t of(const std::string& form, std::size_t para, std::size_t offset) {
        std::string key = org_key(form);
        if (key.empty() || key.size() > 120) return npos;
        auto [it, fresh] = index_.emplace(key, all_.size());
        if (fresh) {
            Tally tally;
            tally.candidate.key = std::move(key);
            tally.candidate.first_para = para;
            tally.candidate.first_offset = offset;
            all_.push_back(std::move(tally));
        }
        std::vector<std::string>& forms = all_[it->second].candidate.forms;
        if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.push_back(form);
        return it->second;
    }
    [[nodiscard]] std::size_t find(const std::string& key) const {
        const auto it = index_.find(key);
        return it == index_.end() ? npos : it->second;
    }
    Tally& operator[](std::size_t i) { return all_[i]; }
    std::vector<Tally>& all() { return all_; }

private:
    std::unordered_map<std::string, std::size_t> index_;
    std::vector<Tally> all_;
};

// What the mention scan knows of one paragraph.
struct ParagraphScan {
    const Document& doc;
    const OrgContext& context;
    const Vocabulary& vocab;
    std::size_t index; // of the paragraph
    std::string_view text;
    const std::vector<Token>& t;
    bool heading = false;
    bool about = false; // an "About ..." section's paragraph
    std::vector<std::pair<std::size_t, std::size_t>> quoted;
    std::vector<Run> runs;
    std::vector<ListContext> lists; // one per run
    std::vector<SharedHeadName> shared_head;
};

// One span of chunks of a piece, tokens [first, last]: a mention if it passes
struct Span {
    const Run& run;
    std::size_t run_index;
    const Run& piece;
    std::size_t first;
    std::size_t last;
};

// A piece cut at its connectors, its possessives and its head-words into chunks, whose runs
// are the spans that may name a body.
std::vector<Run> chunks_of(const std::vector<Token>& t, const Run& piece, const Vocabulary& vocab) {
    std::vector<Run> chunks;
    std::size_t start = piece.first;
    for (std::size_t i = piece.first; i <= piece.last; ++i) {
        // "Orvell's Lindqvist Memorial Hospital": a possessive ends a chunk
        if (i < piece.last && is_possessive(t[i].text) && t[i].kind == Tok::Word && !people_possessive(t[i].text) &&
            !owner_named_business(t, i) && !brand_possessive(t, piece.first, i, vocab) &&
            !(t[i + 1].text == without_possessive(t[i].text) && is_function_word(t[i + 1].text))) {
            chunks.push_back({start, i});
            start = i + 1;
            continue;
        }
        // "Human Services Office of Inspector General": a head-word followed by another
        // capitalised word may end one name where the next begins
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
    return chunks;
}

// Whether the span of chunks [ci, cj] is no mention whatever its words
bool no_mention(const ParagraphScan& p, const std::vector<Run>& chunks, std::size_t ci, std::size_t cj) {
    const std::vector<Token>& t = p.t;
    const std::size_t first = chunks[ci].first;
    const std::size_t last = chunks[cj].last;
    if (t[first].kind != Tok::Word || (lower(t[first]) && !name_number(t[first]) && !lettered_number(t[first])) ||
        (is_function_word(t[first].text) && !opens_place(t, first, last) && !opener_of_name(t, first, last)))
        return true;
    // "follow us on Facebook": a platform used as a service, not named as an organisation (the
    // annotation guide leaves these out)
    if (first == last && platform_used(t, first)) return true;
    if (first == last && credential_after_degree(t, first)) return true;
    // "Harbour and Budget Committees" names two committees, not one
    if (std::any_of(p.shared_head.begin(), p.shared_head.end(),
                    [&](const SharedHeadName& n) { return n.head == last && first >= n.list; }))
        return true;
    // "Dana and Tom", "Quill and Venn": two people by a word of their names; not a firm named
    // after two ("Quill and Venn Highlights ..." in its own release's title)
    if (first + 2 == last && t[first + 1].text == "and" && person_word(t[first], p.context.people) &&
        person_word(t[last], p.context.people)) {
        const std::string pair(without_possessive(squeeze_spaces(span_text(p.text, t, first, last))));
        if (!is_known_organisation(org_key(pair)) && p.doc.title.find(pair) == std::string::npos) return true;
    }
    // "Quillbox Inc. and Vellmark Co.": two names, never one ("&" joins more often than it
    // lists: "Quill Apparel & Footwear Association")
    if (std::any_of(chunks.begin() + static_cast<std::ptrdiff_t>(ci) + 1,
                    chunks.begin() + static_cast<std::ptrdiff_t>(cj) + 1, [&](const Run& c) {
                        const std::size_t k = c.first - 1;
                        return t[k].text == "and" && names_on_both_sides(p.text, t, first, k, last);
                    }))
        return true;
    // "EVs", "LLMs", "OEMs": an acronym in the plural names a kind of thing (but "the FBIs
    // Newark Division", its apostrophe lost, is the FBI's)
    return first == last && plural_acronym(t[first].text) &&
           !(p.vocab.apostrophes_lost && first + 1 < t.size() && cap_word(t[first + 1]));
}

// A word of an office's title before a place's name ("Chief of the ...")
bool office_title_word(const Token& x) {
    return is_role_noun(x.text) || is_role_modifier(x.text) || x.text == "of" || x.text == "the";
}

// "Chief of the Fairfax County, Virginia, Police Department": the office is named from its place
// on, without the state's words and commas
bool state_left_out(const Span& s) {
    return s.run.state_first != 0 && s.first < s.run.state_first && s.last > s.run.state_last + 1;
}

// The span's name as a candidate's form: the state left out, a possessive's "'s" cut off; empty
// for none
std::string form_of(const ParagraphScan& p, const Span& s) {
    const std::vector<Token>& t = p.t;
    const std::size_t first = s.first;
    const std::size_t last = s.last;
    std::string form;
    if (state_left_out(s)) {
        if (office_title_word(t[first])) return form;
        // "Harris County Sheriffs Office", the state left out
        form = squeeze_spaces(p.text.substr(t[first].begin, t[s.run.state_first].begin - t[first].begin)) + " " +
               squeeze_spaces(span_text(p.text, t, s.run.state_last + 2, last));
    } else {
        form = squeeze_spaces(span_text(p.text, t, first, last));
    }
    // ... but "at Quillton Children's." or "Quillton Children's and ..." keeps it: a hospital's
    // name, with no noun after it that it would own ("Federation of Quill Women's award")
    if ((!people_possessive(t[last].text) ||
         (last + 1 < t.size() && t[last + 1].kind == Tok::Word &&
          !(lower(t[last + 1]) && is_function_word(t[last + 1].text)))) &&
        !trade_name_possessive(p.doc, t, last))
        form = std::string(without_possessive(form));
    if (last == s.run.last && s.run.bare_possessive_end && form.ends_with('s')) form.pop_back();
    if (form.size() < 2) form.clear();
    return form;
}

bool and_or_ampersand(const Token& x) { return x.text == "and" || x.text == "&"; }

// The evidence of one mention, gathered into the candidate's tally
void add_mention(const ParagraphScan& p, const Span& s, const std::string& form, Tally& tally) {
    const std::vector<Token>& t = p.t;
    const Run& piece = s.piece;
    const std::size_t first = s.first;
    const std::size_t last = s.last;
    MentionFeatures f;
    const bool about = p.about && first <= 1;
    const bool lost_possessive_s = last == s.run.last && s.run.bare_possessive_end;
    if (tally.mentions == 0 && (state_left_out(s) || lost_possessive_s)) {
        // the name's shape, without the state's words and commas, or without the "s" of a
        // possessive that lost its apostrophe ("FBIs", an acronym, not a word with an inner
        // capital)
        const std::vector<Token> ft = tokenize(form);
        if (!ft.empty()) shape_features(ft, 0, ft.size() - 1, f);
    } else if (tally.mentions == 0) {
        shape_features(t, first, last, f);
    }
    context_features(t, first, last, f);
    if (lost_possessive_s) f.set("possessive");
    // a name cut from the next one at a head-word ("...Services | Office of...")
    f.set("after_head_boundary",
          first > piece.first && org_head(t[first - 1].text) != OrgHead::none && cap_word(t[first - 1]));
    f.set("before_head_boundary",
          last < piece.last && org_head(t[last].text) != OrgHead::none && cap_word(t[last + 1]));
    // "Aapex Cleaning and Quill Environmental", "the EPA and the State Department of X": one
    // side of a coordination is a name of its own
    const bool after_and = first > piece.first && and_or_ampersand(t[first - 1]) && last == piece.last;
    const bool before_and = first == piece.first && last < piece.last && and_or_ampersand(t[last + 1]);
    f.set("conjunct", (after_and && !coordinated_subject(t, first - 1, piece.last)) ||
                          (before_and && !coordinated_subject(t, last + 1, piece.last)));
    f.set("heading", p.heading && !about);
    f.set("about", about);
    // "..., Zentora, Quill Cable and Vellmark": the two sides of the list's last "and" are its
    // items, not the names joined, unless the corpora know the joined name ("Procter and
    // Gamble")
    const ListContext& list = p.lists[s.run_index];
    const bool whole = first == piece.first && last == piece.last;
    const bool lists_and_side =
        list.holds_the_lists_and &&
        !is_known_organisation(org_key(squeeze_spaces(span_text(p.text, t, piece.first, piece.last))));
    const bool list_side = lists_and_side && (after_and || before_and);
    f.set("list_with_organisation", list.with_organisation && ((whole && !lists_and_side) || list_side));
    f.set("list_of_organisations", list.after_org_plural && whole);

    ++tally.mentions;
    if (f.values.count("mid_sentence")) ++tally.mid_sentence;
    for (const auto& [name, value] : f.values) tally.values[name] = std::max(tally.values[name], value);
    bool after_title = first > piece.first && s.run.state_first != 0;
    for (std::size_t k = piece.first; after_title && k < first; ++k) after_title = office_title_word(t[k]);
    if ((first == piece.first || after_title) && last == piece.last) tally.set("whole_piece");
    if ((after_and && names_on_both_sides(p.text, t, piece.first, first - 1, last)) ||
        (before_and && names_on_both_sides(p.text, t, first, last + 1, piece.last)))
        tally.set("whole_piece");
    if (std::none_of(p.quoted.begin(), p.quoted.end(), [&](const auto& r) {
            return t[first].begin >= r.first && t[first].begin < r.second;
        }))
        tally.set("outside_quote");
    if (in_title_case_question(t, first)) ++tally.in_questions;
    if (!ticker_position(t, first, last)) tally.set("outside_ticker");
    if (first > 0 && is_honorific(t[first - 1].text)) tally.set("after_honorific");
    if (first > 0 && personal_address(t[first - 1].text)) tally.set("after_address");
    // "President Quill has proposed": one word right after a capitalised title's noun is a
    // person's surname (weighed by train-extract --fit-new)
    if (first == last && first > 0 && !t[first].allcaps && t[first - 1].initial_upper &&
        is_role_noun(t[first - 1].text) && org_head(t[first].text) == OrgHead::none)
        tally.set("after_title_noun");
    if (role_appositive(t, last)) tally.set("role_appositive");
    // "Dana Quill, M.D., ...": a degree after a comma is a person's
    if (last + 2 < t.size() && t[last + 1].text == "," && is_postnominal(t[last + 2].text)) tally.set("degree_after");
}

// The mentions of one paragraph: every span of chunks of every piece of every capitalised run
void scan_paragraph(const ParagraphScan& p, Tallies& tallies, std::size_t& piece_number,
                    std::vector<OrgMention>& mentions) {
    const std::vector<Token>& t = p.t;
    const auto copies = title_copies(p.text, p.doc);
    for (std::size_t ri = 0; ri < p.runs.size(); ++ri) {
        const Run& run = p.runs[ri];
        if (std::any_of(copies.begin(), copies.end(), [&](const auto& c) {
                return t[run.first].begin >= c.first && t[run.last].end <= c.second;
            }))
            continue;
        // "(NYSE: ACME)", "(Photo: ...)": the words between a bracket and a colon label what
        // follows; an exchange listing a ticker is no mention of the exchange
        if (run.first > 0 && t[run.first - 1].text == "(" && run.last + 1 < t.size() && t[run.last + 1].text == ":")
            continue;
        for (Run piece : pieces_of_run(t, p.context, run)) {
            piece.first = after_organ(t, piece);
            piece.last = before_organ(t, piece);
            const std::size_t piece_id = piece_number++;
            const std::vector<Run> chunks = chunks_of(t, piece, p.vocab);
            const std::size_t max_chunks = chunks.size() > 6 ? 3 : chunks.size();
            for (std::size_t ci = 0; ci < chunks.size(); ++ci) {
                for (std::size_t cj = ci; cj < chunks.size() && cj < ci + max_chunks; ++cj) {
                    if (no_mention(p, chunks, ci, cj)) continue;
                    const Span span{run, ri, piece, chunks[ci].first, chunks[cj].last};
                    const std::string form = form_of(p, span);
                    if (form.empty()) continue;
                    const std::size_t ti = tallies.of(form, p.index, t[span.first].begin);
                    if (ti == npos) continue;
                    add_mention(p, span, form, tallies[ti]);
                    mentions.push_back({piece_id, span.first, span.last, ti});
                }
            }
        }
    }
}

// " words ": a key that matches whole words only
std::string between_spaces(std::string_view key) {
    std::string out;
    out.reserve(key.size() + 2);
    out.push_back(' ');
    out.append(key);
    out.push_back(' ');
    return out;
}

// Evidence from the release as a whole: the title, its web addresses, its acronym definitions
// and its speakers' organisations (the last two add candidates of their own)
void add_release_evidence(const Document& doc, const OrgContext& context, const Vocabulary& vocab,
                          Tallies& tallies) {
    // the title: a mention there is evidence, not a candidate of its own
    const std::string padded_title = between_spaces(org_key(doc.title));
    for (Tally& tally : tallies.all())
        if (padded_title.find(between_spaces(tally.candidate.key)) != std::string::npos) tally.set("in_title");
    // "visit quillbox.com": a name the release's own web or e-mail address spells is a firm's
    // or its product's (weighed by train-extract --fit-new)
    if (const std::unordered_set<std::string> domains = domain_labels(doc); !domains.empty())
        for (Tally& tally : tallies.all())
            if (const std::string letters = squashed(tally.candidate.key);
                letters.size() >= 3 && domains.contains(letters) && !tally.has("person_name") &&
                !tally.has("first_given") && // a person's own site
                !(context.people && context.people->knows(tally.candidate.forms.front())))
                tally.set("domain_name");
    // acronym definitions: both sides
    for (const AcronymDef& def : context.acronyms) {
        if (const std::size_t i = tallies.of(def.long_form, npos, 0); i != npos) tallies[i].set("long_form");
        if (const std::size_t i = tallies.of(def.acronym, npos, 0); i != npos) {
            tallies[i].set("acronym_defined");
            // "Notice of Proposed Rulemaking (NPRM)": the acronym of a term is a term's, though
            // the corpora know a body by the same letters ("Human Capital Management (HCM)")
            if (const std::string long_key = org_key(def.long_form);
                is_corpus_term(long_key) && !is_known_organisation(long_key))
                tallies[i].set("acronym_of_term");
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
        if (const std::size_t k = unit_before_parent(ot, runs.back().first, last); k != npos) last = k;
        const std::string form(squeeze_spaces(span_text(org, ot, runs.back().first, last)));
        if (const std::size_t i = tallies.of(std::string(without_possessive(form)), npos, 0); i != npos)
            tallies[i].set("speaker_org");
    }
}

// The shape of the candidates that no mention gave one (from acronyms and speakers' titles),
// and the terms among long forms and their acronyms. Marks the candidates whose form
// tokenizes to nothing.
void add_term_evidence(const Document& doc, const OrgContext& context, Tallies& tallies,
                       std::vector<bool>& no_words) {
    std::vector<Tally>& all = tallies.all();
    no_words.assign(all.size(), false);
    for (std::size_t i = 0; i < all.size(); ++i) {
        Tally& tally = all[i];
        if (tally.mentions == 0) {
            const std::vector<Token> ft = tokenize(tally.candidate.forms.front());
            no_words[i] = ft.empty();
            if (ft.empty()) continue;
            MentionFeatures f;
            shape_features(ft, 0, ft.size() - 1, f);
            for (const auto& [name, value] : f.values) tally.values[name] = value;
        }
        // "Managed Threat Detection and Response (MTDR)": a long form of ordinary words with no
        // head-word defines a term more often than a body
        if (tally.has("long_form") && tally.has("common_all_no_head") && tally.has("no_proper_word") &&
            !named_after_its_members(tally.candidate.forms.front()))
            tally.set("term_long_form");
    }
    // ... and so does its acronym, which a release goes on to use alone (weighed by
    // train-extract --fit-new)
    for (const AcronymDef& def : context.acronyms)
        if (const std::size_t l = tallies.find(org_key(def.long_form)), a = tallies.find(org_key(def.acronym));
            l != npos && a != npos && l != a && all[l].has("term_long_form") &&
            !written_with_legal_form(doc, def.long_form))
            all[a].set("acronym_of_plain_words");
}

// "Quillbox Cloud" where "Quillbox" stands alone too: a name that goes on from another
// candidate's, with no head-word or legal form of its own, names its product or service (a
// brand's one rare word, not a place's or a person's name: "Quillton Rovers", "Quill Public
// Relations")
void mark_extensions(const OrgContext& context, const Vocabulary& vocab, std::vector<Tally>& all) {
    std::unordered_set<std::string> standing_alone;
    for (const Tally& tally : all) {
        if (tally.mentions == 0 || !tally.has("whole_piece") || tally.candidate.key.find(' ') != std::string::npos)
            continue;
        // the brand's word, without the legal form after it ("Quillbox, Inc.")
        const std::string& form = tally.candidate.forms.front();
        const std::string word = form.substr(0, form.find_first_of(" ,"));
        if ((tally.has("rare_single") ||
             (tally.has("legal_suffix") && !is_legal_suffix(word) && org_head(word) == OrgHead::none)) &&
            !is_given_name(word) && !is_surname(word) && !is_demonym(tally.candidate.key) && !is_place(word) &&
            !is_corpus_place(tally.candidate.key) && !vocab.towns.contains(tally.candidate.key) &&
            !(context.people && context.people->knows(word)))
            standing_alone.insert(tally.candidate.key);
    }
    if (standing_alone.empty()) return;
    for (Tally& tally : all) {
        const std::string& key = tally.candidate.key;
        bool extends = false;
        for (std::size_t sp = key.find(' '); sp != std::string::npos && !extends; sp = key.find(' ', sp + 1))
            extends = standing_alone.contains(key.substr(0, sp));
        if (!extends) continue;
        // (nor a branch's "Quill Motors of Harbourton", a web address's "Quillbox.com", a name
        // the corpora know as a body's, or one with a firm's mark: a head-word, a legal form,
        // an ampersand)
        if (tally.has("legal_suffix") || tally.has("words_1") || key.find(" of ") != std::string::npos ||
            is_known_organisation(key) ||
            std::any_of(tally.candidate.forms.begin(), tally.candidate.forms.end(), has_a_firms_mark))
            continue;
        // (a plural closing it names a line of business, as a company is named: "Quillbox
        // Medicines", "Quillbox Securities")
        if (key.ends_with("s") && !key.ends_with("ss") && !key.ends_with("us") && !key.ends_with("is")) continue;
        tally.set("extends_other");
    }
}

// Whether a candidate is no organisation whatever its weight: a single ordinary word
// capitalised only because it opens a sentence ("Todays", "Exposure"), a territory, a storm, a
// law, a person, a work's title
bool ruled_out(const Tally& tally, const Document& doc, const OrgContext& context,
               const std::unordered_set<std::string>& aged) {
    const std::string& key = tally.candidate.key;
    const std::string& form = tally.candidate.forms.front();
    if (tally.mentions > 0 && !tally.has("mid_sentence") && tally.has("common_single") &&
        !tally.has("acronym_defined") && !tally.has("speaker_org"))
        return true;
    // "the Eastern District of Vellmark" is a territory, as a place is: the body is the court or
    // the office for it; "Hurricane Quill" is a storm
    if (tally.has("jurisdiction") || (storm_war_or_degree(key) && !is_known_organisation(key)) || title_of_law(key))
        return true;
    if (dotted_abbreviation(key) || party_and_state(form) || lone_company_head(form) || lone_suffix(form) ||
        is_non_organisation(form) || non_organisations_listed(form) || party_that_is_no_party(form) ||
        field_of_work_name(form) || (award_category(form) && !is_known_organisation(key)) ||
        presidency(form, context.people))
        return true;
    // "Dr. Dana Quill", or a person the release names ("Dana Quill, executive director, ..."): a
    // person written as one, no organisation (not "Dana Quill College, president ...": a
    // head-word or a legal form names a body, and so does a known organisation)
    if (person_shaped(form) && !is_known_organisation(key)) {
        const bool known_person = context.people && context.people->knows(form);
        if ((tally.has("after_honorific") && (known_person || starts_with_given_name(form))) ||
            (tally.has("role_appositive") && known_person) || tally.has("degree_after") ||
            name_with_middle_initial(form))
            return true;
    }
    // "the novel Quill Harbour": a name after a work's noun is the work's title, no body, unless
    // a legal form, a head-word or the corpora say it names one ("the book Quillton Press Ltd.
    // published")
    if (tally.has("after_work_noun") && !tally.has("legal_suffix") && !tally.has("acronym") &&
        !is_known_organisation(key) &&
        std::none_of(tally.candidate.forms.begin(), tally.candidate.forms.end(), [](const std::string& f) {
            const std::vector<Token> ft = tokenize(f);
            return std::any_of(ft.begin(), ft.end(), [](const Token& x) {
                return org_head(x.text) != OrgHead::none || is_legal_suffix(x.text);
            });
        }))
        return true;
    // "Mr. Quill", "Dr. Venn": a surname after a form of address is a person's
    if (tally.has("after_address") && key.find(' ') == std::string::npos && !tally.has("acronym") &&
        !is_known_organisation(key))
        return true;
    if (!aged.empty() && aged.contains(key) && !is_known_organisation(key) &&
        (key.find(' ') == std::string::npos || person_shaped(form)))
        return true;
    // a person who goes by the surname, named in full or by the surname ("Quill's book")
    if (context.people) {
        const std::string full =
            form.find(' ') == std::string::npos ? context.people->resolve(form, tally.candidate.first_para) : form;
        if ((full == form || full.ends_with(" " + form)) && context.people->knows(full) && goes_by_surname(doc, full))
            return true;
    }
    return false;
}

// The features a candidate's mentions add up to, with what the release knows of people and
// what the corpora know of the name
void add_candidate_evidence(const Document& doc, const OrgContext& context, const Vocabulary& vocab, Tally& tally) {
    auto& values = tally.values;
    const std::string& key = tally.candidate.key;
    const std::string& form = tally.candidate.forms.front();
    values["mentions_2"] = tally.mentions == 2 ? 1.0 : 0.0;
    values["mentions_3plus"] = tally.mentions >= 3 ? 1.0 : 0.0;
    values["no_mention"] = tally.mentions == 0 ? 1.0 : 0.0;
    if (tally.mentions > 0 && !tally.has("mid_sentence")) tally.set("only_sentence_start");
    if (tally.mid_sentence >= 2) tally.set("mid_sentence_2plus");
    if (tally.mentions > 0 && !tally.has("whole_piece")) tally.set("only_part");
    if (tally.mentions > 0 && !tally.has("outside_quote")) tally.set("only_in_quotes");
    if (tally.mentions > 0 && !tally.has("outside_ticker")) tally.set("only_ticker");
    // every mention in a title-case question (weighed by train-extract --fit-new)
    if (tally.mentions > 0 && tally.in_questions == tally.mentions) tally.set("only_in_questions");
    // the evidence that served the tallies and the rules above, no feature of the model
    for (const std::string_view gathered :
         {"mid_sentence", "sentence_start", "whole_piece", "outside_quote", "outside_ticker", "after_honorific",
          "degree_after", "after_address", "after_work_noun", "role_appositive"})
        values.erase(gathered);
    if (context.people && context.people->knows(form))
        tally.set("person_name");
    else if (context.people && context.people->may_be_person(form))
        tally.set("person_like");
    // "Image Management System" in a heading, "image management system" in the text: a
    // description in title case, not a name
    if (form.find(' ') != std::string::npos) {
        std::string lowered = form;
        for (char& c : lowered)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        if (lowered != form && std::any_of(doc.paragraphs.begin(), doc.paragraphs.end(), [&](const Paragraph& p) {
                return p.text.find(lowered) != std::string::npos;
            }))
            tally.set("written_lower_case");
    }
    // "Venn" or "Carlotta" after "Dr. Carlotta Venn", "Ruiz Venn" after "Marta Ruiz Venn": one
    // word of, or the last words of, a full name the release's people know is a later mention
    // of that person
    if (context.people) {
        const std::string full = context.people->resolve(form, tally.candidate.first_para);
        const bool one_word = form.find(' ') == std::string::npos;
        if (full != form && full.find(' ') != std::string::npos && (one_word || full.ends_with(" " + form)) &&
            context.people->knows(full))
            tally.set("person_mention");
    }
    for (const std::string& s : context.speakers)
        // the speaker's name, or the surname a quoted person goes by ("said Quill")
        if (const std::string speaker = org_key(s);
            speaker == key || (key.find(' ') == std::string::npos && speaker.ends_with(" " + key)))
            tally.set("speaker_name");
    // "a Nevada Corporation" describes where a company is registered
    // ... and "Canadian", "Iraqis" alone describe as a place does
    if (is_place(form) || is_place(key) || is_corpus_place(key) || place_phrase(form) || is_demonym(key) ||
        vocab.towns.contains(key))
        tally.set("place");
    // "Press Office", "Emergency Medical Services": words that other releases write in lower
    // case as often as not name a kind of thing, not one body ("Federal Aviation
    // Administration" never is); a legal form or the corpora's own record of the name says
    // otherwise
    if (is_corpus_term(key) && !tally.has("legal_suffix") && !is_known_organisation(key)) tally.set("corpus_term");
    if (is_known_organisation(key)) {
        tally.set("known_org");
        // "ships its parts to Textron": a company's one-word name that no dictionary writes in
        // lower case is a name wherever it stands, cue or none. Not an acronym ("CERT", often a
        // term), a web address or platform (a wire's or a link's), a person's name, a head-word
        // or a word of the language ("Apple", "Internet")
        const std::vector<Token> ft = tokenize(form);
        if (ft.size() == 1 && !ft[0].allcaps && form.find('.') == std::string::npos && !is_web_platform(form) &&
            !is_given_name(form) && !is_surname(form) && compound_lower_case_share(form) < 10 &&
            org_head(form) == OrgHead::none)
            tally.set("known_name");
        // "Charles Schwab", "Eli Lilly": a known body's name shaped like a person's, with no
        // head-word to say what it is
        if ((tally.has("person_like") || tally.has("first_given")) && !tally.has("head_last_institution") &&
            !tally.has("head_last_company"))
            tally.set("known_person_like");
    }
}

} // namespace

OrgCandidates org_candidates(const Document& doc, const OrgContext& context) {
    const Vocabulary vocab = vocabulary_of(doc);
    Tallies tallies;
    OrgCandidates out;
    std::size_t piece_number = 0;
    std::vector<std::pair<std::size_t, SharedHeadName>> shared_names; // with their paragraph
    for (std::size_t pi = 0; pi < doc.paragraphs.size(); ++pi) {
        const Paragraph& para = doc.paragraphs[pi];
        const std::vector<Token>& t = para.tokens;
        if (t.empty()) continue;
        std::vector<Run> runs = cap_runs(t, vocab);
        std::vector<ListContext> lists = list_contexts(t, runs);
        const ParagraphScan scan{doc,
                                 context,
                                 vocab,
                                 pi,
                                 para.text,
                                 t,
                                 heading_paragraph(t),
                                 fold_word(t[0].text) == "about" && t[0].initial_upper,
                                 quoted_ranges(t),
                                 std::move(runs),
                                 std::move(lists),
                                 names_sharing_plural_head(doc, t, para.text, vocab.apostrophes_lost)};
        for (const SharedHeadName& n : scan.shared_head) shared_names.emplace_back(pi, n);
        scan_paragraph(scan, tallies, piece_number, out.mentions);
    }
    // the names that share a plural head-word, the text never writing them whole
    for (const auto& [pi, n] : shared_names)
        if (const std::size_t i = tallies.of(n.form, pi, n.offset); i != npos) tallies[i].set("shared_plural_head");
    add_release_evidence(doc, context, vocab, tallies);
    std::vector<bool> no_words; // a form that tokenizes to nothing
    add_term_evidence(doc, context, tallies, no_words);
    std::vector<Tally>& all = tallies.all();
    mark_extensions(context, vocab, all);

    std::vector<std::size_t> renumber(all.size(), npos);
    const std::unordered_set<std::string> aged = people_with_age(doc);
    out.candidates.reserve(all.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        Tally& tally = all[i];
        if (no_words[i] || ruled_out(tally, doc, context, aged)) continue;
        renumber[i] = out.candidates.size();
        add_candidate_evidence(doc, context, vocab, tally);
        for (const auto& [name, value] : tally.values) tally.candidate.features.set(name, value);
        out.candidates.push_back(std::move(tally.candidate));
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
