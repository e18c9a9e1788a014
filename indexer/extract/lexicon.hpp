#pragma once
// The word tables the extraction reads, from the files in indexer/extract/data/ (compiled
// in: the extraction never depends on what the machine has installed). Each look-up takes a
// word as written: any case, a final '.' and a curly apostrophe are folded away. The files
// say what each table holds and where it came from; scripts/extract-data makes the generated
// ones (given names, surnames, places, common words).

#include <string_view>

namespace pressdex::extract::detail {

bool is_abbreviation(std::string_view w);   // keeps its final '.': Dr., Inc., Jan., St.
bool is_honorific(std::string_view w);      // Dr., Mr., Prof., Sen., Gov.
bool is_postnominal(std::string_view w);    // MD, PhD, MBA, CPA
bool is_name_suffix(std::string_view w);    // Jr., Sr., II, III (kept in names)
bool is_legal_suffix(std::string_view w);   // Inc., LLC, Ltd., GmbH
bool is_role_noun(std::string_view w);      // President, CEO, Director, Attorney, Senator
bool is_role_modifier(std::string_view w);  // Vice, Senior, Acting, Deputy, Chief, U.S.
bool is_role_word(std::string_view w);      // noun, modifier, or field of a title (Marketing)
bool is_title_field(std::string_view w);    // a title's field alone: Marketing, Affairs (no noun, no modifier)
bool is_speech_verb(std::string_view w);    // said, says, added, noted (lower case only)
bool is_weak_speech_verb(std::string_view w); // continued, shared, highlighted: see the file
bool is_first_person(std::string_view w);    // I, we, my, our: a speaker speaking of themselves
bool is_announcement_link(std::string_view w); // was, made, jointly: "the announcement was made jointly by"
bool is_function_word(std::string_view w);  // The, This, In, However: never start a name
bool is_month_or_day(std::string_view w);   // January, Jan., Monday
bool is_non_org_tail(std::string_view w);   // Act, Award, Program, Street, Day
bool is_non_org_opener(std::string_view w); // Hurricane, World War: a storm's or a war's name
bool is_name_opener(std::string_view w);    // New, First, One, All, No: a function word that opens names
bool is_member_body(std::string_view w);    // Association, Society, Union: bodies of members
bool is_headline_verb(std::string_view w);   // Opens, Urges, Unveils: a headline's verb between two names
bool is_political_word(std::string_view w); // Democratic, Labour, Families: a party's cause before "Party"
bool is_member_plural(std::string_view w);  // Veterans, Mothers, Citizens: who a body of members is
bool is_body_scope(std::string_view w);     // Law, State, Fire: a tail that may end "X of Y"
bool is_web_platform(std::string_view w);   // LinkedIn, Unsplash, Spotify
bool is_demonym(std::string_view w);        // Canadian, Iraqis, Buddhism, Spanish (a people, its faith or language)
bool is_org_noun(std::string_view w);       // company, provider, firm ("X, a leading ...")
bool is_product_noun(std::string_view w);   // app, tool, device ("X, a new app ...")
bool is_unnamed_subject(std::string_view w); // company, spokesperson, officials
bool is_public_body(std::string_view w);    // FBI, EPA, NATO
bool is_non_organisation(std::string_view phrase); // Bitcoin, UTC, Class Period, Investor Relations
bool is_given_name(std::string_view w);     // Priya, Tomasz, Wei
bool is_surname(std::string_view w);        // Nguyen, Kowalski, Okafor
bool is_place(std::string_view phrase);     // Texas, Hong Kong, Dubai, Middle East (whole phrase)
bool is_corpus_place(std::string_view phrase); // towns the corpora write as places (Hingham)
// phrases of ordinary words the corpora write in lower case too ("press office")
bool is_corpus_term(std::string_view phrase);

/// How a capitalised word heads an organisation's name (data/org_heads.txt).
enum class OrgHead { none, institution, company, weak };
OrgHead org_head(std::string_view w);

/// Share of a word's uses in the corpora written in lower case, 0-100; -1 when the word is
/// rare or never written in lower case (a name). "price" 92, "hall" 20.
int lower_case_share(std::string_view w);

/// lower_case_share, and for a hyphenated compound that the corpora never write whole, that of
/// its rarest part: "High-Return", "Island-Themed" and "Clip-In" are ordinary words, "Coca-Cola"
/// is none. For a description's words only: "Man-Hee" or "Sung-Hee" is a given name whose parts
/// are words.
int compound_lower_case_share(std::string_view w);

/// An ordinary English word: written in lower case at least half of the time.
inline bool is_common_word(std::string_view w) { return lower_case_share(w) >= 50; }

/// Lower-case words inside names of organisations: of, for, and, &, the, de, von, at.
bool is_connector(std::string_view w);

/// he, she (refer to the last person named).
bool is_pronoun_subject(std::string_view w);

} // namespace pressdex::extract::detail
