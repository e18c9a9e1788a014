// The stored data of a document: what the indexer writes (common/stored_fields.hpp), the
// searcher reads back (searcher/stored_data.hpp), field for field.

#include "common/stored_fields.hpp"
#include "searcher/stored_data.hpp"

#include <doctest/doctest.h>

using namespace pressdex;

TEST_CASE("a release's stored data reads back as it was written") {
    stored::ReleaseData data;
    data.path = "/srv/releases/2024/harbour-bridge.txt";
    data.type = "txt";
    data.title = "Port of Velmora Opens \"Quay 7\" \xe2\x80\x94 Phase Two";
    data.date = "2024-03-05";
    data.place = "VELMORA";
    data.body = "VELMORA, March 5, 2024 \xe2\x80\x94 Line one.\n\nLine <two> & \"three\".";
    data.speakers = {{"Orla Brennick", "Harbour Master", "Velmora Port Authority"},
                     {"Tamsin Quell", "", ""}};
    data.organisations = {{"Velmora Port Authority", {"VPA", "the Authority"}},
                          {"Quell Dredging", {}}};
    std::string text = stored::write_release(data);

    StoredDataReader reader;
    const Hit hit = reader.read_hit(text);
    CHECK(hit.path == data.path);
    CHECK(hit.type == data.type);
    CHECK(hit.title == data.title);
    CHECK(hit.date == data.date);
    CHECK(hit.place == data.place);
    CHECK(hit.body == data.body);
    CHECK(hit.speakers == std::vector<std::string>{"Orla Brennick", "Tamsin Quell"});
    CHECK(hit.organisations == std::vector<std::string>{"Velmora Port Authority", "Quell Dredging"});

    std::string again = stored::write_release(data);
    const auto organisations = reader.read_organisations(again);
    REQUIRE(organisations.size() == 2);
    CHECK(organisations[0] == std::vector<std::string>{"Velmora Port Authority", "VPA", "the Authority"});
    CHECK(organisations[1] == std::vector<std::string>{"Quell Dredging"});
}

TEST_CASE("a quotation's stored data reads back as it was written") {
    const stored::QuoteData data{"Orla Brennick", "Harbour Master", "Velmora Port Authority",
                                 "We are \xe2\x80\x9cready\xe2\x80\x9d.", "/srv/a.txt", "Quay 7",
                                 "2024-03-05"};
    std::string text = stored::write_quote(data);
    StoredDataReader reader;
    const QuoteHit quote = reader.read_quote(text);
    CHECK(quote.speaker == data.speaker);
    CHECK(quote.role == data.role);
    CHECK(quote.organisation == data.organisation);
    CHECK(quote.text == data.text);
    CHECK(quote.path == data.path);
    CHECK(quote.title == data.title);
    CHECK(quote.date == data.date);
}

TEST_CASE("invalid UTF-8 is replaced, not thrown on") {
    stored::ReleaseData data;
    data.path = "/a.txt";
    data.body = "bad \xff byte";
    std::string text;
    CHECK_NOTHROW(text = stored::write_release(data));
    StoredDataReader reader;
    CHECK(reader.read_hit(text).body == "bad \xef\xbf\xbd byte");
}

TEST_CASE("the extraction's JSON writes an empty role as null") {
    const auto json = stored::speaker_json({"Tamsin Quell", "", ""}, stored::Empty::as_null);
    CHECK(json.at("role").is_null());
    CHECK(json.at("organisation").is_null());
    CHECK(stored::speaker_json({"Tamsin Quell", "", ""}).at("role") == "");
}
