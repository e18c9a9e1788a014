#pragma once

#include <string>
#include <string_view>

namespace pressdex {

/// Folds text to the form pressdex indexes and searches: the one function used on both
/// sides, so that whatever variant a writer typed matches whatever variant a reader types.
///
/// In order: invalid UTF-8 becomes U+FFFD; NFKC with Unicode case folding (which also drops
/// default-ignorable characters: soft hyphens, zero-width spaces and joiners, BOMs);
/// accents removed (Zürich -> zurich, but only Latin/Greek/Cyrillic combining marks, so
/// that Indic vowel signs survive); letters with no decomposition folded (ø -> o, æ -> ae);
/// typographic quotes to " and ', dashes and minus signs to -; and an apostrophe between two
/// letters or digits removed, so Children's, Children’s and Childrens are one word.
///
/// Thread-safe: the ICU normalisers it uses are immutable singletons.
class Normalizer {
  public:
    /// Throws pressdex::Error if ICU's normalisation data cannot be loaded.
    Normalizer();

    [[nodiscard]] std::string fold(std::string_view utf8) const;

  private:
    [[nodiscard]] std::string fold_with_icu(std::string_view utf8) const;

    const void* nfkc_casefold_; // icu::Normalizer2*, owned by ICU
    const void* nfd_;
    const void* nfc_;
};

} // namespace pressdex
