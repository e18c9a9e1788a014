// More attribution and organisation patterns for pressdex::extract::extract_facts.
#include "indexer/extract/facts.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using pressdex::extract::extract_facts;
using pressdex::extract::Facts;

namespace {

bool has_speaker(const Facts& f, const std::string& name) {
    return std::any_of(f.speakers.begin(), f.speakers.end(), [&](const auto& s) { return s.name == name; });
}

bool has_org(const Facts& f, const std::string& name) {
    return std::any_of(f.organisations.begin(), f.organisations.end(),
                       [&](const auto& o) { return o.name == name; });
}

std::string quote_speaker(const Facts& f, const std::string& start) {
    for (const auto& q : f.quotes)
        if (q.text.rfind(start, 0) == 0) return q.speaker;
    return "<none>";
}

} // namespace

TEST_CASE("DOJ text: lost paragraph breaks, reported speech and announced-by lists") {
    const Facts f = extract_facts(
        "", "The sentence was announced by Acting Assistant Attorney General Jeffrey H. Wood of "
            "the Environment and Natural Resources Division and Greg Sheehan, Acting Director of "
            "the U.S. Fish and Wildlife Service.NoneThe case was investigated by the FBI. Those "
            "who break the law will be held to account, said U.S. Attorney Jane Q. Public for the "
            "District of Columbia. None Fengyi Zhou, a resident of Syosset, was sentenced today, "
            "the Justice Department announced.");
    CHECK(has_speaker(f, "Jeffrey H. Wood"));
    CHECK(has_speaker(f, "Greg Sheehan"));
    CHECK(has_speaker(f, "Jane Q. Public"));
    CHECK_FALSE(has_speaker(f, "Fengyi Zhou")); // the department speaks, not the defendant
    CHECK(has_org(f, "Justice Department"));
    CHECK(has_org(f, "FBI"));
    CHECK(has_org(f, "U.S. Fish and Wildlife Service"));
}

TEST_CASE("NAME, ROLE at ORG says: and quotes with a colon") {
    const Facts f = extract_facts(
        "", "Patricia Sargeant, Executive Vice President Commercial Nonwovens at Lenzing Group "
            "says: \"We would like to thank the jury for recognizing our team this year.\"");
    REQUIRE(has_speaker(f, "Patricia Sargeant"));
    CHECK(quote_speaker(f, "We would like to thank") == "Patricia Sargeant");
    CHECK(f.speakers.size() == 1);
    CHECK(f.speakers[0].organisation == "Lenzing Group");
}

TEST_CASE("a refused name does not hand its quote to the previous speaker") {
    const Facts f = extract_facts(
        "", "\"We are growing fast in every market we serve,\" said Jane Porter, CEO of Acme.\n\n"
            "\"It is a great day for the team and for the region,\" said the company.\n\n"
            "\"We will keep investing in people.\"");
    CHECK(quote_speaker(f, "We are growing fast") == "Jane Porter");
    CHECK(quote_speaker(f, "It is a great day") == "<none>");
}

TEST_CASE("organisation cues: appositive, ticker, About, lists, title subject") {
    const Facts f = extract_facts(
        "Zentrix Labs Unveils New Widget",
        "Zentrix Labs, a leading provider of widgets, today announced a new product. Orbitel "
        "(NASDAQ: ORBT) will distribute it.\n\n"
        "Its customers include prominent enterprises such as Kelvara, Northwind Traders Group, "
        "and Blue Harbor Partners.\n\n"
        "The team is based in Sydney. As Sydney continues to grow, the market grows too.\n\n"
        "About Quillon\n\nQuillon makes software.");
    CHECK(has_org(f, "Zentrix Labs"));
    CHECK(has_org(f, "Orbitel"));
    CHECK(has_org(f, "Kelvara"));
    CHECK(has_org(f, "Northwind Traders Group"));
    CHECK(has_org(f, "Blue Harbor Partners"));
    CHECK(has_org(f, "Quillon"));
    CHECK_FALSE(has_org(f, "Sydney"));
}

TEST_CASE("descriptions in title case and internal bodies are not organisations") {
    const Facts f = extract_facts(
        "", "Expanded Paving Services: the company now paves driveways. The Board of Directors "
            "approved the plan, and the Audit Committee agreed. The firm complies with the "
            "Securities Exchange Act of 1934.");
    CHECK_FALSE(has_org(f, "Expanded Paving Services"));
    CHECK_FALSE(has_org(f, "Board of Directors"));
    CHECK_FALSE(has_org(f, "Audit Committee"));
    CHECK_FALSE(has_org(f, "Securities Exchange"));
}

TEST_CASE("single names: surname from an earlier mention, given names, places") {
    const Facts f = extract_facts(
        "", "Acme today welcomed Rania Awad as Chief Strategy Officer.\n\n"
            "\"Our technology aims to bring health access to everyone,\" said Awad.\n\n"
            "\"This is a great place to raise a family and to build,\" says Dharini.");
    CHECK(quote_speaker(f, "Our technology aims") == "Rania Awad");
    CHECK(quote_speaker(f, "This is a great place") == "Dharini");
}
