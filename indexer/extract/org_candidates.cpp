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
            for (Run piece : pieces_of_run(t, context, run)) {
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
