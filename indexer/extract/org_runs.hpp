#pragma once
// The organisation pass, stage 1: a paragraph's capitalised runs, the spans of words that may
// name a body (org_candidates.hpp, step 1), and the tests on tokens that the later stages share.

#include "indexer/extract/document.hpp"

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace pressdex::extract::detail {

// Whether the word at t[a] and the next one are a place ("New Jersey", "Le Havre"), so that
// the first is no function word to trim off.
bool opens_place(const std::vector<Token>& t, std::size_t a, std::size_t b);

// A word written with a capital, or in capitals, that is not a lower-case word with digits
bool cap_word(const Token& t);

// A word in lower case
bool lower(const Token& t);

// "Sun Quill Solutions", "March of Dimes": a day's or a month's name that opens a run of names,
// not a date ("March 3", "Sun, Nov 3"). And "sponsored by More Quellmark", "at Her Quill
// Hospital": a function word written with a capital after a lower-case word, where only a
// name would have one. Neither is trimmed from the name it opens.
bool opener_of_name(const std::vector<Token>& t, std::size_t a, std::size_t b);

// "Harbour Grill, Vellmark Books, Quillby's, and more": a name whose "'s" ends a noun phrase
// (before a comma, a full stop, a semicolon or a bracket), and whose last word the release
// never writes without it, is a trade name spelt with its "'s", as restaurants and shops are,
// not an owner. Not an acronym's ("the QXV's."), a body's ("Quill Laboratory's."), a
// plural's ("Survivors'") or a disease's eponym ("Alzheimer's", which the tables hold as no
// organisation).
bool trade_name_possessive(const Document& doc, const std::vector<Token>& t, std::size_t last);

// "Dana Quill ... Quill's new book": a person's full name (a given name, then one or two words
// only ever written as names) whose last word the release also writes without the words
// before it, and never before a legal form or a head-word ("Quill Inc.", "Quill Group"). A firm
// named like a person is named whole each time ("Harrow Sands"), or after an ordinary word, a
// place, a head-word or an acronym that the release also writes alone ("Quill Home
// Inspections", "Quill Greater Virginia", "Quill AI").
bool goes_by_surname(const Document& doc, std::string_view name);

// "EVs", "VOCs", "HBCUs": capitals and a plural "s" (or "FBIs", a possessive that lost its
// apostrophe)
bool plural_acronym(std::string_view w);

// A word that joins capitalised words into one run ("of", "for", "and", "&", "de", "von")
bool run_connector(std::string_view w);

// "the U.S. Attorney's Office in San Diego": a federal prosecutor's office is named with the
// city or the district it sits "in" (not into a court's name after it: "... Office in the U.S.
// court for ...")
bool office_in(const std::vector<Token>& t, std::size_t i);

// A quotation mark, straight or curly, as a token
bool is_quote_tok(std::string_view w);

// The release's words, and whether its text lost its apostrophes (web pages scraped without
// their non-ASCII characters: "the FBIs Tulsa Division", "Todays sentencing").
struct Vocabulary {
    std::unordered_set<std::string> words;
    // the last two to six words of the capitalised runs whose last word the release also
    // writes with an "s" ("Department of Justice" before "said", beside "Justices"), to know a
    // name's possessive when its apostrophe is lost
    std::unordered_set<std::string> run_ends;
    // "in Quillton Falls, Texas": the keys of the names the release writes as towns, before a
    // US state's name or abbreviation
    std::unordered_set<std::string> towns;
    bool apostrophes_lost = false;
    [[nodiscard]] bool has(std::string_view w) const { return words.count(std::string(w)) != 0; }
};

// The release's words and its lost apostrophes, gathered once for every paragraph
Vocabulary vocabulary_of(const Document& doc);

// "Departments", "Divisions": the plural of an institution's head-word that is no head-word
// itself (unlike "Services"); before a name, a possessive whose apostrophe was lost
bool institution_plural(std::string_view w);

// A capitalised word that opens a new sentence or clause inside what looks like one run
// ("WASHINGTON An Iowa-based company"); unlike "New" or "First", never part of a name.
bool sentence_opener(std::string_view w);

// A number that may open a name: one to three digits or an ordinal ("3", "17th"), no year.
bool name_number(const Token& x);

// "5QX", "360PR": digits and capitals run together, a word of a name ("5QX Ventures") or a
// time, never a plain number
bool lettered_number(const Token& x);

// A capitalised run, or a piece or a chunk of one: tokens [first, last] of a paragraph
struct Run {
    std::size_t first;
    std::size_t last;
    bool bare_possessive_end = false; // the last word's "s" is a lost "'s"
    // ", Texas," of "Harris County, Texas, Sheriffs Office": its first comma and the word before
    // the second (office_after_state); 0 for none. The name leaves them out.
    std::size_t state_first = 0;
    std::size_t state_last = 0;
};

// "Dorothy's Tax Service", "Quill's Home Services", "St. Luke's Lutheran School": a business or
// a body named after a person or a saint, whose possessive belongs to the name. The owner is
// a given name or surname, no ordinary word, and opens the name (not "Senator Quill's ...",
// "the Department of Commerce's ..."); a company's head-word ends the capitalised words after
// it (an institution's only after a given name: "Obama's ... Task Force" is owned, not named).
bool owner_named_business(const std::vector<Token>& t, std::size_t j);

// "Quillton Vellby's International Realty", "Vellmark's Home Services": a firm whose name
// holds a possessive of a word the release never writes without it. An owner that is named
// alone too ("Quillbox's Research Group" beside "Quillbox"), a place, a month, an acronym, a
// person (a given name, a title), or a body (a head-word) owns the next name instead. A
// company's head-word or a legal form ends the capitalised words after the possessive.
bool brand_possessive(const std::vector<Token>& t, std::size_t a, std::size_t j, const Vocabulary& vocab);

// "Board of Directors of Quellmark Group Ltd.", "Supervisory Board of Vellmark SE", "Board of
// Trustees for the Quill Institute": a firm's organ (a name of two words or more that
// non_organisations.txt lists) before "of" or "for" is no part of the firm's name. Where the
// name after it starts, or the piece's own start.
std::size_t after_organ(const std::vector<Token>& t, const Run& piece);

// "Quillton Children's Hospital", "Vellmark Women's Center", "Harbour People's Hospital": a
// possessive of people in the plural is inside a body's name, never its owner
bool people_possessive(std::string_view w);

// "Quellmark Group Board of Directors", "Vellmark's Supervisory Board": a firm's board or
// committee (as above) after the firm's name is no part of it (a "Task Force" or a "Public
// Relations" firm keeps its words). Where the firm's name ends, or the piece's own end.
std::size_t before_organ(const std::vector<Token>& t, const Run& piece);

// The capitalised runs of a paragraph (org_candidates.hpp, step 1)
std::vector<Run> cap_runs(const std::vector<Token>& t, const Vocabulary& vocab);

} // namespace pressdex::extract::detail
