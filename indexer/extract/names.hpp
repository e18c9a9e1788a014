#pragma once
// Person-name shapes inside runs of tokens.

#include "indexer/extract/text.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace pressdex::extract::detail {

/// Inclusive token range [first, last].
struct TokSpan {
    std::size_t first = 0;
    std::size_t last = 0;
};

bool is_initial(const Token& t);                 // "M.", "J.D."
bool is_name_particle(std::string_view w);       // de, van, von, bin, al, la (inside names)
bool is_possessive(std::string_view w);          // Roe's, Roe’s, Jones'
std::string_view without_possessive(std::string_view w);

/// True when t[i] may be a word of a person's name: a capitalised word without digits that
/// is not a function word, month, honorific, legal suffix, job-title noun or modifier, or
/// the head of an institution or company ("Hospital", "Group"); a title word that is also a
/// given name counts when a name word follows it ("Dean Hall"). Initials count.
bool is_name_word(const std::vector<Token>& t, std::size_t i);

/// Number of words in [first, last] that are not initials, particles or suffixes.
std::size_t name_word_count(const std::vector<Token>& t, std::size_t first, std::size_t last);

/// The clean text of a name: honorifics and post-nominals dropped, a possessive ending cut,
/// single spaces; "Jr." kept.
std::string clean_name(const std::vector<Token>& t, std::size_t first, std::size_t last);

/// t[i] and t[i + 1] are a lawmaker's party and state where a scraper turned "(D-VA)" or
/// "(R-Tenn.)" into spaces: "D VA", "R Tenn" (not "John D Rockefeller").
bool party_letter_and_state(const std::vector<Token>& t, std::size_t i);

/// "Employee-owned", "Dubai-based", "Award-winning": a compound ending in a participle in
/// lower case describes the name next to it and is no part of it.
bool described_by_compound(std::string_view w);

/// The person's name that ends at token hi (post-nominals and a name suffix after it are
/// skipped over), walking left no further than lo.
/// Step by step: (1) skip trailing post-nominals ("MD", ", PhD") and keep Jr./III; (2) walk
/// left over name words, initials and particles (at most six); (3) a particle cannot start
/// the name; (4) words before a given name that are places, ordinary words or title words
/// are dropped ("Nevada Jane Roe" -> "Jane Roe", "Law Enforcement Ed Brannigan" -> "Ed
/// Brannigan"); (5) when more than four name words remain, the name starts at the leftmost given
/// name that leaves two to four words, else it is the last two words (and middle initials).
std::optional<TokSpan> name_ending_at(const std::vector<Token>& t, std::size_t lo, std::size_t hi);

/// The person's name that starts at token lo (after abbreviated honorifics such as "Dr."),
/// ending no later than hi: name words, initials, particles, then a name suffix ("Jr.",
/// ", Jr.").
std::optional<TokSpan> name_starting_at(const std::vector<Token>& t, std::size_t lo, std::size_t hi);

/// "Traliant Traliant", "Dana Quill Dana Quill": a name that logo or link text glued to a copy
/// of itself; returns the second copy's span, or span itself.
TokSpan without_repeat(const std::vector<Token>& t, TokSpan span);

/// Every maximal run of name words in t (each run as name_ending_at cuts it), in order.
std::vector<TokSpan> name_runs(const std::vector<Token>& t);

} // namespace pressdex::extract::detail
