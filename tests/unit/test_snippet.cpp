#include "searcher/snippet.hpp"

#include <doctest/doctest.h>

using pressdex::MatchWords;
using pressdex::SnippetMaker;
using pressdex::SnippetStyle;

TEST_CASE("matched words are highlighted whatever their typographic form") {
    MatchWords match;
    match.words = {"childrens", "zurich"};
    const SnippetStyle style{200, "[", "]"};
    const std::string snippet =
        SnippetMaker().make("The Children’s Hospital met in Zürich.", match, style);
    CHECK(snippet == "The [Children’s] Hospital met in [Zürich].");
}

TEST_CASE("stems match inflected forms, wildcards match prefixes") {
    MatchWords match;
    match.stems = {"collabor"};
    match.prefixes = {"hosp"};
    const std::string snippet = SnippetMaker().make("A collaboration of hospitals.", match,
                                                    SnippetStyle{200, "<", ">"});
    CHECK(snippet == "A <collaboration> of <hospitals>.");
}

TEST_CASE("the window goes to the passage with the most distinct matches") {
    std::string text;
    for (int i = 0; i < 60; ++i) text += "filler words here. ";
    text += "Alpha and beta together.";
    MatchWords match;
    match.words = {"alpha", "beta"};
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
    MatchWords match;
    match.words = {"pediatric", "program"}; // the query's words, folded
    const std::string snippet = SnippetMaker().make("A paediatric oncology programme.", match,
                                                    SnippetStyle{200, "[", "]"});
    CHECK(snippet == "A [paediatric] oncology [programme].");
}
