// The extraction's passes one by one: the learned weights, the word tables compiled in,
// names and their coreference, organisation keys and candidates, and the repair of glued
// words where the text is read. Names are invented.
#include "indexer/extract/acronyms.hpp"
#include "indexer/extract/document.hpp"
#include "indexer/extract/lexicon.hpp"
#include "indexer/extract/model.hpp"
#include "indexer/extract/names.hpp"
#include "indexer/extract/org_candidates.hpp"
#include "indexer/extract/paragraphs.hpp"
#include "indexer/extract/people.hpp"
#include "indexer/glued_words.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace extract = pressdex::extract;
namespace detail = pressdex::extract::detail;

TEST_CASE("a model is a logistic function of named weights") {
    const extract::Model model = extract::Model::parse("# weights\norg.bias -1\norg.legal_suffix 3\n\nspeaker.bias 0\n");
    extract::Features none;
    CHECK(model.probability("org", none) == doctest::Approx(1.0 / (1.0 + std::exp(1.0))));
    extract::Features legal;
    legal.set("legal_suffix");
    legal.set("unknown_feature", 5); // no weight: counts zero
    CHECK(model.probability("org", legal) == doctest::Approx(1.0 / (1.0 + std::exp(-2.0))));
    CHECK(model.probability("speaker", none) == doctest::Approx(0.5));
    CHECK_THROWS_AS((void)extract::Model::parse("org.bias\n"), std::invalid_argument);
    CHECK_THROWS_AS((void)extract::Model::parse("bias 1\n"), std::invalid_argument);
    // the built-in weights decide both things
    extract::Features ticker;
    ticker.set("legal_suffix");
    ticker.set("head_last_company");
    CHECK(extract::Model::builtin().probability("org", ticker) > 0.5);
}

TEST_CASE("the word tables are compiled in") {
    // an ordinary word and a surname that is also one, from the corpora's own counts
    CHECK(detail::is_common_word("price"));
    CHECK(detail::lower_case_share("hall") > 0);
    CHECK(detail::lower_case_share("Zqxwvorth") == -1);
    CHECK(detail::is_place("Hong Kong"));
    // continents and world regions, which no country or city table has
    CHECK(detail::is_place("Middle East"));
    CHECK(detail::is_place("latin america"));
    // ... the oceans, and countries by the names people use where iso-codes has another
    CHECK(detail::is_place("Pacific"));
    CHECK(detail::is_place("Russia"));
    CHECK(detail::is_place("West Bank"));
    // the AP's abbreviations of states that no word shares ("Detroit, Mich.")
    CHECK(detail::is_place("Mich."));
    CHECK(detail::is_place("Tenn"));
    CHECK_FALSE(detail::is_place("Miss."));
    // words for a people, of two words too ("American Indian and Alaska Native students")
    CHECK(detail::is_demonym("Alaska Native"));
    CHECK(detail::is_demonym("African-Americans"));
    // towns the corpora write before a state or a country ("in Hanoi, Vietnam"), not ordinary words
    CHECK(detail::is_corpus_place("Acton"));
    CHECK(detail::is_corpus_place("Hanoi"));
    CHECK_FALSE(detail::is_corpus_place("Surprise"));
    // phrases the corpora write in lower case too, not names that they never do
    CHECK(detail::is_corpus_term("emergency medical services"));
    CHECK(detail::is_corpus_term("Press Office"));
    CHECK_FALSE(detail::is_corpus_term("federal aviation administration"));
    CHECK(detail::org_head("University") == detail::OrgHead::institution);
    CHECK(detail::org_head("Holdings") == detail::OrgHead::company);
    CHECK(detail::org_head("Banana") == detail::OrgHead::none);
}

TEST_CASE("a hyphenated compound of ordinary words is as ordinary as its rarest part") {
    CHECK(detail::lower_case_share("High-Return") == -1); // never written whole
    CHECK(detail::compound_lower_case_share("High-Return") >= 50);
    CHECK(detail::compound_lower_case_share("Real-Time") >= 50);
    CHECK(detail::compound_lower_case_share("Quillby-Return") == -1); // a name in it
    CHECK(detail::compound_lower_case_share("Return-") == -1);
    CHECK(detail::compound_lower_case_share("price") == detail::lower_case_share("price"));
}

TEST_CASE("organisation keys ignore 'The', legal suffixes, possessives and punctuation") {
    CHECK(detail::org_key("The Acme Widgets, Inc.") == detail::org_key("Acme Widgets"));
    CHECK(detail::org_key("Acme Widgets\u2019s") == "acme widgets");
    CHECK(detail::org_key("AT&T") == detail::org_key("AT & T"));
    CHECK(detail::org_key("Inc.") == "inc"); // a suffix alone stays
}

namespace {

std::string person_in(const std::string& text) {
    const std::vector<detail::Token> t = detail::tokenize(text);
    const auto span = detail::name_ending_at(t, 0, t.size() - 1);
    return span ? detail::clean_name(t, span->first, span->last) : "<none>";
}

} // namespace

TEST_CASE("where a name starts inside a run of capitalised words") {
    CHECK(person_in("Dr. Amara Quist") == "Amara Quist");
    CHECK(person_in("Law Enforcement Ed Brannigan") == "Ed Brannigan");
    CHECK(person_in("Colorado John Walbeck") == "John Walbeck");
    CHECK(person_in("Mary Lou Fenwick") == "Mary Lou Fenwick");
    CHECK(person_in("Amara Quist, MD") == "Amara Quist");
    CHECK(person_in("Sofi G.") == "Sofi G.");
    CHECK(person_in("Quist Health") == "<none>"); // ends in an organisation's head-word
    // a place and a title, or a brand in camel case, before the given name
    CHECK(person_in("Vermont Quarterback Nico Quillane") == "Nico Quillane");
    CHECK(person_in("QuillCast Mike Vellmark") == "Mike Vellmark");
    // three words whose first is no given name the tables know, nor an ordinary word
    CHECK(person_in("Shandra Jo Quillane") == "Shandra Jo Quillane");
    CHECK(person_in("McDowell Ann Quist") == "McDowell Ann Quist");
    // a day's or month's abbreviation after a given name is a surname
    CHECK(person_in("Founder Nadia Sun") == "Nadia Sun");
    CHECK(person_in("Nadia Mar") == "Nadia Mar");
}

TEST_CASE("a place of a given name's shape is no person") {
    const detail::Document doc(
        "", "Dana Quill, CEO of Quillbox, moved the office to San Diego.\n\n"
            "Then the Quillton Housing Authority of Los Angeles County hired Tom Venn.");
    const detail::People people(doc);
    CHECK(people.may_be_person("Dana Quill"));
    CHECK_FALSE(people.may_be_person("San Diego"));
    CHECK_FALSE(people.may_be_person("Los Angeles"));
}

TEST_CASE("a shorter mention resolves to the full name the release gives") {
    const detail::Document doc(
        "", "Nadia Okonkwo-Bell, CEO of Verdant Labs, opened the plant.\n\n"
            "Sergei and Alina Vasquez run the cafe next door.\n\n"
            "Councillor Hamish Stupakov welcomed them.");
    const detail::People people(doc);
    CHECK(people.resolve("Okonkwo-Bell", 2) == "Nadia Okonkwo-Bell");
    CHECK(people.resolve("Nadia", 2) == "Nadia Okonkwo-Bell");
    CHECK(people.resolve("Sergei", 2) == "Sergei Vasquez");
    CHECK(people.resolve("Stupakow", 2) == "Hamish Stupakov"); // one letter off
    CHECK(people.resolve("Zed", 2) == "Zed");
}

TEST_CASE("organisation candidates: possessives that lost their apostrophe are cut") {
    const detail::Document doc(
        "", "Trial Attorney Lena Morrow of the Justice Departments Criminal Division handled the case.");
    detail::OrgContext context;
    const detail::People people(doc);
    context.people = &people;
    const detail::OrgCandidates found = detail::org_candidates(doc, context);
    const auto has = [&](const std::string& key) {
        return std::any_of(found.candidates.begin(), found.candidates.end(),
                           [&](const auto& c) { return c.key == key; });
    };
    CHECK(has("justice department"));
    CHECK(has("criminal division"));
    CHECK_FALSE(has("justice departments criminal division"));
}

TEST_CASE("a heading glued to its paragraph, which opens with a name, is parted") {
    using pressdex::separate_glued_words;
    CHECK(separate_glued_words("done.\nBridging Crypto and Real-World AssetsQuillcoin draws on memes. Quillcoin grew.") ==
          "done.\nBridging Crypto and Real-World Assets\n\nQuillcoin draws on memes. Quillcoin grew.");
    CHECK(separate_glued_words("Tailored Solutions for Institutional InvestorsVellmark\u2019s clients. Vellmark grew.") ==
          "Tailored Solutions for Institutional Investors\n\nVellmark\u2019s clients. Vellmark grew.");
    CHECK(separate_glued_words("It rose. The Future of Wealth ManagementQXV Labs leads. QXV grew.") ==
          "It rose. The Future of Wealth Management\n\nQXV Labs leads. QXV grew.");
    // not a brand's two words mid-sentence, written twice, or with a short second part; not
    // an e-mail address; not where the name never stands alone
    for (const std::string kept :
         {"the team at Harbour LabsQuillbox said. Quillbox grew.", "As QuillAI noted, AI is here.",
          "Smart HomesQuillbox. Smart HomesQuillbox and Quillbox.", "Dana Roe AdvancedGlazings@quill.global Glazings",
          "Bridging Crypto and Real-World AssetsQuillcoin draws on memes."})
        CHECK(separate_glued_words(kept) == kept);
}

TEST_CASE("words glued where a page lost a line break are parted") {
    using pressdex::separate_glued_words;
    CHECK(separate_glued_words("About BrindleworksBrindleworks Ltd. makes") ==
          "About Brindleworks\n\nBrindleworks Ltd. makes");
    CHECK(separate_glued_words("Keep A BasketThe Keep A Basket Trust") == "Keep A Basket\n\nThe Keep A Basket Trust");
    CHECK(separate_glued_words("QXVThe Quillton Bank") == "QXV\n\nThe Quillton Bank");
    // a name glued to "and" is parted only where the text writes the name alone too
    CHECK(separate_glued_words("Ana Robertsand Tom Venn spoke. Roberts said") ==
          "Ana Roberts and Tom Venn spoke. Roberts said");
    CHECK(separate_glued_words("New Holland Supply grew.") == "New Holland Supply grew.");
    CHECK(separate_glued_words("About QXVQXV is a lab") == "About QXV\n\nQXV is a lab");
    // a name of several words glued to itself, after a lower-case letter or a stop
    CHECK(separate_glued_words("About Quillton FoundationQuillton Foundation drives") ==
          "About Quillton Foundation\n\nQuillton Foundation drives");
    CHECK(separate_glued_words("About Vellmark Labs Ltd.Vellmark Labs Ltd. is") ==
          "About Vellmark Labs Ltd.\n\nVellmark Labs Ltd. is");
    // not a part of a longer word, nor one word that only ends like the next
    CHECK(separate_glued_words("Harbour GroupHarbour Groupware") == "Harbour GroupHarbour Groupware");
    CHECK(separate_glued_words("Dana Quill Co.Quill Co. is") == "Dana Quill Co.\n\nQuill Co. is");
    // an agenda's or a contact block's label glued to the line before it, before its colon
    CHECK(separate_glued_words("CTO, Quillbox MarketsLocation: Virtual") == "CTO, Quillbox Markets\n\nLocation: Virtual");
    CHECK(separate_glued_words("visit quillbox.comWebsite: x") == "visit quillbox.com\n\nWebsite: x");
    CHECK(separate_glued_words("District of QuillshireSentence: 240 months") ==
          "District of Quillshire\n\nSentence: 240 months");
    CHECK(separate_glued_words("Vellmark GeoLocation data") == "Vellmark GeoLocation data");
    for (const std::string word : {"QXQX", "HaHaHa", "ABAB", "Q1Q1Q1"}) CHECK(separate_glued_words(word) == word);
    CHECK(separate_glued_words("ContactSamira Oduya") == "Contact\n\nSamira Oduya");
    CHECK(separate_glued_words("Suite 801San Diego") == "Suite 801\n\nSan Diego");
    // a contact block's legal form glued to the next line; not "Co.", nor a web address
    CHECK(separate_glued_words("Quillbox, Inc.Email: a@b.com") == "Quillbox, Inc.\n\nEmail: a@b.com");
    CHECK(separate_glued_words("Harbour Ltd.Dana Quill") == "Harbour Ltd.\n\nDana Quill");
    CHECK(separate_glued_words("Vellmark LLCKate Roe") == "Vellmark LLC\n\nKate Roe");
    CHECK(separate_glued_words("Quill Co.Founder Dana") == "Quill Co.Founder Dana");
    CHECK(separate_glued_words("Vellmark LLCs grew") == "Vellmark LLCs grew");
    // an agenda's or a contact block's legal form glued to the time or number after it; not a
    // list's "INC5000"
    CHECK(separate_glued_words("Keynote - Quillbox LLC10:00 AM") == "Keynote - Quillbox LLC\n\n10:00 AM");
    CHECK(separate_glued_words("Harbour Bancorp Inc.212.555.0100") == "Harbour Bancorp Inc.\n\n212.555.0100");
    CHECK(separate_glued_words("Quill Link, Inc.230 Park") == "Quill Link, Inc.\n\n230 Park");
    CHECK(separate_glued_words("for INC5000 firms") == "for INC5000 firms");
    // a contact line's person glued to the firm on the next line, after a given name; not a
    // surname's particle, an ordinary word or a brand's words
    CHECK(separate_glued_words("Contact: Dana QuellbyVellmark Partners, Inc.") ==
          "Contact: Dana Quellby\n\nVellmark Partners, Inc.");
    CHECK(separate_glued_words("Tom VennbyQXV Era Corp.") == "Tom Vennby\n\nQXV Era Corp.");
    for (const std::string name : {"Dana MacArthur Quill", "Dana FitzGerald Quill", "Dana BlueRock Labs",
                                   "the QuellbyVellmark Labs", "Dana QuellbyVellmark", "Dana MedSpa Harbour"})
        CHECK(separate_glued_words(name) == name);
    // a web or e-mail address glued to the telephone number after it; a version number is none
    CHECK(separate_glued_words("quillbox.com310.299.1717 Office") == "quillbox.com\n\n310.299.1717 Office");
    CHECK(separate_glued_words("Visit quillbox.comAbout Quillbox") == "Visit quillbox.com\n\nAbout Quillbox");
    CHECK(separate_glued_words("see quill.coHarbour Media") == "see quill.co\n\nHarbour Media");
    CHECK(separate_glued_words("the Quill.Community site") == "the Quill.Community site");
    CHECK(separate_glued_words("ir@quillbox.io678-384-7220") == "ir@quillbox.io\n\n678-384-7220");
    CHECK(separate_glued_words("build 2.com3 ships") == "build 2.com3 ships");
    CHECK(separate_glued_words("said MarcusOkafor today. Okafor added") == "said Marcus Okafor today. Okafor added");
    CHECK(separate_glued_words("said Commissioner DanaQuellmore.") == "said Commissioner Dana Quellmore.");
    // a brand's two words, where the second is no surname the tables know or the text writes
    // alone, and a surname with its particle, stay whole
    CHECK(separate_glued_words("DanaEnergo opened, and TomMedica grew") == "DanaEnergo opened, and TomMedica grew");
    CHECK(separate_glued_words("said Dana MacDowell") == "said Dana MacDowell");
    CHECK(separate_glued_words("Chief Ana Williamsof the DEA") == "Chief Ana Williams of the DEA");
    CHECK(separate_glued_words("the Trade Divisions theExport Section") == "the Trade Divisions the Export Section");
    CHECK(separate_glued_words("WASHINGTONAcme Corp. and WidgetsInc.") == "WASHINGTON Acme Corp. and Widgets Inc.");
    // a heading, a title or a signature glued to the block after it
    CHECK(separate_glued_words("Quillfeather GroupKalle Brandt, CEO") == "Quillfeather Group\n\nKalle Brandt, CEO");
    CHECK(separate_glued_words("Chief Executive OfficerQXV Labs") == "Chief Executive Officer\n\nQXV Labs");
    CHECK(separate_glued_words("Press DetailsNine Rivers Agency") == "Press Details\n\nNine Rivers Agency");
    CHECK(separate_glued_words("Contact DetailsQXV Agency") == "Contact Details\n\nQXV Agency");
    CHECK(separate_glued_words("Chief Executive OfficerB2q Digital") == "Chief Executive Officer\n\nB2q Digital");
    CHECK(separate_glued_words("Chief Financial OfficerQuillton Mines Inc.") ==
          "Chief Financial Officer\n\nQuillton Mines Inc.");
    CHECK(separate_glued_words("CONTACTDana QuillbyChief Financial OfficerTel: 555") ==
          "CONTACT\n\nDana Quillby\n\nChief Financial Officer\n\nTel: 555");
    // a contact line's title in capitals glued to the firm or the label on the next line
    CHECK(separate_glued_words("Dana Quill, CEOQuillbox, Inc.(201) 555-0100") ==
          "Dana Quill, CEO\n\nQuillbox, Inc.(201) 555-0100");
    CHECK(separate_glued_words("Tom Venn, Chairman & CFOEmail: tv@quill.com") ==
          "Tom Venn, Chairman & CFO\n\nEmail: tv@quill.com");
    for (const std::string brand : {"Quill, GMAC Mortgage", "Quill, COOQUILL is", "Quill, CIOQuill.com offers"})
        CHECK(separate_glued_words(brand) == brand);
    for (const std::string brand : {"the OfficerPro app", "Director Quillton", "MasterChief Labs", "PartnerRe Ltd."})
        CHECK(separate_glued_words(brand) == brand);
    for (const std::string brand : {"PayPal Holdings", "OfficeMax Inc. said", "HubSpot CRM", "PRISM MediaWire",
                                    "MediaQuellwire Labs", "SourceQuill"})
        CHECK(separate_glued_words(brand) == brand);
    // a logo's text and the paragraph after it, joined by a space
    CHECK(separate_glued_words("Quillfeather Labs Quillfeather Labs Inc. makes") ==
          "Quillfeather Labs\n\nQuillfeather Labs Inc. makes");
    CHECK(separate_glued_words("News\nBrindleWick BrindleWick Therapeutics") == "News\nBrindleWick\n\nBrindleWick Therapeutics");
    CHECK(separate_glued_words("the Sales Team Sales Team") == "the Sales Team\n\nSales Team");
    for (const std::string prose : {"Walla Walla Sweets", "very very good", "Acme Widgets and Acme Widgets",
                                    "Sales Sales", "New York\nNew York"})
        CHECK(separate_glued_words(prose) == prose);
    // names that are written glued on purpose stay whole
    for (const std::string word : {"iPhone", "McDonald", "PayPal", "YouTube", "LinkedIn", "eBay", "WinWin",
                                   "theSkimm", "inVentiv", "Bathe", "COVID-19", "Proof of", "Smythe is",
                                   "Maryland Department", "Cleveland Clinic"})
        CHECK(separate_glued_words(word) == word);
}

namespace {

// The texts of the tokens of `text`.
std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> out;
    for (const detail::Token& t : detail::tokenize(text))
        out.emplace_back(t.text);
    return out;
}

} // namespace

TEST_CASE("a word keeps a full stop as an abbreviation's, not as a sentence's") {
    CHECK(words("in the U.S. today") == std::vector<std::string>{"in", "the", "U.S.", "today"});
    CHECK(words("a J.P. Quill fund") == std::vector<std::string>{"a", "J.P.", "Quill", "fund"});
    CHECK(words("visit Quibly.com.") == std::vector<std::string>{"visit", "Quibly.com", "."});
    CHECK(words("built by Quibly.io. It") == std::vector<std::string>{"built", "by", "Quibly.io", ".", "It"});
}

TEST_CASE("an acronym before a hyphen and a participle is a word of its own") {
    CHECK(words("a QXV-funded study") == std::vector<std::string>{"a", "QXV", "-", "funded", "study"});
    CHECK(words("the QXV-led team") == std::vector<std::string>{"the", "QXV", "-", "led", "team"});
    // a model's number, a name's hyphen, a compound of capitals or of ordinary words stay whole
    for (const std::string word : {"COVID-19", "Jean-Luc", "QXV-CSI", "well-funded", "QXV-fundedness", "Q-approved"})
        CHECK(words(word) == std::vector<std::string>{word});
}

TEST_CASE("paragraphs: runs of spaces where a scraper lost a line break") {
    // a signature, then a heading, then the text, on one line
    const auto parts = detail::split_paragraphs(
        "Write it down, she said. - Jane Quillane  Early Influences  Drawing on Mahler, she wrote it.");
    REQUIRE(parts.size() == 3);
    CHECK(parts[0] == "Write it down, she said. - Jane Quillane");
    CHECK(parts[1] == "Early Influences");
    // after a full stop or a word in capitals (a dateline) spaces say nothing
    CHECK(detail::split_paragraphs("It opened.  Then it closed.").size() == 1);
    CHECK(detail::split_paragraphs("QUILLTON  Vellmark Inc. opened, today.").size() == 1);
    // a text whose punctuation was turned into spaces: its spaces are its commas and stops
    std::string stripped;
    for (int i = 0; i < 12; ++i) stripped += "the plant in Quillton  South Vellmark  opened today  ";
    CHECK(detail::split_paragraphs(stripped).size() == 1);
}

TEST_CASE("paragraphs: a gap between sentences wider than the text's usual one is a lost break") {
    // one space between the sentences of a paragraph, more where a break was
    const auto parts = detail::split_paragraphs(
        "The mill opened in Quillton. It hires forty people.   The mayor cut the ribbon. Crowds "
        "came.  Dana Quill, its owner, thanked them. She waved.");
    REQUIRE(parts.size() == 3);
    CHECK(parts[0] == "The mill opened in Quillton. It hires forty people.");
    CHECK(parts[1] == "The mayor cut the ribbon. Crowds came.");
    // a typist's text leaves two spaces after every sentence: only a wider gap is a break
    CHECK(detail::split_paragraphs("It opened.  It hired.  It grew.  It thrived.").size() == 1);
    CHECK(detail::split_paragraphs("It opened.  It hired.  It grew.     It thrived.").size() == 2);
    // a colon before a list's item
    CHECK(detail::split_paragraphs("It opened. It hired. The grants include:  -$5 for Quillton. It grew.").size() == 2);
}

TEST_CASE("paragraphs: a wide gap inside a quotation is no break, unless a mark carries it on") {
    // the typist's gap inside the quotation must not part it from its attribution
    CHECK(detail::split_paragraphs(
              "It opened. It hired. \u201cThe mill matters.  It feeds us,\u201d said Dana Quill. It grew.")
              .size() == 1);
    CHECK(detail::split_paragraphs("It opened. It hired. \"The mill matters.  It feeds us,\" said Dana Quill. It grew.")
              .size() == 1);
    // a quotation that goes on into the next paragraph opens it with a mark
    const auto parts = detail::split_paragraphs(
        "It opened. It hired. \"The mill matters.  \"It feeds us,\" said Dana Quill. It grew.");
    REQUIRE(parts.size() == 2);
    CHECK(parts[1] == "\"It feeds us,\" said Dana Quill. It grew.");
    // a quotation never closed (its mark lost) leaves the text after a lost break unquoted
    CHECK(detail::split_paragraphs("Dana Quill said, \"The mill matters to the town  Looking Ahead  The town grew.")
              .size() == 3);
}

TEST_CASE("paragraphs: a sentence glued to the next where an export lost a break") {
    const auto parts = detail::split_paragraphs("The pair pleaded guilty.The case was brought by Quillton police.");
    REQUIRE(parts.size() == 2);
    CHECK(parts[0] == "The pair pleaded guilty.");
    // addresses, dotted names and abbreviations stay whole
    for (const char* text : {"See www.Quillmark.Com today.", "Write to sales@quill.Mark now.",
                             "The U.S.Attorney spoke.",
                             "A token too long for two words: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.Bbbb"})
        CHECK(detail::split_paragraphs(text).size() == 1);
}

TEST_CASE("paragraphs: an About heading joined to the paragraph that repeats its name") {
    const auto parts = detail::split_paragraphs("About Quill Labs Quill Labs is a maker of pens.");
    REQUIRE(parts.size() == 2);
    CHECK(parts[0] == "About Quill Labs");
    CHECK(parts[1] == "Quill Labs is a maker of pens.");
    CHECK(detail::split_paragraphs("About Vellmark Vellmark is a town.").size() == 2);
    CHECK(detail::split_paragraphs("About Quill Labs: it is a maker of pens.").size() == 1);
    CHECK(detail::split_paragraphs("About the work of the lab, the lab says little.").size() == 1);
}

TEST_CASE("a possessive written with U+2018 for its apostrophe is a possessive") {
    CHECK(detail::is_possessive("Quill\u2018s"));
    CHECK(detail::without_possessive("Quill\u2018s") == "Quill");
    CHECK(detail::without_possessive("Quill\u2019s") == "Quill");
    CHECK(detail::without_possessive("Quills") == "Quills");
}

TEST_CASE("a name written in camel case is the long form of the acronym its capitals spell") {
    const std::string text = "Covered by QuillMediaWire (QMW) and QBN (QuillBrandNetwork). VellCoin (VELL) rose.";
    const std::vector<detail::AcronymDef> defs = detail::find_acronym_defs(text, detail::tokenize(text));
    REQUIRE(defs.size() == 2);
    CHECK(defs[0].long_form == "QuillMediaWire");
    CHECK(defs[0].acronym == "QMW");
    CHECK(defs[1].long_form == "QuillBrandNetwork");
    CHECK(defs[1].acronym == "QBN");
}

TEST_CASE("an acronym right after its long form, with no brackets, is found by its initials") {
    const std::string text = "funds for the U S Office of Harbour and Quay Safety USOHQS and the Quill Lab QL staff";
    const std::vector<detail::Token> t = detail::tokenize(text);
    const auto at = [&](std::string_view w) {
        return static_cast<std::size_t>(std::find_if(t.begin(), t.end(), [&](const auto& x) { return x.text == w; }) -
                                        t.begin());
    };
    CHECK(detail::unbracketed_long_form(t, at("USOHQS")) == at("U"));
    CHECK(detail::unbracketed_long_form(t, at("QL")) == at("Quill"));
    CHECK(detail::unbracketed_long_form(t, at("Safety")) == detail::no_long_form); // no acronym
    const std::vector<detail::AcronymDef> defs = detail::find_acronym_defs(text, t);
    REQUIRE(defs.size() == 2);
    CHECK(defs[0].long_form == "U S Office of Harbour and Quay Safety");
    CHECK(defs[0].acronym == "USOHQS");
    // the letters must be the initials in order, with only "of", "and"... between the words
    const std::string other = "the Quill Harbour Lab QL and Harbour Quill HQX";
    const std::vector<detail::Token> u = detail::tokenize(other);
    CHECK(detail::find_acronym_defs(other, u).empty());
}

TEST_CASE("a joiner inside an acronym's long form may give its initial too") {
    const std::string text = "the Department of Harbours DOH grant and the Office of Quay Operations OQO staff, "
                             "a new DOH Department of Harbours review";
    const std::vector<detail::Token> t = detail::tokenize(text);
    const auto at = [&](std::string_view w, std::size_t from = 0) {
        return static_cast<std::size_t>(
            std::find_if(t.begin() + static_cast<std::ptrdiff_t>(from), t.end(), [&](const auto& x) { return x.text == w; }) -
            t.begin());
    };
    CHECK(detail::unbracketed_long_form(t, at("DOH")) == at("Department")); // "of" gives the O
    CHECK(detail::unbracketed_long_form(t, at("OQO")) == at("Office"));     // "of" gives none
    const std::size_t second = at("DOH", at("OQO"));
    CHECK(detail::unbracketed_long_form_after(t, second) == at("Harbours", second));
    // another acronym opens the run of a list the scrape joined: no long form
    const std::string list = "the Departments of Quays DOQ and Harbour Security DHS began";
    const std::vector<detail::Token> u = detail::tokenize(list);
    const std::vector<detail::AcronymDef> defs = detail::find_acronym_defs(list, u);
    REQUIRE(defs.size() == 1);
    CHECK(defs[0].acronym == "DOQ");
    CHECK(defs[0].long_form == "Departments of Quays");
}

TEST_CASE("a known body's name with a possessive that lost its apostrophe is the name without it") {
    CHECK(detail::without_lost_possessive("Department of Labors") == "Department of Labor");
    CHECK(detail::without_lost_possessive("Department of Labor") == "Department of Labor");
    CHECK(detail::without_lost_possessive("Quillton Harbours") == "Quillton Harbours"); // unknown
    CHECK(detail::without_lost_possessive("Quillton Business") == "Quillton Business");
}
