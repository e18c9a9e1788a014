#pragma once
// Constant word tables used by the extraction rules. Every look-up takes a word as written
// (any case, optional final '.', curly or straight apostrophe) unless said otherwise.

#include <string_view>

namespace pressdex::extract::detail {

bool is_abbreviation(std::string_view w);   // words that keep a final '.': Dr, Inc, Jan, St...
bool is_honorific(std::string_view w);      // Dr., Mr., Prof., Gov., Rep., Sen., ...
bool is_postnominal(std::string_view w);    // MD, PhD, MBA, CPA, Esq., ...
bool is_name_suffix(std::string_view w);    // Jr., Sr., II, III (kept in names)
bool is_legal_suffix(std::string_view w);   // Inc., LLC, Ltd., Corp., Co., GmbH, PLC, ...
bool is_org_head(std::string_view w);       // Hospital, University, Institute, Group, ... (capitalised use)
bool is_leading_junk(std::string_view w);    // articles, prepositions, dates... never start a name
bool is_strong_org_head(std::string_view w); // heads that make an organisation of common words
bool is_known_agency(std::string_view w);    // FBI, IRS, EPA, SEC, NATO... (public bodies' acronyms)
bool is_role_word(std::string_view w);      // may be part of a job-title phrase (broad)
bool is_role_core(std::string_view w);      // title nouns: President, CEO, Director, Founder, ...
bool is_role_modifier(std::string_view w);  // Vice, Senior, Executive, Acting, Deputy, Chief, ...
bool is_speech_verb(std::string_view w);    // said, says, added, noted, ... (lower case only)
bool is_unnamed_plural(std::string_view w); // Representatives, Officials, Members... (not a named person)
/// True when the lower-cased word is an ordinary English word in the system word list
/// (Debian package wamerican, /usr/share/dict/words, read once); false when the list is missing.
bool is_common_word(std::string_view w);
/// True when the word list has the word only capitalised (a place, person or brand: Birmingham).
bool is_dictionary_proper(std::string_view w);
bool is_pronoun_subject(std::string_view w);// he, she (refer to the last speaker)
bool is_given_name(std::string_view w);     // exact case: "Kenneth"
bool is_function_word(std::string_view w);  // capitalised words that never start a name: The, This, In...
bool is_connector(std::string_view w);      // lower-case words inside names of organisations: of, for, and, the, de
bool is_non_org_tail(std::string_view w);   // last words of non-organisations: Act, Award, Program, Day...
bool is_org_noun(std::string_view w);       // lower-case nouns for "X, a leading provider of": company, firm...
bool is_place_word(std::string_view w);     // capitalised words naming places/periods, never a person name

} // namespace pressdex::extract::detail
