#include "indexer/read_release.hpp"
#include "pressdex/error.hpp"

#include <doctest/doctest.h>

using pressdex::FileType;
using pressdex::parse_release;

TEST_CASE("markdown: the # heading is the title and the --- footer of links is cut") {
    const auto release = parse_release("# Acme Opens a **New** Plant\n\n"
                                       "Acme, a [maker](https://acme.example) of things, said.\n\n"
                                       " Second paragraph ![logo](x.png) here. \n\n"
                                       "---\n\n"
                                       "[Original/Source Press Release](https://example.com/a)\n"
                                       "   \n"
                                       "![Blockchain Registration](https://example.com/q.webp)",
                                       FileType::md);
    CHECK(release.title == "Acme Opens a New Plant");
    CHECK(release.body == "Acme, a maker of things, said.\n\nSecond paragraph  here.");
}

TEST_CASE("markdown: a --- rule followed by text is part of the release") {
    const auto release = parse_release("# T\n\nOne.\n\n---\n\nTwo.\n", FileType::md);
    CHECK(release.body.find("Two.") != std::string::npos);
}

TEST_CASE("text: a short first line without a full stop is the title") {
    const auto release = parse_release("\n\nMount Sinai collaborates with Taikang Healthcare\n\n"
                                       "Mount Sinai will provide guidance.\n",
                                       FileType::txt);
    CHECK(release.title == "Mount Sinai collaborates with Taikang Healthcare");
    CHECK(release.body == "Mount Sinai will provide guidance.");
}

TEST_CASE("text: a first line that is a sentence is not a title") {
    const auto release = parse_release("The hospital has collaborated with MSHS.\n\nMore text.\n",
                                       FileType::txt);
    CHECK(release.title.empty());
    CHECK(release.body.starts_with("The hospital has collaborated"));
}

TEST_CASE("the seed release 001 gets title, date and no place") {
    const auto bytes = pressdex::read_file_bytes(std::string(PRESSDEX_SOURCE_DIR) +
                                                 "/corpus/seeds/001_2d0bd46c00fc22b8.txt");
    const auto release = parse_release(bytes, FileType::txt);
    CHECK(release.title == "Mount Sinai collaborates with Taikang Healthcare");
    CHECK(release.date == "2018-11-23");
}

TEST_CASE("reading a missing file names it") {
    CHECK_THROWS_WITH_AS((void)pressdex::read_file_bytes("/nonexistent/x.txt"),
                         doctest::Contains("/nonexistent/x.txt"), pressdex::FileError);
}
