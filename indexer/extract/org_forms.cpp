#include "indexer/extract/org_forms.hpp"

#include "indexer/extract/lexicon.hpp"
#include "indexer/extract/text.hpp"

#include <algorithm>
#include <string>

namespace pressdex::extract::detail {

// the words of a form, without the full stops and commas after them ("Co.," is "Co")
std::vector<std::string_view> bare_words(std::string_view form) {
    std::vector<std::string_view> words;
    while (!form.empty()) {
        const std::size_t space = form.find(' ');
        std::string_view word = form.substr(0, space);
        form.remove_prefix(space == std::string_view::npos ? form.size() : space + 1);
        while (!word.empty() && (word.back() == '.' || word.back() == ',')) word.remove_suffix(1);
        if (!word.empty()) words.push_back(word);
    }
    return words;
}

std::vector<std::string_view> listed_parts(std::string_view form) {
    std::vector<std::string_view> parts;
    for (std::size_t i = 0; i <= form.size();) {
        std::size_t cut = form.size(), skip = 0;
        for (const std::string_view joint : {std::string_view(" and "), std::string_view(" & "), std::string_view(", ")})
            if (const std::size_t at = form.find(joint, i); at < cut) {
                cut = at;
                skip = joint.size();
            }
        parts.push_back(form.substr(i, cut - i));
        if (cut == form.size()) break;
        i = cut + skip;
    }
    return parts;
}

// "N.J.", "U.S.", "D.C.", "Ph.D.": two letters, or "ph d", keyed; a state or a degree
bool dotted_abbreviation(std::string_view key) {
    return key == "ph d" || (key.size() == 3 && key[1] == ' ');
}

// "the Company", "the Group": a company's head-word alone is the release's defined term for a
// company it names in full, never a name of its own
bool lone_company_head(std::string_view form) {
    return !form.empty() && form.find(' ') == std::string_view::npos && org_head(form) == OrgHead::company &&
           std::any_of(form.begin() + 1, form.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// "Inc.", "Jr.", "PhD", "Co. KGaA": the end of a name that was cut off ("... (Holdings) Inc.",
// "Baker, Jr.", "Jane Roe, PhD", "Quill SE & Co. KGaA"), legal forms alone
bool lone_suffix(std::string_view form) {
    const std::vector<std::string_view> words = bare_words(form);
    if (words.size() == 1)
        return is_legal_suffix(words[0]) || is_name_suffix(words[0]) || is_postnominal(words[0]);
    return !words.empty() && std::all_of(words.begin(), words.end(), [](std::string_view w) { return is_legal_suffix(w); });
}

// "Hurricane Katrina", "World War II", "Master of Business Administration": the name of a
// storm, a war or a degree, by its first one or two words (key: lower case, single spaces)
bool storm_war_or_degree(std::string_view key) {
    const std::size_t one = key.find(' ');
    if (one == std::string_view::npos) return false;
    const std::size_t two = key.find(' ', one + 1);
    return is_non_org_opener(key.substr(0, one)) ||
           (two != std::string_view::npos && is_non_org_opener(key.substr(0, two)));
}

// "Title VII", "Title IX": a title of a law, by its Roman number (not "Title Quill Boxing")
bool title_of_law(std::string_view key) {
    if (!key.starts_with("title ") || key.size() > 12) return false;
    const std::string_view number = key.substr(6);
    return !number.empty() && number.find_first_not_of("ivxl") == std::string_view::npos;
}

// "Medicare and Medicaid", "Bitcoin, Ether and Tether": names of no organisation, listed
bool non_organisations_listed(std::string_view form) {
    std::size_t names = 0;
    for (std::string_view part : listed_parts(form)) {
        if (part.starts_with("and ")) part.remove_prefix(4); // "A, B, and C"
        if (part.empty()) continue;
        if (!is_non_organisation(part)) return false;
        ++names;
    }
    return names >= 2;
}

// "(D-CA)", "(R-Texas)": a lawmaker's party and state
bool party_and_state(std::string_view form) {
    if (form.size() < 4 || (form[0] != 'D' && form[0] != 'R' && form[0] != 'I') || form[1] != '-') return false;
    const std::string_view state = form.substr(2);
    return (state.size() == 2 && state[0] >= 'A' && state[0] <= 'Z' && state[1] >= 'A' && state[1] <= 'Z') ||
           is_place(state);
}

bool starts_with_given_name(std::string_view form) {
    return is_given_name(form.substr(0, form.find(' ')));
}

// "Dana R. Quill", "Dana R. Quill Jr.": a given name, a middle initial and a surname, as people
// write their own names (firms named after one write a head-word or a legal form after it)
bool name_with_middle_initial(std::string_view form) {
    const std::vector<std::string_view> words = bare_words(form);
    if (words.size() < 3 || words.size() > 4 || !is_given_name(words[0])) return false;
    const std::size_t at = form.find(' ') + 1;
    if (form.size() < at + 3 || !(form[at] >= 'A' && form[at] <= 'Z') || form[at + 1] != '.' || form[at + 2] != ' ')
        return false;
    return words.size() == 3 || is_name_suffix(words[3]);
}

bool named_after_its_members(std::string_view form) {
    const std::vector<std::string_view> words = bare_words(form);
    if (words.size() < 3 || !is_member_plural(words[0])) return false;
    const std::string_view w = words[1];
    return w == "for" || w == "of" || w == "Against" || w == "Without" || w == "United";
}

bool party_that_is_no_party(std::string_view form) {
    const std::vector<std::string_view> words = bare_words(form);
    if (words.empty()) return false;
    const std::string last = fold_word(words.back());
    if (last != "party" && last != "parties") return false;
    if (words.size() == 1) return true;
    const std::string_view before = words[words.size() - 2];
    // a word no dictionary writes in lower case names the party ("Likud Party")
    const std::string folded = fold_word(before);
    return !is_political_word(folded) && compound_lower_case_share(folded) >= 20;
}

bool award_category(std::string_view form) {
    const std::vector<std::string_view> words = bare_words(form);
    if (words.size() < 2 || (words[0] != "Best" && words[0] != "Top")) return false;
    return std::none_of(words.begin(), words.end(), [](std::string_view w) { return is_legal_suffix(w); });
}

bool field_of_work_name(std::string_view form) {
    const std::vector<std::string_view> words = bare_words(form);
    if (words.empty()) return false;
    return std::all_of(words.begin(), words.end(), [](std::string_view w) {
        return w == "and" || w == "&" ||
               (is_title_field(w) && w.size() > 2 &&
                org_head(w) != OrgHead::institution && org_head(w) != OrgHead::company);
    }) && words.front() != "and" && words.front() != "&";
}

// two to four words, none of them a head-word or a legal form
bool person_shaped(std::string_view form) {
    const std::vector<std::string_view> words = bare_words(form);
    return words.size() >= 2 && words.size() <= 4 && std::none_of(words.begin(), words.end(), [](std::string_view w) {
               return org_head(w) != OrgHead::none || is_legal_suffix(w);
           });
}

// "Texas and Iowa", "Europe, Asia and Africa", "North and South America": places joined by
// "and", "&" or commas are places, where a side of one ("North") shares the last one's rest.
bool joined_places(std::string_view form) {
    const std::vector<std::string_view> parts = listed_parts(form);
    if (parts.size() < 2) return false;
    const std::string_view last = parts.back();
    const std::size_t space = last.find(' ');
    return std::all_of(parts.begin(), parts.end(), [&](std::string_view part) {
        if (is_place(part)) return true;
        const bool side = part == "North" || part == "South" || part == "East" || part == "West" ||
                          part == "Central" || part == "Northern" || part == "Southern" || part == "Eastern" ||
                          part == "Western";
        return side && space != std::string_view::npos &&
               is_place(std::string(part) + std::string(last.substr(space)));
    });
}

// "Quillton Convention Center", "Harbour Exhibition Centre", "Vellmark Town Center", "Quillton
// City Center", "Harbour Civic Center": a venue for events or a shopping centre is a place,
// whoever runs it
bool venue(std::string_view form) {
    if (!form.ends_with(" Center") && !form.ends_with(" Centre")) return false;
    form.remove_suffix(7);
    // the kind alone too ("the Civic Center")
    const std::size_t space = form.rfind(' ');
    const std::string_view kind = space == std::string_view::npos ? form : form.substr(space + 1);
    for (const std::string_view venue_kind : {"Convention", "Exhibition", "Expo", "Trade", "Event", "Events", "Town",
                                              "Visitor", "Visitors", "Conference", "City", "Civic", "Shopping"})
        if (kind == venue_kind) return true;
    return false;
}

// "Quillton CT", "Northern Vellmark" (when Vellmark is a place): a town and its US state's
// postal code, or a side of a place, is a place too; and so are places joined, and a side
// of a people ("Central Asian").
bool place_phrase(std::string_view form) {
    if (joined_places(form) || venue(form)) return true;
    // "People's Republic of China", "Kingdom of Harbouria": a country by its formal name
    for (const std::string_view state : {"Republic of ", "Kingdom of ", "Sultanate of ", "Emirate of ", "Principality of "})
        if (const std::size_t at = form.find(state); at != std::string_view::npos) {
            // the formal name opens the form, after a word or two ("People's", "Islamic"), not
            // a body's name ("Army of the Republic of ...", "Ministry of Mines of the Republic ...")
            const std::vector<std::string_view> opening = bare_words(form.substr(0, at));
            if (opening.size() > 2 || std::any_of(opening.begin(), opening.end(), [](std::string_view w) {
                    return w == "of" || w == "the" || org_head(w) != OrgHead::none;
                }))
                continue;
            std::string_view rest = form.substr(at + state.size());
            if (rest.starts_with("the ")) rest.remove_prefix(4);
            if (is_place(rest)) return true;
        }
    std::vector<std::string_view> words;
    for (std::size_t i = 0; i < form.size();) {
        const std::size_t sp = std::min(form.find(' ', i), form.size());
        words.push_back(form.substr(i, sp - i));
        i = sp + 1;
    }
    if (words.size() < 2 || words.size() > 4) return false;
    static constexpr std::string_view states[] = {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
        "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
        "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC"};
    const std::string_view last = words.back();
    if (std::find(std::begin(states), std::end(states), last) != std::end(states))
        return std::all_of(words.begin(), words.end() - 1, [](std::string_view w) {
            return !w.empty() && w[0] >= 'A' && w[0] <= 'Z' && !is_function_word(w) && org_head(w) == OrgHead::none;
        });
    for (const std::string_view side : {"Northern", "Southern", "Eastern", "Western", "Central", "Upstate"})
        if (words.front() == side && is_place(form.substr(side.size() + 1))) return true;
    // "Central Asian", "South Koreans", "West Virginians": a side before a word for a people
    // is a people
    for (const std::string_view side : {"North", "South", "East", "West", "Central", "Northern", "Southern",
                                        "Eastern", "Western", "Southeast", "Northeast", "Southwest", "Northwest"})
        if (words.size() == 2 && words.front() == side && is_demonym(words.back())) return true;
    return false;
}

} // namespace pressdex::extract::detail
