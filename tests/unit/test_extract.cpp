// Unit tests for pressdex::extract::extract_facts (who said what, organisations).
#include "indexer/extract/facts.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using pressdex::extract::extract_facts;
using pressdex::extract::Facts;
using pressdex::extract::Organisation;
using pressdex::extract::Speaker;

namespace {

const Speaker* speaker(const Facts& f, const std::string& name) {
    for (const auto& s : f.speakers)
        if (s.name == name) return &s;
    return nullptr;
}

const Organisation* org(const Facts& f, const std::string& name) {
    for (const auto& o : f.organisations)
        if (o.name == name) return &o;
    return nullptr;
}

bool has_alias(const Organisation* o, const std::string& a) {
    return o && std::find(o->aliases.begin(), o->aliases.end(), a) != o->aliases.end();
}

// speaker of the first quote starting with `start`, or "<none>"
std::string quote_speaker(const Facts& f, const std::string& start) {
    for (const auto& q : f.quotes)
        if (q.text.rfind(start, 0) == 0) return q.speaker;
    return "<none>";
}

// Sentences from seed 001 (Mount Sinai / Taikang).
const char* const kSeed001 =
    "Mount Sinai Health System, New York's largest integrated academic medical centre, has "
    "announced a historic agreement with Taikang Healthcare in China.\n\n"
    "\"Our mission is to enable our international partners to raise the standards of healthcare "
    "delivery in their communities,\" said Arthur Klein, MD, President of Mount Sinai Health "
    "Network. \"Taikang shares this mission and is committed to improving healthcare outcomes for "
    "their patients.\"\n\n"
    "\"Among a vast array of domestic organizations currently involved in hospital development in "
    "China, Taikang really stands out,\" noted Szabi Dorotovics, MD, President of Mount Sinai "
    "International, the division of the Mount Sinai Health System responsible for global "
    "collaborations. \"Taikang is focused on the health and wellness of the communities it "
    "serves.\"\n\n"
    "Dr. Benjamin Liu, Vice President of Taikang Insurance Group and CEO of Taikang Healthcare, a "
    "wholly owned subsidiary of the Taikang Insurance Group which oversees healthcare and senior "
    "living community development and operation, noted, \"During the last 165 years, Mount Sinai "
    "has forged its reputation in the USA as a healthcare pioneer. We also consider ourselves a "
    "healthcare and senior living sector 'pioneer' in the emerging landscape in China.\"";

// Sentences from seed 000 (CHOP / Mount Sinai), curly quotes and a multi-paragraph quote.
const char* const kSeed000 =
    "The Children\u2019s Hospital of Philadelphia (CHOP) has collaborated with the Mount Sinai "
    "Health System (MSHS) to offer paediatric services in the New York metropolitan area.\n\n"
    "MSHS is composed of seven hospital campuses and a medical school.\n\n"
    "Mount Sinai Health System president Kenneth Davis said: \"Mount Sinai is pleased to "
    "collaborate with CHOP, a world-renowned institution, to ensure excellent patient care.\n\n"
    "\"Our goal is to offer the highest quality care to paediatric patients, especially those "
    "with complex needs, across a large health system.\n\n"
    "\"Our goal is to offer the highest quality care to paediatric patients, especially those "
    "with complex needs.\"\n\n"
    "\"Together, we will be uniquely positioned to recruit and retain the best faculty in the "
    "region.\"\n\n"
    "CHOP president Madeline Bell said: \"Over the recent past, CHOP has systematically sought "
    "strategic alliances with leading hospital systems.\n\n"
    "\"Our decision to join with MSHS in the New York region reflects the respect we have for "
    "Mount Sinai.\"\n\n"
    "According to the company, development of programmes in cardiac care will follow.";

} // namespace

TEST_CASE("seed 001: said NAME, MD, ROLE of ORG / noted NAME / NAME, ROLE ..., noted,") {
    const Facts f = extract_facts("", kSeed001);
    const Speaker* klein = speaker(f, "Arthur Klein");
    REQUIRE(klein);
    CHECK(klein->role == "President");
    CHECK(klein->organisation == "Mount Sinai Health Network");
    const Speaker* dor = speaker(f, "Szabi Dorotovics");
    REQUIRE(dor);
    CHECK(dor->role == "President");
    CHECK(dor->organisation == "Mount Sinai International");
    REQUIRE(speaker(f, "Benjamin Liu"));
    CHECK(quote_speaker(f, "During the last 165 years") == "Benjamin Liu");
    // split quote: the second half goes to the same speaker
    CHECK(quote_speaker(f, "Taikang shares this mission") == "Arthur Klein");
    CHECK(quote_speaker(f, "Taikang is focused") == "Szabi Dorotovics");
    CHECK(f.speakers.size() == 3);
}

TEST_CASE("seed 000: ORG president NAME said:, multi-paragraph quotes, acronyms") {
    const Facts f = extract_facts("", kSeed000);
    const Speaker* davis = speaker(f, "Kenneth Davis");
    REQUIRE(davis);
    CHECK(davis->role == "president");
    CHECK(davis->organisation == "Mount Sinai Health System");
    const Speaker* bell = speaker(f, "Madeline Bell");
    REQUIRE(bell);
    CHECK(bell->role == "president");
    CHECK(bell->organisation == "CHOP");
    CHECK(f.speakers.size() == 2);

    // the first three paragraphs of Davis's words are one quote
    CHECK(quote_speaker(f, "Mount Sinai is pleased") == "Kenneth Davis");
    CHECK(quote_speaker(f, "Our goal is") == "<none>"); // inside the multi-paragraph quote
    for (const auto& q : f.quotes)
        if (q.text.rfind("Mount Sinai is pleased", 0) == 0) CHECK(q.text.find("complex needs.") != std::string::npos);
    // an all-quote paragraph goes to the previous speaker
    CHECK(quote_speaker(f, "Together, we will be") == "Kenneth Davis");
    CHECK(quote_speaker(f, "Over the recent past") == "Madeline Bell");

    const Organisation* chop = org(f, "Children\u2019s Hospital of Philadelphia");
    REQUIRE(chop);
    CHECK(has_alias(chop, "CHOP"));
    const Organisation* mshs = org(f, "Mount Sinai Health System");
    REQUIRE(mshs);
    CHECK(has_alias(mshs, "MSHS"));
    CHECK(has_alias(mshs, "Mount Sinai"));
}

TEST_CASE("surname coreference and pronouns") {
    const Facts f = extract_facts(
        "", "Acme Widgets Inc. named Jane Porter as Chief Executive Officer.\n\n"
            "\"We are building the best widgets in the world,\" Porter said.\n\n"
            "\"It has been a long road to get here,\" she added. \"We are ready for growth.\"");
    REQUIRE(f.speakers.size() == 1);
    CHECK(f.speakers[0].name == "Jane Porter");
    CHECK(quote_speaker(f, "We are building") == "Jane Porter");
    CHECK(quote_speaker(f, "It has been a long road") == "Jane Porter");
    CHECK(quote_speaker(f, "We are ready") == "Jane Porter");
}

TEST_CASE("according to NAME, ROLE of ORG and role lists") {
    const Facts f = extract_facts(
        "", "According to Jane Doe, CEO of Acme Robotics, \"the new line will double our output "
            "next year.\"\n\n"
            "\"We listened to our customers for two years before designing this,\" said Noah "
            "Wagler, Co-Founder and CEO of Naturally Amish.");
    const Speaker* doe = speaker(f, "Jane Doe");
    REQUIRE(doe);
    CHECK(doe->role == "CEO");
    CHECK(doe->organisation == "Acme Robotics");
    const Speaker* noah = speaker(f, "Noah Wagler");
    REQUIRE(noah);
    CHECK(noah->role == "Co-Founder and CEO");
    CHECK(noah->organisation == "Naturally Amish");
}

TEST_CASE("spokesperson and organisations are not speakers") {
    const Facts f = extract_facts(
        "", "\"We do not comment on ongoing investigations,\" a spokesperson said.\n\n"
            "\"Our results speak for themselves this quarter,\" the company said.\n\n"
            "Globex Corporation said it would appeal the ruling in the coming weeks.");
    CHECK(f.speakers.empty());
    CHECK(f.quotes.empty());
    CHECK(org(f, "Globex Corporation"));
}

TEST_CASE("a name after 'the' is a publication's or a body's, not a speaker") {
    const Facts f = extract_facts(
        "", "\"Prices rose by a third this year,\" said the Quillton Ledger.\n\n"
            "Costs will keep rising, according to the New Harbour Journal of Commerce.\n\n"
            "\"We will build the plant,\" said Secretary of the Navy Dana Quill.");
    CHECK_FALSE(speaker(f, "Quillton Ledger"));
    CHECK_FALSE(speaker(f, "Harbour Journal"));
    CHECK(speaker(f, "Dana Quill"));
}

TEST_CASE("a headline's verb and its subject are no part of the name after them") {
    const Facts f = extract_facts(
        "Quellmark Appoints Dana Quill as Chief Executive",
        "Quellmark said on Monday that Dana Quill had joined the firm.\n\n"
        "\"I am glad to lead the firm,\" said Quill.\n\n"
        "The post Quellmark Appoints Dana Quill as Chief Executive appeared first on Harbour News.");
    CHECK(speaker(f, "Dana Quill"));
    CHECK_FALSE(speaker(f, "Quellmark Appoints Dana Quill"));
    CHECK(quote_speaker(f, "I am glad") == "Dana Quill");
    // nor is a headline's verb after the name (a scraped Senate page, its title run into the text)
    const Facts senate = extract_facts(
        "", "May 13  2005 Senator Quill Announces Ft  Drum  Preserved by the Harbour Board in 2005 Round     "
            "Washington  DC    Senator Quill today announced that the Harbour Board has recommended that Fort "
            "Drum remain open in this round  a major step for the state economy     I m proud to announce the "
            "Board recognizes the value of Ft  Drum     Senator Quill said   ");
    CHECK_FALSE(speaker(senate, "Quill Announces Ft"));
}

TEST_CASE("the person before an of-phrase that ends in a place speaks, not the place") {
    const Facts f = extract_facts(
        "", "A man was sentenced today.\n\nU.S. Attorney Dana R. Quill of the Western District of New York "
            "stated that \"the laws protect people of all race and creed.\"\n\nTom Venn, Jr. of Quillton Falls "
            "said that \"the case took four years to build.\"\n\nAnn Roe, lecturer in Harbour Studies at the "
            "Quillton School of Law in Vellmark said, \"The court got this one right.\"\n\nThe Quillton Church "
            "of Jesus, the Temple of Harbour testifies, \"We welcome every visitor here.\"");
    CHECK(quote_speaker(f, "the laws protect") == "Dana R. Quill");
    CHECK(quote_speaker(f, "the case took") == "Tom Venn Jr.");
    CHECK(quote_speaker(f, "The court got") == "Ann Roe");
    CHECK_FALSE(speaker(f, "York"));
    CHECK_FALSE(speaker(f, "Jesus"));
}

TEST_CASE("a style of address and a hyphenated title are no part of the name") {
    const Facts f = extract_facts(
        "", "His Excellency Dana Quill, Minister of Harbour Works, said: \"The port will open in May.\"\n\n"
            "\"Readers want the full story,\" said Editor-in-Chief Jane Roe.");
    CHECK(quote_speaker(f, "The port will open") == "Dana Quill");
    CHECK(quote_speaker(f, "Readers want") == "Jane Roe");
}

TEST_CASE("punctuation a scraper turned into spaces still ends a name") {
    // a lawmaker's party and state, "(R-Colo.)", as spaces, is nobody's name, nor part of one
    const Facts party = extract_facts(
        "", "WASHINGTON  D C    U S  Senator   R Colo  said today that the base will stay open  "
            "The base employs four hundred people  U S  Senator Dana Quill  R Tenn   today announced "
            "new funds for the base     Quill said     The state needs the base and its jobs  ");
    CHECK_FALSE(speaker(party, "R Colo"));
    CHECK(speaker(party, "Dana Quill"));
    // a full stop as spaces between a place and the next sentence's subject
    const Facts stop = extract_facts(
        "", "Senator Dana Quill  R Harbour  visited the clinic on Monday  The programs have helped "
            "families across Tennessee     Quill said    We will keep the clinic open for every family  "
            "The clinic serves four counties and employs sixty people  ");
    CHECK_FALSE(speaker(stop, "Tennessee Quill"));
    CHECK(speaker(stop, "Dana Quill"));
}

TEST_CASE("what stands before a name or repeats it is no part of it") {
    const Facts f = extract_facts(
        "", "\"The verdict is just,\" said U.S. Attorney for the Eastern District of Virginia Wendel "
            "A. Quill.\n\n"
            "\"Our agents worked for two years,\" said Chief of HSI-Quillton Investigations Jane Roe.\n\n"
            "\"We grew by half,\" said Harbour-based Quillbox.\n\n"
            "\"Sales rose by a third,\" said Harrow.\n\n"
            "About the Author: Dana B. Harrow Dana B. Harrow, a father of four, builds boats.\n\n"
            "About Quellmark Holdings Quellmark Holdings Inc. is a maker of boats.");
    CHECK(quote_speaker(f, "The verdict") == "Wendel A. Quill");
    CHECK(quote_speaker(f, "Our agents") == "Jane Roe");
    CHECK_FALSE(speaker(f, "Harbour-based Quillbox"));
    CHECK(quote_speaker(f, "Sales rose") == "Dana B. Harrow");
    CHECK_FALSE(org(f, "Quellmark Holdings Quellmark Holdings Inc."));
}

TEST_CASE("reported speech: said ROLE NAME of the DIVISION") {
    const Facts f = extract_facts(
        "", "Employers must take care to avoid discrimination, said Acting Assistant Attorney "
            "General John M. Gore of the Civil Rights Division.");
    const Speaker* gore = speaker(f, "John M. Gore");
    REQUIRE(gore);
    CHECK(gore->role == "Acting Assistant Attorney General");
    CHECK(gore->organisation == "Civil Rights Division");
}

TEST_CASE("acronym definitions both ways and legal suffixes") {
    const Facts f = extract_facts(
        "", "Shares of Haier Smart Home Co., Ltd. rose after the Infrastructure Health & Safety "
            "Association (IHSA) endorsed its plan. Haier Smart Home also works with WIPO (World "
            "Intellectual Property Organization) on patents.");
    const Organisation* ihsa = org(f, "Infrastructure Health & Safety Association");
    REQUIRE(ihsa);
    CHECK(has_alias(ihsa, "IHSA"));
    const Organisation* wipo = org(f, "World Intellectual Property Organization");
    REQUIRE(wipo);
    CHECK(has_alias(wipo, "WIPO"));
    const Organisation* haier = org(f, "Haier Smart Home Co., Ltd.");
    REQUIRE(haier);
    CHECK(has_alias(haier, "Haier Smart Home"));
}

TEST_CASE("an acronym of a defined term is no organisation; one of an organisation is") {
    const Facts f = extract_facts(
        "", "Quellmark Inc. today added Image Routing Management (IRM) to its platform. The Harbour "
            "Valley Growers Association (HVGA) endorsed the release. Agents of U.S. Tariffs and Customs "
            "Enforcements Coastal Security Investigations (TCE-CSI) Harbour Office worked on it.");
    CHECK(org(f, "IRM") == nullptr);
    CHECK(org(f, "Image Routing Management") == nullptr);
    CHECK(has_alias(org(f, "Harbour Valley Growers Association"), "HVGA"));
    const bool unit_kept = std::any_of(f.organisations.begin(), f.organisations.end(), [](const Organisation& o) {
        return o.name == "TCE-CSI" || has_alias(&o, "TCE-CSI");
    });
    CHECK(unit_kept);
}

TEST_CASE("two names joined by 'and' are two organisations; one name with an 'and' is one") {
    const Facts f = extract_facts(
        "", "The deal was signed by Quillton Truck Group and Vellmark Haulage Inc. on Monday. The "
            "Orvell Cancer Institute and Research Centre will study it.");
    CHECK(org(f, "Quillton Truck Group") != nullptr);
    CHECK(org(f, "Vellmark Haulage Inc.") != nullptr);
    CHECK(org(f, "Orvell Cancer Institute and Research Centre") != nullptr);
    // "<head-word> of X" is a name before "and", unless a known name runs on through it
    const Facts g = extract_facts(
        "", "The Department of Commerce and Quillton Port Authority signed the pact. Officials of the "
            "Department of Health and Human Services Harbour Division joined them.");
    CHECK(org(g, "Department of Commerce") != nullptr);
    CHECK(org(g, "Quillton Port Authority") != nullptr);
    CHECK(org(g, "Department of Health") == nullptr);
}

TEST_CASE("scare quotes, titles and short quoted words are not quotes") {
    const Facts f = extract_facts(
        "", "Jane Roe, author of \"The World Is Angry\", called the plan \"bold\" and said the "
            "\"pioneer\" label fits.");
    CHECK(f.quotes.empty());
}

TEST_CASE("names of one organisation by its group key are one organisation, under the fullest name") {
    const Facts f = extract_facts(
        "", "The Department of Tillage said on Monday that it would appeal. A Tillage Department "
            "spokesperson said the Tillage Department had filed the papers with the Department of Tillage.");
    const Organisation* o = org(f, "Department of Tillage");
    REQUIRE(o != nullptr);
    CHECK(has_alias(o, "Tillage Department"));
    CHECK(org(f, "Tillage Department") == nullptr);
    // a short form that a longer name took stays that name's
    const Facts g = extract_facts(
        "", "The Department of Tillage, a part of the Quillton Department of Tillage, said on Monday it would appeal. "
            "A Tillage Department spokesperson in Vellmark said the Tillage Department had no view.");
    CHECK(has_alias(org(g, "Quillton Department of Tillage"), "Department of Tillage"));
    CHECK(org(g, "Tillage Department") != nullptr);
}

TEST_CASE("a quotation inside a quotation, in the same marks, is part of it") {
    const Facts f = extract_facts(
        "", "Dana Quill spoke in Harbourton. \xE2\x80\x9CTo call a raise \xE2\x80\x9Coverdue\xE2\x80\x9D is the "
            "understatement of the year for the workers of this state,\xE2\x80\x9D Quill said.");
    REQUIRE(f.quotes.size() == 1);
    CHECK(f.quotes[0].text == "To call a raise \xE2\x80\x9Coverdue\xE2\x80\x9D is the understatement of the year "
                              "for the workers of this state,");
    CHECK(f.quotes[0].speaker == "Dana Quill");
    // a new quotation after one left open is not nested: no second closing mark follows, or an
    // opening one does
    const Facts g = extract_facts(
        "", "Dana Quill spoke. \xE2\x80\x9CWe were late with the harbour works this year. \xE2\x80\x9CWe will "
            "finish the quays by May for every family here,\xE2\x80\x9D Quill said, \xE2\x80\x9C" "and the "
            "docks by June.\xE2\x80\x9D");
    CHECK(quote_speaker(g, "We will finish the quays") == "Dana Quill");
}

TEST_CASE("garbage input never throws") {
    std::string junk;
    for (int i = 0; i < 200000; ++i) junk.push_back(static_cast<char>((i * 7919) % 256));
    CHECK_NOTHROW((void)extract_facts(junk, junk));
    std::string quotes(100000, '"');
    CHECK_NOTHROW((void)extract_facts("", quotes));
    std::string curly;
    for (int i = 0; i < 20000; ++i) curly += "\u201C said Dr. (";
    CHECK_NOTHROW((void)extract_facts("", curly));
    std::string words;
    for (int i = 0; i < 50000; ++i) words += "Said Mr Big Inc of The ";
    CHECK_NOTHROW((void)extract_facts("", words));
    CHECK_NOTHROW((void)extract_facts("", ""));
    CHECK_NOTHROW((void)extract_facts("", "\"unbalanced quote said Jane Doe\n\n\"another"));
    CHECK_NOTHROW((void)extract_facts("", std::string_view("\xE2\x80", 2)));
}

TEST_CASE("a name in the possessive keeps its head-word, its words and its acronym") {
    // a given name that is also a word ("Urban") before an ordinary word in the possessive
    const Facts f = extract_facts("", "Staff of the Office of Urban Development's housing desk met the mayor.");
    CHECK(org(f, "Office of Urban Development") != nullptr);
    // the head-word in the possessive is still the name's head-word
    const Facts g = extract_facts("", "We met the Vellmark Institute's staff on Monday.");
    CHECK(org(g, "Vellmark Institute") != nullptr);
    // an acronym's long form in the possessive
    const Facts h = extract_facts("", "She spoke at the Quill Harbour Association's (QHA) annual meeting. The QHA agreed.");
    CHECK(org(h, "Quill Harbour Association") != nullptr);
    // a body owns the acronym after its possessive
    const Facts i = extract_facts("", "Cities must cooperate with the Department of Harbour Safety's QXV, the law says.");
    CHECK(org(i, "Department of Harbour Safety") != nullptr);
    CHECK(org(i, "Department of Harbour Safety's QXV") == nullptr);
    // an acronym owns the body named after its possessive, after a title's "of" too
    const Facts j = extract_facts(
        "", "Dana Quill, Director of QXV\u2019s Center for Harbour Devices and Quill Health, will speak. The QXV agreed.");
    CHECK(org(j, "Center for Harbour Devices and Quill Health") != nullptr);
    CHECK(org(j, "QXV\u2019s Center for Harbour Devices and Quill Health") == nullptr);
    // a body's "'s" owns a programme's capitalised words; a plural's apostrophe is inside a name
    const Facts k = extract_facts(
        "", "The Department of Harbour Security's Assistance to Firefighters Grant Program funds it, and so "
            "does the Department of Veterans' Affairs.");
    CHECK(org(k, "Department of Harbour Security") != nullptr);
    CHECK(org(k, "Department of Harbour Security's Assistance") == nullptr);
    CHECK(org(k, "Department of Veterans' Affairs") != nullptr);
}

TEST_CASE("one word right after a title's noun is a person's surname, no organisation") {
    const Facts f = extract_facts(
        "", "The program grew. President Quillby has proposed cutting the fund, and Quillby's budget would "
            "end it. Senators oppose it.");
    CHECK(org(f, "Quillby") == nullptr);
}

TEST_CASE("a unit named by what it does, 'of the' and its parent are two bodies") {
    const Facts f = extract_facts(
        "", "The case was brought by the Quarry Crimes Section of the Harbour Department and the Audit "
            "Division of the Department of Harbour Affairs. \"We will not stop,\" said Dana Quill, Assistant "
            "Attorney General for the Audit Division of the Department of Harbour Affairs. Agents of the "
            "Denver Division of the Harbour Bureau made the arrests.");
    CHECK(org(f, "Quarry Crimes Section") != nullptr);
    CHECK(org(f, "Harbour Department") != nullptr);
    CHECK(org(f, "Quarry Crimes Section of the Harbour Department") == nullptr);
    CHECK(org(f, "Audit Division") != nullptr);
    CHECK(org(f, "Audit Division of the Department of Harbour Affairs") == nullptr);
    // a unit named for a place is one body with its parent
    CHECK(org(f, "Denver Division of the Harbour Bureau") != nullptr);
}

TEST_CASE("a unit and its parent are two bodies when the parent's possessive lost its apostrophe") {
    const Facts f = extract_facts(
        "", "The case was brought by the Quarry Crimes Section of the Harbour Departments Audit Division. "
            "The Harbour Department thanked the agents.");
    CHECK(org(f, "Quarry Crimes Section") != nullptr);
    CHECK(org(f, "Quarry Crimes Section of the Harbour Department") == nullptr);
}

TEST_CASE("a copy of the release's title in the body is the title, no mention of its words as names") {
    const Facts f = extract_facts(
        "Three Harbour Bank Leaders Paddle for a Cause, Raising $200,000",
        "Three bankers paddled for Quillton Kids Fund, a charity. Dana Quill of Vellmark Bank Inc. led them.\n\n"
        "The post Three Harbour Bank Leaders Paddle for a Cause, Raising $200,000 appeared first on Quillbiz.");
    CHECK(org(f, "Three Harbour Bank") == nullptr);
    CHECK(org(f, "Vellmark Bank Inc.") != nullptr);
}

TEST_CASE("a form of address that opens a person's name is no part of the body's name before it") {
    const Facts f = extract_facts(
        "", "Witnesses at the hearing included the Vellmark Harbour Institute Dr. Dana Quill and the "
            "Quillton Port Authority Mr. Tom Venn, who both testified.");
    CHECK(org(f, "Vellmark Harbour Institute") != nullptr);
    CHECK(org(f, "Vellmark Harbour Institute Dr.") == nullptr);
    CHECK(org(f, "Quillton Port Authority") != nullptr);
}

TEST_CASE("after a whole name, 'and' lists a name that a head-word 'of' a few words closes") {
    const Facts f = extract_facts(
        "", "This case was investigated by Special Agents of the QXV and Quillton State Department of Harbour "
            "Safety. The QXV thanked them.");
    CHECK(org(f, "Quillton State Department of Harbour Safety") != nullptr);
    CHECK(org(f, "QXV and Quillton State Department of Harbour Safety") == nullptr);
}

TEST_CASE("the body an office named after its head's title serves is a body of its own") {
    const Facts f = extract_facts(
        "", "The case was investigated by the Office of the Inspector General for the Quillton Housing Finance "
            "Agency. The Quillton Housing Finance Agency regulates lenders.");
    CHECK(org(f, "Office of the Inspector General for the Quillton Housing Finance Agency") != nullptr);
    CHECK(org(f, "Quillton Housing Finance Agency") != nullptr);
}

TEST_CASE("a city's quadrant after a road's word is the address's, no legal form") {
    const Facts f = extract_facts(
        "", "The clinic at 619 Quill Street SE opens today. Visit 619 Quill Street SE or Harbour Ave. SE. "
            "Vellmark SE, a European company, built it.");
    CHECK(org(f, "619 Quill Street SE") == nullptr);
    CHECK(org(f, "Quill Street SE") == nullptr);
    CHECK(org(f, "Vellmark SE") != nullptr);
}

TEST_CASE("a people's word opens a body's name; it is no person's given name") {
    const Facts f = extract_facts(
        "", "The firm joined the American Quill and Harbour Institute on Monday. It is backed by the "
            "German Vellmark Fund.");
    CHECK(org(f, "American Quill and Harbour Institute") != nullptr);
    CHECK(org(f, "Harbour Institute") == nullptr);
    CHECK(org(f, "German Vellmark Fund") != nullptr);
}

TEST_CASE("a name after a tie 'with' it (a relationship, a partnership, a merger) is a party's") {
    const Facts f = extract_facts(
        "", "Dana Quill joined as a Verified Expert.\n\nDisclosure: Individuals or companies mentioned may have "
            "a commercial relationship with Quellcrew.");
    CHECK(org(f, "Quellcrew") != nullptr);
}

TEST_CASE("a name after a work's noun and a comma or a quotation mark, or after 'titled', is the work's title") {
    const Facts f = extract_facts(
        "", "Dana Quill, author of the bestselling memoir, Quillmoor Skies, signs copies at Vellmark Books Inc. "
            "today. Quillmoor Skies has sold 10,000 copies, and Quillmoor Skies is in its fifth printing.");
    CHECK(org(f, "Quillmoor Skies") == nullptr);
    CHECK(org(f, "Vellmark Books Inc.") != nullptr);
}
