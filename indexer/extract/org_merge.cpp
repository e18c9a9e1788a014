#include "indexer/extract/org_merge.hpp"

#include "common/organisation_names.hpp"

#include "indexer/extract/lexicon.hpp"
#include "indexer/extract/people.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace pressdex::extract::detail {
namespace {

// "U S Harbour Administration", "the U S Quill Office": a scrape that turned full stops into spaces
// lost them from "U.S." too; a name shows them again (its key is the same)
std::string with_us_stops(std::string form) {
    if (form.starts_with("U S ")) form.replace(0, 4, "U.S. ");
    return form;
}

class Groups {
  public:
    explicit Groups(std::size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
    std::size_t find(std::size_t i) {
        while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
        return i;
    }
    void join(std::size_t a, std::size_t b) {
        a = find(a);
        b = find(b);
        if (a != b) parent_[std::max(a, b)] = std::min(a, b);
    }

  private:
    std::vector<std::size_t> parent_;
};

bool starts_with_words(const std::vector<std::string>& longer, const std::vector<std::string>& shorter) {
    return shorter.size() < longer.size() && std::equal(shorter.begin(), shorter.end(), longer.begin());
}

bool ends_with_words(const std::vector<std::string>& longer, const std::vector<std::string>& shorter) {
    return shorter.size() < longer.size() && std::equal(shorter.rbegin(), shorter.rend(), longer.rbegin());
}

double log_odds(double p) {
    p = std::clamp(p, 1e-9, 1.0 - 1e-9);
    return std::log(p / (1.0 - p));
}

// For each piece, the non-overlapping mentions with the largest sum of positive log-odds
// (dynamic programming over the piece's tokens); their candidates are taken.
void take_best_segmentation(const std::vector<OrgMention>& mentions, const std::vector<double>& p,
                            std::vector<bool>& taken) {
    std::size_t i = 0;
    while (i < mentions.size()) {
        std::size_t j = i;
        while (j < mentions.size() && mentions[j].piece == mentions[i].piece) ++j;
        std::size_t lo = mentions[i].first;
        std::size_t hi = mentions[i].last;
        for (std::size_t k = i; k < j; ++k) {
            lo = std::min(lo, mentions[k].first);
            hi = std::max(hi, mentions[k].last);
        }
        const std::size_t len = hi - lo + 1;
        // best[x]: best score of tokens [lo, lo + x); choice[x]: mention ending there, or none
        std::vector<double> best(len + 1, 0.0);
        std::vector<std::size_t> choice(len + 1, static_cast<std::size_t>(-1));
        for (std::size_t x = 1; x <= len; ++x) {
            best[x] = best[x - 1];
            for (std::size_t k = i; k < j; ++k) {
                const OrgMention& m = mentions[k];
                if (m.last - lo + 1 != x) continue;
                const double score = log_odds(p[m.candidate]);
                if (score <= 0) continue;
                const double total = best[m.first - lo] + score;
                if (total > best[x]) {
                    best[x] = total;
                    choice[x] = k;
                }
            }
        }
        for (std::size_t x = len; x > 0;) {
            if (choice[x] == static_cast<std::size_t>(-1)) {
                --x;
                continue;
            }
            const OrgMention& m = mentions[choice[x]];
            taken[m.candidate] = true;
            x = m.first - lo;
        }
        i = j;
    }
}

bool joins_two_acronyms(std::string_view acronym) {
    const std::size_t hyphen = acronym.find('-');
    if (hyphen == std::string_view::npos) return false;
    const auto capitals = [](std::string_view part) {
        return part.size() >= 2 && std::all_of(part.begin(), part.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    };
    return capitals(acronym.substr(0, hyphen)) && capitals(acronym.substr(hyphen + 1));
}

Features without_feature(const Features& features, std::string_view name) {
    Features out;
    for (const auto& [feature, value] : features.values())
        if (feature != name) out.set(feature, value);
    return out;
}

// "Department of Harbour Affairs Office of Audits", "Senate Harbour Affairs Committee": a
// body's whole name (its last word an institution's head-word) and two or more words after it,
// one an institution's head-word, name a unit of the body, another organisation, not a longer
// form of the same one; one more word is the same body's fuller name ("Quillton Police
// Department"). So does a body's acronym that a definition gives it ("DHA Office of Audits"
// after "Department of Harbour Affairs (DHA)": institution_acronym).
bool unit_of(const std::vector<std::string>& body, const std::vector<std::string>& longer,
             bool institution_acronym) {
    if (body.empty() || longer.size() < body.size() + 2 || !starts_with_words(longer, body) ||
        !(institution_acronym || org_head(body.back()) == OrgHead::institution) || longer[body.size()] == "of" ||
        longer[body.size()] == "for")
        return false;
    return std::any_of(longer.begin() + static_cast<std::ptrdiff_t>(body.size()), longer.end(),
                       [](const std::string& w) { return org_head(w) == OrgHead::institution; });
}

// "Quillton Division of the Harbour Bureau", "Office of Audits for the Harbour Agency": a unit's
// name (its last word an institution's head-word), "of" or "for", perhaps "the", and its
// parent's name
bool unit_then_parent(const std::vector<std::string>& whole, const std::vector<std::string>& unit,
                      const std::vector<std::string>& parent) {
    if (unit.empty() || parent.empty() || !starts_with_words(whole, unit) || !ends_with_words(whole, parent) ||
        org_head(unit.back()) != OrgHead::institution)
        return false;
    const std::size_t gap = whole.size() - unit.size() - parent.size();
    const std::string& joint = whole[unit.size()];
    return (joint == "of" || joint == "for") && (gap == 1 || (gap == 2 && whole[unit.size() + 1] == "the"));
}

// ... and the parent alone of such a name: "the Harbour Bureau" is no short form of its division,
// nor "the Quillton Housing Agency" of "the Office of the Inspector General for the Quillton
// Housing Agency" (an office named after its head's title: the head-word need not end the unit)
bool parent_of_unit(const std::vector<std::string>& whole, const std::vector<std::string>& parent) {
    if (!ends_with_words(whole, parent)) return false;
    std::size_t k = whole.size() - parent.size();
    if (k > 0 && whole[k - 1] == "the") --k;
    if (k < 2 || !(whole[k - 1] == "of" || whole[k - 1] == "for")) return false;
    const auto institution = [](const std::string& w) { return org_head(w) == OrgHead::institution; };
    if (institution(whole[k - 2])) return true;
    // the office's parent is a body by its own words ("... for the Harbour Agency"), not what
    // the office is for ("Special Inspector General for Harbour Reconstruction") nor the
    // court's circuit ("Court of Appeals for the Third Circuit")
    return std::any_of(whole.begin(), whole.begin() + static_cast<std::ptrdiff_t>(k) - 1, institution) &&
           std::any_of(parent.begin(), parent.end(), institution);
}

std::string without_the(std::string s) {
    if (s.starts_with("The ") || s.starts_with("the ")) s.erase(0, 4);
    return s;
}

// What the merge knows of a release's candidates as it joins them
struct Merge {
    const OrgCandidates& found;
    const std::vector<OrgCandidate>& candidates = found.candidates;
    const std::size_t n = candidates.size();
    std::vector<double> p{};                          // the model's probability of each
    std::unordered_map<std::string, std::size_t> by_key{};
    std::vector<std::vector<std::string>> words{};    // of each key
    std::vector<bool> taken{};                        // an organisation, alone or with others
    Groups groups{n};                                 // the names of one organisation
    std::vector<bool> institution_acronym{};          // defined as an institution's name

    // a part of a name already taken, at its start or its end
    [[nodiscard]] bool part_of_taken_name(std::size_t i) const {
        for (std::size_t k = 0; k < n; ++k)
            if (taken[k] && (starts_with_words(words[k], words[i]) || ends_with_words(words[k], words[i]))) return true;
        return false;
    }
    // whether the release names candidate a before candidate b
    [[nodiscard]] bool named_before(std::size_t a, std::size_t b) const {
        const OrgCandidate& x = candidates[a];
        const OrgCandidate& y = candidates[b];
        return x.first_para != y.first_para ? x.first_para < y.first_para : x.first_offset < y.first_offset;
    }
};

// Each candidate's probability from the model, and the best names of each piece
void decide(Merge& m, const Model& model, std::vector<FeatureRow>* rows) {
    m.p.resize(m.n);
    m.words.resize(m.n);
    m.institution_acronym.assign(m.n, false);
    for (std::size_t i = 0; i < m.n; ++i) {
        const OrgCandidate& c = m.candidates[i];
        m.p[i] = model.probability("org", c.features);
        // "China banned exports", "the Mexico office": a place is no organisation however it
        // acts; not a known body, an acronym ("GAO") or a name with a legal form
        const Features& f = c.features;
        if (f.has("place") && !f.has("legal_suffix") && !f.has("acronym") && !f.has("known_org")) m.p[i] = 0.0;
        m.by_key.emplace(c.key, i);
        if (rows) {
            FeatureRow row{"org", c.forms.front(), {}, m.p[i]};
            for (const auto& [name, value] : c.features.values()) row.features.emplace_back(name, value);
            rows->push_back(std::move(row));
        }
    }
    std::vector<bool> written(m.n, false);
    for (const OrgMention& mention : m.found.mentions) written[mention.candidate] = true;
    m.taken.assign(m.n, false);
    for (std::size_t i = 0; i < m.n; ++i) m.taken[i] = !written[i] && m.p[i] >= 0.5;
    take_best_segmentation(m.found.mentions, m.p, m.taken);
    for (std::size_t i = 0; i < m.n; ++i) m.words[i] = name_words(m.candidates[i].key);
}

// A unit named for a place and then its parent ("Denver Division of the Harbour Bureau",
// "Austin Field Office of the Quill Division") is one body, though its parts, or its parent
// alone, score more: the place names no unit alone ("Quill Affairs Division" does). The parent
// stays a body of its own
void take_units_named_for_places(Merge& m) {
    const std::vector<OrgMention>& mentions = m.found.mentions;
    for (const OrgMention& whole : mentions) {
        const std::size_t w = whole.candidate;
        const auto joint = [](const std::string& x) { return x == "of" || x == "for"; };
        if (m.taken[w] || m.p[w] < 0.5 || std::none_of(m.words[w].begin(), m.words[w].end(), joint)) continue;
        for (const OrgMention& unit : mentions)
            if (unit.piece == whole.piece && unit.first == whole.first &&
                m.candidates[unit.candidate].features.has("place_first") &&
                std::any_of(mentions.begin(), mentions.end(), [&](const OrgMention& parent) {
                    return parent.piece == whole.piece && parent.last == whole.last && m.taken[parent.candidate] &&
                           unit_then_parent(m.words[w], m.words[unit.candidate], m.words[parent.candidate]);
                }))
                m.taken[w] = true;
    }
}

// An acronym and its long form: one organisation, or none
void join_acronyms(Merge& m, const std::vector<AcronymDef>& acronyms, const Model& model) {
    for (const AcronymDef& def : acronyms) {
        const auto a = m.by_key.find(org_key(def.long_form));
        const auto b = m.by_key.find(org_key(def.acronym));
        if (a == m.by_key.end() || b == m.by_key.end()) continue;
        const std::size_t i = a->second;
        const std::size_t j = b->second;
        // an acronym stands for its long form: "FCPA" is no organisation when the Foreign
        // Corrupt Practices Act is none
        const bool long_form_not_org = m.candidates[i].features.has("non_org_tail");
        if (long_form_not_org && m.p[i] < 0.5) {
            m.taken[i] = m.taken[j] = false;
            continue;
        }
        // a definition vouches for an acronym only as far as what it defines may be an
        // organisation (the bar at which a taken acronym takes its long form, below):
        // "Image Routing Management (IRM)" defines a term, and "IRM" stands on its own
        // evidence alone. An acronym whose long form ends a taken name ("QHA" of "Department
        // of Quillton Harbour Affairs") keeps its definition, and so does an acronym of two
        // joined by a hyphen ("TCE-CSI"), a unit of an agency spelt out as two names.
        // The same for a long form judged no organisation that reads as a term, ordinary
        // words with no head-word ("Endpoint Detection and Response (EDR)") or words the
        // corpora also write in lower case ("Notice of Proposed Rulemaking (NPRM)").
        const bool long_form_term =
            m.candidates[i].features.has("term_long_form") || m.candidates[i].features.has("corpus_term");
        if ((m.p[i] < 0.25 || (long_form_term && m.p[i] < 0.5)) && !m.taken[i] && !m.part_of_taken_name(i) &&
            !joins_two_acronyms(def.acronym) &&
            model.probability("org", without_feature(m.candidates[j].features, "acronym_defined")) < 0.5) {
            m.taken[j] = false;
            continue;
        }
        if ((m.taken[i] && m.p[j] >= 0.25) || (m.taken[j] && m.p[i] >= 0.25)) {
            m.taken[i] = m.taken[j] = true;
            m.groups.join(i, j);
            m.institution_acronym[j] = std::any_of(m.words[i].begin(), m.words[i].end(), [](const std::string& w) {
                return org_head(w) == OrgHead::institution;
            });
        }
    }
    // a taken acronym also names the taken name its long form ends ("HHS" and "Department of
    // Health and Human Services", whose letters match "Health and Human Services")
    for (const AcronymDef& def : acronyms) {
        const auto b = m.by_key.find(org_key(def.acronym));
        if (b == m.by_key.end() || !m.taken[b->second]) continue;
        const std::vector<std::string> long_words = name_words(org_key(def.long_form));
        for (std::size_t i = 0; i < m.n; ++i)
            if (m.taken[i] && i != b->second && (m.words[i] == long_words || ends_with_words(m.words[i], long_words))) {
                m.groups.join(b->second, i);
                break;
            }
    }
}

// A short form belongs to one longer name: the first the text gives ("Bellhaven" of
// "Bellhaven Health System", not also of "Bellhaven International"); a plausible short form of
// a taken name is taken with it, as an acronym is with its long form
void join_short_forms(Merge& m) {
    const std::vector<bool> taken_alone = m.taken;
    for (std::size_t i = 0; i < m.n; ++i) {
        if (!m.taken[i] && m.p[i] < 0.25) continue;
        std::size_t owner = m.n;
        for (std::size_t j = 0; j < m.n; ++j) {
            if (i == j || !taken_alone[j]) continue;
            if (!(starts_with_words(m.words[j], m.words[i]) || ends_with_words(m.words[j], m.words[i]))) continue;
            if (unit_of(m.words[i], m.words[j], m.institution_acronym[i]) || parent_of_unit(m.words[j], m.words[i]))
                continue;
            if (owner == m.n || m.named_before(j, owner)) owner = j;
        }
        if (owner != m.n) {
            m.groups.join(i, owner);
            m.taken[i] = true;
        }
    }
}

// "the Corps", "the Commission": an institution's head-word alone, not yet the short form of a
// name, refers back to the first body the release names in full with it as its head, the word
// before its "of" or its last ("Quillton Army Corps of Engineers", "Vellmark Trade
// Commission"); not to a body it only qualifies ("the Senate" beside "Senate Harbour
// Committee", "the Army" beside "Department of the Army")
void join_head_words(Merge& m) {
    const auto head_word = [](const std::vector<std::string>& w) -> const std::string& {
        for (std::size_t k = 1; k + 1 < w.size(); ++k)
            if (w[k] == "of" || w[k] == "for" || w[k] == "on") return w[k - 1];
        return w.back();
    };
    std::vector<std::size_t> group_size(m.n, 0);
    std::vector<std::size_t> group_words(m.n, 0); // the most words of a member's name
    for (std::size_t i = 0; i < m.n; ++i)
        if (m.taken[i]) {
            const std::size_t g = m.groups.find(i);
            ++group_size[g];
            group_words[g] = std::max(group_words[g], m.words[i].size());
        }
    for (std::size_t i = 0; i < m.n; ++i) {
        if (!m.taken[i] || m.words[i].size() != 1 || group_size[m.groups.find(i)] != 1 ||
            org_head(m.words[i][0]) != OrgHead::institution || m.candidates[i].features.has("acronym"))
            continue;
        std::size_t body = m.n;
        for (std::size_t j = 0; j < m.n; ++j) {
            if (j == i || !m.taken[j] || m.words[j].size() < 2 || m.words[j].size() < group_words[m.groups.find(j)] ||
                head_word(m.words[j]) != m.words[i][0])
                continue;
            if (body == m.n || m.named_before(j, body)) body = j;
        }
        if (body != m.n) m.groups.join(i, body);
    }
}

// "Justice Department" and "Department of Justice": organisations whose names have one group
// key (organisation_group_key, as the search's facets count them) are one. The key of an
// organisation's longest name, so that a short form already taken by a longer name stays its
// ("Department of Justice" of "Quillton Department of Justice", not the federal one's)
void join_same_group_keys(Merge& m) {
    std::unordered_map<std::size_t, std::size_t> longest; // group -> member with the longest key
    for (std::size_t i = 0; i < m.n; ++i) {
        if (!m.taken[i]) continue;
        const auto [it, fresh] = longest.emplace(m.groups.find(i), i);
        if (!fresh && m.candidates[i].key.size() > m.candidates[it->second].key.size()) it->second = i;
    }
    std::unordered_map<std::string, std::size_t> group_of_key;
    for (std::size_t i = 0; i < m.n; ++i) {
        if (!m.taken[i] || m.groups.find(i) != i) continue; // each group once, by its root
        const std::size_t named = longest.at(i);
        if (m.words[named].size() < 2) continue;
        const auto [it, fresh] = group_of_key.emplace(organisation_group_key(m.candidates[named].key), i);
        if (!fresh) m.groups.join(it->second, i);
    }
}

// One organisation of a group's members: its longest form as the name, the others as aliases
Organisation organisation_of(const std::vector<OrgCandidate>& candidates, const std::vector<std::size_t>& members) {
    std::vector<std::string> forms;
    for (const std::size_t i : members)
        for (const std::string& f : candidates[i].forms) {
            std::string form = with_us_stops(without_the(f));
            if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.push_back(std::move(form));
        }
    // "Quillton State University's (QSU)" as an acronym's long form: the name is the one the
    // release also writes without the possessive ("Quillby's" alone keeps it)
    const std::vector<std::string> all_forms = forms;
    std::erase_if(forms, [&](const std::string& form) {
        return is_possessive(form) &&
               std::find(all_forms.begin(), all_forms.end(), without_possessive(form)) != all_forms.end();
    });
    // the longest form; of two as long, the one not in capitals ("QUILLTON STATE UNIVERSITY" of
    // a heading), but an acronym of one word keeps them ("NATO", not "Nato")
    const auto capitals = [](const std::string& form) {
        return form.find(' ') != std::string::npos &&
               std::none_of(form.begin(), form.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    };
    const auto longest = std::max_element(forms.begin(), forms.end(), [&](const std::string& a, const std::string& b) {
        return a.size() != b.size() ? a.size() < b.size() : capitals(a) && !capitals(b);
    });
    Organisation org;
    org.name = *longest;
    for (const std::string& f : forms)
        if (f != org.name) org.aliases.push_back(f);
    return org;
}

} // namespace

std::vector<Organisation> merge_organisations(const OrgCandidates& found,
                                              const std::vector<AcronymDef>& acronyms,
                                              const Model& model, std::vector<FeatureRow>* rows) {
    Merge m{found};
    decide(m, model, rows);
    take_units_named_for_places(m);
    join_acronyms(m, acronyms, model);
    join_short_forms(m);
    join_head_words(m);
    join_same_group_keys(m);
    // each group an organisation, in the order the release first names one of its members
    std::vector<std::vector<std::size_t>> members(m.n);
    for (std::size_t i = 0; i < m.n; ++i)
        if (m.taken[i]) members[m.groups.find(i)].push_back(i);
    struct Named {
        std::size_t para;
        std::size_t offset;
        Organisation org;
    };
    std::vector<Named> named;
    for (std::size_t g = 0; g < m.n; ++g) {
        if (members[g].empty()) continue;
        std::size_t first = members[g].front();
        for (const std::size_t i : members[g])
            if (m.named_before(i, first)) first = i;
        named.push_back({m.candidates[first].first_para, m.candidates[first].first_offset,
                         organisation_of(m.candidates, members[g])});
    }
    std::stable_sort(named.begin(), named.end(), [](const Named& a, const Named& b) {
        return a.para != b.para ? a.para < b.para : a.offset < b.offset;
    });
    std::vector<Organisation> result;
    result.reserve(named.size());
    for (Named& o : named) result.push_back(std::move(o.org));
    return result;
}

} // namespace pressdex::extract::detail
