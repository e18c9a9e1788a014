#include "searcher/closeness.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

pressdex::QueryWords words_of(const std::vector<std::string>& typed) {
    pressdex::QueryWords words;
    for (const std::string& text : typed) words.words.push_back({text, Xapian::Query("Z" + text)});
    return words;
}

std::string filler(int count) {
    std::string text;
    for (int i = 0; i < count; ++i) text += "lorem ipsum dolor sit amet ";
    return text;
}

pressdex::Hit hit(std::string path, double score, pressdex::MatchKind match, std::string title, std::string body) {
    pressdex::Hit h;
    h.path = std::move(path);
    h.score = score;
    h.match = match;
    h.title = std::move(title);
    h.body = std::move(body);
    return h;
}

} // namespace

TEST_CASE("closeness: the words early, together and in the order typed weigh more") {
    const pressdex::ClosenessScorer scorer(words_of({"quellmark", "promoted", "director"}));
    const std::string late = filler(40) + "Quellmark said today. " + filler(20) + "The director was " +
                             filler(20) + "promoted.";
    const std::string early = "Quellmark promoted Jane Roe to director of research. " + filler(60);
    CHECK(scorer.weight("Quellmark news", early) > scorer.weight("Quellmark news", late));
    // The headline counts as first lines.
    CHECK(scorer.weight("Quellmark promotes its director", late) > scorer.weight("Quellmark news", late));
    // In the order typed, across a stop word ("promoted to director"), beats the words reversed.
    const std::string in_order = filler(5) + "Quellmark has promoted to director " + filler(5);
    const std::string reversed = filler(5) + "director promoted has Quellmark " + filler(5);
    CHECK(scorer.weight("", in_order) > scorer.weight("", reversed));
    // Stems match: "promotes" is "promoted".
    CHECK(scorer.weight("", "Quellmark promotes director") > scorer.weight("", "Quellmark hires director"));
    // None of the words: less than one of them, wherever it is.
    CHECK(scorer.weight("Other news", filler(30)) < scorer.weight("Other news", late));
}

TEST_CASE("closeness reorders the first page within each kind of match, never across") {
    using pressdex::MatchKind;
    const pressdex::ClosenessScorer scorer(words_of({"quellmark", "promoted", "director"}));
    const std::string close = "Quellmark promoted a new director. " + filler(50);
    const std::string scattered = filler(40) + "Quellmark " + filler(30) + "director " + filler(30) + "promoted";
    std::vector<pressdex::Hit> hits{
        hit("a", 12.0, MatchKind::all_words, "", scattered),
        hit("b", 11.5, MatchKind::all_words, "", close),
        hit("c", 9.0, MatchKind::some_words, "Quellmark promoted director", close),
    };
    for (char name = 'm'; name < 'v'; ++name)
        hits.push_back(hit(std::string(1, name), 1.0, MatchKind::some_words, "", filler(5)));
    hits.push_back(hit("late", 0.5, MatchKind::some_words, "Quellmark promoted director", close));
    for (std::size_t i = 0; i < hits.size(); ++i) hits[i].rank = i + 1;

    pressdex::reorder_by_closeness(hits, scorer);
    CHECK(hits[0].path == "b"); // the closer all-words hit first
    CHECK(hits[1].path == "a");
    CHECK(hits[2].path == "c"); // closest of all, yet below every all-words hit
    CHECK(hits[0].score > hits[1].score);
    for (std::size_t i = 0; i < pressdex::closeness_depth; ++i) CHECK(hits[i].rank == i + 1);
    // Beyond the first page nothing moves.
    CHECK(hits.back().path == "late");
    CHECK(hits.back().score == doctest::Approx(0.5));
}
