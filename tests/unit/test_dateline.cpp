#include "indexer/dateline.hpp"

#include <doctest/doctest.h>

#include <string>

using pressdex::find_dateline;
using pressdex::parse_date;

namespace {

std::string date_of(std::string_view body) {
    const auto d = find_dateline(body);
    return d ? d->date : "none";
}

std::string place_of(std::string_view body) {
    const auto d = find_dateline(body);
    return d ? d->place : "none";
}

} // namespace

TEST_CASE("dates are parsed in the forms releases write them") {
    CHECK(parse_date("June 3, 2025") == "2025-06-03");
    CHECK(parse_date("Jun. 3, 2025") == "2025-06-03");
    CHECK(parse_date("Sept. 3, 2025") == "2025-09-03");
    CHECK(parse_date("Sep 3 2025") == "2025-09-03");
    CHECK(parse_date("3 June 2025") == "2025-06-03");
    CHECK(parse_date("23 November 2018") == "2018-11-23");
    CHECK(parse_date("25th of May 2024") == "2024-05-25");
    CHECK(parse_date("June 3rd, 2025") == "2025-06-03");
    CHECK(parse_date("April, 25th, 2024") == "2024-04-25");
    CHECK(parse_date("Tuesday, June 3, 2025") == "2025-06-03");
    CHECK(parse_date("Tues. June 3, 2025") == "2025-06-03");
    CHECK(parse_date("2025-06-03") == "2025-06-03");
    CHECK(parse_date("2018-04-13T00:00:00-04:00") == "2018-04-13");
    CHECK(parse_date("20250603") == "2025-06-03");
    CHECK(parse_date("06/03/2025") == "2025-06-03"); // US order: month first
    CHECK(parse_date("  june 3, 2025. ") == "2025-06-03");
    CHECK(parse_date("fEBRUARY 24, 2026") == "2026-02-24");
}

TEST_CASE("incomplete or impossible dates are refused") {
    CHECK_FALSE(parse_date("June 2025"));
    CHECK_FALSE(parse_date("June 3"));
    CHECK_FALSE(parse_date("2018-13-45"));
    CHECK_FALSE(parse_date("February 30, 2024"));
    CHECK_FALSE(parse_date("31 April 2025"));
    CHECK_FALSE(parse_date("13/45/2025"));
    CHECK_FALSE(parse_date("20251301"));
    CHECK_FALSE(parse_date("June 3, 2025 at the show"));
    CHECK_FALSE(parse_date("Junes 3, 2025"));
    CHECK_FALSE(parse_date(""));
    CHECK_FALSE(parse_date("press release"));
}

TEST_CASE("leap years follow the Gregorian rules") {
    CHECK(parse_date("2024-02-29") == "2024-02-29");
    CHECK(parse_date("2000-02-29") == "2000-02-29");
    CHECK_FALSE(parse_date("2025-02-29"));
    CHECK_FALSE(parse_date("1900-02-29"));
}

TEST_CASE("wire datelines give their date and place") {
    const auto d =
        find_dateline("NEW YORK, June 3, 2025 /PRNewswire/ -- Acme Corp. today announced a deal.");
    REQUIRE(d);
    CHECK(d->date == "2025-06-03");
    CHECK(d->place == "NEW YORK");

    CHECK(date_of("23 November 2018 | News") == "2018-11-23");
    CHECK(place_of("23 November 2018 | News") == "");

    const std::string_view amish = "ANGOLA, IN - October 14, 2025 (NEWMEDIAWIRE) - Naturally "
                                   "Amish, a maker of furniture, opened.";
    CHECK(date_of(amish) == "2025-10-14");
    CHECK(place_of(amish) == "ANGOLA, IN");

    CHECK(date_of("April 27, 2026 (NEWMEDIAWIRE) - The company said.") == "2026-04-27");
    CHECK(place_of("April 27, 2026 (NEWMEDIAWIRE) - The company said.") == "");

    CHECK(date_of("Los Angeles, CA, March 5, 2025 -- Acme launches.") == "2025-03-05");
    CHECK(place_of("Los Angeles, CA, March 5, 2025 -- Acme launches.") == "Los Angeles, CA");

    const std::string_view accesswire =
        "SAN FRANCISCO, CA / ACCESSWIRE / June 3, 2025 / Acme Inc. announced";
    CHECK(date_of(accesswire) == "2025-06-03");
    CHECK(place_of(accesswire) == "SAN FRANCISCO, CA");

    const std::string_view newsworthy =
        "(Newsworthy.ai) Tuesday Jan 9, 2024 @ 8:00 AM Eastern — Acme unveils a product.";
    CHECK(date_of(newsworthy) == "2024-01-09");
    CHECK(place_of(newsworthy) == "");

    CHECK_FALSE(find_dateline("WASHINGTON – The Justice Department announced charges today."));
}

TEST_CASE("other dateline shapes seen in the wires") {
    const std::string_view placed = "Scottsdale, AZ (Newsworthy.ai) Tuesday Dec 19, 2023 @ 10:10 "
                                    "AM America/Dawson_Creek — In the world";
    CHECK(date_of(placed) == "2023-12-19");
    CHECK(place_of(placed) == "Scottsdale, AZ");

    const std::string_view outreach =
        "HONG KONG SAR - [Media OutReach Newswire](https://www.media-outreach.com/)"
        " - 5 June 2026 - A delegation arrived.";
    CHECK(date_of(outreach) == "2026-06-05");
    CHECK(place_of(outreach) == "HONG KONG SAR");

    CHECK(
        place_of("BURLINGTON, NJ / PR Karma / October 15, 2025 5:50\nThe foundation announces.") ==
        "BURLINGTON, NJ");
    CHECK(place_of("Vancouver, B.C. (Monday May 26, 2025) — The association is proud.") ==
          "Vancouver, B.C.");
    CHECK(place_of("FORT LAUDERDALE, Fla., May 6, 2026 – PRISM MediaWire – EdgeMode, Inc. said") ==
          "FORT LAUDERDALE, Fla.");

    // The place follows the date when the wire's name comes first.
    const std::string_view after =
        "(NewMediaWire) - October 09, 2024 - DALLAS — An analysis of data found";
    CHECK(date_of(after) == "2024-10-09");
    CHECK(place_of(after) == "DALLAS");

    CHECK(date_of("for immediate release - february 27, 2026\nUGI Utilities petitioned.") ==
          "2026-02-27");
    CHECK(date_of("Release Date: June 2, 2025\nThe firm said.") == "2025-06-02");
    CHECK(date_of("DALLAS, TX -- March 12, 2026\nDALLAS, TX -- March 12th, 2026 -- OppFi, Inc.") ==
          "2026-03-12");
}

TEST_CASE("a headline, subtitle or highlights may come before the dateline") {
    const std::string_view seed =
        "\n\nMount Sinai collaborates with Taikang Healthcare\n\n23 November 2018 | News\n\n"
        "Mount Sinai will provide guidance.\n";
    CHECK(date_of(seed) == "2018-11-23");

    const std::string_view subtitle =
        "Founder-Led Care Expands in Wichita\n\n"
        " Wichita, United States - April 23, 2026 / Hansen Orthodontics /\n\n"
        " Hansen Orthodontics has opened expanded availability.";
    CHECK(date_of(subtitle) == "2026-04-23");
    CHECK(place_of(subtitle) == "Wichita, United States");

    const std::string_view bullets =
        "Research Highlights:\n * People with obesity were more likely to improve.\n"
        "* The study was large.\n Embargoed until 8 a.m. CT/9 a.m. ET, Thursday, Sept. 5, "
        "2024\n (NewMediaWire) - September 05, 2024 - CHICAGO — People with obesity...";
    CHECK(date_of(bullets) == "2024-09-05");
    CHECK(place_of(bullets) == "CHICAGO");
}

TEST_CASE("dates of events mentioned in the text are not datelines") {
    CHECK_FALSE(find_dateline("The company announced on June 3, 2025 that it will open a plant."));
    CHECK_FALSE(find_dateline("On June 3, 2025, the company opened its first store."));
    CHECK_FALSE(
        find_dateline("TOMY announced a model available for pre-order starting August 6, 2025, "
                      "through September 5, 2025."));
    CHECK_FALSE(find_dateline("Held June 23-27, the event brought together students."));
    CHECK_FALSE(find_dateline(
        "Acme will host a conference call on Wednesday, Nov. 6, 2024, at 11 a.m. EST."));
    CHECK_FALSE(find_dateline(
        "Acme and Dojo will host an afterparty in Austin, TX.\n\nDATE:  Wednesday, May 29, 2024"
        "\n\nTIME: 6:00 PM"));
    CHECK_FALSE(find_dateline(
        "  WASHINGTON  An Iowa-based company pleaded guilty today. According to a charge "
        "filed on June 24, 2011, in U.S. District Court, the firm fixed prices."));

    // Once the prose has begun, a schedule line is an event, not the release's dateline.
    const std::string prose(400, 'x');
    CHECK_FALSE(find_dateline(
        prose + "\n\nSaturday, October 4, 2025 | 10 a.m. – 4 p.m. | Craft at 2 p.m."));
}

TEST_CASE("only the top of the body is searched") {
    std::string body;
    for (int i = 0; i < 20; ++i)
        body += "Short paragraph number " + std::to_string(i) + ".\n\n";
    CHECK_FALSE(find_dateline(body + "NEW YORK, June 3, 2025 /PRNewswire/ -- late."));
}

TEST_CASE("garbage and huge input neither throw nor match") {
    CHECK_FALSE(find_dateline(""));
    CHECK_FALSE(find_dateline("\n\n\n   \n"));
    std::string noise;
    for (int i = 0; i < 200000; ++i)
        noise += static_cast<char>((i * 7919) % 256);
    CHECK_NOTHROW((void)find_dateline(noise));
    CHECK_NOTHROW((void)parse_date(noise));
    std::string dates;
    for (int i = 0; i < 50000; ++i)
        dates += "June 3, 2025 ";
    CHECK_NOTHROW((void)find_dateline(dates));
    CHECK_FALSE(parse_date(dates));
    CHECK_FALSE(parse_date(std::string(100000, '9')));
    CHECK_FALSE(find_dateline(std::string(100000, '1')));
}

TEST_CASE("a flattened line break and a closing tag before the place are cut where they stand") {
    // A breadcrumb's '>' before the line break: the place is what follows the break.
    CHECK(place_of("Home > News  WASHINGTON \xE2\x80\x93 June 3, 2025 \xE2\x80\x93 The agency "
                   "said today that it had opened an office.") == "WASHINGTON");
    // A '>' after the break: the place follows it, whole characters only.
    CHECK(place_of("ab  \xC3\xA9>\xC3\xA9\xC3\xA9 PARIS \xE2\x80\x93 June 3, 2025 \xE2\x80\x93 "
                   "The agency said today that it had opened an office.") ==
          "\xC3\xA9\xC3\xA9 PARIS");
}
