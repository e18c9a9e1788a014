#include "searcher/snippet.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <string>

using pressdex::MatchWords;
using pressdex::SnippetMaker;
using pressdex::SnippetStyle;

TEST_CASE("matched words are highlighted whatever their typographic form") {
    const MatchWords match({"childrens", "zurich"}, {}, {});
    const SnippetStyle style{200, "[", "]"};
    const std::string snippet =
        SnippetMaker().make("The Children’s Hospital met in Zürich.", match, style);
    CHECK(snippet == "The [Children’s] Hospital met in [Zürich].");
}

TEST_CASE("stems match inflected forms, wildcards match prefixes") {
    const MatchWords match({}, {"collabor"}, {"hosp"});
    const std::string snippet = SnippetMaker().make("A collaboration of hospitals.", match,
                                                    SnippetStyle{200, "<", ">"});
    CHECK(snippet == "A <collaboration> of <hospitals>.");
}

TEST_CASE("the window goes to the passage with the most distinct matches") {
    std::string text;
    for (int i = 0; i < 60; ++i) text += "filler words here. ";
    text += "Alpha and beta together.";
    const MatchWords match({"alpha", "beta"}, {}, {});
    const std::string snippet = SnippetMaker().make(text, match, SnippetStyle{80, "*", "*"});
    CHECK(snippet.starts_with("… "));
    CHECK(snippet.find("*Alpha* and *beta* together.") != std::string::npos);
}

TEST_CASE("without matches the snippet is the start of the text, cut at a word") {
    MatchWords match;
    const std::string snippet = SnippetMaker().make("one two three four five six seven", match,
                                                    SnippetStyle{14, "", ""});
    CHECK(snippet == "one two three …");
}

TEST_CASE("a spelling variant of a matched word is highlighted in the text's own spelling") {
    const MatchWords match({"pediatric", "program"}, {}, {}); // the query's words, folded
    const std::string snippet = SnippetMaker().make("A paediatric oncology programme.", match,
                                                    SnippetStyle{200, "[", "]"});
    CHECK(snippet == "A [paediatric] oncology [programme].");
}

TEST_CASE("a word is matched by its stem whatever its first letters (dying, lying, tying)") {
    // MatchWords rules words out by their first two bytes before stemming them: this holds
    // only while the English stemmer keeps those bytes, which this checks word by word.
    std::ifstream list("/usr/share/dict/american-english"); // Debian's wamerican
    REQUIRE(list);
    const pressdex::Normalizer normalizer;
    const Xapian::Stem stemmer("english");
    std::size_t checked = 0;
    for (std::string word; std::getline(list, word);) {
        const std::string folded = normalizer.fold(word);
        if (folded.empty() || folded.find(' ') != std::string::npos) continue;
        const MatchWords match({}, {stemmer(folded)}, {});
        INFO(word);
        CHECK(match.match(word, normalizer, stemmer).has_value());
        ++checked;
    }
    CHECK(checked > 50000);
}

TEST_CASE("words that start otherwise are ruled out; short stems and wildcards rule out none") {
    const pressdex::Normalizer normalizer;
    const Xapian::Stem stemmer("english");
    CHECK_FALSE(MatchWords({"alpha"}, {"collabor"}, {}).match("Beta", normalizer, stemmer));
    CHECK(MatchWords({}, {}, {"o"}).match("O'Neil", normalizer, stemmer) == "oneil");
    CHECK(MatchWords({}, {"oneil"}, {}).match("O’Neil", normalizer, stemmer) == "oneil");
    // A British spelling whose first letters differ: fold respells it after the quick test.
    CHECK(MatchWords({"fetal"}, {}, {}).match("Foetal", normalizer, stemmer) == "fetal");
}
