// Issue 12: the layout of a PDF's lines into paragraphs, and feeds and mail read from bytes.

#include "indexer/formats/formats.hpp"
#include "pressdex/error.hpp"

#include <doctest/doctest.h>

using namespace pressdex;
using namespace pressdex::formats;

namespace {

LaidOutLine line(std::string text, double top, double right, double size = 10) {
    LaidOutLine l;
    l.text = std::move(text);
    l.font_size = size;
    l.top = top;
    l.bottom = top + size;
    l.left = 72;
    l.right = right;
    return l;
}

} // namespace

TEST_CASE("PDF lines: a larger first line is the title; wrapped lines and hyphenated words are joined") {
    std::vector<LaidOutLine> lines{
        line("Velmora Harbour Opens", 50, 300, 18),
        line("Quay 7", 72, 150, 18),
        line("VELMORA, March 5, 2024 -- The port authority opened its seventh quay", 110, 520),
        line("today. \"This quay doubles what the harbour can take in a single", 122, 521),
        line("day,\" said Orla Brennick, the harbour master, who called it a long-awa-", 134, 519),
        line("ited step.", 146, 140),
        line("The quay cost 40 million.", 170, 260),
        line("2", 800, 80),
    };
    lines[0].page_start = true;
    const auto [title, body] = pdf_paragraphs(lines);
    CHECK(title == "Velmora Harbour Opens Quay 7");
    CHECK(body == "VELMORA, March 5, 2024 -- The port authority opened its seventh quay today. "
                  "\"This quay doubles what the harbour can take in a single day,\" said Orla "
                  "Brennick, the harbour master, who called it a long-awaited step.\n\n"
                  "The quay cost 40 million.");
}

TEST_CASE("an RSS feed: each item a release with its own path, date and link") {
    const std::string rss =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>N</title>"
        "<item><title>Quay 7 opens</title><link>https://port.example/7</link><guid>q7</guid>"
        "<pubDate>Tue, 05 Mar 2024 09:00:00 +0000</pubDate>"
        "<description>&lt;p&gt;The quay opened.&lt;/p&gt;</description></item>"
        "<item><title>Dredging ends</title><link>https://port.example/d</link>"
        "<description>The dredging ended.</description></item></channel></rss>";
    const FileReleases found = read_feed(rss, "/n/port.rss");
    REQUIRE(found.releases.size() == 2);
    CHECK(found.releases[0].path == "/n/port.rss#q7");
    CHECK(found.releases[0].release.title == "Quay 7 opens");
    CHECK(found.releases[0].release.date == "2024-03-05");
    CHECK(found.releases[0].release.body == "The quay opened.");
    CHECK(found.releases[0].link == "https://port.example/7");
    CHECK(found.releases[1].path == "/n/port.rss#https://port.example/d");
    CHECK(found.releases[1].type == FileType::feed);
}

TEST_CASE("a feed with an entity declaration or not well-formed is refused") {
    CHECK_THROWS_AS((void)read_feed("<!DOCTYPE rss [<!ENTITY x \"y\">]><rss><channel><item><title>&x;</title>"
                                    "</item></channel></rss>", "/f.rss"),
                    FileError);
    CHECK_THROWS_AS((void)read_feed("<rss><channel><item>", "/f.rss"), FileError);
    CHECK_THROWS_AS((void)read_feed("<html><body>no feed</body></html>", "/f.xml"), FileError);
}

TEST_CASE("an email: Subject the title, Date header the date when the body has no dateline") {
    const std::string eml =
        "From: desk@port.example\nSubject: Fwd: Quay 7 opens\nDate: Tue, 5 Mar 2024 09:00:00 +0000\n"
        "Message-ID: <q7@port.example>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n"
        "The quay opened in Z=FCrich, said the harbour master, who had waited for it\nsince 2019.\n\nMore.\n";
    const FileReleases found = read_eml(eml, "/m/q7.eml");
    REQUIRE(found.releases.size() == 1);
    CHECK(found.releases[0].path == "/m/q7.eml");
    CHECK(found.releases[0].release.title == "Quay 7 opens");
    CHECK(found.releases[0].release.date == "2024-03-05");
    CHECK(found.releases[0].release.body ==
          "The quay opened in Z\xC3\xBCrich, said the harbour master, who had waited for it since 2019.\n\nMore.");
}

TEST_CASE("an email whose text part is binary is read by its subject, never with another error") {
    std::string eml = "From: desk@port.example\nSubject: Quay 8 plans\nMessage-ID: <q8@port.example>\n"
                      "MIME-Version: 1.0\nContent-Type: text/plain\n\n";
    for (int i = 0; i < 4096; ++i) eml.push_back(static_cast<char>((i * 7919) % 256)); // no text
    const FileReleases found = read_eml(eml, "/m/q8.eml");
    REQUIRE(found.releases.size() == 1);
    CHECK(found.releases[0].release.title == "Quay 8 plans");
    CHECK(found.releases[0].release.body.empty());
}
