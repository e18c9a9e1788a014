#include "indexer/html.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

using pressdex::html_to_text;
using pressdex::HtmlText;

namespace {

std::string fixture(const std::string& name) {
    std::ifstream in(std::string(PRESSDEX_FIXTURES_DIR) + "/html/" + name, std::ios::binary);
    REQUIRE_MESSAGE(in, "missing fixture " << name);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string repeat(std::string_view s, int n) {
    std::string out;
    out.reserve(s.size() * static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) out += s;
    return out;
}

bool contains(std::string_view hay, std::string_view needle) { return hay.find(needle) != std::string_view::npos; }

// The shape every body must have, whatever the input: "\n\n" between non-empty, trimmed paragraphs.
void check_well_formed(const std::string& body) {
    CHECK_FALSE(contains(body, "\n\n\n"));
    CHECK_FALSE(contains(body, "  "));
    CHECK_FALSE(contains(body, " \n"));
    CHECK_FALSE(contains(body, "\n "));
    CHECK_FALSE(contains(body, "\t"));
    if (!body.empty()) {
        CHECK(body.front() != ' ');
        CHECK(body.front() != '\n');
        CHECK(body.back() != ' ');
        CHECK(body.back() != '\n');
    }
}

} // namespace

TEST_CASE("title: og:title, then the release's h1, then <title> without the site suffix") {
    const std::string head = "<title>Plant Expands | Acme Newsroom | Acme Corp</title>";
    const std::string h1s = "<body><header><h1>Acme News</h1></header><article><h1>Plant Expands</h1>"
                            "<p>The plant expands its production lines this year, the company said.</p></article>";
    CHECK(html_to_text("<head><meta property=\"og:title\" content=\"From OG\">" + head + "</head>" + h1s).title ==
          "From OG");
    CHECK(html_to_text("<head>" + head + "</head>" + h1s).title == "Plant Expands");
    CHECK(html_to_text("<head>" + head + "</head><body><p>No heading at all here.</p>").title == "Plant Expands");
    CHECK(html_to_text("<title>Acme opens a lab in Tampere - Acme</title>").title == "Acme opens a lab in Tampere");
    CHECK(html_to_text("<title>  Spaced \n  title  </title>").title == "Spaced title");
    // A site-name <h1> before the release's own, as on justice.gov ("Justice News").
    const HtmlText doj = html_to_text("<title>Man Sentenced | OPA | Department of Justice</title><body><main>"
                                      "<h1>Justice News</h1><h1>Man Sentenced</h1><p>Body text.</p></main>");
    CHECK(doj.title == "Man Sentenced");
}

TEST_CASE("body: the title is not repeated as the first paragraph") {
    const HtmlText t = html_to_text("<title>Big News - Site</title><body><div><h1>Big News</h1>"
                                    "<p>First paragraph of the news, long enough to count as prose.</p></div>");
    CHECK(t.title == "Big News");
    CHECK(t.body == "First paragraph of the news, long enough to count as prose.");
}

TEST_CASE("body: paragraph breaks and collapsed whitespace") {
    const HtmlText t = html_to_text(
        "<body><p>One</p><p></p><p>  Two\n\t lines&nbsp;here </p><br><br>Three<br/>Four"
        "<ul><li>a</li><li> b </li></ul><table><tr><td>c1</td><td>c2</td></tr></table>"
        "<blockquote>Quote</blockquote><h2>Head</h2>End</body>");
    CHECK(t.body == "One\n\nTwo lines here\n\nThree\n\nFour\n\na\n\nb\n\nc1 c2\n\nQuote\n\nHead\n\nEnd");
}

TEST_CASE("body: inline elements do not break words") {
    CHECK(html_to_text("<p><b>Wor</b>d and <a href=\"#\">link</a>s, <em>em</em><span>phasis</span>"
                       " H<sub>2</sub>O</p>")
              .body == "Word and links, emphasis H2O");
}

TEST_CASE("body: scripts, styles and site chrome are dropped") {
    const HtmlText t = html_to_text(fixture("news_article.html"));
    CHECK(t.title == "Port of Halden Orders Twelve Electric Harbor Cranes");
    CHECK(t.body.starts_with("The Port of Halden has ordered twelve fully electric harbor cranes"));
    CHECK(t.body.ends_with("fall by a third once all cranes are running."));
    CHECK(contains(t.body, "estimated NOK 480 million."));
    CHECK(contains(t.body, "by early 2027."));
    CHECK(contains(t.body, "\u201cElectric cranes are almost silent,\u201d said harbor director Per Amundsen."));
    CHECK(contains(t.body, "\n\nTwelve cranes, each lifting up to 45 tonnes\n\n"));
    for (const char* chrome : {"SCRIPT TEXT", "STYLE TEXT", "NOSCRIPT", "TEMPLATE", "Skip to main", "cookies",
                               "Coastal Ledger", "Ports and Shipping", "Search", "Share on", "Most read",
                               "Ferry strike", "newsletter", "All rights reserved", "Privacy policy", "Tags:",
                               "By Ingrid"})
        CHECK_MESSAGE(!contains(t.body, chrome), chrome);
    check_well_formed(t.body);
}

TEST_CASE("body: a page of plain divs keeps its densest block") {
    const HtmlText t = html_to_text(fixture("div_soup.html"));
    CHECK(t.title == "Acme Robotics Opens Research Lab in Tampere");
    // The release's block: its date line and media contact come along, its <h1> is the title.
    CHECK(t.body.starts_with("November 14, 2023\n\nTAMPERE, Finland \u2013 Acme Robotics today opened a research"));
    CHECK(contains(t.body, "industrial sensors.\n\n\"Finland has some"));
    CHECK(contains(t.body, "according to its investor presentation.\n\nMedia contact: press@acme.example"));
    CHECK_FALSE(contains(t.body, "Opens Research Lab"));
    for (const char* chrome : {"Products", "Careers", "Quick links", "Downloads", "All rights reserved", "Terms"})
        CHECK_MESSAGE(!contains(t.body, chrome), chrome);
    REQUIRE(t.dates.size() == 2);
    CHECK(t.dates[0] == "2023-11-14");
    CHECK(t.dates[1] == "November 14, 2023");
}

TEST_CASE("body: chrome class names are matched by token, not by substring") {
    const HtmlText t = html_to_text(
        "<body class=\"one-sidebar sidebar-second has-nav\"><div class=\"main-nav\">Home About</div>"
        "<div id=\"breadcrumbs\">Home &gt; News</div><div class=\"social-share\">Tweet</div>"
        "<div class=\"l-header\">Site header</div><div class=\"article-header\"><span class=\"date\">May 2, 2024"
        "</span></div><div class=\"menuhin-biography\"><p>Yehudi Menuhin played in the hall on a Tuesday evening "
        "to a full house.</p></div><div role=\"contentinfo\">Footer by role</div></body>");
    CHECK(contains(t.body, "Yehudi Menuhin played"));
    for (const char* chrome : {"Home", "Tweet", "Site header", "Footer by role"})
        CHECK_MESSAGE(!contains(t.body, chrome), chrome);
    CHECK(std::find(t.dates.begin(), t.dates.end(), "May 2, 2024") != t.dates.end());
}

TEST_CASE("body: a page with no prose at all still yields its text") {
    CHECK(html_to_text("<div>Short</div><div>lines</div>").body == "Short\n\nlines");
    CHECK(html_to_text("just text").body == "just text");
    CHECK(html_to_text("").body.empty());
}

TEST_CASE("dates: meta first, then time elements and date-classed text") {
    const HtmlText t = html_to_text(
        "<head><meta name=\"dcterms.modified\" content=\"2020-02-02\">"
        "<meta property=\"article:published_time\" content=\"2020-01-01T10:00:00Z\">"
        "<meta name=\"DC.date\" content=\"2020-01-01\"></head><body><article>"
        "<time datetime=\"2020-01-01T10:00\">1 January 2020</time><p class=\"post-date\">Posted 2020/01/01</p>"
        "<p>The text of the release, long enough to count as a paragraph of prose.</p></article>"
        "<aside><time datetime=\"1999-09-09\">other story</time></aside></body>");
    const std::vector<std::string> expected{"2020-01-01T10:00:00Z", "2020-01-01", "2020-01-01T10:00",
                                            "1 January 2020", "Posted 2020/01/01", "2020-02-02"};
    CHECK(t.dates == expected);
}

TEST_CASE("robustness: 100,000 nested <div> and other deep nesting") {
    const HtmlText closed = html_to_text(repeat("<div>", 100000) + "deep text" + repeat("</div>", 100000));
    CHECK(closed.body == "deep text");
    CHECK(html_to_text(repeat("<div>", 100000) + "unclosed").body == "unclosed");
    CHECK(html_to_text(repeat("<ul><li>", 50000) + "list").body == "list");
    CHECK(html_to_text(repeat("<b><i><a href=x>", 30000) + "formatting").body.ends_with("formatting"));
    CHECK(html_to_text(repeat("<table><tr><td>", 30000) + "cell").body == "cell");
    CHECK(html_to_text("<svg>" + repeat("<g>", 100000)).body.empty());
}

TEST_CASE("robustness: 50,000 elements") {
    const HtmlText t = html_to_text("<body>" + repeat("<p>A <b>short</b> paragraph of the test page.</p>", 50000));
    CHECK(std::count(t.body.begin(), t.body.end(), '\n') == 2 * (50000 - 1));
    CHECK(t.body.starts_with("A short paragraph of the test page.\n\nA short"));
}

TEST_CASE("robustness: garbage, NUL bytes and invalid UTF-8") {
    const std::string nul{"<p>a\0b</p>\0<div>c</div>", 23};
    CHECK_NOTHROW((void)html_to_text(nul));
    CHECK(contains(html_to_text(nul).body, "c"));
    const HtmlText bad = html_to_text("<title>\x80\x81</title><p>caf\xc3\xa9 \xff\xfe ok</p>");
    CHECK(contains(bad.body, "caf\xc3\xa9"));
    CHECK(contains(bad.body, "ok"));
    for (const std::string_view junk : {"<<<>>>", "</", "<", "<!--", "<![CDATA[", "<a <b c=\"", "&#x110000;&#0;",
                                        "</html></body><body>x", "<p", "<script>never closed",
                                        "<table><td><caption><tr>x</table></td>"})
        CHECK_NOTHROW((void)html_to_text(junk));
    std::string noise;
    for (int i = 0; i < 200000; ++i) noise += static_cast<char>((i * 7919 + i / 13) % 256);
    CHECK_NOTHROW((void)html_to_text(noise));
}

TEST_CASE("robustness: a broken page keeps its text") {
    const HtmlText t = html_to_text(fixture("broken.html"));
    CHECK(t.body.starts_with("First paragraph of a broken page that never closes its tags properly\n\n"
                             "Second paragraph with an unclosed bold and italic\n\nInside a div"));
    CHECK(contains(t.body, "Third para & entity \u00a9 AB &bogus; link"));
    check_well_formed(t.body);
}

TEST_CASE("justice.gov page: the release without the site around it") {
    const HtmlText t = html_to_text(fixture("release_00000.html"));
    CHECK(t.title == "South Florida Certified Public Accountant Indicted for Tax Fraud");
    CHECK(t.body.starts_with("A federal grand jury sitting in Miami, Florida, returned an indictment on Tuesday, "
                             "April 10 charging a Miami, Florida, certified public accountant"));
    CHECK(t.body.ends_with("Additional information about the Tax Division and its enforcement efforts may be "
                           "found on the divisions website."));
    CHECK(contains(t.body, "Southern District of Florida.\n\nAccording to the indictment, Darryl Sharpton owned"));
    CHECK(std::count(t.body.begin(), t.body.end(), '\n') == 2 * (7 - 1));
    for (const char* chrome : {"Justice News", "Skip to main content", "Report a Crime", "Get a Job", "Archive",
                               "Privacy Policy", "Contact Us", "Press Releases", "FOIA", "LinkedIn", "Facebook",
                               "Office of Public Affairs", "FOR IMMEDIATE RELEASE", "Press Release Number",
                               "Topic(s)", "Updated April", "Pennsylvania Avenue"})
        CHECK_MESSAGE(!contains(t.body, chrome), chrome);
    REQUIRE(t.dates.size() >= 2);
    CHECK(t.dates[0] == "2018-04-13T00:00:00-04:00");
    CHECK(t.dates[1] == "Friday, April 13, 2018");
    check_well_formed(t.body);
}

TEST_CASE("justice.gov page from 2009: leading dateline and padded paragraphs") {
    const HtmlText t = html_to_text(fixture("release_12690.html"));
    CHECK(t.title == "Former Chief Operating Officer Pleads Guilty in $132 Million Scheme to Defraud Clients of "
                     "Funds Allegedly Held in Trust");
    CHECK(t.body.starts_with("WASHINGTON - A former chief operating officer of Investment Properties of America"));
    CHECK(t.body.ends_with("This continuing investigation is being conducted by the U.S. Postal Inspection "
                           "Service, Internal Revenue Service and the FBI."));
    CHECK(std::count(t.body.begin(), t.body.end(), '\n') == 2 * (8 - 1));
    for (const char* chrome : {"Justice News", "Skip to main content", "Report a Crime", "Criminal Division\n",
                               "Component(s)", "09-006", "Updated September", "Privacy Policy"})
        CHECK_MESSAGE(!contains(t.body, chrome), chrome);
    REQUIRE(!t.dates.empty());
    CHECK(t.dates[0] == "2009-01-06T00:00:00-05:00");
    check_well_formed(t.body);
}
