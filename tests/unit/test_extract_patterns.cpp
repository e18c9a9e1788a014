// Who said what on the classes of releases the extraction was not tuned for (issue 16):
// first-name follow-ups, shared surnames, three-part names, surnames that are also words,
// quotes that carry on, places and organisations that "say", quotes that lost their marks,
// signed testimonials, officials listed as making an announcement. Names are invented.
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

TEST_CASE("a person named in full and then by first name is one speaker") {
    const Facts f = extract_facts(
        "", "Priyanka Venkataraman moved her studio to Lakeview last spring.\n\n"
            "\u201cThe light here is what sold us on the space,\u201d said Priyanka. \u201cWe had "
            "looked at nine buildings before this one.\u201d");
    CHECK(has_speaker(f, "Priyanka Venkataraman"));
    CHECK_FALSE(has_speaker(f, "Priyanka"));
    CHECK(quote_speaker(f, "The light here") == "Priyanka Venkataraman");
    CHECK(quote_speaker(f, "We had looked") == "Priyanka Venkataraman");
}

TEST_CASE("two people with one surname: 'Omar and Lina Haddad'") {
    const Facts f = extract_facts(
        "", "Omar and Lina Haddad opened their bakery on Elm Street in March.\n\n"
            "\u201cWe wanted a neighborhood where people walk everywhere,\u201d said Omar.\n\n"
            "\u201cOur regulars know each other by name now,\u201d added Lina.");
    CHECK(quote_speaker(f, "We wanted a neighborhood") == "Omar Haddad");
    CHECK(quote_speaker(f, "Our regulars know") == "Lina Haddad");
}

TEST_CASE("three-part names and surnames that are ordinary words") {
    const Facts f = extract_facts(
        "", "\u201cThe merger gives both teams room to grow,\u201d said Mary Lou Fenwick, "
            "managing director of Corvane Partners.\n\n"
            "\u201cWe expect the deal to close within the quarter,\u201d said Daniel Hall, partner "
            "in Brightwell Advisory.");
    CHECK(has_speaker(f, "Mary Lou Fenwick"));
    CHECK(has_speaker(f, "Daniel Hall"));
    CHECK(quote_speaker(f, "We expect the deal") == "Daniel Hall");
}

TEST_CASE("a quote that carries on for paragraphs keeps its speaker") {
    const Facts f = extract_facts(
        "", "\u201cWe started with two trucks and a borrowed garage,\u201d said Tomas Ferreira, "
            "founder of Ferreira Freight.\n\n"
            "\u201cToday we run forty routes across three states and hire every month.\u201d\n\n"
            "\u201cThe next step is a depot of our own near the interstate.\u201d");
    CHECK(quote_speaker(f, "We started with two trucks") == "Tomas Ferreira");
    CHECK(quote_speaker(f, "Today we run forty routes") == "Tomas Ferreira");
    CHECK(quote_speaker(f, "The next step is a depot") == "Tomas Ferreira");
}

TEST_CASE("places and organisations that say something are not speakers") {
    const Facts f = extract_facts(
        "", "\u201cThe new rules take effect on the first of next month for all carriers,\u201d "
            "Hong Kong said in a statement.\n\n"
            "\u201cWe will comply with every requirement of the new regime,\u201d Velmora "
            "Logistics Inc. said.");
    CHECK_FALSE(has_speaker(f, "Hong Kong"));
    CHECK_FALSE(has_speaker(f, "Velmora Logistics Inc."));
    CHECK(quote_speaker(f, "The new rules take effect") == "<none>");
}

TEST_CASE("a town that the corpora write as a place says nothing; a one-word town may be a surname") {
    // towns of corpus_places.txt, no country's or region's names
    Facts f = extract_facts("", "\u201cThe bridge reopens in May,\u201d Idaho Falls said on Monday.");
    CHECK_FALSE(has_speaker(f, "Idaho Falls"));
    f = extract_facts("", "\u201cThe bridge reopens in May,\u201d Senator Dana Burns said. "
                          "\u201cWe paid for it,\u201d Burns said.");
    CHECK(has_speaker(f, "Dana Burns"));
}

TEST_CASE("a far country's region that the corpora name often, but never as a place, is no place") {
    // iso-codes has Gao (Mali) among its regions, and the corpora write "GAO" thousands of
    // times; "Ontario" is written as a place ("the Province of Ontario") and stays one
    const Facts f = extract_facts(
        "", "Senators asked the GAO to review the Quillmark program. A report by the GAO found "
            "waste in it, and the GAO will testify in June. Quillbox Studios of Ontario said "
            "Ontario will host it.");
    CHECK(has_org(f, "GAO"));
    CHECK_FALSE(has_org(f, "Ontario"));
}

TEST_CASE("a statement whose quotation marks were lost is a quote of its speaker") {
    const Facts f = extract_facts(
        "", "Federal agents arrested the pair at the border crossing on Tuesday morning.\n\n"
            "Those who prey on the elderly will face the full force of the law, said U.S. "
            "Attorney Renata Okafor. Our office will keep working with local police to find "
            "every victim of this scheme.");
    CHECK(has_speaker(f, "Renata Okafor"));
    CHECK(quote_speaker(f, "Those who prey on the elderly") == "Renata Okafor");
    CHECK(quote_speaker(f, "Our office will keep working") == "Renata Okafor");
}

TEST_CASE("statements that lost their marks, several in a paragraph, each quote its own speaker") {
    // a page exported with its paragraph breaks and quotation marks lost
    const Facts f = extract_facts(
        "", "A Quillton man pleaded guilty today to wire fraud, announced Assistant Attorney General "
            "Tomasz Wielgus of the Quill Division. The scheme took money from retired teachers across "
            "the state. Fraud against retirees steals their security, said Special Agent in Charge "
            "Ingrid Solvang of the Vellmark Field Office. We will find every such scheme. The "
            "victims lost their savings to it, Solvang said. Agents traced the money through banks "
            "in three states and seized two houses in the county.");
    CHECK(has_speaker(f, "Tomasz Wielgus"));
    // what a release says its officials announced is its own account, not their words
    CHECK(quote_speaker(f, "A Quillton man pleaded guilty") == "<none>");
    CHECK(quote_speaker(f, "Fraud against retirees") == "Ingrid Solvang");
    const auto more = std::find_if(f.quotes.begin(), f.quotes.end(),
                                   [](const auto& q) { return q.text.starts_with("We will find"); });
    REQUIRE(more != f.quotes.end());
    CHECK(more->speaker == "Ingrid Solvang");
    // her words go on up to the next sentence that attributes words, not to the end
    CHECK(more->text.find("victims") == std::string::npos);
    CHECK(quote_speaker(f, "Agents traced the money") != "Ingrid Solvang");
}

TEST_CASE("in a paragraph that ran account and statement together, the statement goes on in the first person") {
    // a scrape that lost every break: the release's account, a statement, more account
    const Facts f = extract_facts(
        "", "Senator Dana Quill won funds for the Quillton harbour study this week. The study "
            "looks at the harbour's silt. The harbour needs dredging before the winter storms, "
            "said Quill. After the storm last year the channel closed for a month. It is my hope "
            "that the study finds a lasting fix. The study will be led by the port authority and "
            "will report in the spring of next year.");
    const auto more = std::find_if(f.quotes.begin(), f.quotes.end(),
                                   [](const auto& q) { return q.text.starts_with("After the storm"); });
    REQUIRE(more != f.quotes.end());
    CHECK(more->speaker == "Dana Quill");
    CHECK(more->text.find("It is my hope") != std::string::npos);
    CHECK(more->text.find("port authority") == std::string::npos);
}

TEST_CASE("a statement that opens a long unbroken paragraph goes on only while its speaker does") {
    // an export that lost every break after the statement: the release's account runs on
    const Facts f = extract_facts(
        "", "Fraud against the harbour fund hurts every family in Quillton, said U.S. Attorney Dana "
            "Quill. Those who steal from it will answer for it. The fund paid for the new pier. "
            "We will not let it be robbed, and I thank the agents who worked this case. A violation "
            "of the statute carries a maximum penalty of ten years in prison. The case was "
            "investigated by the Quillton Harbour Police. Sentencing is set for May.");
    const auto more = std::find_if(f.quotes.begin(), f.quotes.end(),
                                   [](const auto& q) { return q.text.starts_with("Those who steal"); });
    REQUIRE(more != f.quotes.end());
    CHECK(more->speaker == "Dana Quill");
    CHECK(more->text.find("I thank the agents") != std::string::npos);
    CHECK(more->text.find("maximum penalty") == std::string::npos);
}

TEST_CASE("officials who announce together are each a speaker; a deed 'by' is no speech") {
    const Facts f = extract_facts(
        "", "A Quillton couple were sentenced today for tax fraud, announced Acting Assistant "
            "Attorney General Tomasz Wielgus of the Quill Division and U.S. Attorney Renata "
            "Okafor for the District of Vellmark. After the audit, Dorian Haskell allegedly "
            "responded by moving the money abroad.");
    CHECK(has_speaker(f, "Tomasz Wielgus"));
    CHECK(has_speaker(f, "Renata Okafor"));
    const auto wielgus = std::find_if(f.speakers.begin(), f.speakers.end(),
                                      [](const auto& s) { return s.name == "Tomasz Wielgus"; });
    REQUIRE(wielgus != f.speakers.end());
    CHECK(wielgus->organisation == "Quill Division");
    CHECK_FALSE(has_speaker(f, "Dorian Haskell"));
}

TEST_CASE("a given name and a middle initial make a surname of a word; a judge 'by' whom is none") {
    const Facts f = extract_facts(
        "", "A Quillton couple were sentenced today for tax fraud, announced Acting Assistant "
            "Attorney General Tomasz Wielgus of the Quill Division and U.S. Attorney Harold T. "
            "Pocket for the District of Vellmark. Wielgus and Pocket made the announcement "
            "following sentencing by U.S. District Judge Renata C. Okafor.");
    CHECK(has_speaker(f, "Harold T. Pocket"));
    CHECK_FALSE(has_speaker(f, "Renata C. Okafor"));
}

TEST_CASE("a quote that lost its opening mark") {
    const Facts f = extract_facts(
        "", "As rents keep rising, more families are looking at smaller towns for their first "
            "home,\u201d said Keiko Brandt, Director of Research at Halvorsen Realty.");
    CHECK(quote_speaker(f, "As rents keep rising") == "Keiko Brandt");
}

TEST_CASE("a testimonial signed with a first name") {
    const Facts f = extract_facts(
        "", "\u201cThe platform paid for itself in the first month of trading.\u201d \u2014 "
            "Mira, trader");
    CHECK(has_speaker(f, "Mira"));
    CHECK(quote_speaker(f, "The platform paid for itself") == "Mira");
}

TEST_CASE("officials who made an announcement are speakers") {
    const Facts f = extract_facts(
        "", "U.S. Attorney Carmen Villalobos and Special Agent in Charge Pieter Oosterhuis of "
            "the FBI's Tulsa Field Office made the announcement.");
    CHECK(has_speaker(f, "Carmen Villalobos"));
    CHECK(has_speaker(f, "Pieter Oosterhuis"));
}

TEST_CASE("an official who announced today that ... is a speaker; the time word does not hide it") {
    const Facts f = extract_facts(
        "", "U.S. Attorney Marisol Quenby announced today that a Quillton man was sentenced to five "
            "years in prison for wire fraud.");
    CHECK(has_speaker(f, "Marisol Quenby"));
}

TEST_CASE("an official who announced something is a speaker; a firm that announced a launch is not") {
    const Facts f = extract_facts(
        "", "U.S. Senator Dana Quill today announced $2 million for the Quillton harbour.\n\n"
            "Vellmark Tarrow, a leader in harbour software, today announced the launch of its app.\n\n"
            "Renata Oakhurst, CEO of Quillbox, announced the opening of a second office.");
    CHECK(has_speaker(f, "Dana Quill"));
    CHECK(has_speaker(f, "Renata Oakhurst"));
    CHECK_FALSE(has_speaker(f, "Vellmark Tarrow"));
}

TEST_CASE("a name that heads a long clause is not the subject of the body that said it") {
    const Facts f = extract_facts(
        "", "A federal jury has found Harbourline Services Inc.; two of its managers, Tobias "
            "Vellacott and Renata Oakhurst; and one of its employees, Dana Pellworth, guilty of "
            "conspiring to violate the harbour rules, commit mail fraud, and defraud the Quillton "
            "Port Trust, the Quillton Harbour Authority said.");
    CHECK_FALSE(has_speaker(f, "Dana Pellworth"));
}

TEST_CASE("single letters left of an abbreviation whose stops were lost are nobody") {
    const Facts f = extract_facts(
        "", "Funding for the Quillton ferry  June 6  2008 Washington  D C   U S   said that the "
            "harbour board has approved the grant.");
    CHECK_FALSE(has_speaker(f, "U S"));
    CHECK_FALSE(has_speaker(f, "D C U S"));
}

TEST_CASE("the name after a body's 'of' or 'and' ends the body's name, unless a person's") {
    const Facts f = extract_facts(
        "", "The U.S. Departments of State and Grace Fields said that travellers may cross with a "
            "licence.\n\nThe Department of Harbours and Dana Pellworth said that the port will open.");
    CHECK_FALSE(has_speaker(f, "Grace Fields"));
    CHECK(has_speaker(f, "Dana Pellworth"));
}

TEST_CASE("officials listed before 'announced' are each a speaker, with their own bodies") {
    const Facts f = extract_facts(
        "", "A Quillton man pleaded guilty this morning to one count of fraud, U.S. Attorney Tobias "
            "Vellacott for the District of Harbour and Special Agent in Charge Renata Oakhurst of the "
            "FBI Quillton Division announced.   He will be sentenced in May.\n\nAssistant Attorney "
            "General Marisol Quenby of the Harbour Revenue Division and U.S. Attorney Dana Pellworth of the "
            "Southern District of Harbour announced today that a Quillton couple were sentenced.");
    CHECK(has_speaker(f, "Tobias Vellacott"));
    CHECK(has_speaker(f, "Renata Oakhurst"));
    CHECK(has_speaker(f, "Marisol Quenby"));
    CHECK(has_speaker(f, "Dana Pellworth"));
    for (const auto& s : f.speakers)
        if (s.name == "Marisol Quenby") CHECK(s.organisation == "Harbour Revenue Division");
}

TEST_CASE("an official's organisation ends before the next official's title, read or not") {
    const Facts f = extract_facts(
        "", "A Quillton man was sentenced today for fraud, announced Assistant Attorney General "
            "Tobias P. Vellacott of the Harbour Revenue Division and U.S. Attorney Dana Pellworth Rose "
            "of the Western District of Harbour.Renata Oakhurst, 36, was sentenced by the court.");
    bool found = false;
    for (const auto& s : f.speakers)
        if (s.name == "Tobias P. Vellacott") {
            found = true;
            CHECK(s.organisation == "Harbour Revenue Division");
        }
    CHECK(found);
}

TEST_CASE("a scrape's run of names and words before a speech verb is no list of officials") {
    const Facts f = extract_facts(
        "", "The Quillton Harbours owners Tobias Vellacott and Renata Oakhurst and Club President "
            "and Chief Executive Officer Dana Pellworth and General Manager Marisol Quenby ended a "
            "long drought in 2004 and ushered in a new era in the city that has been confirmed in 2007");
    CHECK_FALSE(has_speaker(f, "Dana Pellworth"));
    CHECK_FALSE(has_speaker(f, "Marisol Quenby"));
}

TEST_CASE("a list of officials that ends its paragraph, with no full stop") {
    // The list used to be read one token past the paragraph's end (a crash on real pages);
    // the sanitizer build catches a regression here.
    const Facts f = extract_facts(
        "", "The charges were announced by U.S. Attorney Carmen Villalobos and Special Agent in "
            "Charge Pieter Oosterhuis");
    CHECK(has_speaker(f, "Carmen Villalobos"));
    CHECK(has_speaker(f, "Pieter Oosterhuis"));
}

TEST_CASE("an organisation once, with its short form and acronym as its names") {
    const Facts f = extract_facts(
        "", "The Orlenko Institute of Marine Science (OIMS) will lead the survey.\n\n"
            "OIMS researchers will share the data with Brakefield University and the Tamsin "
            "Valley Water Authority.");
    REQUIRE(has_org(f, "Orlenko Institute of Marine Science"));
    const auto oims = std::find_if(f.organisations.begin(), f.organisations.end(),
                                   [](const auto& o) { return o.name == "Orlenko Institute of Marine Science"; });
    CHECK(std::find(oims->aliases.begin(), oims->aliases.end(), "OIMS") != oims->aliases.end());
    CHECK_FALSE(has_org(f, "OIMS"));
    CHECK(has_org(f, "Brakefield University"));
    CHECK(has_org(f, "Tamsin Valley Water Authority"));
}

TEST_CASE("job titles and headings are not organisations") {
    const Facts f = extract_facts(
        "Quellmark Appoints New Head of Sales",
        "Quellmark Systems Inc. named Ines Carvalho Vice President of Global Sales.\n\n"
            "Strong Demand Drives Growth\n\n"
            "\u201cOur customers want faster delivery,\u201d said Ines Carvalho, Vice President "
            "of Global Sales at Quellmark Systems.");
    CHECK(has_org(f, "Quellmark Systems Inc."));
    CHECK_FALSE(has_org(f, "Global Sales"));
    CHECK_FALSE(has_org(f, "Strong Demand Drives Growth"));
    CHECK(has_speaker(f, "Ines Carvalho"));
}

TEST_CASE("a place that opens a name, dotted abbreviations and internal bodies") {
    const Facts f = extract_facts(
        "", "In 1990, the New Jersey Department of Coastal Works opened an inquiry into Drellwick "
            "Holdings, based in Trenton, N.J., and its Board of Directors.\n\n"
            "The inquiry ended in 1994, the New Jersey Department of Coastal Works said.");
    CHECK(has_org(f, "New Jersey Department of Coastal Works"));
    CHECK_FALSE(has_org(f, "Jersey Department of Coastal Works"));
    CHECK_FALSE(has_org(f, "N.J."));
    CHECK_FALSE(has_org(f, "Board of Directors"));
}

TEST_CASE("a given name that is also a word, before an ordinary word, is no person") {
    const Facts f = extract_facts(
        "", "Officials from the Quellmark Department of Hope Planning will host a fair in Trenton.\n\n"
            "\u201cWe grew,\u201d said Hope Marlow, director of the fair.");
    CHECK(has_org(f, "Quellmark Department of Hope Planning"));
    CHECK_FALSE(has_org(f, "Quellmark Department"));
    CHECK(has_speaker(f, "Hope Marlow"));
}

namespace {

// Whether the organisation pass weighs `candidate` at all (a vetoed name is no candidate) and,
// when `feature` is given, sets that feature on it; in a release with that title.
bool titled_org_candidate(const std::string& title, const std::string& body, const std::string& candidate,
                          const std::string& feature = "") {
    for (const auto& row : pressdex::extract::Extractor().features(title, body))
        if (row.kind == "org" && row.text == candidate) {
            if (feature.empty()) return true;
            for (const auto& [name, value] : row.features)
                if (name == feature && value != 0) return true;
        }
    return false;
}

bool org_candidate(const std::string& body, const std::string& candidate, const std::string& feature = "") {
    return titled_org_candidate("", body, candidate, feature);
}

bool org_feature(const std::string& body, const std::string& candidate, const std::string& feature) {
    return org_candidate(body, candidate, feature);
}

} // namespace

TEST_CASE("a name of words never written in lower case looks like a person's; a legal form is no such word") {
    const std::string body = "The 17th Vellmark LP fund hired Quellmark Venn, who met the board.";
    CHECK(org_feature(body, "Quellmark Venn", "rare_all"));
    CHECK_FALSE(org_feature(body, "17th Vellmark LP", "rare_all"));
}

TEST_CASE("two names joined by a spaced ampersand are evidence of a firm; two ordinary words are not") {
    const std::string body = "The deal was advised by Quillcrest & Vennford, and Science & Technology "
                             "funds paid for it.";
    CHECK(org_feature(body, "Quillcrest & Vennford", "ampersand_pair"));
    CHECK(org_candidate(body, "Science & Technology"));
    CHECK_FALSE(org_feature(body, "Science & Technology", "ampersand_pair"));
}

TEST_CASE("evidence against a candidate: a word in capitals, a head-word alone, a product's 'on'") {
    const std::string body = "NOTE TO INVESTORS: Velmora Holdings Inc. makes widgets sold on Quillbox, "
                             "and its Museum posts results. Its Foundation funds the Museum.";
    CHECK(org_feature(body, "INVESTORS", "shouted_word"));
    CHECK_FALSE(org_feature(body, "Velmora Holdings Inc.", "shouted_word"));
    CHECK(org_feature(body, "Museum", "head_alone"));
    CHECK(org_feature(body, "Quillbox", "after_on"));
    const Facts f = extract_facts("", body);
    CHECK(has_org(f, "Velmora Holdings Inc."));
    CHECK_FALSE(has_org(f, "INVESTORS"));
    // the commonest head-words alone are no candidates at all (non_organisations.txt)
    CHECK_FALSE(org_candidate(body, "Foundation"));
    CHECK_FALSE(has_org(f, "Foundation"));
}

TEST_CASE("a role's office written without its apostrophe is one name") {
    // a page that lost its apostrophes ("Todays", "FBIs")
    const Facts f = extract_facts(
        "", "Todays sentencing ends the case. The U.S. Attorney for the district, Jane Roe, thanked "
            "the FBIs Quill Division. The case was prosecuted by the U.S. Attorneys Office for the "
            "Western District of Vellmark.");
    CHECK(has_org(f, "U.S. Attorneys Office for the Western District of Vellmark"));
    CHECK_FALSE(has_org(f, "Office for the Western District of Vellmark"));
}

TEST_CASE("a name may open with a number when it ends as a company's does") {
    const Facts f = extract_facts(
        "Funds grow", "Quellmark Capital Inc. manages the 17th Harbour LP fund, and 12 Quellmark "
                      "Holdings LLC joined it. In 2024 Velmora Group grew.");
    CHECK(has_org(f, "17th Harbour LP"));
    CHECK(has_org(f, "12 Quellmark Holdings LLC"));
    CHECK_FALSE(has_org(f, "Harbour LP"));
    CHECK_FALSE(has_org(f, "2024 Velmora Group"));
    // a longer number's tail opens no name
    const Facts g = extract_facts("Grants", "It sent 5,000 Quillton National Guard troops and gave $2,500 Vellmark "
                                            "Foundation grants.");
    CHECK(has_org(g, "Quillton National Guard"));
    CHECK_FALSE(has_org(g, "000 Quillton National Guard"));
    CHECK_FALSE(has_org(g, "500 Vellmark Foundation"));
}

TEST_CASE("a company's ticker after its exchange, or in a web address, is no organisation") {
    const std::string body = "Quillbox Inc. (OTCQB: QXVB; TSX: QXV) grew. QXV Labs and Vellmark/QXN teamed up.\n\n"
                             "News on Quillbox Inc. (OTCQB: QXVB) is at https://quill.fm/QXVB";
    CHECK(org_feature(body, "QXVB", "only_ticker"));
    CHECK_FALSE(org_feature(body, "QXV Labs", "only_ticker"));
    CHECK_FALSE(org_feature(body, "QXN", "only_ticker"));
    const Facts f = extract_facts("Quillbox grows", body);
    CHECK(has_org(f, "Quillbox Inc."));
    CHECK_FALSE(has_org(f, "QXVB"));
    // an exchange's code read as two words, and the next symbol of a list
    const std::string listed = "Vellmark Mines Inc. (TSX.V: VLMT) and Harbour Labs (OTCQB: HRBL, HRBLW) grew.";
    CHECK(org_feature(listed, "VLMT", "only_ticker"));
    CHECK(org_feature(listed, "HRBLW", "only_ticker"));
}

TEST_CASE("one word that resolves to a person the release names is a mention of that person") {
    const std::string body =
        "Dr. Carlotta Venn, a surgeon at Quellmark Clinic, won the award.\n\n"
        "Venn's team grew this year. \u201cWe are proud,\u201d said Venn.";
    CHECK(org_feature(body, "Venn", "person_mention"));
    CHECK_FALSE(has_org(extract_facts("Award", body), "Venn"));
}

TEST_CASE("a title-case phrase the release also writes in lower case is a description") {
    const std::string body = "Quellmark Systems Inc. unveils Smart Ledger Sync.\n\n"
                             "Its smart ledger sync keeps books current, Quellmark Systems Inc. said.";
    CHECK(org_feature(body, "Smart Ledger Sync", "written_lower_case"));
    CHECK_FALSE(org_feature(body, "Quellmark Systems Inc.", "written_lower_case"));
}

TEST_CASE("where a name ends: a lost apostrophe after 'y', a plural modifier, a closing legal form") {
    // a page that lost its apostrophes ("Todays"), its sentences glued ("LLC.Quellmark")
    const Facts f = extract_facts(
        "", "Todays order names him. He was listed by the Department of Treasurys Office of Vellmark "
            "Assets Control, said the Vellmark Department of Ecologys Dune Cleanup Program. The "
            "billboards go to Quellmark Media Georgia, LLC.Harbour Outdoor is a Delaware company.");
    CHECK(has_org(f, "Department of Treasury"));
    CHECK(has_org(f, "Office of Vellmark Assets Control"));
    CHECK_FALSE(has_org(f, "Office of Vellmark Asset"));
    CHECK(has_org(f, "Vellmark Department of Ecology"));
    CHECK_FALSE(has_org(f, "Vellmark Department of Ecologys Dune Cleanup"));
    CHECK_FALSE(has_org(f, "Quellmark Media Georgia, LLC.Harbour Outdoor"));
}

TEST_CASE("a body's name with an s its other mentions lack is its possessive, the apostrophe lost") {
    // the word is one the language writes in lower case ("justices"), so only the release's
    // own mentions of the name without the "s" tell the possessive
    const Facts f = extract_facts(
        "", "The Vellmark Department of Justice announced the award. The Vellmark Department of "
            "Justices Quill Review Division led the case, and the Vellmark Department of Justices "
            "staff thanked the Harbour Bureau of Lakes.");
    CHECK(has_org(f, "Vellmark Department of Justice"));
    CHECK(has_org(f, "Quill Review Division"));
    CHECK_FALSE(has_org(f, "Vellmark Department of Justices Quill Review Division"));
    CHECK_FALSE(has_org(f, "Vellmark Department of Justices"));
    // a plural the release never writes without its "s" stays
    CHECK(has_org(f, "Harbour Bureau of Lakes"));
}

TEST_CASE("a word for a people or its language alone is no organisation") {
    const std::string body =
        "The Canadian Quellmark Association said Canadian buyers, like Iraqis, prefer Spanish "
        "menus. Canadian sales rose, and Iraqis and Canadian families visit the Canadian Quellmark "
        "Association.";
    CHECK(org_feature(body, "Canadian", "place"));
    const Facts f = extract_facts("", body);
    CHECK(has_org(f, "Canadian Quellmark Association"));
    CHECK_FALSE(has_org(f, "Canadian"));
    CHECK_FALSE(has_org(f, "Iraqis"));
    CHECK_FALSE(has_org(f, "Spanish"));
    CHECK(org_feature("The Quellmark Interfaith Council, with Buddhism and Hinduism scholars, met. "
                      "Buddhism was the topic.",
                      "Buddhism", "place"));
    // a faith's branches and their people ("Sunnis", "Shiite")
    CHECK(org_feature("The Quellmark Institute says Sunnis and Shiites in Quillton voted; Sunnis led.", "Sunnis",
                      "place"));
    // a side of a people ("Central Asian", "South Koreans")
    CHECK(org_feature("The Quellmark Institute met Central Asian leaders; the Central Asian talks went well.",
                      "Central Asian", "place"));
}

TEST_CASE("places joined by and, & or commas are places") {
    const std::string body =
        "Quellmark Mining Corp. holds claims in Alaska and Nevada, and sells in North and South "
        "America. Quellmark Mining Corp. ships to Texas and Iowa, and the Texas and Iowa "
        "Quellmark Growers Association buys.";
    CHECK(org_feature(body, "Alaska and Nevada", "place"));
    CHECK(org_feature(body, "North and South America", "place"));
    const Facts f = extract_facts("", body);
    CHECK(has_org(f, "Quellmark Mining Corp."));
    CHECK_FALSE(has_org(f, "Alaska and Nevada"));
    CHECK_FALSE(has_org(f, "North and South America"));
    CHECK_FALSE(has_org(f, "Texas and Iowa"));
}

TEST_CASE("a surname after a form of address is a person's") {
    const std::string body = "The bully in town, Mr. Quillfeather, tries to buy the Harbour Savings Bank, and "
                             "Dr. Vennsworth objects.";
    CHECK_FALSE(org_candidate(body, "Quillfeather"));
    CHECK_FALSE(org_candidate(body, "Vennsworth"));
    CHECK(has_org(extract_facts("", body), "Harbour Savings Bank"));
}

TEST_CASE("a venue for events or a shopping centre is a place") {
    const std::string body = "The Quillton Robotics Expo opens at the Harbour Convention Center in May, and the "
                             "Vellmark Town Center hosts a pop-up store. The Quillbox Research Center joined.";
    CHECK(org_feature(body, "Harbour Convention Center", "place"));
    CHECK(org_feature(body, "Vellmark Town Center", "place"));
    CHECK_FALSE(org_feature(body, "Quillbox Research Center", "place"));
    // a city's centre, a civic centre, a shopping centre, and the kind alone
    const std::string more = "The summit is held at the Hilton, Quillton City Center, after a fair at the Vellmark "
                             "Civic Center and the Harbour Shopping Center. The Civic Center was full.";
    for (const char* name : {"Quillton City Center", "Vellmark Civic Center", "Harbour Shopping Center", "Civic Center"})
        CHECK(org_feature(more, name, "place"));
}

TEST_CASE("the surname a quoted person goes by is the speaker's name, not an organisation") {
    // (a given name that the tables lack: with one, the person goes by the surname and neither
    // name is a candidate at all)
    const std::string body =
        "Sen. Orvell Quillton today joined 40 colleagues to pass the bill. \"It is a good day,\" said "
        "Quillton. The Senate adopted an amendment offered by Quillton and the Vellmark Farm Bureau, "
        "and Quillton said the bill helps farmers. \"We did it,\" said Quillton.";
    CHECK(org_feature(body, "Quillton", "speaker_name"));
    const Facts f = extract_facts("", body);
    CHECK_FALSE(has_org(f, "Quillton"));
}

TEST_CASE("a unit's head-word alone, or the Administration, is no candidate") {
    const std::string body =
        "The Vellmark Harbour Task Force met on Monday. The Task Force and the Section heads "
        "asked the Administration for funds, and the Task Force said the Administration agreed.";
    CHECK(org_candidate(body, "Vellmark Harbour Task Force"));
    CHECK_FALSE(org_candidate(body, "Task Force"));
    CHECK_FALSE(org_candidate(body, "Administration"));
}

TEST_CASE("a local office written after its place and state between commas is one name") {
    const Facts f = extract_facts(
        "", "The case was investigated by the FBI, the Quillton County, Texas, Sheriffs Office and "
            "the Harbour Parish, Louisiana, Sheriffs Department. Jane Roe, Chief of the Quillton "
            "County, Texas, Police Department, made the announcement.");
    CHECK(has_org(f, "Quillton County Sheriffs Office"));
    CHECK(has_org(f, "Harbour Parish Sheriffs Department"));
    CHECK(has_org(f, "Quillton County Police Department"));
    CHECK_FALSE(has_org(f, "Sheriffs Office"));
    CHECK_FALSE(has_org(f, "Chief of the Quillton County Police Department"));
}

TEST_CASE("a body named from its head-word goes on through a capitalised Against") {
    const std::string body =
        "The Office on Quillton Violence Against Women funds the Coalition Against Vellmark Hunger. "
        "The Coalition Against Vellmark Hunger thanked the Office on Quillton Violence Against Women.";
    const Facts f = extract_facts("", body);
    CHECK(has_org(f, "Office on Quillton Violence Against Women"));
    CHECK_FALSE(has_org(f, "Office on Quillton Violence"));
    CHECK(org_candidate(body, "Coalition Against Vellmark Hunger"));
    // not past the first name of a pair
    CHECK_FALSE(org_candidate("The Quillton Trust and Harbour Hunger Without Borders met.",
                              "Quillton Trust and Harbour Hunger Without Borders"));
    // ... and so does one whose head-word closes the words after "Against"; not a headline's
    // "Against Section 8"
    const std::string task_force = "Agents of the Quillton Crimes Against Children Task Force made the arrest. "
                                   "Landlords Discriminated Against Section 8 Tenants, it said.";
    CHECK(has_org(extract_facts("", task_force), "Quillton Crimes Against Children Task Force"));
    CHECK_FALSE(org_candidate(task_force, "Landlords Discriminated Against Section"));
}

TEST_CASE("a title or a given name inside an institution's name does not cut it") {
    Facts f = extract_facts("", "He joined the Vellmark Investor Relations Institute today.");
    CHECK(has_org(f, "Vellmark Investor Relations Institute"));
    CHECK_FALSE(has_org(f, "Relations Institute"));
    // "Madison Harbour" reads as a person's name in a line of capitalised words
    f = extract_facts("", "John Quill, Treasurer of the Madison Harbour Pilots Association, drove the boats.");
    CHECK(has_org(f, "Madison Harbour Pilots Association"));
    CHECK_FALSE(has_org(f, "Pilots Association"));
    // a person's name before "of" stays a person
    f = extract_facts("", "\u201cWe grow,\u201d said Jon Quill of Vellmark Alliance. Vellmark Alliance agreed.");
    CHECK(has_org(f, "Vellmark Alliance"));
    CHECK_FALSE(has_org(f, "Jon Quill of Vellmark Alliance"));
}

TEST_CASE("a university's name may end with its campus after 'at'") {
    const Facts f = extract_facts(
        "", "She teaches at the Vellmark School of Medicine at Mount Quill and studied at the "
            "University of Texas at Austin. He heads the School of Law at Quillmark University.");
    CHECK(has_org(f, "Vellmark School of Medicine at Mount Quill"));
    CHECK(has_org(f, "University of Texas at Austin"));
    CHECK(has_org(f, "Quillmark University"));
    CHECK_FALSE(has_org(f, "School of Law at Quillmark University"));
}

TEST_CASE("a head-word whose apostrophe was lost still ends a name") {
    const std::string body = "Todays plea ends the case. Trial Attorney Jane Roe of the Harbour Divisions "
                             "Quill Section prosecuted it.";
    CHECK(org_feature(body, "Harbour Division", "head_last_institution"));
    CHECK(has_org(extract_facts("", body), "Harbour Division"));
}

TEST_CASE("an acronym whose possessive lost its apostrophe has an acronym's shape") {
    const std::string body = "Todays plea ends the case, said the QXVs Harbour Division. The QXV thanked the "
                             "Quill Police.";
    CHECK(org_feature(body, "QXV", "acronym"));
    CHECK(org_feature(body, "QXV", "possessive"));
    CHECK_FALSE(org_feature(body, "QXV", "inner_capital"));
    // a text that kept its curly apostrophes lost none: "QXVs" is a plural there
    const std::string kept = "The company\u2019s plea ends the case, said the QXVs Harbour Division.";
    CHECK_FALSE(org_candidate(kept, "QXV"));
}

TEST_CASE("a single-word name the corpora know as a company's is evidence with no cue beside it") {
    const std::string body = "The plant in Harbour ships its parts to Textron every spring.";
    CHECK(org_feature(body, "Textron", "known_name"));
    CHECK(has_org(extract_facts("", body), "Textron"));
    // an acronym or a web address the corpora know carries known_org alone
    // an ocean is a place, whatever the corpora's firms called "Pacific"
    CHECK_FALSE(has_org(extract_facts("", "The plant ships its parts across the Pacific every spring."), "Pacific"));
    // and so is a country's region ("the Midwest's", as a firm would be written)
    CHECK_FALSE(has_org(extract_facts("", "Quillbox sells across the Midwest. It is one of the Midwest\u2019s largest "
                                          "dealers.\n\nSales of the Midwest grew, said Dana Quill of Quillbox."),
                        "Midwest"));
    CHECK(org_feature("The plant ships to AARP each spring.", "AARP", "known_org"));
    CHECK_FALSE(org_feature("The plant ships to AARP each spring.", "AARP", "known_name"));
}

TEST_CASE("a list after 'Sponsors:' or 'clients include' is a list of organisations") {
    const std::string body = "The fair opened today.\n\nGold Sponsors: Quill Power, Vellmark Energy, "
                             "Harbour Media and Zento Arcade.";
    CHECK(org_feature(body, "Quill Power", "list_of_organisations"));
    CHECK(org_feature("Its clients include Quill Power, Vellmark Energy and Zento Arcade.", "Quill Power",
                      "list_of_organisations"));
    CHECK_FALSE(org_feature("Speakers: Jane Roe, Tom Quill and Ann Venn.", "Tom Quill", "list_of_organisations"));
    // "-ies" plurals, investors, and a round's "participation from"
    CHECK(org_feature("She led companies such as Quillbox, Vellmark Foods and Zentora.", "Quillbox",
                      "list_of_organisations"));
    CHECK(org_feature("The round had participation from Quillbox, Vellmark and Zentora.", "Quillbox",
                      "list_of_organisations"));
    CHECK(org_feature("Its investors include Quillbox, Vellmark and Zentora.", "Quillbox", "list_of_organisations"));
    // a list goes on through an article before a name and a body's noun after one
    CHECK(org_feature("The round had participation from Quillbox, the Q. R. Venn group, Vellmark, and Zentora.",
                      "Vellmark", "list_of_organisations"));
    CHECK(org_feature("It thanked Quillbox, the Vellmark Foundation, and Zentora.", "Quillbox", "list_with_organisation"));
    // a list of the services a firm offers is no list of organisations
    CHECK_FALSE(org_feature("We offer Virtual CIO, DevOps, Security Services, Cloud Services and more.", "DevOps",
                            "list_with_organisation"));
}

TEST_CASE("a unit's 'X of Y' after a body's name is one name, not two glued") {
    const std::string body = "She teaches at the Quill State University School of Medicine. The Vellmark "
                             "University Hospital Foundation paid for it.";
    CHECK_FALSE(org_feature(body, "Quill State University School of Medicine", "heads_2plus"));
    CHECK(org_feature(body, "Vellmark University Hospital Foundation", "heads_2plus"));
}

TEST_CASE("a court's district named after a place is a territory, not a body") {
    const std::string body = "Jane Roe, U.S. Attorney for the Northern District of Ohio, said the case "
                             "moves to the Northern District of Ohio court. The District of Quill "
                             "Foundation paid, with the U.S. Attorneys Office for the Eastern District "
                             "of Vermont, the FBI and the Eastern District of Vermont.";
    // no candidate at all, as a place is none
    CHECK_FALSE(org_feature(body, "Northern District of Ohio", "jurisdiction"));
    CHECK_FALSE(org_feature(body, "Eastern District of Vermont", "words_3"));
    CHECK(org_feature(body, "District of Quill Foundation", "head_last_institution"));
    CHECK_FALSE(org_feature(body, "District of Quill Foundation", "jurisdiction"));
    const Facts f = extract_facts("", body);
    CHECK_FALSE(has_org(f, "Northern District of Ohio"));
    CHECK_FALSE(has_org(f, "Eastern District of Vermont"));
    CHECK(has_org(f, "U.S. Attorneys Office for the Eastern District of Vermont"));
}

TEST_CASE("a court's district by its side alone is a territory too") {
    const Facts f = extract_facts(
        "", "The FBI thanked the prosecutors in the Southern District for bringing the charges. The "
            "Southern District will try the case, and the Southern District judge set a date.");
    CHECK(has_org(f, "FBI"));
    CHECK_FALSE(has_org(f, "Southern District"));
}

TEST_CASE("the last words of a person's full name are a later mention of that person") {
    const std::string body = "Marta Ruiz Venn, CEO of Quellmark Clinic, opened the wing.\n\n"
                             "Ruiz Venn thanked the staff, and Ruiz Venn's team grew.";
    CHECK(org_feature(body, "Ruiz Venn", "person_mention"));
    CHECK_FALSE(org_feature(body, "Quellmark Clinic", "person_mention"));
}

TEST_CASE("a town with its state's postal code, or a side of a place, is a place") {
    const std::string body = "Buyers came from Quillton CT and from Northern Ohio to the Vellmark Realty Group "
                             "open house.";
    CHECK(org_feature(body, "Quillton CT", "place"));
    CHECK(org_feature(body, "Northern Ohio", "place"));
    CHECK_FALSE(org_feature(body, "Vellmark Realty Group", "place"));
    const Facts f = extract_facts("", body);
    CHECK_FALSE(has_org(f, "Quillton CT"));
    CHECK_FALSE(has_org(f, "Northern Ohio"));
}

TEST_CASE("ordinary words between a title's modifier and its noun belong to the title") {
    const Facts f = extract_facts("", "Quill Corp. appoints Jane Roe as Chief Financial Officer and Tom Venn "
                                      "as Chief Information Officer of Quill Corp.");
    CHECK(has_org(f, "Quill Corp."));
    CHECK_FALSE(has_org(f, "Chief Financial"));
    CHECK_FALSE(has_org(f, "Chief Information"));
}

TEST_CASE("a surname whose lost apostrophe glued an 's' to it is still the surname") {
    const Facts f = extract_facts(
        "", "Todays meeting opened. Attorney General Omar Haddads Youth Task Force met in Quillton.\n\n"
            "\u201cWe act today for the children of this state,\u201d said Attorney General Haddad.");
    CHECK(has_speaker(f, "Omar Haddad"));
    CHECK_FALSE(has_speaker(f, "Omar Haddads"));
}

TEST_CASE("a lawmaker's party and state is no organisation") {
    const std::string body = "WASHINGTON - House Democratic Leader Jane Roe (D-CA), Sens. Tom Quill (D-NY) "
                             "and Ann Venn (R-Texas) spoke today.";
    CHECK_FALSE(org_feature(body, "D-CA", "words_1")); // not even a candidate
    CHECK_FALSE(org_feature(body, "R-Texas", "words_1"));
}

TEST_CASE("Company is a company's head-word, and alone it is the release's defined term") {
    const Facts f = extract_facts(
        "", "Vellmark Holdings Inc. (the \"Company\") signed with the Quellmark Company. The Company "
            "expects growth, and the Company's shares rose. The Company thanked Quillton Fencing Company.");
    CHECK(has_org(f, "Quellmark Company"));
    CHECK(has_org(f, "Quillton Fencing Company"));
    CHECK_FALSE(has_org(f, "Company"));
}

TEST_CASE("a name after a style of address, or before a comma and a job title, is a person's") {
    const std::string body =
        "HARBOUR, MA, July 13, 2024 -- Dr. Dana Quillby proudly announces a scholarship. Dr. Dana "
        "Quillby's career spans decades.\n\nThe finalists are Orvell Prushby, executive director, "
        "Quillton Center for Care, and Jane Roe. Orvell Prushby said it was an honour.";
    CHECK_FALSE(org_feature(body, "Dana Quillby", "words_2"));
    CHECK_FALSE(org_feature(body, "Orvell Prushby", "words_2"));
    CHECK(org_feature(body, "Quillton Center for Care", "head_of"));
    // a given name, a middle initial and a surname: a person's name as people write it
    const std::string initial = "The report of Jane K. Quillby went to the Jane K. Quillby Foundation.";
    CHECK_FALSE(org_candidate(initial, "Jane K. Quillby"));
    CHECK(org_candidate(initial, "Jane K. Quillby Foundation"));
}

TEST_CASE("a legal form or a name's suffix alone is no organisation") {
    const Facts f = extract_facts(
        "", "Quellmark Venn, Jr. was sworn in on June 26. Ambassador Venn served in the Senate. The "
            "fund took $25 million from Vellmark Life Int’l (Holdings) Inc. to grow.");
    CHECK_FALSE(has_org(f, "Jr."));
    CHECK_FALSE(has_org(f, "Inc."));
    const std::string body = "Holders are now partners of The Quill Group SE & Co. KGaA. Management stays.";
    CHECK(org_feature(body, "Quill Group SE & Co. KGaA", "legal_suffix"));
    CHECK_FALSE(org_feature(body, "Co. KGaA", "legal_suffix"));
}

TEST_CASE("one side of a coordination of names is a name of its own") {
    const std::string body = "Agents of the EPA and Quillton State Department of Environmental Safety investigated.";
    CHECK(org_feature(body, "EPA", "conjunct"));
    CHECK(org_feature(body, "Quillton State Department of Environmental Safety", "conjunct"));
    CHECK_FALSE(org_feature(body, "EPA and Quillton State Department of Environmental Safety", "conjunct"));
    CHECK_FALSE(org_feature(body, "Environmental Safety", "conjunct"));
}

TEST_CASE("currencies, time zones, periods and a firm's functions are no organisations") {
    const std::string body =
        "Vellmark Labs Inc. will accept Bitcoin and Ethereum from 9:00 UTC. Shareholders who bought "
        "during the Class Period may join. Vellmark Labs signed a Memorandum of Understanding with "
        "Quellmark Group. Contact: Corporate Communications, Vellmark Labs Inc.\n\nRevenues for the "
        "quarter were EUR 1,706 million, against EUR 1,151 million at the end of 2024, leading to free "
        "cash flow of EUR 298 million. Vellmark Labs generated sales of around EUR 7.3 billion.";
    const Facts f = extract_facts("", body);
    CHECK(has_org(f, "Vellmark Labs Inc."));
    CHECK_FALSE(org_feature(body, "EUR", "words_1")); // not even a candidate
    CHECK(has_org(f, "Quellmark Group"));
    for (const char* name : {"Bitcoin", "Ethereum", "UTC", "Class Period", "Memorandum of Understanding",
                             "Corporate Communications", "EUR"})
        CHECK_FALSE(has_org(f, name));
}

TEST_CASE("a name with an age after it is a person's, and so is its surname alone") {
    const std::string body = "Orvell Prushby, 45, of Harbour and Jane Quillby, 51, pleaded guilty. Prushby "
                             "ran the Vellmark Relief Fund, and Quillby wired its money to Quillton Holdings, 12, "
                             "times.";
    const Facts f = extract_facts("", body);
    for (const char* name : {"Orvell Prushby", "Prushby", "Jane Quillby", "Quillby"})
        CHECK_FALSE(org_candidate(body, name));
    CHECK(has_org(f, "Vellmark Relief Fund"));
    CHECK(org_candidate(body, "Quillton Holdings")); // a firm's name has no age
}

TEST_CASE("an acronym defined by ordinary words with no head-word names a term, not a body") {
    const std::string body = "Quillton Labs Inc. today launched Managed Threat Detection and Response (MTDR) for "
                             "small firms. MTDR watches networks around the clock, Quillton Labs said.";
    CHECK(org_feature(body, "Managed Threat Detection and Response", "term_long_form"));
    const Facts f = extract_facts("", body);
    CHECK(has_org(f, "Quillton Labs Inc."));
    CHECK_FALSE(has_org(f, "Managed Threat Detection and Response"));
    CHECK_FALSE(has_org(f, "MTDR"));
    // a body named after its members is no term
    CHECK_FALSE(org_feature("The rally was led by Parents for Safer Streets (PSS) in Harbour.", "Parents for Safer Streets",
                            "term_long_form"));
}

TEST_CASE("the acronym of a term's long form is a term's too, unless a legal form names the firm") {
    const std::string body = "Quillbox sells Large Object Logical Replication (LOLR) to banks. LOLR copies "
                             "tables, and LOLR runs nightly.";
    CHECK(org_feature(body, "LOLR", "acronym_of_plain_words"));
    CHECK_FALSE(has_org(extract_facts("", body), "LOLR"));
    const std::string firm = "Road to Harbour, Inc. (RTH) opened in 1988. Road to Harbour (RTH) serves "
                             "adults, and RTH hires.";
    CHECK_FALSE(org_feature(firm, "RTH", "acronym_of_plain_words"));
}

TEST_CASE("new head-words of institutions: a unit, a caucus, a command, a directorate") {
    const std::string body = "Detectives of the Quillton Economic Crimes Unit seized servers whose Central "
                             "Processing Units held the ledgers. The Unit thanked the Senate Quillton Growers "
                             "Caucus, the Harbour Logistics Command and the Vellmark Sensors Directorate. The "
                             "Directorate will report.";
    const Facts f = extract_facts("", body);
    for (const char* name : {"Quillton Economic Crimes Unit", "Senate Quillton Growers Caucus", "Harbour Logistics Command",
                             "Vellmark Sensors Directorate"})
        CHECK(has_org(f, name));
    CHECK(org_feature(body, "Quillton Economic Crimes Unit", "head_last_institution"));
    // alone they name no body, and a processing or care unit is none
    for (const char* name : {"Central Processing Units", "Unit", "Directorate"}) CHECK_FALSE(has_org(f, name));
}

TEST_CASE("a body named in an acronym's compound (\"FDA-approved\") is named") {
    const Facts f = extract_facts("", "Quillton Labs Inc. makes the first EPA-approved filter for homes.");
    CHECK(has_org(f, "EPA"));
    CHECK(has_org(f, "Quillton Labs Inc."));
}

TEST_CASE("public programmes are no organisations, alone or listed") {
    const std::string body = "Quillton Health Partners accepts Medicare and Medicaid, and its plans cover "
                             "Medicare Part D drugs. Medicare pays for visits.";
    const Facts f = extract_facts("", body);
    CHECK(has_org(f, "Quillton Health Partners"));
    for (const char* name : {"Medicare", "Medicaid", "Medicare and Medicaid", "Medicare Part D"})
        CHECK_FALSE(has_org(f, name));
    CHECK_FALSE(org_candidate(body, "Medicare and Medicaid"));
}

TEST_CASE("diseases, germs and the Internet are no organisations; a former country is a place") {
    const std::string body = "Quillton Health Partners treats patients with HIV and PTSD, and tested for "
                             "Listeria after an E. coli scare. Its founder sold software over the Internet "
                             "in the former Soviet Union.";
    const Facts f = extract_facts("", body);
    CHECK(has_org(f, "Quillton Health Partners"));
    for (const char* name : {"HIV", "PTSD", "Listeria", "E. coli", "Internet"}) CHECK_FALSE(org_candidate(body, name));
    CHECK(org_feature(body, "Soviet Union", "place"));
    const std::string regions = "Quillton Robotics Ltd. sells across the Chinese Mainland and the Greater Bay Area.";
    CHECK(org_feature(regions, "Chinese Mainland", "place"));
    CHECK(org_feature(regions, "Greater Bay Area", "place"));
}

TEST_CASE("the name after a title's 'at' or 'of' is where the title is held, not who speaks") {
    const Facts f = extract_facts(
        "", "The fund grew. A Vice Chair at Quellmark Sachs commented: \"This is where capital goes when "
            "it needs execution, not headlines.\" Managing Director of Vellmark Labs Jane Quill said: "
            "\"We are pleased to support the fund in its next stage of growth.\"");
    CHECK_FALSE(has_speaker(f, "Quellmark Sachs"));
    CHECK(quote_speaker(f, "We are pleased") == "Jane Quill");
}

TEST_CASE("a known person's surname before 'of' is that person, not part of an organisation") {
    const Facts f = extract_facts(
        "", "Assistant Attorney General Lanny A. Quellman of the Justice Departments Criminal Division "
            "announced the charges. \"We will pursue them,\" said Quellman. The case was investigated "
            "by the FBI. Quellman of the Justice Department thanked the agents.");
    CHECK(has_org(f, "Justice Department"));
    CHECK_FALSE(has_org(f, "Quellman of the Justice Department"));
}

TEST_CASE("a title's modifiers used as its noun before a person are no organisation") {
    const Facts f = extract_facts(
        "", "The case was prosecuted by Deputy Chief Benjamin D. Quellman and Assistant Chief Mira T. "
            "Vellman of the Fraud Section.");
    CHECK(has_org(f, "Fraud Section"));
    CHECK_FALSE(has_org(f, "Deputy Chief"));
    CHECK_FALSE(has_org(f, "Assistant Chief"));
}

TEST_CASE("an 'and' between the subjects of an institution's of-phrase joins no two names") {
    const Facts f = extract_facts(
        "", "Special Agent in Charge Jane Quellman of the Vellmark Department of Health and Human Services "
            "Office of Inspector General made the announcement.");
    CHECK_FALSE(has_org(f, "Vellmark Department of Health"));
    CHECK_FALSE(has_org(f, "Human Services Office of Inspector General"));
    // two bodies: the second ends as an institution's name
    const std::string body = "Agents of the Quillton Department of Justice and Internal Revenue Service Criminal "
                             "Investigation Office worked the case.";
    CHECK(org_feature(body, "Quillton Department of Justice", "conjunct"));
}

TEST_CASE("an exchange that lists a ticker, or a label before a colon in brackets, is no mention") {
    const Facts f = extract_facts(
        "", "Vellmark Labs Inc. (NASDAQ: VLML) today reported results.\n\nVellmark Labs (NASDAQ: VLML) "
            "signed the deal with Quellmark Group (NASDAQ: QMG), whose shares rose.\n\nAbout Vellmark "
            "Labs\n\nVellmark Labs (NASDAQ: VLML) makes tools (Photo Credit: Quill Studio).");
    CHECK(has_org(f, "Vellmark Labs Inc."));
    CHECK(has_org(f, "Quellmark Group"));
    CHECK_FALSE(has_org(f, "NASDAQ"));
    CHECK_FALSE(has_org(f, "Photo Credit"));
}

TEST_CASE("a degree after a name, a technology's acronym and a sentence's 'Neither' are no organisations") {
    const Facts f = extract_facts(
        "", "Jane Quill, PhD, leads AI and CRM research at Vellmark Labs Inc. Vellmark Labs builds the API "
            "that Quellmark Group uses. Neither Quillton Venture Exchange nor its staff accepts "
            "responsibility for this release.");
    CHECK(has_org(f, "Vellmark Labs Inc."));
    for (const char* name : {"PhD", "AI", "CRM", "API", "Neither Quillton Venture Exchange"})
        CHECK_FALSE(has_org(f, name));
}

TEST_CASE("a firm's own organs, named without the firm, are no organisations") {
    const Facts g = extract_facts(
        "Quellmark Group Expands Its Advisory Board",
        "Quellmark Group Ltd. has added two professionals to its recently formed Advisory Board.\n\nThe "
        "Advisory Board is a non-executive board. Each member of the Advisory Board has been issued shares, "
        "as approved by the Board of Directors.");
    CHECK(has_org(g, "Quellmark Group Ltd."));
    for (const char* name : {"Board of Directors", "Advisory Board"}) {
        CHECK_FALSE(has_org(g, name));
        CHECK_FALSE(org_candidate("She joins the Advisory Board and the Board of Directors of Quellmark Group.", name));
    }
    // an organ "of" its firm is the firm; "Board of Education" is a body's whole name
    const Facts h = extract_facts(
        "", "The Board of Education of Quillton and the Board of Trustees of the Vellmark Foundation met. "
            "The Supervisory Board of Quellmark SE agreed.");
    CHECK(has_org(h, "Vellmark Foundation"));
    CHECK(has_org(h, "Quellmark SE"));
    CHECK_FALSE(has_org(h, "Supervisory Board of Quellmark SE"));
    CHECK(has_org(h, "Board of Education of Quillton"));
    // "for the" as "of the"; after the firm's name, a board or a committee is no part of it
    const Facts k = extract_facts(
        "", "She joined the Board of Directors for the Orvell Institute. The Quillton Holdings Board of "
            "Directors approved the plan. The Harbour Safety Task Force met.");
    CHECK(has_org(k, "Orvell Institute"));
    CHECK(has_org(k, "Quillton Holdings"));
    CHECK_FALSE(has_org(k, "Board of Directors for the Orvell Institute"));
    CHECK(has_org(k, "Harbour Safety Task Force"));
}

TEST_CASE("a place or a named body owns the body after its possessive") {
    const auto orgs = [](const std::string& text) {
        std::string names;
        for (const auto& org : extract_facts("", text).organisations) names += org.name + "|";
        return names;
    };
    CHECK(orgs("The Department of Labor\u2019s Office of Quellmark Safety wrote to us.") ==
          "Department of Labor|Office of Quellmark Safety|");
    CHECK(orgs("Ohio\u2019s Board of Quellmark Nursing wrote to us.") == "Board of Quellmark Nursing|");
    // an acronym owns the body after it, a name's own possessive does not
    CHECK(orgs("The approval came from the QXV\u2019s Center for Harbour Safety today.") ==
          "QXV|Center for Harbour Safety|");
    CHECK(orgs("Grants came from the Quillton\u2019s Foundation today.") == "Quillton\u2019s Foundation|");
    // no body's head-word after the possessive, or names joined: the possessive is the name's
    CHECK(orgs("The Senate Committee on Veterans' Affairs wrote to the Vellmark Institute for Women\u2019s "
               "Health.") == "Senate Committee on Veterans' Affairs|Vellmark Institute for Women\u2019s Health|");
    CHECK(orgs("Quillbox Wellness Center and Children\u2019s Foundation is a non-profit organization.") ==
          "Quillbox Wellness Center and Children\u2019s Foundation|");
}

TEST_CASE("a date after \"on\" is no part of a name") {
    const Facts f = extract_facts(
        "", "The Quillton Planning Commission on Tuesday approved the plan, and the Vellmark Foundation "
            "on March 4 gave $2 million.");
    CHECK(has_org(f, "Quillton Planning Commission"));
    CHECK(has_org(f, "Vellmark Foundation"));
    CHECK_FALSE(has_org(f, "Quillton Planning Commission on Tuesday"));
    CHECK_FALSE(has_org(f, "Vellmark Foundation on March"));
}

TEST_CASE("a web platform after \"on\" ends a name and is used, not named") {
    const Facts f = extract_facts(
        "Quellmark Robotics Names New Chief",
        "BOSTON, May 1, 2025 -- Quellmark Robotics Inc. named Jane Roe chief executive.\n\nConnect with Jane "
        "on LinkedIn. Photo by Luma Quill on Unsplash. Follow us on Facebook and Instagram for updates. "
        "Quellmark ranks first on Google.\n\nConnect with us on quellmark.org, Facebook, X or by calling "
        "1-800-555-0100. Share it on LinkedIn, Instagram, and X.");
    CHECK(has_org(f, "Quellmark Robotics Inc."));
    CHECK_FALSE(has_org(f, "Google"));
    CHECK_FALSE(has_org(f, "Luma Quill on Unsplash"));
    CHECK_FALSE(has_org(f, "Jane on LinkedIn"));
    CHECK_FALSE(has_org(f, "Facebook"));
    CHECK_FALSE(has_org(f, "X."));
    CHECK(f.organisations.size() == 1);
}

TEST_CASE("an organisation is named as the release writes it, not its possessive or heading") {
    const Facts f = extract_facts(
        "", "VELLMARK SAFETY INSTITUTE\n\nFunding goes to the Vellmark Safety Institute\u2019s (VSI) "
            "training project. The Vellmark Safety Institute trains pilots.");
    std::string names;
    for (const auto& org : f.organisations) names += org.name + "|";
    CHECK(names == "Vellmark Safety Institute|");
}

TEST_CASE("a business named after a person keeps the possessive; a body a person or office owns does not") {
    const Facts f = extract_facts(
        "", "Dorothy\u2019s Home Services and Quellmark Group serve the county, where Dorothy\u2019s Home "
            "Services has worked since 1990.\n\nThe Department of Commerce\u2019s Minerals Service approved "
            "it, and Senator Quill\u2019s Recruitment Group helped.");
    CHECK(has_org(f, "Dorothy\u2019s Home Services"));
    CHECK_FALSE(has_org(f, "Home Services"));
    CHECK_FALSE(has_org(f, "Department of Commerce\u2019s Minerals Service"));
    CHECK_FALSE(has_org(f, "Senator Quill\u2019s Recruitment Group"));
}

TEST_CASE("a body's scope after its \"of\" ends its name; an award after a name does not") {
    const Facts f = extract_facts(
        "Jane Roe joins Quellmark Legal",
        "BOSTON -- Quellmark Legal PLLC said Jane Roe joined the firm. She earned her law degree from the "
        "University of Quillton School of Law.\n\nThe Quellmark Association of Nurses Champion Award went to "
        "her.");
    CHECK(has_org(f, "University of Quillton School of Law"));
    CHECK_FALSE(has_org(f, "University of Quillton School"));
    CHECK_FALSE(has_org(f, "Quellmark Association of Nurses Champion Award"));
}

TEST_CASE("a chamber's one word is a name; a title's modifiers before a person are none") {
    const Facts f = extract_facts(
        "", "The bill passed the House on Tuesday and goes to the Senate. Deputy Chief Jane Roe "
            "testified, and the House Majority Leader, Dana Quill, spoke at the Anne Frank House.");
    CHECK(has_org(f, "House"));
    CHECK(has_org(f, "Senate"));
    CHECK_FALSE(has_org(f, "Deputy Chief"));
}

TEST_CASE("an acronym after its long form, the brackets lost, is a name of its own") {
    const Facts f = extract_facts(
        "", "WASHINGTON  Senator Jane Roe said the Quillton Office for Harbour Preparedness QOHP will "
            "send funds  The QOHP grants go to ports in Vellmark County Sheriffs Office VCSO areas");
    CHECK(has_org(f, "Quillton Office for Harbour Preparedness"));
    CHECK_FALSE(has_org(f, "Quillton Office for Harbour Preparedness QOHP"));
    CHECK_FALSE(has_org(f, "Vellmark County Sheriffs Office VCSO"));
}

TEST_CASE("an acronym before its long form, the brackets lost, is a name of its own") {
    const Facts f = extract_facts(
        "", "WASHINGTON  Senator Jane Roe called for a new QEO Quillton Exchange Office investigation "
            "into the staffing at the border  The QEO will report in June  The QXV Harbour Services Inc  "
            "plant and the ABN AMRO Bank office stay open");
    CHECK(has_org(f, "Quillton Exchange Office"));
    CHECK_FALSE(has_org(f, "QEO Quillton Exchange Office"));
    // a legal form closes a company's whole name, its acronym a part of it; a word in capitals
    // is no initial's word
    CHECK(has_org(f, "QXV Harbour Services Inc"));
    CHECK(has_org(f, "ABN AMRO Bank"));
}

TEST_CASE("an acronym after its long form, the brackets lost, may spell its 'of'") {
    const Facts f = extract_facts(
        "", "WASHINGTON  Senator Jane Roe said the U S Department of Harbours DOH will send funds  The "
            "DOH grants go to ports");
    CHECK(has_org(f, "U.S. Department of Harbours"));
    CHECK_FALSE(has_org(f, "U.S. Department of Harbours DOH"));
    CHECK_FALSE(has_org(f, "DOH"));
}

TEST_CASE("a title's line run into the body's line of an address block is no part of the body") {
    const Facts f = extract_facts(
        "", "The text of the letter is below.\n\nThe Honorable Tom Venn\nSecretary\nDepartment of Quays\n\n"
            "The Honorable Ann Roe\nRanking Member\nCommittee on Harbour Affairs\n\nThe General Assembly of "
            "the Quillton Council met, and the Inspector General Office of the Vellmark Agency and the Sheriff "
            "Department Records Division replied.");
    CHECK(has_org(f, "Department of Quays"));
    CHECK_FALSE(has_org(f, "Secretary Department of Quays"));
    CHECK(has_org(f, "Committee on Harbour Affairs"));
    CHECK_FALSE(has_org(f, "Ranking Member Committee on Harbour Affairs"));
    // a title's adjective opens a body's name, an office after a title is the title's, and a
    // title that names a department keeps it
    CHECK_FALSE(has_org(f, "Assembly of the Quillton Council"));
    CHECK_FALSE(has_org(f, "Office of the Vellmark Agency"));
    CHECK_FALSE(has_org(f, "Department Records Division"));
}

TEST_CASE("a unit named after a body's defined acronym is a body of its own") {
    const Facts f = extract_facts(
        "", "The Department of Harbour Affairs (DHA) opened an inquiry. The DHA Office of Audits led it, "
            "and the DHA will publish its findings.");
    CHECK(has_org(f, "Department of Harbour Affairs"));
    CHECK(has_org(f, "DHA Office of Audits"));
}

TEST_CASE("an acronym after its long form, the brackets lost, may skip an 'at' in it") {
    const Facts f = extract_facts(
        "", "The National Quill Institute will award  232 436 to the University of Quillton at Harbour  UQH  "
            "for its Cancer Biology Research Program   Senator Jane Roe said  I am pleased that UQH has "
            "received the award.");
    CHECK(has_org(f, "University of Quillton at Harbour"));
    CHECK_FALSE(has_org(f, "University of Quillton at Harbour UQH"));
}

TEST_CASE("a body named after its members keeps their job's plural; a title stays a title") {
    const Facts f = extract_facts(
        "", "MIAMI -- Quellmark Vellmark Injury Lawyers, a law firm, joined the Association of Harbour Veterinarians "
            "this year. Maryland Senators and Experienced Attorneys welcomed the move.");
    CHECK(has_org(f, "Quellmark Vellmark Injury Lawyers"));
    CHECK(has_org(f, "Association of Harbour Veterinarians"));
    CHECK_FALSE(has_org(f, "Association of Harbour"));
    CHECK_FALSE(has_org(f, "Maryland Senators"));
    CHECK_FALSE(has_org(f, "Experienced Attorneys"));
    // the of-phrase that holds the plural is the last one before it
    CHECK(org_candidate("She chairs the Quillton Section of the Harbour Society of Civil Engineers now.",
                        "Quillton Section of the Harbour Society of Civil Engineers"));
    // a chamber of elected members, named after them
    const Facts h = extract_facts("", "The bill passed the Quillton House of Delegates on Tuesday.");
    CHECK(has_org(h, "Quillton House of Delegates"));
    CHECK(has_org(extract_facts("", "Then the House of Delegates agreed with the Senate."), "House of Delegates"));
}

TEST_CASE("a U.S. Attorney's office is named with the city or district it sits in") {
    const Facts f = extract_facts(
        "", "The case was brought by the U.S. Attorney's Office in Quillton Falls. The U.S. Attorneys Office in "
            "the Eastern District of Vellmark helped, and so did the Quillbox Office in Harbour City.");
    CHECK(has_org(f, "U.S. Attorney's Office in Quillton Falls"));
    CHECK(has_org(f, "U.S. Attorneys Office in the Eastern District of Vellmark"));
    CHECK_FALSE(has_org(f, "Quillbox Office in Harbour City"));
}

TEST_CASE("a chamber's committee is named with the chamber; a member on it is no part of it") {
    const Facts f = extract_facts(
        "", "WASHINGTON - The Senate passed the bill. Senator Dana Quill, the ranking Democrat on the Senate "
            "Harbour Affairs Committee, said the Senate Quillton Appropriations Subcommittee would fund it. "
            "Senator Tom Venn, a Republican on the Senate Vellmark Committee, agreed.");
    CHECK(has_org(f, "Senate Harbour Affairs Committee"));
    CHECK(has_org(f, "Senate Quillton Appropriations Subcommittee"));
    CHECK(has_org(f, "Senate Vellmark Committee"));
    CHECK_FALSE(has_org(f, "Harbour Affairs Committee"));
    CHECK_FALSE(has_org(f, "Democrat on the Senate Harbour Affairs Committee"));
    CHECK_FALSE(has_org(f, "Republican on the Senate Vellmark Committee"));
}


TEST_CASE("a disorder, an assay or a tax credit is no organisation; a firm named Credit is one") {
    const std::string body = "The Quellmark Foundation treats Harbour Panic Disorder, claims the Quillton "
                             "Jobs Tax Credit and runs the Vellmark PTH Assay. Dana Quill, CEO of Quillton "
                             "Credit, agreed.";
    CHECK(org_feature(body, "Quillton Jobs Tax Credit", "non_org_tail"));
    CHECK(org_feature(body, "Harbour Panic Disorder", "non_org_tail"));
    CHECK(org_feature(body, "Vellmark PTH Assay", "non_org_tail"));
    CHECK_FALSE(org_feature(body, "Quillton Credit", "non_org_tail"));
    // a law's or a road's name with a possessive
    const std::string laws = "The suit cites the Quillton Care Act\u2019s rules. The Harbour Parkway\u2019s "
                             "shops opened.";
    CHECK(org_feature(laws, "Quillton Care Act", "non_org_tail"));
    CHECK(org_feature(laws, "Harbour Parkway", "non_org_tail"));
}

TEST_CASE("a search (a programme, a product, a site's search form) is no organisation") {
    const std::string body = "The Quillton Talent Search drew 300 students to Vellmark Academy.";
    CHECK(org_candidate(body, "Quillton Talent Search"));
    CHECK(org_feature(body, "Quillton Talent Search", "non_org_tail"));
    CHECK_FALSE(org_feature(body, "Vellmark Academy", "non_org_tail"));
}

TEST_CASE("a call to action's verb opens no name; a call centre keeps it") {
    const std::string body = "Call Vellmark Fence Co. today for a quote. The Quillton Call Center opened today.";
    CHECK_FALSE(org_candidate(body, "Call Vellmark Fence Co."));
    CHECK(org_candidate(body, "Vellmark Fence Co."));
    CHECK(org_candidate(body, "Quillton Call Center"));
}

TEST_CASE("a government is named by its weak head-word") {
    CHECK(org_feature("The Quillton County Government approved the plan.", "Quillton County Government",
                      "head_last_weak"));
}

TEST_CASE("a page's 'Web site' and a yearly address are no part of a body's name") {
    const std::string body = "The Quillton Harbour Bureau Web site lists the case. The President spoke of it "
                             "in the State of the Union, the Quillton Harbour Bureau said.";
    const Facts facts = extract_facts("", body);
    CHECK(has_org(facts, "Quillton Harbour Bureau"));
    CHECK_FALSE(org_candidate(body, "Quillton Harbour Bureau Web"));
    CHECK_FALSE(has_org(facts, "State of the Union"));
}

TEST_CASE("a storm, a war, a degree or an operation is no candidate") {
    const std::string body = "After Hurricane Quillby the Vellmark Relief Fund helped families, as it had "
                             "after World War II. Its head holds a Master of Business Administration. Agents "
                             "arrested 40 people in Operation Harbour Net.";
    CHECK_FALSE(org_feature(body, "Hurricane Quillby", "words_2"));
    CHECK_FALSE(org_feature(body, "Operation Harbour Net", "words_3"));
    CHECK_FALSE(org_feature(body, "World War II", "words_3"));
    CHECK_FALSE(org_feature(body, "Master of Business Administration", "words_3"));
    CHECK(has_org(extract_facts("", body), "Vellmark Relief Fund"));
}

TEST_CASE("a title of a law is no candidate; a firm whose name opens with 'Title' is one") {
    const std::string body = "The suit under Title VII was settled, the Vellmark Relief Fund said. Title "
                             "Quill Boxing Club paid.";
    CHECK_FALSE(org_candidate(body, "Title VII"));
    CHECK(org_candidate(body, "Title Quill Boxing Club"));
}

TEST_CASE("a town's state code after a comma is no legal form") {
    const std::string body = "LAS VEGAS, NV -- Quellmark Holdings, Inc. will open an office in Denver, CO.";
    CHECK_FALSE(org_feature(body, "LAS VEGAS, NV", "legal_suffix"));
    CHECK_FALSE(org_feature(body, "Denver, CO", "legal_suffix"));
    CHECK(has_org(extract_facts("", body), "Quellmark Holdings, Inc."));
}

TEST_CASE("a committee named after a list of fields is one name") {
    const Facts f = extract_facts(
        "", "Senator Dana Quill, who sits on the Senate Health, Education, Labor and Pensions Committee, "
            "said the bill would pass. The Committee on Commerce, Science, and Transportation will "
            "meet on Monday, and the Quillton Society for Boating, Fishing and Sailing will "
            "send a witness.");
    CHECK(has_org(f, "Senate Health, Education, Labor and Pensions Committee"));
    CHECK_FALSE(has_org(f, "Senate Health"));
    CHECK(has_org(f, "Committee on Commerce, Science, and Transportation"));
    CHECK(has_org(f, "Quillton Society for Boating, Fishing and Sailing"));
}

TEST_CASE("a word of digits and a capital goes on inside a name") {
    const Facts f =
        extract_facts("", "The firm Quillton 3D Printing Corp. grew, and Vellmark 5G Networks Ltd. agreed.");
    CHECK(has_org(f, "Quillton 3D Printing Corp."));
    CHECK(has_org(f, "Vellmark 5G Networks Ltd."));
    CHECK_FALSE(has_org(f, "Printing Corp."));
}

TEST_CASE("a day's name or a capitalised function word that opens a name stays in it") {
    const std::string body = "Sun Quill Solutions, a printer, hosts a webinar. A survey sponsored by More "
                             "Quellmark found support. She joined Her Quill Hospital. Loans came from First Vellmark Bank.";
    CHECK(org_feature(body, "Sun Quill Solutions", "words_3"));
    CHECK(org_feature(body, "More Quellmark", "words_2"));
    CHECK(org_feature(body, "Her Quill Hospital", "words_3"));
    CHECK(has_org(extract_facts("", body), "First Vellmark Bank"));
    // a numeral after a list's comma opens the name
    const Facts listed = extract_facts("", "Winners include Quillbox, Three Harbours, Inc., and Vellmark Media.");
    CHECK(has_org(listed, "Three Harbours, Inc."));
    CHECK_FALSE(has_org(listed, "Harbours, Inc."));
    CHECK(org_candidate("Brands such as Quillbox, Under Vellmark, and Harbour Outdoor Inc. sell there.",
                        "Under Vellmark"));
    // a style of address is no name's opener
    const std::string styled = "The summit was opened by His Highness Sheikh Dana Quill.";
    CHECK_FALSE(org_feature(styled, "His Highness Sheikh", "words_3"));
    CHECK_FALSE(has_org(extract_facts("", styled), "His Highness Sheikh"));
    // a date, a sentence's first word, a punctuation lost between two spaces: trimmed as before
    const std::string dates = "Board minutes from the September and October Board meetings were shared. In "
                              "March Quellmark Inc. reported a profit. The fund grew in October  Board members met.";
    CHECK_FALSE(org_feature(dates, "October Board", "words_2"));
    CHECK_FALSE(org_feature(dates, "March Quellmark Inc.", "words_3"));
    CHECK(org_feature(dates, "Quellmark Inc.", "words_2"));
}

TEST_CASE("a title-case description of hyphenated words is no organisation; a -based compound opens none") {
    const Facts f = extract_facts(
        "", "Quellmark offers High-Return Staking Plans to its clients. Harbour-based Vellmark Logistics "
            "Inc. signed, and so did the Quillton-led Coastal Rescue Alliance.");
    CHECK_FALSE(has_org(f, "High-Return Staking Plans"));
    CHECK(has_org(f, "Vellmark Logistics Inc."));
    CHECK_FALSE(has_org(f, "Harbour-based Vellmark Logistics Inc."));
    CHECK(has_org(f, "Coastal Rescue Alliance"));
}

TEST_CASE("an acronym in the plural names a kind of thing, not an organisation") {
    const std::string body = "Quellmark Inc. sells EVs to fleets. Managed Service Providers (MSPs) and "
                             "OEMs resell its chargers.";
    CHECK_FALSE(org_feature(body, "EVs", "words_1"));
    CHECK_FALSE(org_feature(body, "OEMs", "words_1"));
    const Facts f = extract_facts("", body);
    CHECK_FALSE(has_org(f, "MSPs"));
    CHECK_FALSE(has_org(f, "Managed Service Providers"));
    CHECK(has_org(f, "Quellmark Inc."));
}

TEST_CASE("a person who goes by the surname is no organisation; a firm named like a person stays one") {
    const std::string body =
        "The new novel by Dana Quillby follows a detective through Ohio, and readers of Dana Quillby "
        "know the town. Quillby's signing is at the Harbour Book Fair, hosted by Harrow Sands. \"I wrote "
        "it in a year,\" Quillby said. Harrow Sands thanked Vellmark Quillton Inc. for the venue; "
        "Quillton is based in Boston.";
    const Facts f = extract_facts("", body);
    CHECK_FALSE(has_org(f, "Dana Quillby"));
    CHECK_FALSE(has_org(f, "Quillby"));
    CHECK_FALSE(org_feature(body, "Dana Quillby", "words_2")); // not even a candidate
    CHECK(has_org(f, "Vellmark Quillton Inc.")); // its surname-like word stands before a legal form
}

TEST_CASE("a country by its abbreviation is a place, whole; a firm named after one keeps it") {
    const std::string body =
        "The summit, supported by the UAE government, opens in Dubai. The UAE has quickly become a hub, "
        "and the UAE leads the world in adoption. Quellmark USA Inc. and the UK Vellmark Authority attend.";
    CHECK_FALSE(org_feature(body, "UAE", "words_1")); // not even a candidate
    const Facts f = extract_facts("", body);
    CHECK_FALSE(has_org(f, "UAE"));
    CHECK(has_org(f, "Quellmark USA Inc."));
}

TEST_CASE("after a given name's possessive, the capitalised words that end the run are the business's") {
    const std::string body = "Guests can head to Dana's Famous Recipe this week, and the fund thanked "
                             "Flying Vellmark and Dana's Harbour Spirits for their support.";
    CHECK(org_feature(body, "Dana's Famous Recipe", "words_3"));
    CHECK_FALSE(org_feature(body, "Flying Vellmark and Dana's Harbour Spirits", "words_4plus"));
}

TEST_CASE("a name right before its head's title is the body run") {
    const std::string body = "The board met today. Quillbox CEO Dana Roe and Vellmark Executive Chairman "
                             "Tom Venn spoke, as did Jane Roe (Zentora Co-Founder).";
    CHECK(org_feature(body, "Quillbox", "before_head_title"));
    CHECK(org_feature(body, "Vellmark", "before_head_title"));
    CHECK(org_feature(body, "Zentora", "before_head_title"));
    CHECK(has_org(extract_facts("", body), "Quillbox"));
    // an address, a field of work, a people, a person or a lost comma before a title
    const std::string others = "Madam President, thank you. Their Marketing Director spoke, and Sudanese "
                               "President Omar Venn. Senator Quill Chairman of the panel. Dana Quill  Chairman "
                               "of Harbour Trust.";
    CHECK_FALSE(org_feature(others, "Marketing", "before_head_title"));
    CHECK_FALSE(org_feature(others, "Sudanese", "before_head_title"));
    CHECK_FALSE(org_feature(others, "Quill", "before_head_title"));
    CHECK_FALSE(org_feature(others, "Dana Quill", "before_head_title"));
}

TEST_CASE("a title after a body's name is no part of the name, with an ordinary word before its noun") {
    const std::string body = "It was prosecuted by Ministry of Justice Trial Attorney Dana Quill, Ministry "
                             "of Justice Senior Counsel Tom Venn and Quillton Fraud Unit Trial Attorney Ann Roe.";
    const Facts facts = extract_facts("", body);
    CHECK(has_org(facts, "Ministry of Justice"));
    CHECK(has_org(facts, "Quillton Fraud Unit"));
    CHECK_FALSE(has_org(facts, "Ministry of Justice Trial"));
    CHECK_FALSE(has_org(facts, "Ministry of Justice Senior Counsel"));
    // a firm named after its members' job keeps it
    CHECK(org_candidate("Dana Quill joined Quellmark Trial Lawyers in May.", "Quellmark Trial Lawyers"));
    // a title's possessive that ends the name is the title's; a one-word body's possessive is no title
    CHECK_FALSE(org_candidate("She won the QXV Chairman\u2019s Award for Excellence.", "QXV Chairman"));
    CHECK(org_candidate("She won the QXV Chairman\u2019s Award for Excellence.", "QXV"));
    CHECK(org_candidate("It funds QXV\u2019s Harbour plant.", "QXV"));
}

TEST_CASE("a party after an ordinary word is a gathering; after a cause or a name it is a party") {
    const std::string body = "Quillbox held a Block Party and a Yacht Party. The Quillton Labour Party, "
                             "the Vellmark Working Families Party and the Zentor Party came.";
    const Facts facts = extract_facts("", body);
    CHECK_FALSE(has_org(facts, "Block Party"));
    CHECK_FALSE(has_org(facts, "Yacht Party"));
    CHECK(has_org(facts, "Quillton Labour Party"));
    CHECK(has_org(facts, "Vellmark Working Families Party"));
    CHECK(has_org(facts, "Zentor Party"));
}

TEST_CASE("a headline's verb parts the names on its sides") {
    const Facts facts = extract_facts("", "QUILLBOX Inc. Unveils Vellmark Rehabilitation Center\n\nThe center "
                                          "opens in May, QUILLBOX Inc. said.");
    CHECK(has_org(facts, "QUILLBOX Inc."));
    CHECK(has_org(facts, "Vellmark Rehabilitation Center"));
    CHECK_FALSE(has_org(facts, "QUILLBOX Inc. Unveils Vellmark Rehabilitation Center"));
    // a verb's form before a legal form is a name's word
    CHECK(has_org(extract_facts("", "The parts come from Joins Co., Ltd. in Harbour."), "Joins Co., Ltd."));
}

TEST_CASE("a chief of a body is a title before the body's name") {
    const Facts facts = extract_facts("", "The case was handled by Deputy Chief of the Quillton Fraud Unit Dana "
                                          "Quill, with Chief of Police of Harbourville Tom Venn and "
                                          "Secretary-General of the Vellmark Trade Office Ann Roe.");
    CHECK(has_org(facts, "Quillton Fraud Unit"));
    CHECK(has_org(facts, "Vellmark Trade Office"));
    CHECK_FALSE(has_org(facts, "Deputy Chief of the Quillton Fraud Unit"));
    CHECK_FALSE(has_org(facts, "Police of Harbourville"));
    // chiefs as a body's or a team's name stay
    CHECK(org_candidate("The Joint Chiefs of Staff met the Quillton Chiefs today.", "Joint Chiefs of Staff"));
}

TEST_CASE("a country that acts is a place, not an organisation") {
    const std::string body = "Most of these imports originate from China. Instead, China, Peru and Bolivia supply "
                             "it. Quillbox Inc. said China recently banned exports.\n\nChina\u2019s grip on exports "
                             "has sent prices up, and China has the market, said Dana Quill of Quillbox Inc. Funds "
                             "from China and Quillbox Inc. flow.";
    const Facts facts = extract_facts("", body);
    CHECK_FALSE(has_org(facts, "China"));
    CHECK(has_org(facts, "Quillbox Inc."));
}

TEST_CASE("a day's name with its possessive is a day") {
    CHECK(org_feature("Crowds at Monday's seminar at Quillbox Inc. grew.", "Monday", "month_inside"));
}

TEST_CASE("a hyphenated title is a title before the body's name") {
    const Facts facts = extract_facts("", "Dana Quill, Vice-President of the Quillton Harbour Group, met Tom Venn, "
                                          "Secretary-Treasurer of the Vellmark Pilots Association.");
    CHECK(has_org(facts, "Quillton Harbour Group"));
    CHECK(has_org(facts, "Vellmark Pilots Association"));
    CHECK_FALSE(has_org(facts, "Vice-President of the Quillton Harbour Group"));
    CHECK_FALSE(has_org(facts, "Secretary-Treasurer of the Vellmark Pilots Association"));
}

TEST_CASE("a pronoun's contraction opens no name") {
    const std::string body = "\"The answer, I'm afraid, is clear,\" said Dana Quill of Quillbox Inc.\n\n\"I'm talking "
                             "about the plan, and I've said so,\" Quill said. \"Quillbox, I\u2019ve said, and I've "
                             "seen it.\"";
    const Facts facts = extract_facts("", body);
    CHECK_FALSE(org_candidate(body, "I've"));
    CHECK_FALSE(org_candidate(body, "I'm"));
    CHECK(has_org(facts, "Quillbox Inc."));
}

TEST_CASE("a field of work after a title's 'of' is the title's") {
    const std::string body = "Dana Quill, Director of Regulatory Affairs, and Tom Venn, Professor of Electrical and "
                             "Computer Engineering at Quillton University, spoke with the CEO of Vellmark Labs.";
    const Facts facts = extract_facts("", body);
    CHECK_FALSE(org_candidate(body, "Regulatory Affairs"));
    CHECK_FALSE(org_candidate(body, "Electrical and Computer Engineering"));
    CHECK(has_org(facts, "Vellmark Labs"));
}

TEST_CASE("an award's category is no organisation; a firm named Best with a legal form is one") {
    const std::string body = "Quillbox Grill won Best Taco, Best Burrito and Best Kid Friendly Restaurant. Then "
                             "Best Quill Movers, LLC won Top Workplaces.";
    const Facts facts = extract_facts("", body);
    CHECK_FALSE(org_candidate(body, "Best Taco"));
    CHECK_FALSE(org_candidate(body, "Best Kid Friendly Restaurant"));
    CHECK(org_candidate(body, "Best Quill Movers, LLC"));
}

TEST_CASE("a country by its formal name is a place; a body of it is a body") {
    const std::string body = "Imports from the People's Republic of China and the United States of America grew, "
                             "said the Ministry of Commerce of the People's Republic of China. The People's "
                             "Republic of China and the United States of America signed.";
    const Facts facts = extract_facts("", body);
    CHECK_FALSE(has_org(facts, "People's Republic of China"));
    CHECK_FALSE(has_org(facts, "United States of America"));
    CHECK(org_candidate(body, "Ministry of Commerce of the People's Republic of China"));
}

TEST_CASE("a title's capitalised fields opening a piece are the title's") {
    const std::string body = "Contact: Dana Quill, Quillbox Private Bank, SVP Managing Principal, Brand and "
                             "Marketing Director, 500 Hills Drive.";
    CHECK_FALSE(has_org(extract_facts("", body), "Brand and Marketing"));
    CHECK(has_org(extract_facts("", body), "Quillbox Private Bank"));
}

TEST_CASE("an event's name is no organisation; the body that holds it is one") {
    const std::string body = "The study was presented at the QXV Scientific Sessions, a meeting of the Quillton "
                             "Cardiac Society (QXV), and at the Vellmark Venture Fest and the Harbour Biotech "
                             "Showcase.";
    const Facts facts = extract_facts("", body);
    CHECK(org_feature(body, "QXV Scientific Sessions", "non_org_tail"));
    CHECK(org_feature(body, "Vellmark Venture Fest", "non_org_tail"));
    CHECK(org_feature(body, "Harbour Biotech Showcase", "non_org_tail"));
    CHECK_FALSE(has_org(facts, "QXV Scientific Sessions"));
    CHECK(has_org(facts, "Quillton Cardiac Society"));
}

TEST_CASE("a field of work alone is no organisation") {
    const std::string body = "She leads Sales & Marketing and Finance at Quillbox Inc., and the Sales & "
                             "Marketing team grew.";
    CHECK_FALSE(org_candidate(body, "Sales & Marketing"));
    CHECK(has_org(extract_facts("", body), "Quillbox Inc."));
}

TEST_CASE("a known body's name shaped like a person's is evidence of the body") {
    const std::string body = "The parts go to Charles Schwab and to Baker Hughes each spring.";
    CHECK(org_feature(body, "Charles Schwab", "known_person_like"));
    CHECK_FALSE(org_feature("The parts go to Dana Quill each spring.", "Dana Quill", "known_person_like"));
}

TEST_CASE("words the corpora also write in lower case name a kind of thing, and so does their acronym") {
    const std::string body = "Quillbox hired Emergency Medical Services staff and opened a Press Office. It "
                             "filed a Notice of Proposed Rulemaking (NPRM) with the Federal Aviation Administration, "
                             "and the NPRM closes in May.";
    CHECK(org_feature(body, "Emergency Medical Services", "corpus_term"));
    CHECK(org_feature(body, "Press Office", "corpus_term"));
    CHECK(org_feature(body, "NPRM", "acronym_of_term"));
    // the acronym of a term, though some firm goes by it too
    CHECK(org_feature("Quillbox sells Human Capital Management (HCM) software; HCM grows.", "HCM",
                      "acronym_of_term"));
    CHECK_FALSE(org_feature(body, "Federal Aviation Administration", "corpus_term"));
    // a legal form says it is a firm's name
    CHECK_FALSE(org_feature("It bought Press Office Inc. in May.", "Press Office Inc.", "corpus_term"));
    CHECK(org_feature("It bought Press Office Inc. in May.", "Press Office Inc.", "legal_suffix"));
}

TEST_CASE("a known body shaped like a person's name is no person cut out of a list of bodies") {
    const std::string body = "Charles Schwab and Eli Lilly bought the bonds, and the fund sold them later.";
    CHECK(org_candidate(body, "Charles Schwab"));
    CHECK(org_candidate(body, "Eli Lilly"));
}

TEST_CASE("a leader's term of office and a party's members are no organisations") {
    const std::string body = "President Quill met the press. The Quill Administration and the Small Business "
                             "Administration signed the plan, Democrats said, and Senate Republicans agreed.";
    const Facts facts = extract_facts("", body);
    CHECK_FALSE(org_candidate(body, "Quill Administration"));
    CHECK_FALSE(org_candidate(body, "Democrats"));
    CHECK_FALSE(org_candidate(body, "Senate Republicans"));
    CHECK(has_org(facts, "Small Business Administration"));
    // nor is a party's majority in a chamber
    const Facts majority = extract_facts("", "The bill died in the Republican Congress, the Quillton Society said.");
    CHECK_FALSE(has_org(majority, "Republican Congress"));
}

TEST_CASE("a known body's name with an 's' the corpora never give it is its possessive, the apostrophe lost") {
    // a text that lost its apostrophes ("didnt"), naming the body only with the "s"
    const std::string body = "The Bureau of Reclamations Harbour Water Office didnt comment, and the "
                             "Bureau of Reclamations review goes on.";
    const Facts facts = extract_facts("", body);
    CHECK(has_org(facts, "Bureau of Reclamation"));
    CHECK_FALSE(has_org(facts, "Bureau of Reclamations"));
    CHECK_FALSE(has_org(facts, "Bureau of Reclamations Harbour Water Office"));
}

TEST_CASE("an 'and' between two whole names lists two organisations, not one") {
    // the head-word that opens the first name opens the second
    const Facts offices = extract_facts("", "The Office of Harbour Affairs and Office of Quill Operations "
                                            "helped, the Vellmark Society said.");
    CHECK(has_org(offices, "Office of Harbour Affairs"));
    CHECK(has_org(offices, "Office of Quill Operations"));
    CHECK_FALSE(has_org(offices, "Office of Harbour Affairs and Office of Quill Operations"));
    // a legal form ends the first name
    const std::string recall = "Vellmark Meat Co. and Quillton Meat Packing Co. recalled the beef on Monday.";
    CHECK_FALSE(org_candidate(recall, "Vellmark Meat Co. and Quillton Meat Packing Co."));
    CHECK(org_candidate(recall, "Quillton Meat Packing Co."));
    // a known name alone before the "and"
    CHECK_FALSE(org_candidate("Cargill and Quillton Biofuels, LLC signed the deal.", "Cargill and Quillton Biofuels, LLC"));
    // a known name alone after the "and", a weak head-word before it
    CHECK_FALSE(org_candidate("He worked for Quillton Hotels International and Sony in Tokyo.",
                              "Quillton Hotels International and Sony"));
    // the last "and" of a list of names
    const std::string dealers = "Dealers include Harbour Auto Fleet Group, Quill Truck Group and Vellmark Auto, "
                                "the company said.";
    CHECK_FALSE(org_candidate(dealers, "Quill Truck Group and Vellmark Auto"));
    CHECK(org_candidate(dealers, "Quill Truck Group"));
    // a name that a proper word opens and a weak head-word closes, after a whole name
    const std::string members = "It is a member of the Harbour Business Association and QXV International today.";
    CHECK_FALSE(org_candidate(members, "Harbour Business Association and QXV International"));
    CHECK(org_candidate(members, "QXV International"));
    CHECK(org_candidate("She runs the Quillton Bank and Trust Global fund.", "Quillton Bank and Trust Global"));
}

TEST_CASE("a word that makes a title of what follows opens no body's name") {
    const std::string body = "Chief U.S. Harbour Court Judge Dana Quill sentenced him, and a Former Quillton "
                             "Harbour Unit chief testified. The loan came from First United Harbour Bank.";
    CHECK_FALSE(org_candidate(body, "Chief U.S. Harbour Court"));
    CHECK(org_candidate(body, "U.S. Harbour Court"));
    CHECK_FALSE(org_candidate(body, "Former Quillton Harbour Unit"));
    CHECK(org_candidate(body, "Quillton Harbour Unit"));
    CHECK(org_candidate(body, "First United Harbour Bank"));
}

TEST_CASE("a name in capitals before the same words, its line break lost, is one name") {
    const std::string body = "Readers can order it now. QUILLTON PRESS Quillton Press publishes new authors "
                             "in Harbour, and Bora Bora Vellmark Tours sells trips.";
    CHECK_FALSE(org_candidate(body, "QUILLTON PRESS Quillton Press"));
    CHECK(org_candidate(body, "Quillton Press"));
    // a word repeated alone is a name
    CHECK(org_candidate(body, "Bora Bora Vellmark Tours"));
}

TEST_CASE("in a text that lost its apostrophes, an 's' before a gap of spaces is a plural") {
    // a scraped headline whose line break became a run of spaces
    const std::string body = "      Quill  Vellmark Applaud Grant Funding To Aid Harbour Fire Departments   Quillton "
                             "County Among Grant Recipients         February 3rd  2005   WASHINGTON   U S  Senators "
                             "Dana Quill  R TN  and Tom Venn  R TN  today applauded the grant to the Quillton County "
                             "Fire Department under the Assistance to Firefighters Grant Program     The program "
                             "provides grants to help local fire departments   ";
    CHECK_FALSE(org_candidate(body, "Aid Harbour Fire Department"));
    CHECK_FALSE(org_feature(body, "Aid Harbour Fire Departments", "head_last_institution"));
}

TEST_CASE("a head-word of the first name that closes the second parts two names") {
    const std::string schools = "Pupils of the Quillton School of Music and Vellmark School sang on Monday.";
    CHECK_FALSE(org_candidate(schools, "Quillton School of Music and Vellmark School"));
    CHECK(org_candidate(schools, "Vellmark School"));
    // any head-word that closes both names, a trade's too
    const std::string removal = "The lab worked with Quillton Environmental and Vellmark Environmental on the site.";
    CHECK_FALSE(org_candidate(removal, "Quillton Environmental and Vellmark Environmental"));
    CHECK(org_feature(removal, "Vellmark Environmental", "head_last_weak"));
}

TEST_CASE("a name the release writes as a town, before a comma and a US state, is a place") {
    const std::string body = "The firm opened in Quillton Falls, Texas, this week. Quillton Falls welcomed "
                             "Vellmark Inc., Quillbox, Tennessee Harbour Authority and the QXV, Texas agreed.";
    const Facts facts = extract_facts("", body);
    CHECK_FALSE(has_org(facts, "Quillton Falls"));
    CHECK(org_feature(body, "Quillton Falls", "place"));
    // not before a state's name that opens a longer one, nor an acronym
    CHECK_FALSE(org_feature(body, "Quillbox", "place"));
    CHECK_FALSE(org_feature(body, "QXV", "place"));
}

TEST_CASE("a body's unit named after the body is another organisation, not its fuller name") {
    const std::string body = "The Senate approved the bill on Monday. The Senate Harbour Affairs Committee wrote "
                             "the bill, and the Senate passed it. The Vellmark Police arrested him; the Vellmark "
                             "Police Department said it.";
    const Facts facts = extract_facts("", body);
    CHECK(has_org(facts, "Senate"));
    CHECK(has_org(facts, "Senate Harbour Affairs Committee"));
    // one more word is the same body's fuller name
    CHECK(has_org(facts, "Vellmark Police Department"));
    CHECK_FALSE(has_org(facts, "Vellmark Police"));
}

TEST_CASE("two people by a word of their names, joined by 'and', are no organisation") {
    const std::string body = "Dana and Tom chose the Harbour floor plan, and Dana and Tom's home has a view. "
                             "Senators Quill and Venn wrote the bill.";
    CHECK_FALSE(org_candidate(body, "Dana and Tom"));
    // a firm named after two people, in its own release's title
    CHECK(titled_org_candidate("Dana and Tom Highlights New Windows",
                               "Dana and Tom, a window maker, opened a store.", "Dana and Tom"));
}

TEST_CASE("a possessive of a word the release never writes alone belongs to the firm's name") {
    const std::string body = "Buyers toured the house with Quillton Vellby's International Realty on Monday. "
                             "Vellmark's Home Services fixed the roof.";
    CHECK(org_candidate(body, "Quillton Vellby's International Realty"));
    CHECK(org_candidate(body, "Vellmark's Home Services"));
    // an owner the release also names alone, a person or an award's place owns what follows
    const std::string owned = "Quillbox's Research Group grew, and Quillbox hired. Dana Venn's Harbour Capital "
                              "invested. Quillton's Best Law Firm went to Vellmark.";
    CHECK_FALSE(org_candidate(owned, "Quillbox's Research Group"));
    CHECK_FALSE(org_candidate(owned, "Dana Venn's Harbour Capital"));
    CHECK_FALSE(org_candidate(owned, "Quillton's Best Law Firm"));
}

TEST_CASE("a name described as a product, or an outlet cited as media, carries evidence against an organisation") {
    const std::string body = "Quillbox released Vellmark Go, a new AI-powered app for drivers. Harbour Pilot is a "
                             "handheld device. Quillton Works, a software company, builds both. The launch was "
                             "featured in the Quillton Gazette and published by Venn Press.";
    CHECK(org_feature(body, "Vellmark Go", "appositive_product_noun"));
    CHECK(org_feature(body, "Harbour Pilot", "is_a_product_noun"));
    CHECK(org_feature(body, "Quillton Gazette", "media_cue"));
    // a noun for a firm wins over a product's before it; a publisher is a firm
    CHECK(org_feature(body, "Quillton Works", "appositive_org_noun"));
    CHECK_FALSE(org_feature(body, "Quillton Works", "appositive_product_noun"));
    CHECK_FALSE(org_feature(body, "Venn Press", "media_cue"));
}

TEST_CASE("a name that the release's web or e-mail address spells is evidence of a firm") {
    const std::string body = "Quillton Labs opened a studio. Vellmark Home spoke. Visit www.quilltonlabs.com, "
                             "dana@vellmark-home.co.uk or facebook.com/harbour. Harbour thanked them.";
    CHECK(org_feature(body, "Quillton Labs", "domain_name"));
    CHECK(org_feature(body, "Vellmark Home", "domain_name"));
    // a platform linked to spells no firm of the release's
    REQUIRE(org_candidate(body, "Harbour"));
    CHECK_FALSE(org_feature(body, "Harbour", "domain_name"));
}

TEST_CASE("an institution's head-word alone refers back to the body named with it as its head") {
    const Facts facts = extract_facts("", "The Quillton Corps of Harbour Engineers fined Vellmark Inc. on Monday. "
                                          "The Corps said the fine stands, and the Corps will enforce it.");
    // a corps is named after its members, whose plural is no title
    CHECK(has_org(facts, "Quillton Corps of Harbour Engineers"));
    CHECK_FALSE(has_org(facts, "Corps"));
}

TEST_CASE("a function word's possessive before the word again is a directory's name") {
    const std::string body = "Dana Roe was selected for inclusion in Quillton Who's Who. Quillton Who's Who "
                             "has chronicled lives since 1899.";
    CHECK(org_candidate(body, "Quillton Who's Who"));
    CHECK_FALSE(org_candidate(body, "Quillton Who"));
}

TEST_CASE("a name whose scrape lost the stops of 'U.S.' shows them again") {
    const Facts facts = extract_facts("", "WASHINGTON The U S Harbour Administration awarded Vellmark Inc a grant "
                                          "The U S Harbour Administration said the grant helps");
    CHECK(has_org(facts, "U.S. Harbour Administration"));
    CHECK_FALSE(has_org(facts, "U S Harbour Administration"));
}

TEST_CASE("a speaker's organisation after a title ends where its name does") {
    const Facts facts = extract_facts(
        "", "\"We will appeal,\" wrote Dana Quill, a spokesperson for the Quillton Harbour Authority in an email "
            "to residents Thursday evening.\n\n\"It is settled,\" said Tom Venn, CEO of Vellmark Bancorp Inc. and its "
            "subsidiary, Vellmark Bank.\n\n\"We grew,\" said Jane Roe, director of the Bureau of Quill Affairs.\n\n"
            "\"We invest,\" said Dana Venn, partner at Quillton-based investment firm Harbour Capital.\n\n"
            "\"We sell,\" said Tom Roe, director of Client Services at Quillbox Labs.\n\n"
            "\"We serve,\" said Dana Roe, president of Vellmark Health in Texas.\n\n"
            "\"We dream,\" said Jane Venn, founder of Believe in Quillton.");
    const auto organisation_of = [&](const std::string& name) {
        for (const auto& s : facts.speakers)
            if (s.name == name) return s.organisation;
        return std::string("(no speaker)");
    };
    CHECK(organisation_of("Dana Quill") == "Quillton Harbour Authority");
    CHECK(organisation_of("Tom Venn") == "Vellmark Bancorp Inc.");
    // a connector inside the name goes on
    CHECK(organisation_of("Jane Roe") == "Bureau of Quill Affairs");
    // the firm, not the place it is based in
    CHECK(organisation_of("Dana Venn") == "Harbour Capital");
    // a field of the title before "at", a place after "in"; not a name's own "in"
    CHECK(organisation_of("Tom Roe") == "Quillbox Labs");
    CHECK(organisation_of("Dana Roe") == "Vellmark Health");
    CHECK(organisation_of("Jane Venn") == "Believe in Quillton");
}

TEST_CASE("a headline's deal opens no organisation's name") {
    const std::string body = "Quillbox Announces Sale of Quillton Harbour Services to Vellmark Capital. The "
                             "Expansion of the Quill Task Force follows.";
    CHECK_FALSE(org_candidate(body, "Sale of Quillton Harbour Services"));
    CHECK_FALSE(org_candidate(body, "Expansion of the Quill Task Force"));
}

TEST_CASE("a unit named for a place is named with its parent, which stays a body of its own") {
    const Facts facts = extract_facts("", "The case was investigated by the Denver Division of the Quillton Bureau of "
                                          "Investigation and the Harbour Police Department. The Quillton Bureau of "
                                          "Investigation thanked Vellmark Inc. for its help.");
    REQUIRE(has_org(facts, "Denver Division of the Quillton Bureau of Investigation"));
    CHECK(has_org(facts, "Quillton Bureau of Investigation"));
    CHECK_FALSE(has_org(facts, "Denver Division"));
    // the parent named alone is no short form of a unit named with it
    const Facts unit = extract_facts("", "The Counterfeit Goods Section of the Vellmark Trade Agency fined Quillbox "
                                         "Inc. The Vellmark Trade Agency said the fine stands.");
    CHECK(has_org(unit, "Vellmark Trade Agency"));
}

TEST_CASE("a title's word that is also an adjective opens a name before an ordinary word") {
    const std::string body = "Quillbox Inc. sold parts to General Dynamics and General Electric last year. General "
                             "Counsel Dana Quill signed, and Principal Financial paid.";
    CHECK(org_candidate(body, "General Dynamics"));
    CHECK(org_candidate(body, "General Electric"));
    CHECK(org_candidate(body, "Principal Financial"));
    // a title goes on being a title
    CHECK_FALSE(org_candidate(body, "General Counsel"));
    CHECK_FALSE(org_candidate(body, "General Counsel Dana Quill"));
}

TEST_CASE("digits run together with capitals open a name as a number does") {
    const std::string body = "Funding came from Harbour Venture Partners, 5QX Ventures, and Vellmark Capital. "
                             "The 340B Quill Advisory Committee met at 5AM Monday.";
    CHECK(org_candidate(body, "5QX Ventures"));
    CHECK(org_candidate(body, "340B Quill Advisory Committee"));
    CHECK_FALSE(org_candidate(body, "5AM Monday"));
}

TEST_CASE("a capitalised phrase heading an indefinite noun phrase names a kind") {
    const std::string body = "Since 2008, Quillbox has been a prominent Independent Harbour Vendor (IHV). It is an "
                             "Authorised Quill Dealer in Harbour.";
    CHECK(org_feature(body, "Independent Harbour Vendor", "after_indefinite"));
    CHECK(org_feature(body, "Authorised Quill Dealer", "after_indefinite"));
    // the name qualifies a noun after it; "f/k/a" is no article
    const std::string named = "Dana Quill is a Vellmark partner, and a Harbour Labs (HL) investigation began at "
                              "Quillbox Inc., f/k/a Quill Funding LLC.";
    CHECK_FALSE(org_feature(named, "Vellmark", "after_indefinite"));
    CHECK_FALSE(org_feature(named, "Harbour Labs", "after_indefinite"));
    CHECK_FALSE(org_feature(named, "Quill Funding LLC", "after_indefinite"));
}

TEST_CASE("a people saying something is no speaker, whoever its name could stand for") {
    const Facts f = extract_facts("", "\u201cWe help,\u201d said Dana Quill, chair of the American Quill Association.\n\n"
                                      "Despite 83% of Americans saying they recognise the need, few act, according to "
                                      "the American Quill Association.");
    CHECK(has_speaker(f, "Dana Quill"));
    CHECK_FALSE(has_speaker(f, "American Quill"));
    CHECK_FALSE(has_speaker(f, "Americans"));
}

TEST_CASE("a clause after a finished quotation introduces the next one, not the one before") {
    const Facts f = extract_facts(
        "", "Quillbox raised $3 million.\n\n"
            "\u201cWe are thrilled with our investors.\u201d Dana Quill, Managing Partner at Vellmark Capital, "
            "praised the founders, calling them \u201ca tremendous success story for the region.\u201d Tom Venn "
            "of Vellmark Capital added, \u201cThey have carved out a niche of their own.\u201d\n\n"
            "\u201cWe grew faster than any of our rivals this year,\u201d Jane Roe said, \u201cand now we hire "
            "in every office we have.\u201d");
    CHECK(quote_speaker(f, "a tremendous success story") == "Dana Quill");
    CHECK(quote_speaker(f, "They have carved out") == "Tom Venn");
    // one quotation split by its attribution keeps it on both sides
    CHECK(quote_speaker(f, "We grew") == "Jane Roe");
    CHECK(quote_speaker(f, "and now we hire") == "Jane Roe");
}

TEST_CASE("a name's possessive after a speech verb opens what was said, not its speaker") {
    // the possessive names what was said about, or someone else who said it
    const Facts coin = extract_facts(
        "", "Quillbox will buy Vellmark Coin this year. Chief Executive Dana Quill said Vellmark Coin\u2019s "
            "value is designed to reflect \u201cthe success of the venture, which so far has been impressive.\u201d");
    CHECK_FALSE(has_speaker(coin, "Vellmark Coin"));
    CHECK(has_speaker(coin, "Dana Quill"));
    const Facts widow = extract_facts(
        "", "\u201cIt is dangerous to tell the truth,\u201d said Tom Venn\u2019s widow, Jane Roe, at the hearing.");
    CHECK_FALSE(has_speaker(widow, "Tom Venn"));
}

TEST_CASE("a compound that describes a name opens no person's name") {
    // "The post ... for AI-Based Cybersecurity Startup Quillbox appeared first": a wire's line,
    // after which "Quillbox said" is the firm's, never a person called by the whole phrase
    const Facts f = extract_facts(
        "", "Quillbox said it would use the new capital to grow its team.\n\nThe post Harbour Joins Seed "
            "Round for AI-Based Cybersecurity Startup Quillbox appeared first on the wire.");
    CHECK_FALSE(has_speaker(f, "AI-Based Cybersecurity Startup Quillbox"));
}

TEST_CASE("a head-word's of-phrase before 'and' closes a name when a name follows") {
    const Facts f = extract_facts(
        "", "The study was led by the Quillton Institute of Harbour Studies and Vellmark University. The "
            "Department of Health and Human Services paid for it.");
    CHECK(has_org(f, "Quillton Institute of Harbour Studies"));
    CHECK(has_org(f, "Vellmark University"));
    // ordinary words after the "and" go on the name
    CHECK(has_org(f, "Department of Health and Human Services"));
    CHECK_FALSE(has_org(f, "Human Services"));
}

TEST_CASE("a weekday's abbreviation before a capitalised word opens a name") {
    // a date has a comma, a stop or a number after the day ("Sat, Nov 3")
    const std::string body = "Coverage runs from Sat Vellmark group plans to Quillbox plans. Sat Vellmark said so on "
                             "Sat, Nov 3.";
    CHECK(org_candidate(body, "Sat Vellmark"));
    CHECK_FALSE(org_candidate(body, "Vellmark"));
}

TEST_CASE("the last field of a roster's entry names where the person works") {
    const Facts f = extract_facts(
        "", "The advisory board includes:\n\n"
            "* Martin Venn, VP of Strategy & Partnerships, Quillbox\n"
            "* Dana Quill, Director of Talent, Vellmark\n"
            "* Jane Roe, Senior Director, Talent Acquisition, Harbourly\n\n"
            "The panel brings together Tom Venn, Jane Roe and Dana Quill.");
    CHECK(has_org(f, "Quillbox"));
    CHECK(has_org(f, "Vellmark"));
    CHECK(has_org(f, "Harbourly"));
    CHECK_FALSE(has_org(f, "Dana Quill"));
}

TEST_CASE("a bulleted entry of a person's name and one field names where the person works") {
    const Facts f = extract_facts("", "Judges this year:\n\n"
                                      "* Martin Venn, Quillbox\n"
                                      "* Dana Quill, Vellmark\n"
                                      "* Jane Roe, Consultant\n");
    CHECK(has_org(f, "Quillbox"));
    CHECK(has_org(f, "Vellmark"));
    CHECK_FALSE(has_org(f, "Consultant"));
}

TEST_CASE("a person before a comma and a capitalised title whose noun comes later is no organisation") {
    const Facts f = extract_facts(
        "Join Dana Quill of Vellmark Global Markets for a Discussion",
        "Vellmark will host a virtual event with Dana Quill.\n\n"
            "Speaker: Dana Quill, Senior Vice President, Global Head of Sales, Vellmark Global Markets\n\n"
            "Location: Virtual");
    CHECK(has_org(f, "Vellmark Global Markets"));
    CHECK_FALSE(has_org(f, "Dana Quill"));
}

TEST_CASE("a name before a comma and a degree is a person's, no organisation") {
    // (a list's lines as a release's reader joins them, each after its bullet)
    const Facts f = extract_facts("", "The judges are:\n\n"
                                      "Zorvan Quill, M.D., Vellmark Heart Institute * Tom Venn, Quillton Labs * "
                                      "Jane Roe, Harbour Analytics Group\n");
    CHECK(has_org(f, "Vellmark Heart Institute"));
    CHECK_FALSE(has_org(f, "Zorvan Quill"));
}

TEST_CASE("web platforms listed together are used as services, not named as organisations") {
    const Facts f = extract_facts("", "Quillbox Labs shares its clips through feeds such as Facebook, Instagram, TikTok "
                                      "or YouTube, and keeps its hours right across Yelp and Facebook.");
    CHECK(has_org(f, "Quillbox Labs"));
    CHECK_FALSE(has_org(f, "Facebook"));
    CHECK_FALSE(has_org(f, "Instagram"));
    CHECK_FALSE(has_org(f, "TikTok"));
    CHECK_FALSE(has_org(f, "Yelp"));
}

TEST_CASE("capitals in the run of degrees after a name are credentials, no organisation") {
    const Facts f = extract_facts("", "Dr. Dana Quill, DDS, QFAG, leads Vellmark Dental Group.\n\n"
                                      "Tom Venn, CPA, MST, QXVA, Partner, said so.");
    CHECK(has_org(f, "Vellmark Dental Group"));
    CHECK_FALSE(has_org(f, "QFAG"));
    CHECK_FALSE(has_org(f, "QXVA"));
}

TEST_CASE("a possessive of people in the plural is inside a body's name, never its owner") {
    const Facts f = extract_facts(
        "", "Dr. Dana Quill works at Quillton University Children’s Hospital in Harbour. Sponsors were "
            "Vellmark Children’s and Harbour Bank. The Quillbox Federation of Press Women’s award went to "
            "Tom Venn.");
    CHECK(has_org(f, "Quillton University Children’s Hospital"));
    CHECK_FALSE(has_org(f, "Quillton University Children"));
    CHECK(has_org(f, "Quillbox Federation of Press Women"));
    // a hospital named by its short form, with no noun after it that it would own
    CHECK(org_candidate("Sponsors were Vellmark Children’s and Harbour Bank.", "Vellmark Children’s"));
    CHECK_FALSE(org_candidate("Sponsors were Vellmark Children’s and Harbour Bank.", "Vellmark Children"));
}

TEST_CASE("a board alone 'for the' or 'of the' a body is the body's organ, no part of its name") {
    const Facts f = extract_facts("", "Dana Quill was elected to the Board for the Quillton Association for Harbour "
                                      "Trade (QAHT). The Board of Education met on Monday.");
    CHECK(has_org(f, "Quillton Association for Harbour Trade"));
    CHECK_FALSE(has_org(f, "Board for the Quillton Association for Harbour Trade"));
    CHECK(org_candidate("The Board of Education met on Monday.", "Board of Education"));
}

TEST_CASE("a preposition a title-case name capitalises is inside the name, in running text") {
    const Facts f = extract_facts("", "Today the Quill In Harbour Foundation is launching a guide for families.");
    CHECK(has_org(f, "Quill In Harbour Foundation"));
    CHECK_FALSE(has_org(f, "Harbour Foundation"));
    // a heading's capitals join nothing: no lower-case "the" says the text runs on
    CHECK_FALSE(org_candidate("Vellmark Gala In Harbour Foundation\n\nThe gala opened.",
                              "Vellmark Gala In Harbour Foundation"));
}

TEST_CASE("a brand's name that goes on with plain words names its product, not another body") {
    const std::string body = "Quillbox Inc. today released Quillbox Cloud, a hosted database. The service "
                             "runs in three regions, said a spokesman for Quillbox. Vellmark Medicines signed on "
                             "with Vellmark. Portland Ferry joined, and so did Portland.";
    CHECK(org_feature(body, "Quillbox Cloud", "extends_other"));
    // a line of business in the plural names a company, and a place's name goes on to name anything
    CHECK(org_candidate(body, "Vellmark Medicines"));
    CHECK_FALSE(org_feature(body, "Vellmark Medicines", "extends_other"));
    CHECK(org_candidate(body, "Portland Ferry"));
    CHECK_FALSE(org_feature(body, "Portland Ferry", "extends_other"));
    const Facts f = extract_facts("", body);
    CHECK(has_org(f, "Quillbox Inc."));
    CHECK_FALSE(has_org(f, "Quillbox Cloud"));
}

TEST_CASE("the two sides of a list's last 'and' are its items, not one name") {
    const std::string body = "The channel airs on Quillcast Inc., Vennvision, Harbour Cable and Zentrix in the region.";
    CHECK(org_feature(body, "Zentrix", "list_with_organisation"));
    CHECK(org_feature(body, "Harbour Cable", "list_with_organisation"));
    CHECK_FALSE(org_feature(body, "Harbour Cable and Zentrix", "list_with_organisation"));
    // an ordinary word after the "and" goes on with a body's name
    const std::string body2 = "Agents of Quillcast Inc., Vennvision, Quillton Harbour and Customs Patrol met.";
    CHECK(org_feature(body2, "Quillton Harbour and Customs Patrol", "list_with_organisation"));
}

TEST_CASE("a body's head-word 'of' after three words of a place or a parent opens its name") {
    const std::string body = "Inspectors from the Vellmark River State Department of Harbour Safety arrived on Monday.";
    CHECK(org_feature(body, "Vellmark River State Department of Harbour Safety", "head_of"));
    CHECK(has_org(extract_facts("", body), "Vellmark River State Department of Harbour Safety"));
    CHECK(org_feature("Officials of the State of Vellmark Department of Quays met.",
                      "State of Vellmark Department of Quays", "head_of"));
    // a title's "in Charge of the" before a body is no place or parent of it
    const std::string agent = "It was investigated by the Special Agent in Charge of the Bureau of Quays, "
                              "Harbours and Ferries, Dana Roe.";
    REQUIRE(org_candidate(agent, "Charge of the Bureau of Quays"));
    CHECK_FALSE(org_feature(agent, "Charge of the Bureau of Quays", "head_of"));
}

TEST_CASE("a name met only in title-case questions is a heading's words, not a body") {
    const std::string body = "Why Should Families Think Carefully About New Harbour Homes? The seminar answered "
                             "that.\n\nWho Is the Team Behind Quillbox? Quillbox was founded in 2019 by builders.\n\n"
                             "Where is the Vellmark Institute? It moved to Portland.\n\n"
                             "Grants:\n\nVellmark Harbour Coalition in Espa?ola $100,000";
    CHECK(org_feature(body, "Harbour Homes", "only_in_questions"));
    CHECK(org_feature(body, "Team Behind Quillbox", "only_in_questions"));
    // met outside a question too
    REQUIRE(org_candidate(body, "Quillbox"));
    CHECK_FALSE(org_feature(body, "Quillbox", "only_in_questions"));
    // a question in sentence case ("is" in lower case), and a "?" that stands for a lost letter
    REQUIRE(org_candidate(body, "Vellmark Institute"));
    CHECK_FALSE(org_feature(body, "Vellmark Institute", "only_in_questions"));
    REQUIRE(org_candidate(body, "Vellmark Harbour Coalition"));
    CHECK_FALSE(org_feature(body, "Vellmark Harbour Coalition", "only_in_questions"));
    const Facts f = extract_facts("", body);
    CHECK_FALSE(has_org(f, "Harbour Homes"));
    CHECK_FALSE(has_org(f, "Team Behind Quillbox"));
}

TEST_CASE("a trade name spelt with its possessive keeps it where it ends a noun phrase") {
    const std::string body = "The centre's tenants include Harbour Grill, Vellmark Books, Quillby's, and the "
                             "Zentora Bank. Quillby's opened in May.";
    CHECK(org_candidate(body, "Quillby's"));
    CHECK_FALSE(org_candidate(body, "Quillby"));
    // the release writes the word without it: a possessive of the name
    const std::string owner = "Quillby Foods grew. The shops are Quillby's, and so is the brand.";
    CHECK_FALSE(org_candidate(owner, "Quillby's"));
    // a disease's eponym, an acronym's possessive, and a possessive before a noun
    const std::string others = "Patients with Alzheimer's, Crohn's or worse asked the QXV's. "
                               "Vellby's staff grew.";
    CHECK_FALSE(org_candidate(others, "Alzheimer's"));
    CHECK_FALSE(org_candidate(others, "QXV's"));
    CHECK_FALSE(org_candidate(others, "Vellby's"));
}

TEST_CASE("bodies named together before a plural head-word are each a body of the singular") {
    const std::string body = "Sen. Dana Quill serves on the Harbour Affairs, Tillage and Budget Committees. "
                             "The bill asks the agency to report to the Senate Vellmark Security and House "
                             "Harbourage committees within 60 days.";
    for (const std::string name : {"Harbour Affairs Committee", "Tillage Committee", "Budget Committee",
                                   "Senate Vellmark Security Committee", "House Harbourage Committee"})
        CHECK_MESSAGE(org_feature(body, name, "shared_plural_head"), name);
    // the plural's words are no name of one body
    CHECK_FALSE(org_candidate(body, "Budget Committees"));
    CHECK_FALSE(org_candidate(body, "Tillage and Budget Committees"));
    const Facts f = extract_facts("", body);
    CHECK(has_org(f, "Harbour Affairs Committee"));
    CHECK(has_org(f, "House Harbourage Committee"));
}

TEST_CASE("a plural head-word's list is left whole where its items share words or name no bodies") {
    // a one-word item before a longer one shares its words; chambers alone are no committees
    const std::string shared = "It went to the House and Senate Tillage Committees, and the Senate and House "
                               "Committees agreed.";
    CHECK(org_feature(shared, "Senate Tillage Committee", "shared_plural_head"));
    CHECK_FALSE(org_candidate(shared, "House Committee"));
    CHECK_FALSE(org_candidate(shared, "Senate Committee"));
    // one body's name: before an acronym's bracket, in an of-phrase, a name the release writes
    // whole, or people and their roles
    const std::string one = "Limits follow the Quill and Statistical Committees (QSCs). The Bureau of Harbour "
                            "and Vellmark Affairs Offices in May met. The Quill and Harbour Commission ruled, "
                            "and the Quill and Harbour Commissions in May agreed, said Quillbox President and CEO "
                            "Dana Chambers in May spoke.";
    for (const std::string name : {"Statistical Committee", "Quill Committee", "Vellmark Affairs Office",
                                   "Harbour Commission", "CEO Dana Chamber"})
        CHECK_FALSE_MESSAGE(org_feature(one, name, "shared_plural_head"), name);
    // a heading in title case, and a list of kinds of people
    const std::string kinds = "Group of Senators Moves Bill to Reduce and Transition Harbour Forces in Vellmark\n\n"
                              "Our Quillers, Harbourers, Tillers and Coast Guards served.";
    CHECK_FALSE(org_candidate(kinds, "Transition Harbour Force"));
    CHECK_FALSE(org_candidate(kinds, "Tillers Guard"));
}

TEST_CASE("an acronym's possessive owns the body whose head-word closes the words after it") {
    // an acronym that the corpora also write in lower case (in web addresses, or as a word:
    // "und"), which no longer makes its possessive an ordinary word's inside a name
    const std::string body = "The study ran at the UND's Harbour and Range Research Laboratory in Quillton, with "
                             "the UND's Natural Harbours Conservation Service.";
    CHECK(org_candidate(body, "Harbour and Range Research Laboratory"));
    CHECK(org_candidate(body, "Natural Harbours Conservation Service"));
    CHECK_FALSE(org_candidate(body, "UND's Harbour and Range Research Laboratory"));
    CHECK_FALSE(org_candidate(body, "UND's Natural Harbours Conservation Service"));
    // no head-word closes the capitalised words after it: the possessive stays inside
    const std::string days = "Crowds came to the UND's Harbour Service Days in May.";
    CHECK(org_candidate(days, "UND's Harbour Service Days"));
}

TEST_CASE("a list of ordinary words alone names sectors, not organisations, whatever its head-words") {
    const std::string sectors = "The group operates across Property and Services, Logistics, Clean Power, Education "
                                "and Social Enterprises.";
    CHECK(org_candidate(sectors, "Clean Power"));
    CHECK_FALSE(org_feature(sectors, "Clean Power", "list_with_organisation"));
    // one name's word among them makes it a list of names again
    const std::string names = "The group works with Quillbox Services, Logistics, Clean Power, Education and "
                              "Social Enterprises.";
    CHECK(org_feature(names, "Clean Power", "list_with_organisation"));
}
