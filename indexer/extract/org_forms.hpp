#pragma once
// What a candidate's whole form says by itself: the names shaped like an organisation's that
// name none (a person, a place, a storm or a war, a title of a law, a legal form alone), read
// without the sentence around them. The organisation pass (org_candidates.hpp) drops such
// candidates or weighs them.

#include <string_view>
#include <vector>

namespace pressdex::extract::detail {

/// The words of a form, without the full stops and commas after them ("Co.," is "Co").
std::vector<std::string_view> bare_words(std::string_view form);

/// The names of a list ("Texas and Iowa", "Europe, Asia and Africa"): the form cut at " and ",
/// " & " and ", ", as written ("A, and B" gives "A" and "and B"); one part when none is listed.
std::vector<std::string_view> listed_parts(std::string_view form);

/// "N.J.", "U.S.", "Ph.D.": two letters, or "ph d", keyed (org_key); a state or a degree.
bool dotted_abbreviation(std::string_view key);

/// "Company", "Group": a company's head-word alone, the release's defined term for a company
/// it names in full.
bool lone_company_head(std::string_view form);

/// "Inc.", "Jr.", "PhD", "Co. KGaA": the end of a name that was cut off, legal forms alone.
bool lone_suffix(std::string_view form);

/// "Hurricane Katrina", "World War II", "Master of Business Administration", by the key's
/// first one or two words (data/non_org_openers.txt).
bool storm_war_or_degree(std::string_view key);

/// "Title VII": a title of a law by its Roman number, keyed (not "Title Quill Boxing").
bool title_of_law(std::string_view key);

/// "Medicare and Medicaid", "CEO and Board": names of no organisation (data/
/// non_organisations.txt), two or more of them listed.
bool non_organisations_listed(std::string_view form);

/// "D-CA", "R-Texas": a lawmaker's party and state.
bool party_and_state(std::string_view form);

/// Whether the form's first word is a given name.
bool starts_with_given_name(std::string_view form);

/// "Dana R. Quill", "Dana R. Quill Jr.": a given name, a middle initial and a surname.
bool name_with_middle_initial(std::string_view form);

/// "Veterans of Foreign Wars", "Mothers Against Drunk Driving": a body named after its members,
/// a plural for people (data/member_plurals.txt) before "for", "of", "Against", "Without" or
/// "United" and more words.
bool named_after_its_members(std::string_view form);

/// "Halloween Block Party", "Viewing Party", "Related Party": a gathering or a term, "Party"
/// after an ordinary word that names no party's cause (data/political_words.txt).
bool party_that_is_no_party(std::string_view form);

/// "Best Taco", "Best Personal Injury Firm", "Top Workplaces": an award's category, a name
/// opening with "Best" or "Top" and no legal form (a known body, "Best Buy", is checked apart).
bool award_category(std::string_view form);

/// "Sales & Marketing", "Digital Marketing", "Finance": a field of work, words of titles'
/// fields (data/role_words.txt) that end no body's name, joined by "and" or "&".
bool field_of_work_name(std::string_view form);

/// Two to four words, none of them a head-word or a legal form: a person's name could be so.
bool person_shaped(std::string_view form);

/// "Texas and Iowa", "North and South America": places joined are places.
bool joined_places(std::string_view form);

/// "Quillton CT", "Northern Vellmark", "Central Asian": a town and its state's postal code, a
/// side of a place or of a people, or places joined.
bool place_phrase(std::string_view form);

} // namespace pressdex::extract::detail
