#include "indexer/extract/orgs.hpp"

#include "indexer/extract/acronyms.hpp"
#include "indexer/extract/lexicon.hpp"
#include "indexer/extract/names.hpp"

#include <algorithm>
#include <unordered_set>

namespace pressdex::extract::detail {
namespace {

bool possessive(std::string_view w) {
    return w.ends_with("'s") || w.ends_with("\xE2\x80\x99s") || w.ends_with("s'");
}

// The word without a possessive ending: "Corporation’s" -> "Corporation".
std::string_view without_possessive(std::string_view w) {
    if (w.ends_with("'s")) return w.substr(0, w.size() - 2);
    if (w.ends_with("\xE2\x80\x99s")) return w.substr(0, w.size() - 4);
    if (w.ends_with("s'")) return w.substr(0, w.size() - 1);
    return w;
}

bool possessive_in_name(std::string_view w) {
    const std::string f = fold_word(w);
    return f == "children's" || f == "women's" || f == "men's" || f == "people's" ||
           f == "veterans'" || f == "attorney's" || f == "attorneys'" || f == "sheriff's" ||
           f == "workers'" || f == "farmers'" || f == "citizens'" || f == "st" || f == "mcdonald's" ||
           f == "kohl's" || f == "macy's" || f == "lowe's" || f == "dillard's" || f == "wendy's" ||
           f == "moody's" || f == "sotheby's" || f == "christie's" || f == "children’s";
}

bool run_connector(std::string_view w) {
    return w == "of" || w == "for" || w == "and" || w == "&" || w == "the" || w == "de" ||
           w == "du" || w == "des" || w == "la" || w == "del" || w == "von" || w == "van" ||
           w == "der" || w == "y" || w == "da" || w == "do" || w == "dos";
}

// "Departments", "FBIs", "Commerces": a possessive written without its apostrophe (DOJ text
// export), t[i] being followed by a capitalised word.
bool bare_possessive(const std::vector<Token>& t, std::size_t i) {
    if (i + 1 >= t.size()) return false;
    const Token& next = t[i + 1];
    if (next.kind != Tok::Word || !next.initial_upper) return false;
    const std::string_view w = t[i].text;
    if (w.size() < 4 || w.back() != 's') return false;
    if (t[i].allcaps) return false;
    const std::string_view stem = w.substr(0, w.size() - 1);
    if (stem.size() >= 2 && std::all_of(stem.begin(), stem.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        return true; // FBIs
    // not a word, though its stem is: "Commerces Patent Office"
    if (!is_common_word(w) && !is_dictionary_proper(w) && is_common_word(stem)) return true;
    if (!is_org_head(stem)) return false;
    if (is_org_head(w)) // "Parks Services Office of Visitor Safety": a second name follows
        return is_strong_org_head(next.text) && i + 2 < t.size() &&
               (t[i + 2].text == "of" || t[i + 2].text == "for");
    if (is_strong_org_head(stem)) return true; // "Departments Civil Rights Division"
    // a weak head ("Groups Review Team") only when an organisation follows; "Assets
    // Control" is a plain plural inside a name
    for (std::size_t k = i + 1; k < t.size() && k < i + 6 && t[k].initial_upper; ++k)
        if (is_org_head(t[k].text)) return true;
    return false;
}

// "Denver-based", "Paris-headquartered": describes the name that follows, never part of one.
bool based_word(std::string_view w) {
    const std::string f = fold_word(w);
    return f.ends_with("-based") || f.ends_with("-headquartered");
}

bool is_cap_word(const Token& t) {
    return t.kind == Tok::Word && (t.cap || (t.has_digit && t.text.size() > 1 && t.initial_upper));
}

bool generic_word(const Token& t) {
    return is_org_head(t.text) || is_function_word(t.text) || is_role_word(t.text) ||
           is_place_word(t.text) || is_legal_suffix(t.text) || is_connector(t.text);
}

// The text of tokens [a, b] with single spaces, and a space put back between two words the
// source had glued together ("WidgetsInc." -> "Widgets Inc.").
// (src is the text the tokens view; only whitespace lies between tokens, so it is not read.)
std::string join([[maybe_unused]] std::string_view src, const std::vector<Token>& t, std::size_t a,
                 std::size_t b) {
    std::string out;
    for (std::size_t k = a; k <= b && k < t.size(); ++k) {
        if (k > a) {
            const bool spaced = t[k].begin > t[k - 1].end;
            const bool glued_words = t[k - 1].kind == Tok::Word && t[k].kind == Tok::Word;
            if (spaced || glued_words) out.push_back(' ');
        }
        out.append(t[k].text);
    }
    return out;
}

// True when tokens [a, a+len) and [b, b+len) have the same text.
bool same_tokens(const std::vector<Token>& t, std::size_t a, std::size_t b, std::size_t len) {
    if (b + len > t.size()) return false;
    for (std::size_t k = 0; k < len; ++k)
        if (t[a + k].text != t[b + k].text) return false;
    return true;
}

bool is_heading(const std::vector<Token>& t) {
    std::size_t words = 0;
    std::size_t caps = 0;
    std::size_t commas = 0;
    bool colon = false;
    for (const auto& k : t) {
        if (k.text == ",") ++commas;
        if (k.text == ":") colon = true;
    }
    // "Jane Roe, Senior Partner, Acme Health System": a list line, not a heading
    if (commas >= 2 && !colon) return false;
    for (const auto& k : t) {
        if (k.kind != Tok::Word) continue;
        ++words;
        if (k.initial_upper || is_connector(k.text)) ++caps;
    }
    if (words == 0 || words > 14) return false;
    const std::string_view last = t.back().text;
    if (last == "." || last == "!" || last == "?") return false;
    return caps * 10 >= words * 8;
}

} // namespace

bool plausible_speaker_org(std::string_view role, std::string_view org) {
    // "founder of Dusty Cars": the top of an organisation names it, whatever its words
    bool top = false;
    std::string last_role_word;
    for (const Token& k : tokenize(role)) {
        last_role_word = fold_word(k.text);
        const std::string& f = last_role_word;
        if (f == "founder" || f == "co-founder" || f == "cofounder" || f == "ceo" || f == "owner" ||
            f == "co-owner" || f == "president" || f == "chairman" || f == "chairwoman" || f == "proprietor")
            top = true;
    }
    if (last_role_word == "district") return false; // "U.S. Attorney for the District" of X
    std::vector<Token> t = tokenize(org);
    std::erase_if(t, [](const Token& k) { return k.kind != Tok::Word; });
    if (t.empty() || !t[0].cap) return false;
    bool head = false;
    bool ordinary = true; // every word an ordinary English word
    for (const Token& k : t) {
        if (is_org_head(k.text) || is_legal_suffix(k.text)) head = true;
        if (!is_connector(k.text) && (k.allcaps || !is_common_word(k.text))) ordinary = false;
    }
    if (head) return true;
    if (ordinary && t.size() >= 2 && !top) return false; // "Director for Field Safety"
    return !is_place_word(t.front().text) && !is_non_org_tail(t.back().text); // "District of Maine", "County"
}

std::string_view strip_the(std::string_view name) {
    if (starts_with_ci(name, "the ")) name.remove_prefix(4);
    return trim(name);
}

namespace {

// "Society for Welding, Casting and Forging", "Ministry of Culture, Sports and
// Tourism": the object of a strong head's of/for may be a list of subjects. Returns the index
// of the list's last word when t[j + 1] is the comma that starts one: single capitalised
// ordinary words (no acronyms, places or head-words, which start other names) separated by
// commas, the last after "and", inside a run [i, j] holding "<strong head> of/for"; else 0.
std::size_t subject_list_end(const std::vector<Token>& t, std::size_t i, std::size_t j) {
    bool head_of = false;
    for (std::size_t k = i; k < j; ++k)
        if (is_strong_org_head(t[k].text) && (t[k + 1].text == "of" || t[k + 1].text == "for")) head_of = true;
    if (!head_of) return 0;
    auto subject = [&](std::size_t k) {
        return k < t.size() && is_cap_word(t[k]) && !t[k].allcaps && is_common_word(t[k].text) &&
               !is_org_head(t[k].text) && !is_place_word(t[k].text) && !is_function_word(t[k].text);
    };
    for (std::size_t k = j + 1; k + 2 < t.size() && k < j + 12; k += 2) {
        if (t[k].text == "," && subject(k + 1)) continue;
        const bool and_last = t[k].text == "and" || (t[k].text == "," && t[k + 1].text == "and");
        if (!and_last) return 0;
        const std::size_t last = t[k].text == "and" ? k + 1 : k + 2;
        if (!subject(last) || (last + 1 < t.size() && is_cap_word(t[last + 1]))) return 0;
        return last;
    }
    return 0;
}

} // namespace

std::vector<Run> cap_runs(const std::vector<Token>& t) {
    std::vector<Run> out;
    const std::size_t n = t.size();
    std::size_t i = 0;
    while (i < n) {
        if (!is_cap_word(t[i])) {
            ++i;
            continue;
        }
        if (possessive(t[i].text) && !possessive_in_name(t[i].text)) {
            out.push_back({i, i}); // "Taikang's": a one-word run, the caller strips the 's
            ++i;
            continue;
        }
        std::size_t j = i;
        bool head_of = false; // "School of Medicine" seen: "at Mount Sinai" may follow
        while (j + 1 < n) {
            const Token& nx = t[j + 1];
            if (bare_possessive(t, j)) break;
            if (nx.text == "The") break;
            if (based_word(nx.text)) break; // "Acme Denver-based Acme": a new description starts
            // two spaces inside a name are a lost line break: "Anti-Drone Services  Fast Guard"
            if (nx.begin >= t[j].end + 2 && t[j].kind == Tok::Word && nx.kind == Tok::Word) break;
            if (j - i >= 30) break; // no name is longer; keeps odd input linear
            // nothing but another legal suffix follows a legal suffix ("Co., Ltd.")
            if (t[j].initial_upper && is_legal_suffix(t[j].text) && j > i && !is_legal_suffix(nx.text) &&
                nx.text != ",")
                break;
            if (nx.text == "of" && is_org_head(t[j].text)) head_of = true;
            if (nx.text == "at" && head_of && j + 2 < n && is_cap_word(t[j + 2]) &&
                !is_org_head(t[j].text)) {
                j += 2;
                continue;
            }
            if (is_cap_word(nx)) {
                if (possessive(nx.text) && !possessive_in_name(nx.text)) {
                    ++j; // include it as the run's last word; the caller strips the 's
                    break;
                }
                ++j;
                continue;
            }
            if (bare_possessive(t, j)) break;
            if (nx.kind == Tok::Word && run_connector(nx.text) && j + 2 < n) {
                std::size_t k = j + 2;
                if (t[k].text == "the" && k + 1 < n) ++k;
                // "Department of State": straight after "of" only words that never start a
                // name (The, This, In...) end the run; after "and" or "the" also State, New,
                // Federal... which more often start the next name
                const bool of_word = k == j + 2 && nx.text == "of";
                if (is_cap_word(t[k]) && (of_word ? !is_leading_junk(t[k].text) : !is_function_word(t[k].text))) {
                    j = k;
                    continue;
                }
                break;
            }
            if (nx.text == "&" && j + 2 < n && is_cap_word(t[j + 2])) {
                j += 2;
                continue;
            }
            if (nx.text == ",") {
                if (const std::size_t e = subject_list_end(t, i, j); e != 0) {
                    j = e;
                    continue;
                }
            }
            if (nx.text == "," && j + 2 < n && is_legal_suffix(t[j + 2].text) &&
                t[j + 2].initial_upper && t[j + 2].text != "Company") {
                j += 2;
                continue;
            }
            if (nx.kind == Tok::Word && is_legal_suffix(nx.text) && nx.initial_upper) {
                ++j;
                continue;
            }
            break;
        }
        out.push_back({i, j});
        i = j + 1;
    }
    return out;
}

std::string org_key(std::string_view name) {
    const std::vector<Token> t = tokenize(name);
    std::vector<std::string> w;
    for (const auto& k : t) {
        if (k.kind != Tok::Word) continue;
        std::string f = fold_word(k.text);
        if (f.ends_with("'s")) f.resize(f.size() - 2);
        w.push_back(std::move(f));
    }
    if (!w.empty() && w.front() == "the") w.erase(w.begin());
    while (!w.empty() && is_legal_suffix(w.back())) w.pop_back();
    std::string out;
    for (const auto& x : w) {
        if (!out.empty()) out.push_back(' ');
        out += x;
    }
    return out;
}

// ---- OrgCollector ---------------------------------------------------------------------------

std::size_t OrgCollector::find_key(const std::string& key) const {
    auto it = by_key_.find(key);
    return it == by_key_.end() ? std::string::npos : it->second;
}

namespace {

// The form of a name worth keeping: no leading "The", no trailing comma, nothing from an
// unclosed parenthesis on ("Urban Renewal Agency (URA"), no sentence full stop after a web
// address ("Flinto.io.").
std::string clean_form(std::string_view name) {
    std::string clean{strip_the(trim(name))};
    if (const std::size_t open = clean.find('('); open != std::string::npos &&
                                                  clean.find(')', open) == std::string::npos)
        clean.resize(open);
    while (!clean.empty() && (clean.back() == ',' || clean.back() == ' ')) clean.pop_back();
    // "Prevention Resource Network’s (PRN)": the possessive is not part of the name
    if (const std::size_t sp = clean.rfind(' '); sp != std::string::npos) {
        const std::string_view last = std::string_view(clean).substr(sp + 1);
        if (possessive(last) && !possessive_in_name(last))
            clean.resize(clean.size() - (last.size() - without_possessive(last).size()));
    }
    // "Acme Widgets Acme Widgets": a heading run into its paragraph
    if (const std::size_t mid = clean.size() / 2; clean.size() % 2 == 1 && clean[mid] == ' ' &&
                                                  clean.compare(0, mid, clean, mid + 1) == 0)
        clean.resize(mid);
    if (clean.ends_with('.')) {
        const std::size_t word = clean.rfind(' ') == std::string::npos ? 0 : clean.rfind(' ') + 1;
        const std::size_t dot = clean.rfind('.', clean.size() - 2);
        const bool web = dot != std::string::npos && dot > word && clean.size() - dot > 3 &&
                         std::all_of(clean.begin() + static_cast<long>(dot) + 1, clean.end() - 1,
                                     [](char c) { return c >= 'a' && c <= 'z'; });
        if (web) clean.pop_back();
    }
    return clean;
}

} // namespace

std::size_t OrgCollector::add(std::string_view name, std::size_t position) {
    const std::string clean = clean_form(name);
    const std::string key = org_key(clean);
    if (key.empty() || clean.size() > 120) return std::string::npos;
    std::size_t idx = find_key(key);
    if (idx == std::string::npos) {
        idx = entries_.size();
        entries_.push_back(Entry{{clean}, key, position, true});
        by_key_[key] = idx;
    } else {
        auto& e = entries_[idx];
        if (std::find(e.forms.begin(), e.forms.end(), clean) == e.forms.end()) e.forms.push_back(clean);
    }
    return idx;
}

void OrgCollector::add_alias(std::string_view name, std::string_view alias, std::size_t position) {
    const std::size_t idx = add(name, position);
    if (idx == std::string::npos) return;
    std::string a{trim(alias)};
    const std::string key = org_key(a);
    if (key.empty()) return;
    auto& e = entries_[idx];
    if (std::find(e.forms.begin(), e.forms.end(), a) == e.forms.end()) e.forms.push_back(a);
    if (find_key(key) == std::string::npos) by_key_[key] = idx;
}

bool OrgCollector::contains(std::string_view text) const {
    return find_key(org_key(text)) != std::string::npos;
}

bool OrgCollector::has_word(std::string_view word) const {
    const std::string f = fold_word(word);
    for (const auto& [k, _] : by_key_) {
        std::size_t p = 0;
        while ((p = k.find(f, p)) != std::string::npos) {
            const bool b = p == 0 || k[p - 1] == ' ';
            const bool e = p + f.size() == k.size() || k[p + f.size()] == ' ';
            if (b && e) return true;
            p += 1;
        }
    }
    return false;
}

void OrgCollector::drop_compounds(std::vector<Entry>& es) {
    const std::size_t n = es.size();
    std::vector<Entry> second_names; // appended at the end: es must not grow while read
    auto known = [&](const std::string& key, std::size_t except) {
        for (std::size_t j = 0; j < n; ++j)
            if (j != except && es[j].alive && es[j].key == key) return true;
        return false;
    };
    for (std::size_t i = 0; i < n; ++i) {
        if (!es[i].alive) continue;
        const std::string& form = es[i].forms.front();
        std::vector<Token> t = tokenize(form);
        std::erase_if(t, [](const Token& k) { return k.kind != Tok::Word; });
        if (t.size() < 2) continue;
        // "Acme’s Western Region": a part of a known organisation
        if (possessive(t[0].text) && !possessive_in_name(t[0].text) &&
            known(org_key(without_possessive(t[0].text)), i)) {
            es[i].alive = false;
            continue;
        }
        const std::size_t skip = fold_word(t[0].text) == "the" ? 1 : 0;
        for (std::size_t j = 0; j < n && es[i].alive; ++j) {
            if (j == i || !es[j].alive || es[j].key.empty() || es[j].key.size() >= es[i].key.size()) continue;
            const std::string& kj = es[j].key;
            const std::string& ki = es[i].key;
            const std::size_t words_j = static_cast<std::size_t>(std::count(kj.begin(), kj.end(), ' ')) + 1;
            // "Jane Roe Acme Inc.": a given name and a surname before a known name
            const std::size_t words_i = static_cast<std::size_t>(std::count(ki.begin(), ki.end(), ' ')) + 1;
            if (ki.ends_with(" " + kj) && words_i == words_j + 2 && is_given_name(t[0].text) &&
                t[1].initial_upper) {
                es[i].alive = false;
                break;
            }
            // "Justice Departments Fraud Section": known name + s, then another name
            const std::size_t rest = skip + words_j;
            if (ki.compare(0, kj.size(), kj) == 0 && ki.size() > kj.size() + 2 &&
                ki.compare(kj.size(), 2, "s ") == 0 && rest < t.size()) {
                es[i].alive = false;
                if (!is_org_head(t.back().text) && !is_legal_suffix(t.back().text)) break;
                const std::string second(trim(form.substr(t[rest].begin)));
                if (const std::string k2 = org_key(second); !known(k2, i))
                    second_names.push_back(Entry{{second}, k2, es[i].position, true});
            }
        }
    }
    for (auto& e : second_names) es.push_back(std::move(e));
}

std::vector<Organisation> OrgCollector::finish(
    const std::unordered_map<std::string, std::size_t>& standalone_runs) const {
    std::vector<Entry> es = entries_;
    if (es.size() > 400) es.resize(400); // odd input: keep the work bounded
    drop_compounds(es);
    std::vector<std::vector<std::string>> form_keys(es.size());
    for (std::size_t i = 0; i < es.size(); ++i)
        for (const auto& f : es[i].forms) form_keys[i].push_back(org_key(f));
    // (1)+(2) merge entries into the earliest entry that owns their key as an alias or whose
    // name starts with them
    for (std::size_t i = 0; i < es.size(); ++i) {
        if (!es[i].alive) continue;
        const std::string& k = es[i].key;
        std::size_t target = std::string::npos;
        for (std::size_t j = 0; j < es.size(); ++j) {
            if (j == i || !es[j].alive) continue;
            const std::string& kj = es[j].key;
            const bool alias_of = [&] {
                for (const auto& fk : form_keys[j])
                    if (fk == k) return true;
                return false;
            }();
            const bool prefix_of = kj.size() > k.size() && kj.compare(0, k.size(), k) == 0 &&
                                   kj[k.size()] == ' ';
            if (alias_of || prefix_of) {
                if (target == std::string::npos || es[j].position < es[target].position) target = j;
            }
        }
        if (target != std::string::npos && es[i].forms.size() == 1) {
            for (auto& f : es[i].forms) es[target].forms.push_back(f);
            for (auto& fk : form_keys[i]) form_keys[target].push_back(fk);
            es[i].alive = false;
        }
    }
    std::vector<std::pair<std::size_t, Organisation>> out;
    for (const auto& e : es) {
        if (!e.alive) continue;
        Organisation o;
        // (3) the name: the longest form that is not an acronym
        std::string best;
        for (const auto& f : e.forms) {
            std::string_view v = strip_the(f);
            const bool acronym = v.find(' ') == std::string_view::npos &&
                                 std::all_of(v.begin(), v.end(), [](char c) {
                                     return !(c >= 'a' && c <= 'z');
                                 });
            if (acronym && e.forms.size() > 1) continue;
            if (v.size() > best.size()) best = std::string(v);
        }
        if (best.empty()) best = std::string(strip_the(e.forms.front()));
        o.name = best;
        const std::string name_key = org_key(best);
        auto push = [&](std::string a) {
            a = std::string(trim(a));
            if (a.empty() || a == o.name) return;
            if (std::find(o.aliases.begin(), o.aliases.end(), a) == o.aliases.end())
                o.aliases.push_back(std::move(a));
        };
        for (const auto& f : e.forms) push(f);
        // (4) form without legal suffix
        {
            const std::vector<Token> t = tokenize(best);
            std::size_t last = t.size();
            while (last > 0 && (t[last - 1].kind != Tok::Word || is_legal_suffix(t[last - 1].text)))
                --last;
            if (last > 0 && last < t.size()) push(join(best, t, 0, last - 1));
            // short forms used standing alone in the text
            std::size_t words = 0;
            for (std::size_t k = 0; k < last; ++k)
                if (t[k].kind == Tok::Word) ++words;
            for (std::size_t cut = last; cut-- > 1;) {
                if (t[cut - 1].kind != Tok::Word || is_connector(t[cut - 1].text)) continue;
                if (is_connector(t[cut].text)) break; // do not cut "University of X" to University
                const std::string s = join(best, t, 0, cut - 1);
                const std::string sk = org_key(s);
                if (sk.empty() || sk == name_key) continue;
                if (cut == 1 && (generic_word(t[0]) || t[0].text.size() < 3)) continue;
                auto it = standalone_runs.find(sk);
                if (it != standalone_runs.end() && it->second > 0) {
                    push(s);
                    break;
                }
            }
            (void)words;
        }
        out.emplace_back(e.position, std::move(o));
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Organisation> res;
    res.reserve(out.size());
    for (auto& [_, o] : out) res.push_back(std::move(o));
    return res;
}

// ---- role / organisation split --------------------------------------------------------------

void split_role_org(std::string_view src, const std::vector<Token>& t, std::size_t lo,
                    std::size_t hi, std::string& role, std::string& org) {
    role.clear();
    org.clear();
    if (lo > hi || hi >= t.size()) return;
    // cut at the first comma, "who", "which", "where" or open parenthesis
    std::size_t end = hi;
    for (std::size_t i = lo; i <= hi; ++i) {
        const std::string_view w = t[i].text;
        if (w == "," || w == "who" || w == "which" || w == "where" || w == "(" || w == ";" ||
            w == "\xE2\x80\x94" || w == "\xE2\x80\x93") {
            end = i == lo ? lo : i - 1;
            if (i == lo) return;
            break;
        }
    }
    std::size_t start = lo;
    while (start <= end && (t[start].text == "the" || t[start].text == "The" || t[start].text == "our" ||
                            t[start].text == "its" || t[start].text == "their"))
        ++start;
    if (start > end) return;
    // "a/an ..." appositives are descriptions, not titles
    if (t[start].text == "a" || t[start].text == "an") return;
    // "MARA's Chairman and CEO": a possessive organisation first
    if (start < end && is_cap_word(t[start]) && possessive(t[start].text) && is_role_core(t[start + 1].text)) {
        std::string o(t[start].text);
        o.resize(o.size() - (o.ends_with("'s") ? 2 : 4));
        split_role_org(src, t, start + 1, end, role, org);
        if (org.empty()) {
            org = o;
            if (role.empty()) role = join(src, t, start + 1, end);
        }
        return;
    }
    // find the last "of/at/with/for" followed by a capitalised word, whose left side has a title
    std::size_t sep = std::string::npos;
    std::vector<std::size_t> seps;
    for (std::size_t i = start + 1; i < end + 1; ++i) {
        const std::string_view w = t[i].text;
        if ((w == "of" || w == "at" || w == "with" || w == "for") && i + 1 <= end) {
            std::size_t k = i + 1;
            if ((t[k].text == "the" || t[k].text == "The") && k + 1 <= end) ++k;
            if (is_cap_word(t[k])) {
                bool titled = false;
                for (std::size_t r = start; r < i; ++r)
                    if (is_role_core(t[r].text)) titled = true;
                if (titled) {
                    if (sep == std::string::npos) sep = i;
                    seps.push_back(i);
                }
            }
        }
    }
    if (sep == std::string::npos) {
        bool titled = false;
        for (std::size_t r = start; r <= end; ++r)
            if (is_role_core(t[r].text)) titled = true;
        if (titled && end - start < 10) role = join(src, t, start, end);
        return;
    }
    // a later at/of ("Director of Threat Response at Ontinue") names the organisation, unless
    // the words before it are themselves one ("CEO of Bank of America")
    for (std::size_t k = 1; k < seps.size(); ++k) {
        const std::size_t prev_word = seps[k] - 1;
        bool ordinary = true; // the words between are a department, not a name: "of Licensing and
                              // Global Development at", "of the Board of Directors of"
        for (std::size_t m = seps[k - 1] + 1; m < seps[k]; ++m)
            if (t[m].kind == Tok::Word && !is_connector(t[m].text) && !is_role_word(t[m].text) &&
                !is_common_word(t[m].text))
                ordinary = false;
        if (t[prev_word].kind == Tok::Word && !is_strong_org_head(t[prev_word].text) &&
            t[seps[k]].text != "for" && ordinary)
            sep = seps[k];
        else
            break;
    }
    // "professor of pediatrics from the University of California": the organisation starts at
    // the capitalised run holding the head-word before the separator
    if (sep > start + 1 && is_cap_word(t[sep - 1]) && is_org_head(t[sep - 1].text)) {
        std::size_t k = sep - 1;
        while (k > start + 1 && is_cap_word(t[k - 1])) --k;
        std::size_t re = k;
        while (re > start && (is_connector(t[re - 1].text) || t[re - 1].text == "from" ||
                              t[re - 1].text == "with"))
            --re;
        bool titled = false;
        for (std::size_t r = start; r < re; ++r)
            if (is_role_core(t[r].text)) titled = true;
        if (titled && re > start) {
            std::size_t oe2 = end;
            while (oe2 > sep && !is_cap_word(t[oe2])) --oe2;
            // the of-phrase after the head: only capitalised words and connectors
            std::size_t e2 = sep;
            while (e2 + 1 <= oe2 && (is_cap_word(t[e2 + 1]) ||
                                     (run_connector(t[e2 + 1].text) && t[e2 + 1].text != "and")))
                ++e2;
            while (e2 > sep && !is_cap_word(t[e2])) --e2;
            role = join(src, t, start, re - 1);
            org = std::string(strip_the(join(src, t, k, e2)));
            return;
        }
    }
    // role = start..sep-1 ; org = capitalised run after sep
    std::size_t os = sep + 1;
    if (t[os].text == "the" || t[os].text == "The") ++os;
    std::size_t oe = os;
    while (oe + 1 <= end) {
        const Token& nx = t[oe + 1];
        if (is_cap_word(nx) || nx.text == "&") {
            ++oe;
            continue;
        }
        if (run_connector(nx.text) && oe + 2 <= end && is_cap_word(t[oe + 2])) {
            // "CEO of X and CEO of Y": stop at "and" followed by a title or by another
            // organisation ("pgEdge and PostgreSQL Core Team")
            if ((nx.text == "and" || nx.text == "&") && is_role_core(t[oe + 2].text)) break;
            if (nx.text == "and") {
                bool head_after = false;
                for (std::size_t k = oe + 2; k <= end && is_cap_word(t[k]); ++k)
                    if (is_org_head(t[k].text)) head_after = true;
                bool head_before = false;
                for (std::size_t k = os; k <= oe; ++k)
                    if (is_org_head(t[k].text)) head_before = true;
                if (head_after && !head_before) break;
            }
            oe += 2;
            continue;
        }
        if (nx.text == "," && oe + 2 <= hi && is_legal_suffix(t[oe + 2].text)) {
            oe += 2;
            continue;
        }
        break;
    }
    // "Vice President of A and CEO of B": prefer the last pair
    if (oe + 2 <= end && (t[oe + 1].text == "and" || t[oe + 1].text == "&") &&
        is_role_core(t[oe + 2].text)) {
        std::string r2;
        std::string o2;
        split_role_org(src, t, oe + 2, end, r2, o2);
        if (!r2.empty() && !o2.empty()) {
            role = r2;
            org = o2;
            return;
        }
    }
    if (sep > start && sep - start < 10) role = join(src, t, start, sep - 1);
    // "the Justice Departments Civil Rights Division": keep what follows a bare possessive
    for (std::size_t k = os; k < oe; ++k)
        if (bare_possessive(t, k)) os = k + 1;
    std::string o = join(src, t, os, oe);
    if (possessive(o)) o.resize(o.size() - (o.ends_with("s'") ? 1 : (o.ends_with("'s") ? 2 : 4)));
    org = std::string(strip_the(o));
}

// ---- finding organisations ------------------------------------------------------------------

namespace {

// Strips leading function words, titles ("CEO of", "President and CEO of") and honorifics.
std::size_t strip_leading(const std::vector<Token>& t, std::size_t a, std::size_t b) {
    const bool sentence_start = a == 0 || t[a - 1].text == "." || t[a - 1].text == "!" ||
                                t[a - 1].text == "?" || t[a - 1].text == ":" || t[a - 1].text == "\"" ||
                                t[a - 1].text == "\xE2\x80\x9C";
    // "WASHINGTONAcme Corp.": a dateline in capitals glued to the name
    if (a < b && t[a].allcaps && t[a + 1].kind == Tok::Word && t[a].end == t[a + 1].begin) ++a;
    // "Later the Office of X": a sentence adverb joined to the name by "the"
    if (a + 1 < b && t[a + 1].text == "the") a += 2;
    const std::size_t a0_initial = a;
    // a title followed by of/at/for: cut through the connector
    for (std::size_t i = a; i < b; ++i) {
        const std::string_view w = t[i].text;
        if ((w == "of" || w == "at") && i > a) {
            bool all_title = true;
            bool core = false;
            for (std::size_t k = a; k < i; ++k) {
                if (!(is_role_word(t[k].text) || is_role_core(t[k].text)) || is_org_head(t[k].text))
                    all_title = false;
                if (is_role_core(t[k].text)) core = true;
            }
            all_title = all_title && core;
            if (all_title) {
                a = i + 1;
                if (a <= b && fold_word(t[a].text) == "the") ++a;
            }
            break;
        }
    }
    // "Shares of X", "Board of Directors of X": leading ordinary words before "of" (but not
    // "University of X", "Department of Y", which are names)
    for (std::size_t i = a + 1; i + 1 <= b && i <= a + 4; ++i) {
        if (t[i].text != "of") continue;
        bool ordinary = true;
        for (std::size_t k = a; k < i; ++k)
            if (is_strong_org_head(t[k].text) || !(is_common_word(t[k].text) || is_connector(t[k].text)))
                ordinary = false;
        bool proper_rest = false;
        for (std::size_t k = i + 1; k <= b; ++k)
            if (t[k].kind == Tok::Word && t[k].initial_upper && !is_common_word(t[k].text) &&
                !is_leading_junk(t[k].text))
                proper_rest = true;
        // "Spring Edition of Modern Garden Magazine": a thing that is not an organisation,
        // of one that is
        bool head_rest = false;
        for (std::size_t k = i + 1; k <= b; ++k)
            if (t[k].initial_upper && is_org_head(t[k].text)) head_rest = true;
        if (ordinary && (proper_rest || (is_non_org_tail(t[i - 1].text) && head_rest))) a = i + 1;
    }
    // a title before an of/for inside the run: "Acting Assistant Attorney General John M. Gore of
    // the Civil Rights Division", "Director of the U.S. Securities and Exchange Commission"
    for (std::size_t i = a + 1; i < b; ++i) {
        const std::string_view w = t[i].text;
        if (w != "of" && w != "for") continue;
        bool titled = false;
        for (std::size_t k = a; k < i; ++k)
            if (is_role_core(t[k].text) && !is_org_head(t[k].text) &&
                !is_strong_org_head(t[k + 1].text)) // "Executive Office of" names an office
                titled = true;
        // "Mira Beinart of Capital News Service", "Jessie M Alloway and Todd W Gleason of the":
        // people before the of-phrase
        // ("Special Agent in Charge Jane Roe of": titles before the name are skipped)
        std::size_t pa = a;
        while (pa + 2 < i && is_role_word(t[pa].text) && !is_given_name(t[pa].text)) ++pa;
        bool person = i >= pa + 2;
        bool initial = false;
        bool uncommon = true; // no word of the name is an ordinary English word
        for (std::size_t k = pa; person && k < i; ++k) {
            if (is_initial(t[k])) initial = true;
            if (is_common_word(t[k].text)) uncommon = false;
            if (!is_name_token(t[k]) && t[k].text != "and" && t[k].text != "," &&
                !(t[k].text.size() == 1 && t[k].initial_upper))
                person = false;
        }
        person = person && (is_given_name(t[pa].text) || (initial && !is_initial(t[pa])) ||
                            (i == pa + 2 && uncommon));
        if (titled || person) {
            a = i + 1;
            if (a <= b && fold_word(t[a].text) == "the") ++a;
        }
    }
    // "Japan-based X", "Adding X", "Expanded X": a leading participle or adverb
    const std::size_t a0 = a == a0_initial ? a : static_cast<std::size_t>(-1);
    while (a < b && t[a].kind == Tok::Word) {
        const std::string f = fold_word(t[a].text);
        const bool based = based_word(f);
        const bool verbish = sentence_start && a == a0 &&
                             (f.ends_with("ing") || f.ends_with("ed") || f.ends_with("ly")) &&
                             is_common_word(f) && !is_org_head(f) && f != "united";
        if (!based && !verbish) break;
        ++a;
    }
    while (a <= b && ((is_leading_junk(t[a].text) && !(t[a].text == "New" && a < b)) ||
                      is_connector(t[a].text) || (is_honorific(t[a].text) && is_abbreviation(t[a].text))))
        ++a;
    return a;
}

// Last words of newspaper titles: "Farm Union Times", "Business Journal".
bool newspaper_word(std::string_view w) {
    const std::string f = fold_word(w);
    return f == "times" || f == "journal" || f == "post" || f == "herald" || f == "tribune" ||
           f == "gazette" || f == "chronicle" || f == "daily" || f == "weekly" || f == "courier";
}

// Words that make "X Party" an event: "Launch Party", "Block Party", "Beach-Themed Party".
bool party_event_word(std::string_view w) {
    const std::string f = fold_word(w);
    if (f.ends_with("-themed") || f.ends_with("themed")) return true;
    static constexpr std::string_view events[] = {
        "launch", "release", "block", "holiday", "birthday", "watch", "listening", "viewing",
        "pool", "dance", "garden", "after", "halloween", "christmas", "costume", "kickoff",
        "kick-off", "anniversary", "celebration", "pajama", "cocktail", "dinner", "retirement",
        "graduation", "appreciation", "welcome", "wrap", "beach", "house", "street", "opening",
        "farewell", "reunion", "engagement", "bachelor", "bachelorette", "premiere", "signing",
        "tailgate", "holiday", "summer", "winter", "spring", "year-end", "send-off", "pizza"};
    return std::find(std::begin(events), std::end(events), f) != std::end(events);
}

// "Department of State", "Bank of the West", "University of the District": the object of a
// strong head's of-phrase may be a place noun that would otherwise end a non-organisation.
bool place_object(const std::vector<Token>& t, std::size_t head, std::size_t b) {
    if (b < head + 2 || !is_strong_org_head(t[head].text) || t[head + 1].text != "of") return false;
    const std::string f = fold_word(t[b].text);
    return f == "state" || f == "states" || f == "county" || f == "city" || f == "town" ||
           f == "province" || f == "region" || f == "district" || f == "west" || f == "east";
}

// Decides whether pieces [a, b] is an organisation; may shorten b to end at the head-word
// phrase. Returns false when it is not one.
bool org_piece(const std::vector<Token>& t, std::size_t a, std::size_t& b, bool cue = false) {
    if (a > b) return false;
    // trailing possessive: "Mount Sinai's" -> handled by caller via text; here only words
    // legal suffix at the end
    std::size_t last = b;
    if (is_legal_suffix(without_possessive(t[last].text)) && t[last].initial_upper && last > a) {
        // "Co." alone after a place ("Smith & Co.") is fine; need a distinctive word
        for (std::size_t i = a; i < last; ++i)
            if (!generic_word(t[i]) && t[i].kind == Tok::Word) return true;
        return false;
    }
    // find the last head-word
    std::size_t head = std::string::npos;
    for (std::size_t i = a; i <= b; ++i) // ("Farm Union’s": the possessive is the caller's)
        if (t[i].kind == Tok::Word && t[i].initial_upper && is_org_head(without_possessive(t[i].text))) head = i;
    if (head == std::string::npos) return false;
    if (fold_word(t[head].text) == "party" && head > a && party_event_word(t[head - 1].text))
        return false; // "Gambino Launch Party" is an event, "Working Families Party" a party
    // "Department of Energy", "Office of International Trade": a weak head-word inside the
    // of-phrase of a strong one is part of that phrase, not the head
    if (!is_strong_org_head(t[head].text)) {
        for (std::size_t i = a; i + 1 < head; ++i)
            if (t[i].initial_upper && is_strong_org_head(t[i].text) &&
                (t[i + 1].text == "of" || t[i + 1].text == "for")) {
                head = i;
                break;
            }
    }
    // the organisation ends at the head, or at the end of an of/for/at phrase after it
    std::size_t end = head;
    if (head + 1 <= b && (t[head + 1].text == "of" || t[head + 1].text == "for" ||
                          t[head + 1].text == "at" || t[head + 1].text == "in")) {
        end = b;
        // do not swallow a following person or a new title: stop at a role word
        for (std::size_t i = head + 2; i <= b; ++i)
            if (is_role_core(t[i].text) && t[i].initial_upper && !is_org_head(t[i].text)) {
                end = i - 1;
                break;
            }
        while (end > head && (t[end].kind != Tok::Word || is_connector(t[end].text))) --end;
    } else {
        // words after the head that are not joined by a connector: keep only the head-phrase,
        // unless they are more head-words ("Group Holdings", "Health System")
        while (end + 1 <= b && t[end + 1].kind == Tok::Word && t[end + 1].initial_upper &&
               (is_org_head(t[end + 1].text) || fold_word(t[end + 1].text) == "system" ||
                fold_word(t[end + 1].text) == "systems"))
            ++end;
    }
    // "Securities Exchange Act", "Farm Union Times": the phrase names something else (a
    // law, an award, a newspaper)
    if (end + 1 <= b && t[end + 1].kind == Tok::Word && t[end + 1].initial_upper &&
        (is_non_org_tail(t[end + 1].text) || newspaper_word(t[end + 1].text)))
        return false;
    b = end;
    if (head == a && (head + 1 > b)) return false; // a bare head-word
    if (is_non_org_tail(t[b].text) && !(b > head && fold_word(t[b].text).starts_with("system")) &&
        !place_object(t, head, b))
        return false;
    // need at least one distinctive (non-generic) word, or the head phrase "X of Y"
    bool distinctive = false;
    for (std::size_t i = a; i <= b; ++i)
        if (t[i].kind == Tok::Word && !generic_word(t[i]) && t[i].initial_upper) distinctive = true;
    const bool of_phrase = head + 1 <= b && (t[head + 1].text == "of" || t[head + 1].text == "for");
    if (!distinctive) {
        // "Department of Justice", "Office of Foreign Assets Control": the object counts;
        // "Justice Department": a strong head with another capitalised word
        bool other = false;
        for (std::size_t i = a; i <= b; ++i)
            if (i != head && t[i].kind == Tok::Word && t[i].initial_upper && !is_function_word(t[i].text))
                other = true;
        if (!other) return false;
        if (!of_phrase && !is_strong_org_head(t[head].text)) return false;
    }
    // "Board of Directors", "Committee of the Board": a weak head whose object is ordinary words
    if (of_phrase && !is_strong_org_head(t[head].text)) {
        bool proper_obj = false;
        for (std::size_t i = head + 2; i <= b; ++i)
            if (t[i].kind == Tok::Word && !is_connector(t[i].text) && !is_org_head(t[i].text) &&
                (t[i].allcaps || !is_common_word(t[i].text)))
                proper_obj = true;
        if (!proper_obj && !cue) return false;
    }
    // weak heads (Services, Solutions, Group, Health, Board...) over ordinary words only
    // ("Expanded Paving Services", "Advisory Board") are descriptions, not names
    // company-style heads after two or more capitalised words name a company even when the
    // words are ordinary ("Range Truck Group", "Blue Harbor Partners")
    const std::string hf = fold_word(t[head].text);
    const bool company_head = hf == "group" || hf == "holdings" || hf == "partners" ||
                              hf == "ventures" || hf == "capital" || hf == "labs" ||
                              hf == "technologies" || hf == "studios" || hf == "associates" ||
                              hf == "motors" || hf == "airlines" || hf == "bancorp" || hf == "brands" ||
                              hf == "enterprises" || hf == "industries" || hf == "investments";
    std::size_t cap_words = 0;
    for (std::size_t i = a; i <= b; ++i)
        if (t[i].kind == Tok::Word && t[i].initial_upper) ++cap_words;
    if (!cue && company_head && cap_words >= 3) cue = true;
    if (!cue && !is_strong_org_head(t[head].text) && !of_phrase) {
        bool proper = false;
        for (std::size_t i = a; i <= b; ++i) {
            if (t[i].kind != Tok::Word || is_org_head(t[i].text)) continue;
            if (is_connector(t[i].text)) continue;
            if (t[i].allcaps || t[i].has_digit || !is_common_word(t[i].text)) proper = true;
        }
        if (!proper) return false;
    }
    // the first word must not be a lower-case or a bare title
    if (!t[a].initial_upper && !t[a].cap) return false;
    return true;
}

bool looks_like_person_run(const std::vector<Token>& t, std::size_t a, std::size_t b) {
    if (b < a || b - a > 3) return false;
    if (!is_given_name(t[a].text) && !(is_honorific(t[a].text) && is_abbreviation(t[a].text)))
        return false;
    for (std::size_t i = a; i <= b; ++i)
        if (!is_name_token(t[i]) && !is_honorific(t[i].text)) return false;
    return b > a;
}

bool announce_verb(std::string_view w) {
    return w == "announced" || w == "announces" || w == "launched" || w == "launches" ||
           w == "unveiled" || w == "unveils" || w == "introduced" || w == "introduces" ||
           w == "released" || w == "releases" || w == "reported" || w == "reports" ||
           w == "partnered" || w == "partners" || w == "celebrates" || w == "celebrated" ||
           w == "expands" || w == "expanded" || w == "acquired" || w == "acquires" ||
           w == "raised" || w == "raises" || w == "secured" || w == "secures" ||
           w == "appointed" || w == "appoints" || w == "welcomes" || w == "welcomed" ||
           w == "offers" || w == "provides" || w == "is" || w == "has" || w == "will" ||
           w == "completed" || w == "completes" || w == "signed" || w == "signs" ||
           w == "joins" || w == "joined" || w == "named" || w == "names" || w == "hosts" ||
           w == "hosted" || w == "debuts" || w == "opens" || w == "opened" || w == "enters" ||
           w == "entered" || w == "was" || w == "helps" || w == "delivers" || w == "serves" ||
           w == "specializes" || w == "operates" || w == "continues" || w == "aims";
}

bool ticker_exchange(std::string_view w) {
    const std::string f = fold_word(w);
    return f == "nasdaq" || f == "nyse" || f == "otc" || f == "otcqb" || f == "otcqx" ||
           f == "otcmkts" || f == "tsx" || f == "tsxv" || f == "tsx-v" || f == "cse" ||
           f == "asx" || f == "lse" || f == "aim" || f == "nyse american" || f == "amex" ||
           f == "otc pink" || f == "fse" || f == "neo" || f == "cboe" || f == "hkex" ||
           f == "sgx" || f == "ticker" || f == "nasdaqgs" || f == "nasdaqgm" || f == "nasdaqcm";
}

// Plural nouns whose examples are organisations: "companies such as A, B and C".
bool org_plural(std::string_view w) {
    const std::string f = fold_word(w);
    return f == "companies" || f == "enterprises" || f == "customers" || f == "investors" ||
           f == "clients" || f == "partners" || f == "brands" || f == "firms" ||
           f == "organizations" || f == "organisations" || f == "agencies" || f == "institutions" ||
           f == "universities" || f == "hospitals" || f == "banks" || f == "retailers" ||
           f == "businesses" || f == "startups" || f == "manufacturers" || f == "providers" ||
           f == "sponsors" || f == "backers" || f == "collaborations" || f == "collaborators" ||
           f == "members" || f == "employers" || f == "insurers" || f == "lenders" ||
           f == "carriers" || f == "airlines" || f == "distributors" || f == "dealers" ||
           f == "vendors" || f == "funds" || f == "teams" || f == "leaders" || f == "users" ||
           f == "adopters" || f == "names" || f == "operators" || f == "platforms";
}

// Reads a list of capitalised names starting at token i ("A, B, the C group, and D") and adds
// each item as an organisation. Stops at the end of the sentence or at a word that is neither
// capitalised nor a list joiner.
void add_org_list(std::string_view p, const std::vector<Token>& t, std::size_t i, OrgCollector& orgs,
                  std::size_t base) {
    const std::size_t n = t.size();
    std::size_t items = 0;
    while (i < n && items < 30) {
        while (i < n && (t[i].text == "," || t[i].text == "and" || t[i].text == "&" ||
                         t[i].text == "the" || t[i].text == "or"))
            ++i;
        if (i >= n || !is_cap_word(t[i])) return;
        std::size_t j = i;
        while (j + 1 < n && (is_cap_word(t[j + 1]) || (t[j + 1].text == "&" && j + 2 < n && is_cap_word(t[j + 2])) ||
                             (run_connector(t[j + 1].text) && t[j + 1].text != "and" && j + 2 < n && is_cap_word(t[j + 2])) ||
                             (t[j + 1].text == "," && j + 2 < n && is_legal_suffix(t[j + 2].text) && t[j + 2].initial_upper)))
            ++j;
        // a lower-case head noun right after ("the D. E. Shaw group")
        std::size_t e = j;
        if (j + 1 < n && t[j + 1].kind == Tok::Word && !t[j + 1].initial_upper &&
            (t[j + 1].text == "group" || t[j + 1].text == "family"))
            e = j + 1;
        const bool person = is_given_name(t[i].text) && j > i && j - i <= 2;
        // a place ("New York"), but not a name that starts with one ("Los Angeles Rams")
        const bool place = is_place_word(t[i].text) && (i == j || is_place_word(t[j].text));
        if (!person && j - i <= 6 && !is_non_org_tail(t[j].text) && !place) {
            std::string name = join(p, t, i, e);
            if (possessive(name)) name.resize(name.size() - (name.ends_with("'s") ? 2 : 4));
            orgs.add(name, base + t[i].begin);
        }
        ++items;
        i = e + 1;
        // skip a parenthesis: "(NASDAQ: GOOG)"
        if (i < n && t[i].text == "(") {
            while (i < n && t[i].text != ")") ++i;
            ++i;
        }
        if (i >= n) return;
        const std::string_view w = t[i].text;
        if (w == "." || w == ";" || w == ":") return;
        if (!(w == "," || w == "and" || w == "&" || w == "or")) return;
        // ", and many more", ", among others"
        if (i + 1 < n && t[i + 1].kind == Tok::Word && !t[i + 1].initial_upper && t[i + 1].text != "and" &&
            t[i + 1].text != "the")
            return;
    }
}

// "Key Features:", "* Renewable Energy – enzymes for fuel": a title-case label opening a
// paragraph or a list item and followed by a colon or a dash names a topic, not an issuer
// (unless it carries a legal suffix: "Acme Inc. – the widget maker").
bool is_label(const std::vector<Token>& t, const Run& r) {
    const bool opens = r.first == 0 || t[r.first - 1].text == "*" || t[r.first - 1].text == "\xE2\x80\xA2";
    if (!opens || r.last + 1 >= t.size()) return false;
    const std::string_view nx = t[r.last + 1].text;
    if (nx == ":") return true;
    const bool dash = nx == "-" || nx == "\xE2\x80\x93" || nx == "\xE2\x80\x94";
    if (!dash) return false;
    for (std::size_t k = r.first; k <= r.last; ++k)
        if (is_legal_suffix(t[k].text)) return false;
    return true;
}

bool is_dash(std::string_view w) {
    return w == "-" || w == "\xE2\x80\x93" || w == "\xE2\x80\x94";
}

// A capitalised name filling tokens [a, b]: capitalised words, connectors and '&', at most
// six words, not a place.
bool name_fills(const std::vector<Token>& t, std::size_t a, std::size_t b,
                const std::unordered_set<std::string>& places) {
    if (a > b || b - a > 6 || !is_cap_word(t[a]) || !is_cap_word(t[b])) return false;
    for (std::size_t k = a; k <= b; ++k)
        if (!is_cap_word(t[k]) && t[k].text != "&" && !run_connector(t[k].text)) return false;
    const bool head_system = b > a && fold_word(t[b].text).starts_with("system") && is_org_head(t[b - 1].text);
    if ((is_non_org_tail(t[b].text) && !head_system) || is_role_core(t[b].text)) return false;
    if (a == b && (places.count(std::string(t[a].text)) != 0 || is_place_word(t[a].text))) return false;
    return !(is_place_word(t[a].text) && is_place_word(t[b].text));
}

bool quote_mark(std::string_view w) {
    return w == "\"" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D";
}

// "Zorvex Motors Inc. (“Zorvex”)", "the Quellmark Stock Exchange (or “Quellmark”)": a run followed
// by its own first word(s) in quotes inside parentheses names something the text will call by
// the short name; it is an organisation unless it names a law or a product ("the Securities
// Act of 1933 (the “Securities Act”)") or the short name is an ordinary word ("Company").
void defined_short_name(std::string_view p, const std::vector<Token>& t, const Run& r, OrgCollector& orgs,
                        std::size_t base) {
    const std::size_t n = t.size();
    std::size_t k = r.last + 1;
    if (k >= n || t[k].text != "(") return;
    ++k;
    while (k < n && (t[k].text == "or" || t[k].text == "the" || t[k].text == "collectively")) ++k;
    if (k >= n || !quote_mark(t[k].text)) return;
    const std::size_t y = k + 1;
    std::size_t ye = y;
    while (ye < n && !quote_mark(t[ye].text) && ye < y + 4) ++ye;
    if (ye >= n || !quote_mark(t[ye].text) || ye == y) return;
    const std::size_t len = ye - y;
    const std::size_t a = strip_leading(t, r.first, r.last);
    if (a + len > r.last || !same_tokens(t, a, y, len)) return; // a proper start, not the whole run
    if (is_non_org_tail(t[r.last].text) || is_non_org_tail(t[ye - 1].text)) return;
    if (len == 1 && !t[y].allcaps && (is_common_word(t[y].text) || is_org_head(t[y].text))) return;
    if (looks_like_person_run(t, a, r.last)) return;
    orgs.add_alias(join(p, t, a, r.last), join(p, t, y, ye - 1), base + t[a].begin);
}

bool bullet(std::string_view w) { return w == "*" || w == "\xE2\x80\xA2"; }

// Calls f with each item of a list whose lines a markdown reader joined into one paragraph
// ("Ann Lee, CEO, Acme * Bo Kim, CFO, Orbit"), or with the whole paragraph when it has no
// bullet inside.
template <typename F>
void for_each_list_item(const std::vector<Token>& t, F&& f) {
    if (std::none_of(t.begin(), t.end(), [](const Token& k) { return bullet(k.text); })) {
        f(t);
        return;
    }
    std::vector<Token> item;
    for (std::size_t k = 0; k <= t.size(); ++k) {
        if (k < t.size() && !bullet(t[k].text)) {
            item.push_back(t[k]);
            continue;
        }
        if (!item.empty()) f(item);
        item.clear();
    }
}

// A paragraph that is one line of a list of people: "Jane Roe, Director of Sales, Acme" (the
// last comma part, after a part holding a job title, is the employer) or "Jane Roe - Acme".
// Step by step: (1) the line starts with a person's name (a given name and one or two more
// name words) followed by a comma or a dash; (2) after a dash, the rest of the line is the
// organisation; (3) after a comma, the parts are cut at commas, some part must hold a title
// word, and the parts after the last such part are organisations: the last one always (it
// is where such lines put the employer), earlier ones only when they pass org_piece.
void people_list_line(std::string_view p, const std::vector<Token>& t,
                      const std::unordered_set<std::string>& places, OrgCollector& orgs, std::size_t base) {
    std::size_t end = t.size() - 1;
    if (t.size() < 4 || t.size() > 40) return;
    if (t[end].text == ".") --end;
    // a name: a known given name first, or (before a comma and a title) any name words
    std::size_t name_end = 0;
    for (std::size_t j = 1; j <= 3 && j + 1 < end && name_end == 0; ++j) {
        if (!is_name_token(t[j])) break;
        if (t[j + 1].text != "," && !is_dash(t[j + 1].text)) continue;
        bool titled = false; // a part after the comma holds a title word
        for (std::size_t k = j + 2; t[j + 1].text == "," && k <= end; ++k)
            if (is_role_core(t[k].text)) titled = is_name_token(t[0]);
        if (looks_like_person_run(t, 0, j) || titled) name_end = j;
    }
    if (name_end == 0) return;
    const std::size_t from = name_end + 2;
    if (is_dash(t[name_end + 1].text)) {
        if (name_fills(t, from, end, places)) orgs.add(join(p, t, from, end), base + t[from].begin);
        return;
    }
    std::vector<Run> parts;
    std::size_t s = from;
    for (std::size_t k = from; k <= end + 1; ++k) {
        if (k <= end && t[k].text != ",") continue;
        if (k == s) return; // ", ," : not a simple list line
        parts.push_back({s, k - 1});
        s = k + 1;
    }
    std::size_t last_title = parts.size();
    for (std::size_t i = 0; i < parts.size(); ++i)
        for (std::size_t k = parts[i].first; k <= parts[i].last; ++k)
            if (is_role_core(t[k].text)) last_title = i;
    if (last_title + 1 >= parts.size() || parts.size() > 5) return;
    for (std::size_t i = last_title + 1; i < parts.size(); ++i) {
        std::size_t a = parts[i].first;
        std::size_t b = parts[i].last;
        if (!name_fills(t, a, b, places)) continue;
        if (i + 1 == parts.size() || org_piece(t, a, b)) orgs.add(join(p, t, a, b), base + t[a].begin);
    }
}

// Shouting (several all-capital ordinary words: "ST CO GOVT WIND FARM NEARLY READY")
// is a headline, not a name. The stretch of all-capital words around the run is counted,
// as a run may end inside it (at the legal suffix "CO").
bool shouted(const std::vector<Token>& t, const Run& r) {
    std::size_t a = r.first;
    std::size_t b = r.last;
    if (!t[a].allcaps && !t[b].allcaps) return false;
    while (a > 0 && t[a - 1].allcaps) --a;
    while (b + 1 < t.size() && t[b + 1].allcaps && b < r.last + 12) ++b;
    std::size_t shout = 0;
    for (std::size_t k = a; k <= b; ++k)
        if (t[k].allcaps && t[k].text.size() > 3 && is_common_word(t[k].text)) ++shout;
    return shout >= 2;
}

// "The post <headline> appeared first on <site>.": the footer a blog feed adds; the
// headline in it is title case throughout and would read as a name.
bool blog_footer(std::string_view p) {
    return p.starts_with("The post ") && p.find(" appeared first on ") != std::string_view::npos;
}

// "designated a Regional Trade Organization", "launched its Patient Care Organization":
// ordinary words in title case after an indefinite article or a possessive pronoun (lower-case
// adjectives may stand between) name a kind of thing, not one organisation.
bool generic_after_article(const std::vector<Token>& t, std::size_t a, std::size_t b) {
    if (b >= t.size()) return false;
    for (std::size_t k = a; k <= b; ++k)
        if (t[k].kind == Tok::Word && !is_connector(t[k].text) &&
            (t[k].allcaps || is_legal_suffix(t[k].text) || !is_common_word(t[k].text)))
            return false;
    for (std::size_t k = a, steps = 0; k > 0 && steps < 4; --k, ++steps) {
        const std::string_view w = t[k - 1].text;
        if (w == "a" || w == "an" || w == "its" || w == "their" || w == "our" || w == "his" || w == "her" ||
            w == "your")
            return true;
        // only adjectives between: "a trademark of International Business Machines" is not one
        if (t[k - 1].kind != Tok::Word || t[k - 1].initial_upper || is_function_word(w) || is_connector(w))
            return false;
    }
    return false;
}

// "the ZTX Board of Directors", "its Scientific Advisory Board": a body inside a company,
// not an organisation of its own.
bool company_body(const std::vector<Token>& t, std::size_t a, std::size_t b) {
    for (std::size_t k = a; k < b; ++k) {
        const std::string f = fold_word(t[k].text);
        const std::string nx = fold_word(without_possessive(t[k + 1].text));
        if (f == "advisory" && (nx == "board" || nx == "council" || nx == "committee" || nx == "panel"))
            return true;
        if (f == "board" && nx == "of" && k + 2 <= b) {
            const std::string m = fold_word(t[k + 2].text);
            if (m == "directors" || m == "trustees" || m == "governors" || m == "advisors") return true;
        }
    }
    return false;
}

// Titles held only in an organisation: "CEO of X", "owner of X" (unlike "Director of
// Talent", whose object is a department, or "founder of American Kenpo", a style).
bool top_role(std::string_view w) {
    const std::string f = fold_word(w);
    return f == "ceo" || f == "owner" || f == "co-owner" || f == "chairman" || f == "chairwoman";
}

// "Nova Gold and Paulson Advisors Donlin Creek Gold Project and Kinross Gold Corporation":
// a long run ending in a legal suffix whose last "and" has four or more words before it and
// three or more after it joins several names; the company is the part after that "and"
// ("Procter and Gamble Co." keeps its "and"). Returns the new start of [a, b].
std::size_t last_company_of_list(const std::vector<Token>& t, std::size_t a, std::size_t b) {
    if (b < a + 7 || !is_legal_suffix(without_possessive(t[b].text))) return a;
    for (std::size_t m = b - 3; m >= a + 4; --m)
        if (t[m].text == "and") return m + 1;
    return a;
}

// "About Tamsin Hale Tamsin Hale is an author. She ...": two or three name words without a
// head-word, followed by text that speaks of he or she and never of it or a company,
// describe a person ("his own company, Simon Belts" names a business after its owner).
bool about_a_person(const std::vector<Token>& t, std::size_t first, std::size_t last) {
    if (last == first || last > first + 2) return false;
    for (std::size_t k = first; k <= last; ++k)
        if (!is_name_token(t[k])) return false;
    bool personal = false;
    for (std::size_t k = last + 1; k < t.size() && k < last + 60; ++k) {
        const std::string f = fold_word(t[k].text);
        if (f == "it" || f == "its" || f == "company" || f == "firm" || f == "brand" || f == "we" || f == "our")
            return false;
        if (f == "he" || f == "she" || f == "his" || f == "her") personal = true;
    }
    return personal;
}

// The "About X" boilerplate names the issuer. Step by step: (1) a short heading "About X"
// gives X, or both parts of "About A and the B" / "About A and B Group" (a second name that
// starts with "the" or holds a head-word); (2) when the heading has lost its line break
// ("About Acme Widgets Acme Widgets is a maker of..."), X is the longest start of the
// capitalised run after "About" that the paragraph repeats later, unless it is a person.
void about_boilerplate(std::string_view p, const std::vector<Token>& t, std::size_t at, bool heading,
                       OrgCollector& orgs, std::size_t base) {
    if (heading && t.size() <= 10) {
        std::size_t e = t.size() - 1;
        while (e > 1 && t[e].kind != Tok::Word) --e;
        if (count_words(join(p, t, 1, e)) > 7) return;
        for (std::size_t k = 2; k + 1 <= e; ++k) {
            if (t[k].text != "and") continue;
            bool second_name = t[k + 1].text == "the";
            for (std::size_t m = k + 1; m <= e; ++m)
                if (t[m].initial_upper && is_org_head(t[m].text)) second_name = true;
            if (!second_name) break;
            orgs.add(join(p, t, 1, k - 1), base);
            orgs.add(join(p, t, k + 1, e), base);
            return;
        }
        orgs.add(join(p, t, 1, e), base);
        return;
    }
    const std::size_t first = at + 1;
    if (heading || first + 2 >= t.size() || !is_cap_word(t[first]) || is_leading_junk(t[first].text))
        return;
    std::size_t e = first;
    while (e + 1 < t.size() && e < first + 8 &&
           (is_cap_word(t[e + 1]) || t[e + 1].text == "&" || run_connector(t[e + 1].text)))
        ++e;
    for (std::size_t last = e; last >= first; --last) { // the name is t[first..last]
        if (t[last].kind != Tok::Word || run_connector(t[last].text)) continue;
        const std::size_t len = last - first + 1;
        bool repeated = false;
        for (std::size_t k = last + 1; k + len <= t.size() && k < last + 40 && !repeated; ++k)
            repeated = same_tokens(t, first, k, len);
        if (!repeated) continue;
        if (looks_like_person_run(t, first, last) || about_a_person(t, first, last)) return;
        if (len == 1 && is_common_word(t[first].text) && !t[first].allcaps) return;
        orgs.add(join(p, t, first, last), base + t[first].begin);
        return;
    }
}

// True when t[a] follows a lower-case noun naming a kind of organisation, directly or after
// a comma: "shoe brand R.J. Tovar", "his own company, Acme".
bool named_after_kind(const std::vector<Token>& t, std::size_t a) {
    const std::string first = fold_word(t[a].text);
    if (is_role_word(first) || (first.ends_with('s') && is_role_word(first.substr(0, first.size() - 1))))
        return false; // "bank CIOs", "company CEO Jane Roe"
    std::size_t k = a - 1;
    if (t[k].text == "," && k > 0) --k;
    const std::string_view w = t[k].text;
    return w == "company" || w == "firm" || w == "agency" || w == "brand" || w == "startup" ||
           w == "nonprofit" || w == "non-profit" || w == "organization" || w == "organisation" ||
           w == "bank" || w == "retailer" || w == "manufacturer" || w == "maker" || w == "label" ||
           w == "subsidiary" || w == "insurer" || w == "lender" || w == "publisher" || w == "charity" ||
           w == "consultancy" || w == "distributor";
}

// True when text uses `last` as a word on its own, not right after `first` ("said Crane"
// beside "Dana Crane"): the two words are a person's given name and surname.
bool surname_alone(std::string_view text, std::string_view first, std::string_view last) {
    auto word_char = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
    for (std::size_t p = text.find(last); p != std::string_view::npos; p = text.find(last, p + 1)) {
        const std::size_t e = p + last.size();
        if ((p > 0 && word_char(text[p - 1])) || (e < text.size() && word_char(text[e]))) continue;
        const std::string_view before = text.substr(0, p);
        if (trim(before).ends_with(first)) continue;
        return true;
    }
    return false;
}

} // namespace

void find_title_subject(std::string_view title, OrgCollector& orgs, std::string_view body) {
    // "Chef Point Unveils ...", "Klaiyi Hair Celebrates ...": the words before the first
    // title-case verb, when they are not a person's name and the body uses them too.
    static constexpr std::string_view verbs[] = {
        "Announces", "Unveils", "Launches", "Celebrates", "Introduces", "Expands", "Raises",
        "Appoints", "Joins", "Names", "Partners", "Acquires", "Opens", "Debuts", "Releases",
        "Secures", "Receives", "Wins", "Signs", "Completes", "Reports", "Enters", "Hosts",
        "Turns", "Welcomes", "Adds", "Unveil", "Announce", "Launch", "Partner", "Is",
        "Earns", "Achieves", "Files", "Closes",
        "Completes", "Marks", "Rolls", "Offers", "Brings", "Delivers", "Ranks", "Lands"};
    const std::vector<Token> t = tokenize(title);
    std::size_t start = 0;
    for (std::size_t i = 0; i < t.size(); ++i)
        if (t[i].text == ":" || t[i].text == "|") start = i + 1;
    for (std::size_t i = start; i < t.size() && i < start + 8; ++i) {
        bool verb = false;
        for (auto v : verbs) // "ZORVEX AND PARTNER ANNOUNCE": a headline in capitals
            if (t[i].text == v || (t[i].allcaps && fold_word(t[i].text) == fold_word(v))) verb = true;
        if (!verb) {
            if (!is_cap_word(t[i]) && t[i].text != "&" && t[i].text != "+" && t[i].text != "." &&
                !run_connector(t[i].text) && t[i].text != "x") // "Brand x Designer Announces"
                return;
            continue;
        }
        if (i == start) return;
        std::size_t a = start;
        while (a < i && is_leading_junk(t[a].text)) ++a;
        if (a >= i) return;
        std::size_t b = i - 1;
        while (b > a && t[b].kind == Tok::Word && fold_word(t[b].text).ends_with("ly")) --b; // "Officially"
        if (t[b].kind != Tok::Word && t[b].text != "+") return;
        // "TOMY International and Paramount Announce", "HUMAN Clothing x Miller McCoy Announces":
        // several subjects; people among them are removed later (they are speakers)
        auto has_person = [&](std::size_t x, std::size_t y) {
            for (std::size_t k = x; k < y; ++k)
                if (is_given_name(t[k].text) && is_cap_word(t[k + 1]) && !is_org_head(t[k + 1].text))
                    return true;
            // "Dana Crane" when the body calls her "Crane"
            if (y == x + 1 && is_name_token(t[x]) && is_name_token(t[y]) && !t[y].allcaps)
                return surname_alone(body, t[x].text, t[y].text);
            return false;
        };
        std::size_t s0 = a;
        for (std::size_t k = a; k <= b + 1; ++k) {
            if (k <= b && !(t[k].text == "and" || t[k].text == "AND" || t[k].text == "x")) continue;
            if (k > s0 && k <= b) {
                const std::size_t e = k - 1;
                const bool person = has_person(s0, e);
                if (!person && e - s0 <= 5) {
                    std::string part(trim(title.substr(t[s0].begin, t[e].end - t[s0].begin)));
                    orgs.add(part, 0); // "A and B Announce ...": both are named as actors
                }
            }
            if (k <= b) s0 = k + 1;
            else if (s0 != a) {
                // the last part
                if (s0 <= b) {
                    const bool person = has_person(s0, b);
                    std::string part(trim(title.substr(t[s0].begin, t[b].end - t[s0].begin)));
                    if (!person && b - s0 <= 5) orgs.add(part, 0);
                }
                return;
            }
        }
        if (is_given_name(t[a].text) && b > a) return; // a person
        if (b - a > 5) return;
        std::string name(trim(title.substr(t[a].begin, t[b].end - t[a].begin)));
        if (body.find(name) == std::string_view::npos) return; // the body must use it too
        if (a == b && is_common_word(t[a].text) && !t[a].allcaps) return;
        orgs.add(name, 0);
        return;
    }
}

void find_organisations(const std::vector<std::string>& paragraphs, const ParagraphTokens& tokens,
                        OrgCollector& orgs,
                        std::unordered_map<std::string, std::size_t>& standalone_runs) {
    // capitalised words the text uses as places ("in Sydney"): a one-word cue is not enough
    std::unordered_set<std::string> places;
    for (const std::vector<Token>& t : tokens) {
        for (std::size_t k = 1; k + 1 < t.size(); ++k) {
            const std::string_view pr = t[k - 1].text;
            if (t[k].kind == Tok::Word && t[k].initial_upper && !is_cap_word(t[k + 1]) &&
                (pr == "in" || pr == "near" || pr == "across" || pr == "throughout" || pr == "around"))
                places.insert(std::string(t[k].text));
        }
    }
    std::size_t base = 0; // running position, for ordering
    for (std::size_t pi = 0; pi < paragraphs.size(); ++pi) {
        const std::string& p = paragraphs[pi];
        const std::vector<Token>& t = tokens[pi];
        if (t.empty() || blog_footer(p)) {
            base += p.size() + 1;
            continue;
        }
        const bool heading = is_heading(t);
        if (t[0].text == "About" && t.size() >= 2) about_boilerplate(p, t, 0, heading, orgs, base);
        for (std::size_t k = 1; k + 1 < t.size(); ++k) // a paragraph that lost its line breaks
            if (t[k].text == "About" && (t[k - 1].text == "." || t[k - 1].text == "!"))
                about_boilerplate(p, t, k, false, orgs, base);
        const std::vector<Run> runs = cap_runs(t);
        for (const Run& r : runs) {
            // remember standalone use of each run (and of the run minus a possessive)
            {
                std::string k = org_key(join(p, t, r.first, r.last));
                if (!k.empty()) standalone_runs[k]++;
                std::size_t a = strip_leading(t, r.first, r.last);
                if (a > r.first && a <= r.last) {
                    std::string k2 = org_key(join(p, t, a, r.last));
                    if (!k2.empty()) standalone_runs[k2]++;
                }
            }
            if (heading) continue;
            if (is_label(t, r)) continue;
            if (shouted(t, r)) continue;
            // (2) split at and/& after a head-word
            std::vector<Run> pieces;
            std::size_t s = r.first;
            for (std::size_t i = r.first + 1; i < r.last; ++i) {
                const bool amp = t[i].text == "and" || t[i].text == "&";
                const bool right_new = i + 1 <= r.last && (t[i + 1].text == "the" || t[i + 1].text == "The" ||
                                                         (is_role_core(t[i + 1].text) && !is_org_head(t[i + 1].text)));
                // both sides organisations: "LNR Partners and Ernst & Young's Real Estate Group"
                bool right_org = false;
                if (t[i].text == "and" && is_org_head(t[i - 1].text)) {
                    std::size_t words_r = 0;
                    for (std::size_t k = i + 1; k <= r.last; ++k) {
                        if (t[k].kind == Tok::Word) ++words_r;
                        if (is_org_head(t[k].text) && t[k].initial_upper && words_r >= 2) right_org = true;
                    }
                }
                if (amp && (is_strong_org_head(t[i - 1].text) || is_legal_suffix(t[i - 1].text) ||
                            right_new || right_org)) {
                    pieces.push_back({s, i - 1});
                    s = i + 1;
                    continue;
                }
                // "X Division of the Department of Justice": two organisations
                if (t[i].text == "of" && i + 1 < r.last && t[i + 1].text == "the" && i >= s + 2 &&
                    is_org_head(t[i - 1].text)) {
                    bool right_head = false;
                    for (std::size_t k = i + 2; k <= r.last; ++k)
                        if (t[k].initial_upper &&
                            (is_org_head(t[k].text) ||
                             (t[k].text.size() > 3 && t[k].text.back() == 's' &&
                              is_org_head(t[k].text.substr(0, t[k].text.size() - 1)))))
                            right_head = true;
                    if (right_head) {
                        pieces.push_back({s, i - 1});
                        s = i + 2;
                    }
                }
            }
            pieces.push_back({s, r.last});
            for (const Run& pc : pieces) {
                std::size_t a = strip_leading(t, pc.first, pc.last);
                std::size_t b = pc.last;
                if (a > b) continue;
                a = last_company_of_list(t, a, b);
                std::string_view lastw = t[b].text;
                bool poss = possessive(lastw) && !possessive_in_name(lastw);
                if (b == pc.last && b + 1 < t.size() && bare_possessive(t, b)) {
                    // "Justice Departments Antitrust Division", "FBIs New York Field Office"
                    std::string name = join(p, t, a, b);
                    name.pop_back();
                    const std::vector<Token> lt = tokenize(name);
                    std::size_t lb = lt.empty() ? 0 : lt.size() - 1;
                    if (!lt.empty() && ((lt.size() == 1 && is_known_agency(lt[0].text)) ||
                                        (org_piece(lt, 0, lb) && lb == lt.size() - 1)))
                        orgs.add(name, base + t[a].begin);
                    continue;
                }
                if (a == b && t[a].allcaps && is_known_agency(t[a].text)) {
                    orgs.add(t[a].text, base + t[a].begin);
                    continue;
                }
                // a Title Case phrase after "the" or a preposition in mid-sentence is a name even
                // when its words are ordinary ("the National Weather Service", "at Regional One
                // Health")
                // (or a body "X of Y" after a place's possessive: "Boston’s Board of Taxicab
                // License Commissioners"; not "Ed’s Home Services", where it is part of the name)
                const bool after_possessive =
                    a > 0 && b > a + 1 && possessive(t[a - 1].text) && !possessive_in_name(t[a - 1].text) &&
                    is_dictionary_proper(without_possessive(t[a - 1].text)) && [&] {
                        for (std::size_t k = a; k < b; ++k) // a head-word's of-phrase, not "Value of"
                            if (t[k + 1].text == "of" && is_org_head(t[k].text)) return true;
                        return false;
                    }();
                const bool named_slot = after_possessive ||
                    (a > 0 && b > a && (t[a - 1].text == "the" || t[a - 1].text == "at" ||
                                       t[a - 1].text == "of" || t[a - 1].text == "by" ||
                                       t[a - 1].text == "from" || t[a - 1].text == "with") &&
                    a >= 2 && t[a - 2].text != "." && t[a - 2].text != ":");
                const std::string lastf = fold_word(t[b].text);
                const bool internal_body = lastf == "board" || lastf == "committee" || lastf == "panel";
                if (!generic_after_article(t, a, b) && !company_body(t, a, b) &&
                    org_piece(t, a, b, named_slot && !internal_body)) {
                    std::string name = join(p, t, a, b);
                    if (poss && b == pc.last) {
                        if (name.ends_with("s'")) name.pop_back();
                        else if (name.ends_with("'s")) name.resize(name.size() - 2);
                        else if (name.ends_with("\xE2\x80\x99s")) name.resize(name.size() - 4);
                    }
                    if (!looks_like_person_run(t, a, b)) orgs.add(name, base + t[a].begin);
                }
            }
        }
        // (4) acronym definitions
        for (const AcronymDef& d : find_acronym_defs(p, t)) {
            const std::vector<Token> lt = tokenize(d.long_form);
            std::size_t b = lt.empty() ? 0 : lt.size() - 1;
            bool is_org = !lt.empty() && org_piece(lt, 0, b, true) && b == lt.size() - 1;
            if (!is_org && !lt.empty() && lt.size() >= 2 && !is_non_org_tail(lt.back().text)) {
                // a proper-name run: every word capitalised, at least one not generic and
                // not an ordinary English word written in title case (approximated by
                // requiring a word that is not a role/function/place/org word AND the run to
                // end in a plural/proper noun that is not a tail of non-organisations)
                bool all_cap = true;
                std::size_t distinct = 0;
                for (const auto& k : lt) {
                    if (k.kind != Tok::Word) continue;
                    if (!k.initial_upper && !is_connector(k.text)) all_cap = false;
                    if (k.initial_upper && !generic_word(k)) ++distinct;
                }
                is_org = all_cap && distinct >= 1 && d.org_hint;
            }
            for (std::size_t k = 0; k < t.size() && is_org; ++k) // "its Patient Care Organization (PCO)"
                if (t[k].begin == d.position) is_org = !generic_after_article(t, k, k + lt.size() - 1);
            if (is_org) orgs.add_alias(d.long_form, d.acronym, base + d.position);
        }
        // (5) contextual cues on runs
        for (const Run& r : runs) {
            std::size_t a = strip_leading(t, r.first, r.last);
            std::size_t b = r.last;
            if (a > b) continue;
            if (possessive(t[b].text) && !possessive_in_name(t[b].text)) continue;
            const std::size_t n = t.size();
            bool cue = false;
            // ticker: X (NASDAQ: Y)
            if (b + 2 < n && t[b + 1].text == "(" && ticker_exchange(t[b + 2].text)) cue = true;
            // appositive: X, a/an/the ... org-noun
            bool appositive = false;
            if (!cue && b + 2 < n && t[b + 1].text == ",") {
                const std::string_view d = t[b + 2].text;
                if (d == "a" || d == "an" || d == "the" || d == "one" || d == "America's" ||
                    d == "the world's") {
                    for (std::size_t k = b + 3; k < n && k < b + 12; ++k) {
                        if (t[k].text == "," || t[k].text == "." || t[k].text == "(") break;
                        if (is_org_noun(t[k].text) && !t[k].initial_upper) {
                            cue = appositive = true;
                            break;
                        }
                    }
                }
            }
            // the name after its kind: "shoe brand R.J. Tovar", "the consulting firm Deloitte"
            if (!cue && a > 0 && named_after_kind(t, a)) cue = true;
            // X is a/an ... company ; X today announced ; X announced
            const bool sentence_start =
                r.first == 0 || t[r.first - 1].text == "." || t[r.first - 1].text == "!" ||
                t[r.first - 1].text == "?" || t[r.first - 1].text == "\xE2\x80\x94" ||
                t[r.first - 1].text == "--" || t[r.first - 1].text == ":" ||
                t[r.first - 1].text == ")" || (a > r.first && t[a - 1].text == "The");
            if (!cue && sentence_start && b + 1 < n) {
                std::size_t k = b + 1;
                if (t[k].text == "today" || t[k].text == "recently" || t[k].text == "officially" ||
                    t[k].text == "proudly")
                    ++k;
                if (k < n && announce_verb(t[k].text)) {
                    if (t[k].text == "is" || t[k].text == "was") {
                        // "X is a leading provider", "X is an AI company"
                        if (k + 2 < n && (t[k + 1].text == "a" || t[k + 1].text == "an" ||
                                          t[k + 1].text == "the")) {
                            for (std::size_t m = k + 2; m < n && m < k + 20; ++m) {
                                if (t[m].text == ".") break;
                                if (is_org_noun(t[m].text) && !t[m].initial_upper) {
                                    cue = true;
                                    break;
                                }
                            }
                        }
                    } else if (t[k].text == "has" || t[k].text == "will") {
                        cue = false;
                    } else {
                        cue = true;
                    }
                }
            }
            if (!cue) continue;
            if (b - a > 6) continue;
            if (looks_like_person_run(t, a, b)) continue;
            // not a bare generic word, not a place
            bool distinct = false;
            for (std::size_t i = a; i <= b; ++i)
                if (t[i].kind == Tok::Word && !generic_word(t[i])) distinct = true;
            if (!distinct && !(a == b && t[a].allcaps)) continue;
            // "Ideally, ..." at a sentence start; but "launched Boundless, a design agency"
            if (a == b && !t[a].allcaps && is_common_word(t[a].text) && !(appositive && !sentence_start))
                continue;
            if (is_role_core(t[a].text) || is_leading_junk(t[a].text)) continue;
            if (a == b && places.count(std::string(t[a].text)) != 0) continue;  // "As Sydney continues"
            if (is_non_org_tail(t[b].text)) continue;
            orgs.add(join(p, t, a, b), base + t[a].begin);
        }
        // (5b) a short name defined in quotes: "the Quellmark Stock Exchange (or “Quellmark”)"
        for (const Run& r : runs) defined_short_name(p, t, r, orgs, base);
        // (6) lists after "companies such as", "investors include", "participation from"
        for (std::size_t k = 0; k + 1 < t.size(); ++k) {
            const std::string_view w = t[k].text;
            std::size_t list_at = 0;
            if ((w == "such" && t[k + 1].text == "as") || w == "include" || w == "includes" ||
                w == "including" || w == "like") {
                bool plural = false;
                for (std::size_t b2 = (k >= 6 ? k - 6 : 0); b2 < k; ++b2)
                    if (org_plural(t[b2].text)) plural = true;
                if (plural) list_at = w == "such" ? k + 2 : k + 1;
            } else if ((w == "participation" && t[k + 1].text == "from") ||
                       (w == "led" && t[k + 1].text == "by" && k > 0 &&
                        (t[k - 1].text == "round" || t[k - 1].text == "funding" ||
                         t[k - 1].text == "financing" || t[k - 1].text == "investment"))) {
                list_at = k + 2;
            }
            if (list_at > 0 && list_at < t.size()) add_org_list(p, t, list_at, orgs, base);
        }
        // (6b) "available on Amazon", "on GitHub": a platform
        for (std::size_t k = 0; k + 2 < t.size(); ++k) {
            if (t[k].text != "available" || !(t[k + 1].text == "on" || t[k + 1].text == "at" ||
                                              t[k + 1].text == "through" || t[k + 1].text == "via"))
                continue;
            const Token& x = t[k + 2];
            if (!is_cap_word(x) || is_place_word(x.text) ||
                (is_common_word(x.text) && !is_dictionary_proper(x.text)))
                continue;
            if (k + 3 < t.size() && is_cap_word(t[k + 3])) continue; // a longer name: leave it
            orgs.add(x.text, base + x.begin);
        }
        // (6b') "a 2024 Honeywell study", "the Gartner report": the author of a study
        for (std::size_t k = 1; k + 1 < t.size(); ++k) {
            const std::string_view nx = t[k + 1].text;
            if (!(nx == "study" || nx == "survey" || nx == "report" || nx == "poll" || nx == "analysis"))
                continue;
            const Token& x = t[k];
            if (!is_cap_word(x) || is_cap_word(t[k - 1]) || x.has_digit) continue;
            const std::string_view pr = t[k - 1].text;
            const bool det = pr == "a" || pr == "an" || pr == "the" || pr == "recent" || pr == "new" ||
                             (t[k - 1].has_digit && t[k - 1].kind == Tok::Word);
            if (!det || is_place_word(x.text) || places.count(std::string(x.text)) != 0) continue;
            if (is_common_word(x.text) && !x.allcaps) continue;
            orgs.add(x.text, base + x.begin);
        }
        // (6c) legislatures named by one word in mid-sentence
        for (std::size_t k = 1; k < t.size(); ++k) {
            const std::string_view w = t[k].text;
            if ((w == "Congress" || w == "Parliament" || w == "Senate") && t[k - 1].text != "." &&
                !(k + 1 < t.size() && is_cap_word(t[k + 1])) && !is_cap_word(t[k - 1]))
                orgs.add(w, base + t[k].begin);
        }
        // (7) a named person "with" an organisation: "Kenny Ashton with Veterans United Mortgage"
        for (std::size_t k = 2; k + 1 < t.size(); ++k) {
            if (t[k].text != "with" || !is_cap_word(t[k + 1])) continue;
            if (!is_name_token(t[k - 1]) || !is_name_token(t[k - 2])) continue;
            if (!is_given_name(t[k - 2].text) &&
                !(k >= 3 && (t[k - 3].text == "," || t[k - 3].text == "and")))
                continue;
            std::size_t e = k + 1;
            while (e + 1 < t.size() && (is_cap_word(t[e + 1]) || (t[e + 1].text == "&" && e + 2 < t.size())))
                ++e;
            if (e - k > 5 || (is_place_word(t[k + 1].text) && is_place_word(t[e].text))) continue;
            if (e == k + 1 && is_common_word(t[e].text)) continue;
            orgs.add(join(p, t, k + 1, e), base + t[k + 1].begin);
        }
        // (7b) a list line "Jane Roe, Director of Sales, Acme" or "Jane Roe - Acme"
        for_each_list_item(t, [&](const std::vector<Token>& item) { people_list_line(p, item, places, orgs, base); });
        // (7c) "the CEO & Founder of Service Excellence Training"
        for (std::size_t k = 1; k + 2 < t.size(); ++k) {
            if (t[k].text != "of" && t[k].text != "at") continue;
            bool top = false; // "CEO of", "CEO & Founder of", "Owner and Operator of"
            for (std::size_t m = k; m > 0 && m + 4 > k && !top; --m) {
                if (!is_role_word(t[m - 1].text) && t[m - 1].text != "&") break;
                top = top_role(t[m - 1].text);
            }
            if (!top) continue;
            std::size_t a = k + 1;
            if (t[a].text == "the" && a + 1 < t.size()) ++a;
            std::size_t e = a;
            while (e + 1 < t.size() && (is_cap_word(t[e + 1]) || t[e + 1].text == "&")) ++e;
            if (t[e].text == "&") --e;
            if (!name_fills(t, a, e, places) || is_leading_junk(t[a].text) || looks_like_person_run(t, a, e)) continue;
            if (a == e && is_dictionary_proper(t[a].text)) continue; // "CEO of Texas"
            bool distinct = false; // "CEO of Company", "CEO of Global Operations"
            for (std::size_t m = a; m <= e; ++m)
                if (t[m].kind == Tok::Word && !generic_word(t[m])) distinct = true;
            if (!distinct) continue;
            const std::string last = fold_word(t[e].text);
            if (last == "board" || last == "committee" || last == "council" || last == "panel" ||
                company_body(t, a, e))
                continue; // "Chairman of the Supervisory Board": a body inside the company
            orgs.add(join(p, t, a, e), base + t[a].begin);
        }
        base += p.size() + 1;
    }
    // (8) lists are homogeneous: in "A, B, C and D" with at least two known organisations,
    // the other items are organisations too
    base = 0;
    for (std::size_t pi = 0; pi < paragraphs.size(); ++pi) {
        const std::string& p = paragraphs[pi];
        if (blog_footer(p)) {
            base += p.size() + 1;
            continue;
        }
        const std::vector<Token>& t = tokens[pi];
        const std::vector<Run> runs = cap_runs(t);
        // items: runs split at and/&, then stripped
        std::vector<Run> items;
        std::vector<bool> joined; // item i is joined to item i-1 by a list separator
        for (const Run& r : runs) {
            std::size_t s = r.first;
            for (std::size_t i = r.first; i <= r.last + 1; ++i) {
                if (i <= r.last && t[i].text != "and") continue;
                if (i > s) {
                    const std::size_t a = strip_leading(t, s, i - 1);
                    bool join_prev = false;
                    if (!items.empty()) {
                        const std::size_t pe = items.back().last;
                        if (s == r.first) {
                            // between the previous run and this one: , / , and / and / (...)
                            std::size_t k = pe + 1;
                            if (k < t.size() && t[k].text == "(") {
                                while (k < t.size() && t[k].text != ")") ++k;
                                ++k;
                            }
                            bool sep = false;
                            while (k < s && (t[k].text == "," || t[k].text == "and" || t[k].text == "&" ||
                                             t[k].text == "the" || t[k].text == "or")) {
                                sep = true;
                                ++k;
                            }
                            join_prev = sep && k == a - (a - s);
                            join_prev = sep && k >= s;
                        } else {
                            join_prev = true; // split at "and" inside a run
                        }
                    }
                    if (a <= i - 1) {
                        items.push_back({a, i - 1});
                        joined.push_back(join_prev);
                    }
                }
                s = i + 1;
            }
        }
        std::size_t i = 0;
        while (i < items.size()) {
            std::size_t j = i;
            while (j + 1 < items.size() && joined[j + 1]) ++j;
            const std::size_t len = j - i + 1;
            if (len >= 3) {
                std::size_t known = 0;
                for (std::size_t k = i; k <= j; ++k) {
                    const std::string name = join(p, t, items[k].first, items[k].last);
                    if (orgs.contains(name) || (items[k].first == items[k].last && is_known_agency(name))) ++known;
                }
                if (known >= 2 && known * 3 >= len) {
                    for (std::size_t k = i; k <= j; ++k) {
                        const Run& it = items[k];
                        std::string name = join(p, t, it.first, it.last);
                        if (possessive(name)) name.resize(name.size() - (name.ends_with("'s") ? 2 : 4));
                        if (orgs.contains(name)) continue;
                        bool initials = false;
                        for (std::size_t m = it.first; m <= it.last; ++m)
                            if (is_initial(t[m])) initials = true;
                        if (initials) continue; // "Jessie M. Alloway", "N.J."
                        if (it.last - it.first > 4) continue;
                        if (is_given_name(t[it.first].text) && it.last > it.first) continue;
                        if ((is_place_word(t[it.first].text) && is_place_word(t[it.last].text)) ||
                            is_non_org_tail(t[it.last].text))
                            continue;
                        if (it.first == it.last && places.count(std::string(t[it.first].text)) != 0) continue;
                        if (it.first == it.last && !t[it.first].allcaps &&
                            (is_common_word(t[it.first].text) || is_dictionary_proper(t[it.first].text)))
                            continue;
                        orgs.add(name, base + t[it.first].begin);
                    }
                }
            }
            i = j + 1;
        }
        base += p.size() + 1;
    }
}

} // namespace pressdex::extract::detail
