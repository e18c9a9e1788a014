#pragma once
// The organisation pass, stage 2: a capitalised run cut into pieces at job titles and people's
// names (org_candidates.hpp, step 2), and the tests that tell a person's words from a body's.

#include "indexer/extract/document.hpp"
#include "indexer/extract/org_candidates.hpp"
#include "indexer/extract/org_runs.hpp"
#include "indexer/extract/people.hpp"

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace pressdex::extract::detail {

// A job-title noun, or its plural ("Special Agents", "Councilmembers"), or a compound of
// title words that ends in one ("Vice-Chairman", "Secretary-Treasurer").
bool role_noun(std::string_view w);

// A word of a job title: a title's noun or its modifier, or a lower-case role word
bool title_word(const Token& t);

// "Mr.", "Mrs.", "Ms.", "Dr.": a form of address that only a person's name follows
bool personal_address(std::string_view w);

// "the Quarry Crimes Section of the Harbour Department", "Audit Division of the Department of
// Harbour Affairs": a unit named by what it does (a section, a division, a unit or a branch),
// "of the" and its parent's name are two bodies, the unit and the parent, as the annotation
// counts them. Not a unit named for a place, which is one body with its parent ("Quillton
// Division of the Harbour Bureau"), nor "Office of ..." (an office's name goes on). The unit's
// head-word, or npos.
std::size_t unit_before_parent(const std::vector<Token>& t, std::size_t a, std::size_t b);

// "Department of Health and Human Services": the "and" at t[and_at], inside a piece ending at
// piece_last, joins the subjects of an institution's of-phrase, the second of one or two words
// that end no institution's name, not two names. "Department of Justice and Internal Revenue
// Service" joins two.
bool coordinated_subject(const std::vector<Token>& t, std::size_t and_at, std::size_t piece_last);

// a word that is a name, not an ordinary word: capitalised, and in capitals or rarely written
// in lower case
bool proper_word(const Token& w);

// "Quillton Truck Group and Vellmark Trucks Inc.", "the Harbour Port Authority and QXV": each
// side of the "and" is a name of its own (it ends in a head-word or a legal form, is an
// acronym or a known organisation), so each side is a whole mention, not a part of one name.
// The side after the "and" must hold a word that is a name, or be known: ordinary words there
// go on the name before ("Quillton Cancer Institute and Research Centre", "Quill Pharmacy &
// Discount Service LLC"). A head-word, a legal form or a body's scope right after the "and"
// joins one name ("Quillton Bank and Trust Company", "Quill & Co. LLC", "Quillton College &
// State University"), and so does an "&" between letters ("QUILL&BOX Studio").
bool names_on_both_sides(std::string_view text, const std::vector<Token>& t, std::size_t first,
                         std::size_t and_at, std::size_t last);

// "follow us on Facebook", "on Facebook, Instagram, and X.", "on quill.org, Facebook, X": a
// web platform after "on", or in a list of platforms and web addresses that follows "on", or
// next to another platform in a list
bool platform_used(const std::vector<Token>& t, std::size_t i);

// "Dana Quill, M.D., M.S., FAHA, FAAP": capitals in the run of degrees after a name are a
// fellowship's or a licence's letters, though the tables lack them
bool credential_after_degree(const std::vector<Token>& t, std::size_t i);

// "Dana Quill, executive director, ...", "Dana Quill, Chair of ...": a comma and a job title
// after a mention (a capitalised title's modifier may open a new subject: "at Quill Tech,
// U.S. Senators ...")
bool role_appositive(const std::vector<Token>& t, std::size_t last);

// A head-word, a legal form or an ampersand in a name: a mark of a firm or a body, not of
// a product.
bool has_a_firms_mark(const std::string& form);

// "the Quill Administration", "the New Quill Administration": a leader's term of office, named
// after the leader (a person the release names, a name the tables know, or a word the corpora
// write capitalised), not a body ("Small Business Administration", "Maryland Transit
// Administration")
bool presidency(std::string_view form, const People* people);

// A word of a person's name: a given name or a surname the tables know, or one the release
// gives a person; not an acronym, a place or a body's head-word.
bool person_word(const Token& w, const People* people);

// "Dana Quill, 45, of Harbour", "Dana Quill, 45, and Jane Roe, 51,": a name with an age
// after it is a person's (a firm's name has no age). Returns the keys of such names, two to
// four words with no head-word or legal form, and of their last one and two words (the
// surname a release goes on to use alone: "Quill pleaded guilty").
std::unordered_set<std::string> people_with_age(const Document& doc);

/// A capitalised run cut into the pieces that may each name an organisation: cut at job titles
/// ("Quillbox CEO Dana Roe", "CEO of Quillbox", not "Harbour Department" or "Department of
/// Harbours") and at people's names the release knows ("Dana Roe Quillbox Inc.", not "Dana Roe
/// Communications"), with leading function words, months and "About" dropped.
std::vector<Run> pieces_of_run(const std::vector<Token>& t, const OrgContext& context, const Run& run);

} // namespace pressdex::extract::detail
