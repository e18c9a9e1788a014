// Organisation rules of pressdex::extract: one test case per rule class, on short invented
// sentences.
#include "indexer/extract/facts.hpp"
#include "indexer/extract/orgs.hpp"
#include "indexer/extract/text.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using pressdex::extract::extract_facts;
using pressdex::extract::Facts;

namespace {

bool has_org(const Facts& f, const std::string& name) {
    return std::any_of(f.organisations.begin(), f.organisations.end(),
                       [&](const auto& o) { return o.name == name; });
}

// True when some organisation has `text` as its name or as one of its aliases.
bool knows(const Facts& f, const std::string& text) {
    return std::any_of(f.organisations.begin(), f.organisations.end(), [&](const auto& o) {
        return o.name == text || std::find(o.aliases.begin(), o.aliases.end(), text) != o.aliases.end();
    });
}

bool has_speaker(const Facts& f, const std::string& name) {
    return std::any_of(f.speakers.begin(), f.speakers.end(), [&](const auto& s) { return s.name == name; });
}

std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& t : pressdex::extract::detail::tokenize(text)) out.emplace_back(t.text);
    return out;
}

} // namespace

TEST_CASE("a weak head-word inside a strong head's of-phrase does not end the name") {
    const Facts f = extract_facts(
        "", "The grant came from the Department of Energy Planning last year. Later the Office of "
            "International Trade and the Harlow Executive Office of Housing and Coastal Affairs "
            "joined.");
    CHECK(has_org(f, "Department of Energy Planning"));
    CHECK(has_org(f, "Office of International Trade"));
    CHECK(has_org(f, "Harlow Executive Office of Housing and Coastal Affairs"));
}

TEST_CASE("possessives: curly apostrophes, legal suffixes, a place's possessive") {
    const Facts f = extract_facts(
        "", "Before that, she led Zorvex Corporation\u2019s investor team. The mayor replaced most "
            "of Baltimore\u2019s Board of Taxicab License Commissioners in May. The Velmar Credit "
            "Union\u2019s members voted.");
    CHECK(has_org(f, "Zorvex Corporation"));
    CHECK(has_org(f, "Board of Taxicab License Commissioners"));
    CHECK(has_org(f, "Velmar Credit Union"));
    CHECK_FALSE(knows(f, "Velmar Credit"));
}

TEST_CASE("after of, a word such as State continues the name") {
    const Facts f = extract_facts(
        "", "The group was listed by the Ruritania Department of State last year, and the EPA and New "
            "Korlin State Department of Water agreed.");
    CHECK(has_org(f, "Ruritania Department of State"));
    CHECK_FALSE(has_org(f, "EPA and New Korlin State Department of Water"));
}

TEST_CASE("DOJ text export: bare possessives and glued words") {
    const Facts f = extract_facts(
        "", "WASHINGTONVelmar Holding Corporation agreed to pay a fine, the Justice Department "
            "announced. The case was handled by the Justice Departments Fraud Section and "
            "theConsumer Division, with help from the Department of Treasurys Office of Foreign "
            "Assets Review. A settlement was reached with Tarnix SolutionsInc. and Tarnix Staffing "
            "GroupInc. in May.");
    CHECK(has_org(f, "Velmar Holding Corporation"));
    CHECK(has_org(f, "Fraud Section"));
    CHECK_FALSE(knows(f, "Justice Departments Fraud Section"));
    CHECK(has_org(f, "Consumer Division"));
    CHECK(has_org(f, "Office of Foreign Assets Review"));
    CHECK(knows(f, "Tarnix Solutions Inc."));
    CHECK(knows(f, "Tarnix Staffing Group Inc."));
    CHECK(words("theCriminal WASHINGTONWall SolutionsInc. USAIDs eBay") ==
          std::vector<std::string>{"the", "Criminal", "WASHINGTON", "Wall", "Solutions", "Inc.",
                                   "USAIDs", "eBay"});
}

TEST_CASE("a known name glued to more words is split or dropped") {
    const Facts f = extract_facts(
        "", "The Department of Justice said so. Lawyers from the Department of Justices Land "
            "and Water Division filed it.\n\nMedia Contact: Corwin Ashby Quillfeather "
            "Robotics Inc. 12 Main Street\n\nQuillfeather Robotics Inc. builds arms. Brightmoor "
            "reported a loss; Brightmoor\u2019s Northern Region grew.");
    CHECK(has_org(f, "Land and Water Division"));
    CHECK_FALSE(knows(f, "Department of Justices Land and Water Division"));
    CHECK(has_org(f, "Quillfeather Robotics Inc."));
    CHECK_FALSE(knows(f, "Corwin Ashby Quillfeather Robotics Inc."));
    CHECK_FALSE(knows(f, "Brightmoor\u2019s Northern Region"));
}

TEST_CASE("About boilerplate that lost its line breaks") {
    const Facts f = extract_facts(
        "", "Kids met at the park.\n\n"
            "About Quorvia Labs Quorvia Labs is a maker of tiny sensors.\n\n"
            "The day ended well.  About Brindlewood Toys Seen in nine states, Brindlewood Toys sells "
            "wooden trains.\n\n"
            "About Kelvix Partners Denver-based Kelvix Partners (KP) is an investor.\n\n"
            "About Tamsin Hale Tamsin Hale is an author. She writes novels.\n\n"
            "About Trellwick Works  Trellwick Works (www.trellwick.com) designs toys.\n\n"
            "About Flinto.io and the Garrow Research Institute\n\nFlinto.io runs surveys.");
    CHECK(has_org(f, "Quorvia Labs"));
    CHECK(has_org(f, "Brindlewood Toys"));
    CHECK(has_org(f, "Kelvix Partners"));
    CHECK_FALSE(knows(f, "Kelvix Partners Denver-based Kelvix Partners"));
    CHECK_FALSE(knows(f, "Tamsin Hale")); // a person
    CHECK(has_org(f, "Trellwick Works"));
    CHECK(has_org(f, "Flinto.io"));
    CHECK(has_org(f, "Garrow Research Institute"));
}

TEST_CASE("labels, shouted headlines and blog footers are not names") {
    const Facts f = extract_facts(
        "", "Our work covers:\n\n"
            "* Renewable Fuels & Clean Energy \u2013 enzymes that make fuel cheaper.\n"
            "* Reshored Drug Manufacturing \u2013 bringing production home.\n\n"
            "ST CO GOVT WIND FARM NEARLY READY FOR SERVICE: Crews switched on the turbines.\n\n"
            "The post Town Hosts Summer Block Party At Harbor Group appeared first on citybeat.");
    CHECK_FALSE(knows(f, "Renewable Fuels & Clean Energy"));
    CHECK_FALSE(knows(f, "Reshored Drug Manufacturing"));
    CHECK_FALSE(knows(f, "ST CO"));
    CHECK(f.organisations.empty());
}

TEST_CASE("list lines of people name their employers") {
    const Facts f = extract_facts(
        "", "The board includes:\n\n"
            "* Dana Whitfield, Director of Talent, Brightwave Monitoring\n"
            "* Orla Penhallow, NA Recruiting Lead & Program Manager, The Tessel Company\n"
            "* Ravi Castellano, Senior Director, Talent Acquisition & D&I, Unbound\n\n"
            "Speakers included Lou Marden - Helping Paws. Matt Ross with USA Helps spoke too.");
    CHECK(has_org(f, "Brightwave Monitoring"));
    CHECK(has_org(f, "Tessel Company"));
    CHECK(has_org(f, "Unbound"));
    CHECK_FALSE(knows(f, "Talent Acquisition & D&I"));
    CHECK(has_org(f, "USA Helps"));
    // list lines joined into one paragraph by a markdown reader
    const Facts g = extract_facts("", "* Ann Lee, Head of Sales, Brightwave Monitoring * Bo Kim, CFO, Orbitrax");
    CHECK(has_org(g, "Brightwave Monitoring"));
    CHECK(has_org(g, "Orbitrax"));
}

TEST_CASE("a speaker's organisation must look like one") {
    using pressdex::extract::detail::plausible_speaker_org;
    CHECK_FALSE(plausible_speaker_org("U.S. Attorney for the District", "Vermont"));
    CHECK_FALSE(plausible_speaker_org("U.S. Attorney", "District of Vermont"));
    CHECK_FALSE(plausible_speaker_org("Deputy Director", "Wildlife Protection"));
    CHECK_FALSE(plausible_speaker_org("Executive", "County"));
    CHECK_FALSE(plausible_speaker_org("Member", "well as the Working Group"));
    CHECK(plausible_speaker_org("CEO", "Featured"));
    CHECK(plausible_speaker_org("Director", "Civil Division"));
    const Facts f = extract_facts(
        "", "\"We will keep going,\" said Tom Reyes, Deputy Director for Wildlife Protection.");
    CHECK(has_speaker(f, "Tom Reyes"));
    CHECK_FALSE(knows(f, "Wildlife Protection"));
}

TEST_CASE("title-case phrases after a or its name kinds of things") {
    const Facts f = extract_facts(
        "", "In 2001 the group was designated a Regional Trade Organization. Velnor launched "
            "its first-ever Patient Care Organization (PCO) in May. Spectra is a trademark of "
            "General Widget Machines Corp. and is sold widely.");
    CHECK_FALSE(knows(f, "Regional Trade Organization"));
    CHECK_FALSE(knows(f, "Patient Care Organization"));
    CHECK(knows(f, "General Widget Machines Corp."));
}

TEST_CASE("headline subjects in capitals or joined by x") {
    const Facts f1 = extract_facts("ZORVEX TOYS AND PARAMONTA ANNOUNCE A NEW SHIP",
                                   "Zorvex Toys will sell the ship in May.");
    CHECK(knows(f1, "PARAMONTA"));
    const Facts f2 = extract_facts("Velo Apparel x Dana Crane Announces a Third Collection",
                                   "Velo Apparel and Crane made jackets. \"We love it,\" said Crane.");
    CHECK(knows(f2, "Velo Apparel"));
    CHECK_FALSE(knows(f2, "Dana Crane"));
}

TEST_CASE("a name with its kind: appositives and kind nouns") {
    const Facts f = extract_facts(
        "", "Years later he launched Boundless, a design agency. The show featured shoe brand "
            "R.J. Tovar and surveyed bank CIOs about budgets.");
    CHECK(has_org(f, "Boundless"));
    CHECK(has_org(f, "R.J. Tovar"));
    CHECK_FALSE(knows(f, "CIOs"));
}

TEST_CASE("lists: a name starting with a place, subject lists inside a name") {
    const Facts f = extract_facts(
        "", "Its professional sports teams include Harbor City F.C., Los Angeles Comets, and Denver "
            "Peaks. He chaired a committee of the Society for Welding, Casting and Forging.");
    CHECK(has_org(f, "Los Angeles Comets"));
    CHECK(has_org(f, "Society for Welding, Casting and Forging"));
}

TEST_CASE("bodies inside a company, events and newspapers are not organisations") {
    const Facts f = extract_facts(
        "", "The ZTX Board of Directors met. Its Scientific Advisory Board agreed, said Ana Silva, "
            "Chairman of the Supervisory Board of Velmar AG. Guests came to the Gambino Launch "
            "Party. Velmar was named a top employer by Farm Union Times. The Democratic Party "
            "and the Working Families Party objected.");
    CHECK_FALSE(knows(f, "ZTX Board of Directors"));
    CHECK_FALSE(knows(f, "Scientific Advisory Board"));
    CHECK_FALSE(knows(f, "Supervisory Board"));
    CHECK_FALSE(knows(f, "Gambino Launch Party"));
    CHECK_FALSE(knows(f, "Farm Union"));
    CHECK(has_org(f, "Democratic Party"));
    CHECK(has_org(f, "Working Families Party"));
}

TEST_CASE("the employer after CEO of, not after founder of") {
    const Facts f = extract_facts(
        "", "He joined Todd Marlow, the CEO & Founder of Steady Harbor Coaching, on a podcast. "
            "Ed Marsh, the founder of American Kenpo, spoke.");
    CHECK(has_org(f, "Steady Harbor Coaching"));
    CHECK_FALSE(knows(f, "American Kenpo"));
}

TEST_CASE("the organisation of an edition, after a person, or at the end of a long list") {
    const Facts f = extract_facts(
        "", "She was featured in the Spring Edition of Modern Wellness Magazine. "
            "Special Agent in Charge Renae Tolliver of the Knoxville Division of the Federal Bureau "
            "of Investigation spoke. The belt hosts Nova Ore and Pallas Advisors Crane Creek Gold "
            "Project and Kinmoor Gold Corporation\u2019s mine.");
    CHECK(has_org(f, "Modern Wellness Magazine"));
    CHECK_FALSE(knows(f, "Spring Edition of Modern Wellness Magazine"));
    CHECK_FALSE(knows(f, "Charge Renae Tolliver of the Knoxville Division of the Federal Bureau of Investigation"));
    CHECK(has_org(f, "Kinmoor Gold Corporation"));
}

TEST_CASE("a short name defined in quotes") {
    const Facts f = extract_facts(
        "", "The panel of the Quellmark Stock Exchange (or \u201cQuellmark\u201d) granted the request. "
            "The shares are registered under the Securities Act of 1933 (the \u201cSecurities "
            "Act\u201d).");
    const auto it = std::find_if(f.organisations.begin(), f.organisations.end(),
                                 [](const auto& o) { return o.name == "Quellmark Stock Exchange"; });
    REQUIRE(it != f.organisations.end());
    CHECK(std::find(it->aliases.begin(), it->aliases.end(), "Quellmark") != it->aliases.end());
    CHECK_FALSE(knows(f, "Securities Act"));
}

TEST_CASE("two spaces inside a capitalised run are a lost line break") {
    const Facts f = extract_facts(
        "", "Uses for Drone Detection  Harrowgate Guard Service protects stadiums. The Prevention "
            "Outreach Network\u2019s (PON) center opened.");
    CHECK(has_org(f, "Harrowgate Guard Service"));
    CHECK_FALSE(knows(f, "Uses for Drone Detection Harrowgate Guard Service"));
    CHECK(has_org(f, "Prevention Outreach Network"));
}

TEST_CASE("name forms: no unclosed parenthesis, no full stop after a web address") {
    pressdex::extract::detail::OrgCollector orgs;
    orgs.add("Urban Renewal Agency (URA", 0);
    orgs.add("Flinto.io.", 10);
    const auto list = orgs.finish({});
    REQUIRE(list.size() == 2);
    CHECK(list[0].name == "Urban Renewal Agency");
    CHECK(list[1].name == "Flinto.io");
}
