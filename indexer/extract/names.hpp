#pragma once
// Recognising person names inside runs of tokens.

#include "indexer/extract/text.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pressdex::extract::detail {

/// Inclusive token range [first, last].
struct TokSpan {
    std::size_t first = 0;
    std::size_t last = 0;
};

/// True for a token that may be part of a person's name: capitalised word that is not a
/// function word, title, organisation head-word or legal suffix (initials like "M." count).
bool is_name_token(const Token& t);
bool is_initial(const Token& t); // "M.", "J.D."

/// The clean name text for tokens [first, last]: honorifics and post-nominals dropped, single
/// spaces, "Jr." kept.
std::string clean_name(const std::vector<Token>& t, std::size_t first, std::size_t last);

/// Number of name words in a span, not counting initials and suffixes.
std::size_t name_words(const std::vector<Token>& t, std::size_t first, std::size_t last);

/// A person's name ending at token hi (after skipping post-nominals) inside [lo, hi].
/// Step by step: (1) skip trailing post-nominals (MD, PhD) and keep Jr./III; (2) walk left over
/// name tokens (at most six); (3) drop leading honorifics; (4) when more than three name words
/// remain, the name starts at the leftmost given name that leaves two to four words, or else is
/// the last two words (plus a middle initial): "Law Enforcement Ed Grace" -> "Ed Grace".
std::optional<TokSpan> person_at_tail(const std::vector<Token>& t, std::size_t lo, std::size_t hi);

/// A person's name starting at token lo (after honorifics), ending before hi+1.
std::optional<TokSpan> person_at_head(const std::vector<Token>& t, std::size_t lo, std::size_t hi);

/// Looks through a capitalised run [lo, hi] for a person name: the run is cut into chunks at
/// connectors (of, for, at, in) and chunks are tried from the last to the first with
/// person_at_tail; the first chunk giving a name of at least min_words words wins (chunks are
/// tried first to last instead when forward is set: a subject before a verb comes first).
/// "Acting Assistant Attorney General John M. Gore of the Civil Rights Division" -> John M. Gore.
std::optional<TokSpan> person_in_run(const std::vector<Token>& t, std::size_t lo, std::size_t hi,
                                     std::size_t min_words, bool forward = false);

} // namespace pressdex::extract::detail
