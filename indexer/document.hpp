#pragma once

#include "common/normalize.hpp"
#include "indexer/extract/facts.hpp"
#include "indexer/release.hpp"
#include "indexer/walk.hpp"

#include <xapian.h>

#include <string>
#include <unordered_map>
#include <vector>

namespace pressdex {

/// Where a release came from, as the incremental scan needs to remember it.
struct SourceFile {
    std::string path; // absolute
    FileType type;
    FileStat stat;
    std::string content_hash; // 16 hex digits
};

/// The unique id term of a file (schema::prefix_unique_id), hashed when the path is too long
/// for Xapian's term length limit.
[[nodiscard]] std::string unique_id_term(const std::string& path);

/// The term that marks the quote documents of the release at `path`.
[[nodiscard]] std::string quote_of_term(const std::string& path);

/// XXH3-64 of the bytes as 16 hex digits.
[[nodiscard]] std::string content_hash(std::string_view bytes);

/// Database-wide tables that follow the releases in the index: the spelling table that
/// "Did you mean" suggestions come from (each distinct word of a release's text, counted
/// once per release). Call note_release_added after adding or replacing a release
/// document, and note_release_removed with the old document before deleting or replacing
/// it, so that words no release uses any more stop being suggested. The compactor adds up
/// the spelling tables of the databases it merges.
void note_release_added(Xapian::WritableDatabase& db, const Xapian::Document& release);
void note_release_removed(Xapian::WritableDatabase& db, const Xapian::Document& release);

/// Spelling words counted over many releases, for a writer that adds each word once with
/// its count: the same spelling table as note_release_added for each release, at a
/// fraction of the cost (Xapian's add_spelling is costly per call).
using SpellingCounts = std::unordered_map<std::string, Xapian::termcount>;
void count_spelling_words(const Xapian::Document& release, SpellingCounts& counts);
/// Adds `counts` to the spelling table of `db` and empties it.
void add_spelling_counts(Xapian::WritableDatabase& db, SpellingCounts& counts);

/// The words of a release document that go into the spelling table (common/schema.hpp):
/// its unprefixed, unstemmed terms of 3 to 40 bytes without a digit, and the words of its
/// speakers' and organisations' names after schema::spelling_name_marker.
[[nodiscard]] std::vector<std::string> spelling_words(const Xapian::Document& release);

/// Turns a release into the Xapian document the schema (common/schema.hpp) describes.
/// One builder per thread: it owns a TermGenerator, which is not thread-safe.
class DocumentBuilder {
  public:
    DocumentBuilder();

    [[nodiscard]] Xapian::Document build(const Release& release, const SourceFile& source,
                                         const extract::Facts& facts);

    /// One document per quotation, for quote mode.
    [[nodiscard]] std::vector<Xapian::Document>
    build_quotes(const Release& release, const SourceFile& source, const extract::Facts& facts);

  private:
    // A field's text folded (Normalizer::fold), with its hyphenated words joined.
    struct FoldedText {
        bool empty = true; // the text as written was empty: it takes no position gap either
        std::string words;
        std::string joined_hyphen_words;
    };

    [[nodiscard]] FoldedText fold_for_index(const std::string& text) const;
    void index_folded(const FoldedText& text, Xapian::termcount weight, std::string_view prefix);
    void add_date_terms(Xapian::Document& doc, const Release& release);
    void index_free_text(const std::string& text, Xapian::termcount weight,
                         std::string_view prefix);
    void index_speaker_name(const std::string& name);

    Normalizer normalizer_;
    Xapian::TermGenerator term_generator_;
};

} // namespace pressdex
