#include "common/schema.hpp"
#include "indexer/document.hpp"
#include "searcher/spelling.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include <unistd.h>

using pressdex::Normalizer;
using pressdex::suggest_spelling;

namespace {

// A small glass database (the in-memory backend keeps no spelling data) with the words and
// spelling entries of two releases, as the indexer writes them.
struct SpellingIndex {
    std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                ("pressdex-test-spelling-" + std::to_string(::getpid()));
    Xapian::WritableDatabase db{dir.string(), Xapian::DB_CREATE_OR_OVERWRITE};

    SpellingIndex() {
        for (const char* text : {"taking taking taking care healthcare pediatric oncology",
                                 "taking mount sinai care"}) {
            Xapian::Document doc;
            Xapian::TermGenerator generator;
            generator.set_document(doc);
            generator.index_text(text);
            doc.add_term("XORGtaikang");
            doc.add_term("XSPKdorotovics");
            db.add_document(doc);
            pressdex::note_release_added(db, doc);
        }
        db.commit();
    }
    ~SpellingIndex() {
        db.close();
        std::filesystem::remove_all(dir);
    }
};

} // namespace

TEST_CASE("spelling words: text words, and name words after the marker") {
    Xapian::Document doc;
    for (const char* term : {"taking", "of", "2018", "covid19", "Zcare", "XORGtaikang", "XORGtk",
                             "XSPKdorotovics", "XPATHcorpus", "S2018"})
        doc.add_term(term);
    auto words = pressdex::spelling_words(doc);
    std::sort(words.begin(), words.end());
    CHECK(words == std::vector<std::string>{"#dorotovics", "#taikang", "taking"});
}

TEST_CASE("did you mean: unknown words get the nearest word releases use") {
    SpellingIndex index;
    const Normalizer n;
    CHECK(suggest_spelling(index.db, "paediatirc oncology", n) == "pediatric oncology");
    CHECK(suggest_spelling(index.db, "Dorotovic", n) == "Dorotovics");
    // Capitalised: a name first; lower case: the nearest (most used) word.
    CHECK(suggest_spelling(index.db, "Taikng", n) == "Taikang");
    // A name's inner capitals are kept where the suggestion goes on as typed.
    CHECK(suggest_spelling(index.db, "DoroTovic", n) == "DoroTovics");
    CHECK(suggest_spelling(index.db, "DOROTOVIC", n) == "DOROTOVICS");
    CHECK(suggest_spelling(index.db, "taikng", n) == "taking");
    // Known words, short words, numbers, wildcards, operators and boolean fields stay.
    CHECK(suggest_spelling(index.db, "mount sinai", n).empty());
    CHECK(suggest_spelling(index.db, "xq 2019 onco*", n).empty());
    CHECK(suggest_spelling(index.db, "date:2018-11 type:md", n).empty());
    // Everything around a corrected word is kept as typed.
    CHECK(suggest_spelling(index.db, "(speaker:Dorotovic OR \"mount  sinia\") -taikng", n) ==
          "(speaker:Dorotovics OR \"mount  sinai\") -taking");
    // Nothing near: no suggestion.
    CHECK(suggest_spelling(index.db, "zzyzzyva", n).empty());
}

TEST_CASE("spelling words are removed with their release") {
    SpellingIndex index;
    const Normalizer n;
    for (Xapian::docid id = 1; id <= 2; ++id) {
        pressdex::note_release_removed(index.db, index.db.get_document(id));
        index.db.delete_document(id);
    }
    index.db.commit();
    CHECK(index.db.get_spelling_suggestion("paediatirc").empty());
    CHECK(index.db.get_spelling_suggestion("#taikng").empty());
}

TEST_CASE("spelling counts added once give the table that adding release by release gives") {
    // The bulk build counts a segment's spelling words and adds each once (SpellingCounts).
    const auto dir = std::filesystem::temp_directory_path() /
                     ("pressdex-test-spelling-counts-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    Xapian::WritableDatabase one_by_one((dir / "a").string(), Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::WritableDatabase counted((dir / "b").string(), Xapian::DB_CREATE_OR_OVERWRITE);
    pressdex::SpellingCounts counts;
    for (const char* text : {"taking care of care", "taking mount sinai", "care"}) {
        Xapian::Document doc;
        Xapian::TermGenerator generator;
        generator.set_document(doc);
        generator.index_text(text);
        doc.add_term("XORGtaikang");
        pressdex::note_release_added(one_by_one, doc);
        pressdex::count_spelling_words(doc, counts);
    }
    pressdex::add_spelling_counts(counted, counts);
    CHECK(counts.empty());
    one_by_one.commit();
    counted.commit();
    const auto table = [](const Xapian::Database& db) {
        std::vector<std::pair<std::string, Xapian::doccount>> words;
        for (auto it = db.spellings_begin(); it != db.spellings_end(); ++it)
            words.emplace_back(*it, it.get_termfreq());
        return words;
    };
    const auto words = table(counted);
    CHECK(words == table(one_by_one));
    // Once per release, not per use: "care" is in two releases, three times.
    CHECK(std::find(words.begin(), words.end(), std::pair<std::string, Xapian::doccount>("care", 2)) !=
          words.end());
    one_by_one.close();
    counted.close();
    std::filesystem::remove_all(dir);
}
