#pragma once

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pressdex {

/// Folds text to the form pressdex indexes and searches: the one function used on both
/// sides, so that whatever variant a writer typed matches whatever variant a reader types.
///
/// In order: invalid UTF-8 becomes U+FFFD; NFKC with Unicode case folding (which also drops
/// default-ignorable characters: soft hyphens, zero-width spaces and joiners, BOMs);
/// accents removed (Zürich -> zurich, but only Latin/Greek/Cyrillic combining marks, so
/// that Indic vowel signs survive); letters with no decomposition folded (ø -> o, æ -> ae);
/// typographic quotes to " and ', dashes and minus signs to -; an apostrophe between two
/// letters or digits removed, so Children's, Children’s and Childrens are one word; and
/// runs of Chinese, Japanese, Korean, Thai, Lao, Khmer and Burmese letters cut into words by
/// ICU's dictionary-based word break iterator, with spaces between them (泰康保险集团 ->
/// 泰康 保险 集团), so that Xapian indexes words, not whole sentences; and
/// last, each word with a British spelling replaced by the one spelling its variants share
/// (paediatric -> pediatric, organisation -> organization, programme -> program: the table
/// of spelling_variants() below), so that either spelling finds both, phrases included.
///
/// Thread-safe: the ICU normalisers it uses are immutable singletons.
class Normalizer {
  public:
    /// Throws pressdex::Error if ICU's normalisation data cannot be loaded.
    Normalizer();

    [[nodiscard]] std::string fold(std::string_view utf8) const;

  private:
    // fold without the spelling step.
    [[nodiscard]] std::string fold_characters(std::string_view utf8) const;
    [[nodiscard]] std::string fold_with_icu(std::string_view utf8) const;

    const void* nfkc_casefold_; // icu::Normalizer2*, owned by ICU
    const void* nfd_;
    const void* nfc_;
};

/// Whether `c` is a letter of a script written without spaces between words (Han,
/// Hiragana, Katakana, Hangul, Thai, Lao, Khmer, Myanmar), which fold cuts into words.
[[nodiscard]] bool is_unspaced_script(char32_t c);

/// The words of each run of unspaced-script letters in `utf8`, as [begin, end) byte
/// offsets, by ICU's dictionary-based word break iterator: the cuts fold makes, for a
/// caller (the snippet maker) that needs them in the original text. Thread-safe.
[[nodiscard]] std::vector<std::pair<std::size_t, std::size_t>> segment_words(std::string_view utf8);

/// The hyphenated words of folded text written as one ("e-mail" -> "email", "covid-19" ->
/// "covid19"), separated by spaces; words with no letter ("2018-11-23") are left out. The
/// indexer adds them as extra terms and the query parser offers them as an alternative, so
/// that "email" and "e-mail" find each other while "high quality" still finds
/// "high-quality".
[[nodiscard]] std::string joined_hyphen_words(std::string_view folded);

/// One entry of the spelling table: a variant and the spelling it is folded to.
struct SpellingVariant {
    std::string_view variant;   // "paediatric"
    std::string_view canonical; // "pediatric"; never itself a variant, so fold is idempotent
};

/// The British/American spelling table fold applies, sorted by variant: 1,796 words built
/// from Debian's wbritish and wamerican word lists by scripts/spelling-variants (which says
/// how), in folded form (lower case, no apostrophes).
[[nodiscard]] std::span<const SpellingVariant> spelling_variants() noexcept;

/// The spelling `folded_word` (one word, already folded) is indexed under: its canonical
/// spelling if it is a variant, else itself.
[[nodiscard]] std::string_view canonical_spelling(std::string_view folded_word);

} // namespace pressdex
