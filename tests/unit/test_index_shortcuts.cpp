// The indexer's shortcuts must give what the long way gives: words folded into a buffer,
// paragraphs tokenized once, the near-duplicate key of an already folded body, stems from
// the builder's cache, and the lexicon's word sets.
#include "common/normalize.hpp"
#include "indexer/document.hpp"
#include "indexer/extract/lexicon.hpp"
#include "indexer/extract/text.hpp"
#include "indexer/near_duplicate.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace detail = pressdex::extract::detail;

namespace {

// Every term of a document with its wdf and positions, as one string.
std::string terms_of(const Xapian::Document& doc) {
    std::string out;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
        out += *t + " " + std::to_string(t.get_wdf());
        for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p)
            out += "," + std::to_string(*p);
        out += "\n";
    }
    return out;
}

} // namespace

TEST_CASE("fold_word_into folds as fold_word does") {
    for (const std::string word : {"Inc.", "O\u2019Brien", "\u2018Quoted", "Zürich", "U.S.", ".",
                                   "", "ABC\xff", "caf\xc3", "Dr."}) {
        std::string buffer(word.size(), '\0');
        const std::size_t n = detail::fold_word_into(word, buffer.data());
        CHECK(buffer.substr(0, n) == detail::fold_word(word));
    }
    CHECK(detail::fold_word("O\u2019Brien") == "o'brien");
}

TEST_CASE("tokenize_each tokenizes each paragraph as tokenize does") {
    const std::vector<std::string> paragraphs{"Acme Corp. said on Monday.", "",
                                              "\u201cWe grow,\u201d said Jane Doe, CEO."};
    const detail::ParagraphTokens tokens = detail::tokenize_each(paragraphs);
    REQUIRE(tokens.size() == paragraphs.size());
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        const std::vector<detail::Token> expected = detail::tokenize(paragraphs[i]);
        REQUIRE(tokens[i].size() == expected.size());
        for (std::size_t k = 0; k < expected.size(); ++k) {
            CHECK(tokens[i][k].text == expected[k].text);
            CHECK(tokens[i][k].text.data() == expected[k].text.data()); // views into paragraphs[i]
        }
    }
}

TEST_CASE("the lexicon's tables answer for any case, final dot and apostrophe") {
    CHECK(detail::is_honorific("Dr."));
    CHECK(detail::is_honorific("DR"));
    CHECK_FALSE(detail::is_honorific("Drs"));
    CHECK(detail::is_legal_suffix("L.L.C."));
    CHECK_FALSE(detail::is_legal_suffix(""));
    CHECK(detail::is_speech_verb("said"));
    CHECK_FALSE(detail::is_speech_verb("Said")); // lower case only
    CHECK(detail::is_given_name("Kenneth"));
    CHECK(detail::is_given_name("KENNETH"));
    CHECK_FALSE(detail::is_abbreviation(std::string(100, 'a')));
}

TEST_CASE("near_duplicate_key_of_folded of the folded body is near_duplicate_key of the body") {
    const pressdex::Normalizer normalizer;
    std::string body;
    for (int i = 0; i < 60; ++i) body += "Word" + std::to_string(i) + " Zürich’s e-mail. ";
    CHECK(!pressdex::near_duplicate_key(body, normalizer).empty());
    CHECK(pressdex::near_duplicate_key_of_folded(normalizer.fold(body)) ==
          pressdex::near_duplicate_key(body, normalizer));
    CHECK(pressdex::near_duplicate_key_of_folded("").empty());
}

TEST_CASE("a builder indexes a release the same the second time (cached stems)") {
    pressdex::Release release;
    release.title = "Running runners ran";
    release.body = "The runner was running; e-mail the runners.\n\nRunning again.";
    const pressdex::SourceFile source{"/x/a.md", pressdex::FileType::md, {}, "0"};
    pressdex::DocumentBuilder builder;
    const std::string first = terms_of(builder.build(release, source, {}));
    const std::string second = terms_of(builder.build(release, source, {}));
    CHECK(first == second);
    const Xapian::Stem english("english");
    CHECK(first.find("Z" + english("running") + " ") != std::string::npos);
    CHECK(first.find("Z" + english("runners") + " ") != std::string::npos);
    CHECK(first.find("email ") != std::string::npos);
}
