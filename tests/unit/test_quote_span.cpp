// The release view's quotation finder (serve/quote_span.hpp), on invented text.
#include "serve/quote_span.hpp"

#include <doctest/doctest.h>

#include <string>

namespace {

// The text of the span found, or "(none)".
std::string found(std::string_view text, std::string_view quote, std::size_t from = 0) {
    const auto span = pressdex::serve::find_quote(text, quote, from);
    return span ? std::string(text.substr(span->begin, span->end - span->begin)) : "(none)";
}

} // namespace

TEST_CASE("a quotation written as in the text is found as before") {
    CHECK(found("He said: \"We sail at dawn.\" Then he left.", "We sail at dawn.") == "We sail at dawn.");
    CHECK(found("nothing here", "We sail at dawn.") == "(none)");
    CHECK(found("some text", "") == "(none)");
    CHECK(found("some text", " \n ") == "(none)");
}

TEST_CASE("line breaks, paragraphs and their opening marks are white space") {
    const std::string text = "\u201cThe ferry leaves at nine,\u201d said Ada Voss. \u201cIt carries\n"
                             "forty cars.\n\n\u201cAnd it is never late.\u201d";
    CHECK(found(text, "It carries forty cars. And it is never late.") ==
          "It carries\nforty cars.\n\n\u201cAnd it is never late.");
    CHECK(found(text, "The ferry leaves at nine,") == "The ferry leaves at nine,");
}

TEST_CASE("straight and curly marks, apostrophes included, are the same") {
    CHECK(found("\u201cWe\u2019re \u2018ready\u2019 now,\u201d she said.", "We're 'ready' now,") ==
          "We\u2019re \u2018ready\u2019 now,");
    CHECK(found("\"We're ready now,\" she said.", "We\u2019re ready now,") == "We're ready now,");
}

TEST_CASE("dashes and ellipses in any of their forms") {
    CHECK(found("It is fast \u2014 and cheap.", "It is fast -- and cheap.") == "It is fast \u2014 and cheap.");
    CHECK(found("It is fast--and cheap.", "It is fast \u2013 and cheap.") == "It is fast--and cheap.");
    CHECK(found("We waited . . . and waited.", "We waited\u2026 and waited.") == "We waited . . . and waited.");
    CHECK(found("We waited... and waited.", "We waited . . . and waited.") == "We waited... and waited.");
    // A full stop is not an ellipsis.
    CHECK(found("We waited. And waited.", "We waited... And waited.") == "(none)");
}

TEST_CASE("the search starts at `from`") {
    const std::string text = "\"Yes,\" said one. \"Yes,\" said the other.";
    const auto first = pressdex::serve::find_quote(text, "Yes,");
    REQUIRE(first);
    const auto second = pressdex::serve::find_quote(text, "Yes,", first->end);
    REQUIRE(second);
    CHECK(second->begin > first->end);
    CHECK(text.substr(second->begin, second->end - second->begin) == "Yes,");
    CHECK_FALSE(pressdex::serve::find_quote(text, "Yes,", second->end));
}
