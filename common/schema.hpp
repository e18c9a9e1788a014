#pragma once

// The index schema: every field a user can name in a query, the Xapian term prefix and value
// slot behind it, and the metadata keys. The indexer and the query parser both read this
// table, so a field exists on both sides or on neither.
//
// The index holds two kinds of document, told apart by a boolean "K" term: one per release
// file (Krelease) and one per quotation in it (Kquote), so that quote mode ranks single
// quotes and its speaker:/org:/role: filters apply to the quote's own speaker.
//
// A release document holds:
//   terms     unprefixed    words of title, dateline place and body, with positions;
//                           "Z"-prefixed English stems of them, without positions;
//                           hyphenated words also joined ("email"), without positions
//             S             title words (and ZS stems), also free text
//             XPLACE        dateline place words ("NEW YORK, June 3, 2025 /PRNewswire/")
//             XPATH         the words of the file's path (folders and file name)
//             D / M / Y     publication date as YYYYMMDD / YYYYMM / YYYY (boolean)
//             T             file type: txt, md, html, pdf, docx, odt, email, feed (boolean)
//             XSPK          names of the people quoted (positions: speaker:"kenneth davis")
//             XORG          names of the organisations named, with every alias
//             XROLE         roles of the people quoted
//             XQUOTE        words inside quotations
//             K             document kind: Krelease
//             XDUP          its near-duplicate key (slot_near_duplicate), so that a hit's
//                           copies are found by a small posting list, not a value scan
//             XOAL          for each organisation, each ordered pair of its names here, as
//                           organisation keys joined by a TAB ("XOALdea\tdrug enforcement
//                           administration"): which names are one organisation across the
//                           index, for facets (common/organisation_names.hpp)
//             Q             unique id: the absolute path, or a hash of it if too long
//   values    slot_date     "YYYYMMDD", sortable, for date ranges and --sort date
//             slot_path     absolute path (the incremental scan reads every path from here)
//             slot_size     file size, decimal
//             slot_mtime    file mtime in nanoseconds, decimal
//             slot_hash     XXH3-64 of the file's bytes, 16 hex digits
//             slot_year     "YYYY", for the year facet
//             slot_speakers speaker names separated by U+001F, for the speaker facet
//             slot_orgs     organisation names separated by U+001F, for the org facet
//             slot_near_duplicate  16 hex digits shared by syndicated copies of one
//                           release (a MinHash of the body: indexer/near_duplicate.hpp), the
//                           collapse key of searches; absent for very short bodies
//             slot_container  for an item of a container file (an mbox's message, a feed's
//                           item, an email's attachment: indexer/formats/formats.hpp), the
//                           container file's path; slot_path is then the item's path
//                           ("inbox.mbox#<Message-ID>") and slot_size/mtime/hash are the
//                           container's, so that the incremental scan treats all the
//                           items of a file as that file; absent for a release that is a file
//             slot_item_hash  for an item of a container file, XXH3-64 of the item as read
//                           (type, title, date, place, body, issuer, link), 16 hex digits:
//                           when the container changes, an item with the same path and
//                           hash keeps its document (not extracted or written again);
//                           absent for a release that is a file, and in items indexed
//                           before it existed (those are re-read once)
//   data      a JSON object: path, type, title, date, place, body (kept for snippets),
//             speakers [{name, role, organisation}], organisations [{name, aliases}];
//             its keys, writer and reader: common/stored_fields.hpp
//
// A quote document holds:
//   terms     unprefixed    the quote's words (and Z stems), with positions; in quote
//                           mode the query parser reads quote: as these
//             XSPK / XROLE / XORG  its speaker's name, role and organisation (with aliases)
//             D / M / Y, T  its release's date and file type
//             XQOF          which release it comes from (the release's unique id, hashed
//                           like Q), so that re-indexing a release replaces its quotes
//             K             Kquote
//   values    slot_date, slot_year, slot_speakers (its one speaker), slot_orgs
//   data      a JSON object: speaker, role, organisation, text, path, title, date
//             (common/stored_fields.hpp)
//   metadata  pressdex.schema   the schema version below; an index without it, or with
//                               another version, is refused on open with a clear message
//             pressdex.extraction  the version of the extraction rules, tables and weights
//                               (extraction_version below) that built the index, or "none"
//                               when built with --no-extract; an index built by other rules
//                               is built anew by the next pressdex-index run
//   spelling  (Xapian's spelling table, for "Did you mean") each distinct word of a
//             release's text (unprefixed terms, 3-40 bytes, no digit) counted once per
//             release, and each word of the names of its speakers and organisations once
//             more after spelling_name_marker, so that a capitalised query word is corrected
//             to a name first (Taikng -> Taikang, not taking); kept up to date as releases
//             are replaced and deleted (indexer/document.hpp)

#include <array>
#include <string_view>

namespace pressdex::schema {

inline constexpr int version = 5; // 4: spelling variants, CJK words, near-duplicate keys,
                                   // spelling data; 5: near-duplicate key terms
inline constexpr std::string_view metadata_schema_key = "pressdex.schema";
/// Bumped whenever the extraction's rules, word tables or weights change what it extracts.
inline constexpr int extraction_version = 25; // 2: passes with learned weights (issue 16); 3: known organisations and towns; 4: more evidence against descriptions, offices without apostrophes, world regions; 5: where names end (lost apostrophes after "y", plural modifiers, closing legal forms); 6: lower-case shares counted in prose only, not in web addresses; Company as a head-word; conjuncts; 7: line breaks a scraper lost (runs of spaces) end a paragraph, and so does an About heading before its repeated name; a place, title or brand before a given name is dropped; currencies, time zones and a firm's functions are no organisations; the name after a title's "at" is not the speaker; 8: known organisations mined again without runs across line breaks, title words or a name's tail; an exchange listing a ticker is no mention; "Media", "Web", "Source" are no labels glued to a name; a degree, a technology's acronym, "Neither" or a firm's organ is no organisation; a business named after a person keeps its possessive; a firm's organ "of" the firm is the firm; 9: a wire's name for its service and an area's designation ("Foreign Trade Zone") are no organisations, nor is an institution's head-word alone; 10: a place that opens a name, or a body named before a possessive, owns the body named after it ("Ohio's Board of Nursing"); a date or a web platform after "on" is no part of a name, and a platform after "on" is used, not named; an organisation's name is its form without a possessive, and not in a heading's capitals, where the release also writes one; 11: a body's name with an "s" that its other mentions lack is its possessive, the apostrophe lost ("Department of Justices"); a word for a people alone ("Canadian", "Iraqis"), and places joined ("Texas and Iowa"), are evidence as a place is; a speaker's surname is the speaker's name; "Task Force", "Section", "Office" and "Administration" alone are no candidates; "Harris County, Texas, Sheriffs Office" is one name, "Harris County Sheriffs Office"; a name that opens with its head-word goes on through "Against"; 12: after an institution's "of", a word for its scope ("School of Law", "Department of State") no longer counts against the name; "the House" alone is a name; an acronym after its long form with the brackets lost ("Office for Harbour Preparedness OHP") is defined and cut from it; a body named after its members keeps their job's plural ("Association of Shelter Veterinarians", "Quill Injury Lawyers"); a restaurant's, bakery's or salon's trade word is a company's head-word; a court's district ("Eastern District of Michigan") is no candidate; a disorder, an assay or a tax credit ends no organisation's name; a storm or a war ("Hurricane Katrina", "World War II") is no candidate; a town's state code after a comma ("LAS VEGAS, NV") is no legal form; 13: a name after "the" ("according to the Washington Post") is no speaker; a headline's verb and its subject are no part of the name after them ("Quellmark Appoints Dana Quill"); "His Excellency", "Editor-in-Chief" and "Agent-in-Charge" are no part of a name; in a text whose punctuation became spaces, a run of spaces ends a name, and a party and state ("R Tenn") is no name nor part of one; a name glued to a copy of itself is one name, and a state, an agency's acronym compound or a "-based" compound before a name is none of it; a committee named after a list of fields ("Senate Health, Education, Labor and Pensions Committee", "Committee on Commerce, Science, and Transportation") is one name; 14: a day's or a month's name, or a numeral, ordinal or pronoun written with a capital after a lower-case word, stays in the name it opens ("Sun Quill Solutions", "First Vellmark Bank", "sponsored by More Quellmark"); a hyphenated compound of ordinary words ("High-Return", "Real-Time") is an ordinary word in a candidate's description, and a "-based" or "-led" compound opens no name ("Harbour-based Vellmark Inc.", "the FBI-led Quillton Safety Task Force"); "Google" after "on" is a web platform used; an acronym in the plural ("EVs", "OEMs") names a kind of thing, not an organisation, nor does its long form; towns the corpora write before a country or a province ("in Hanoi, Vietnam") are evidence of a place; a currency's ISO code ("EUR 5 million") is no organisation; a person who goes by the surname ("Dana Quill ... Quill's book"), named in full or by the surname, is no organisation candidate; a country by its abbreviation alone ("the UAE", "the UK") is none either; an acronym written twice with no space ("QXVQXV", a logo's text glued to the paragraph) is parted; after a given name's possessive mid-sentence, the capitalised words that end the run are the business's ("Dana's Famous Recipe"); 15: an acronym whose long form is judged no organisation ("Image Routing Management (IRM)") is one only on its own evidence, unless it joins two acronyms ("TCE-CSI"); a degree ("Master of Business Administration") is no candidate; two names joined by "and", each ending in a head-word or a legal form or known, the second holding a name's word, are each a whole mention ("Quillton Truck Group and Vellmark Haulage Inc."); legal forms alone ("Co. KGaA") are no candidate; a web platform in a list after "on" ("on quill.org, Facebook, X") is used, not named; a person's name after a style of address ("Dr. Dana Quill"), or known as a person and before a comma and a job title ("Dana Quill, executive director"), is no candidate; a signature block's title glued to the line before or after it ("Dana QuillChief Financial OfficerQuill Mines Inc.") is parted where the text is read; a firm's board "for" the firm is the firm, and a board or a committee after the firm's name is no part of it ("Quill Holdings Board of Directors"); 16: an acronym whose possessive lost its apostrophe ("the QXVs Harbour Division") has an acronym's shape, and a text that kept its curly apostrophes lost none ("VMs" is a plural there); a one-word name the corpora know as a company's and no dictionary writes in lower case ("Textron") is evidence by itself (known_name, weighed by train-extract --fit-new); the oceans ("the Pacific"), more regions ("Arabian Peninsula") and countries by their everyday names ("Russia", "Turkey") are places; "<head-word> of X" and a name after "and" are two names ("Department of Commerce and Quillton Port Authority"), unless a known name runs on through the "and"; a title of a law ("Title VII") is no candidate, nor is a public programme ("Medicare", "SNAP") or a list of names of no organisation ("Medicare and Medicaid", "CEO and Board"); a name goes on through a capitalised "Against" when an institution's head-word closes the words after it ("Quillton Crimes Against Children Task Force"); a name with an age after it ("Dana Quill, 45, of Harbour") is a person's, and so is its surname alone; so is a given name, a middle initial and a surname ("Dana R. Quill"); a long form of ordinary words with no head-word reads as a term (term_long_form, weighed by train-extract --fit-new), and its acronym names no body unless it would on its own evidence ("Endpoint Detection and Response (EDR)"), unless a body is named after its members ("Veterans of Foreign Wars"); "Unit" is an institution's head-word ("Quillton Economic Crimes Unit"), and a processing or care unit, or "Unit" alone, is none; so are a caucus, an assembly, a secretariat, a directorate and the military's commands, brigades, battalions, regiments and squadrons; an acronym before a hyphen and a participle ("FDA-approved") is a word of its own, so the body is named; the AP's abbreviations of states that no word shares ("Detroit, Mich.", "D-Mich.") are places; words of two for a people ("Alaska Native", "African-American") are as demonyms are; 17: a name right before its head's title ("Quillbox CEO Dana Roe", "(Quillbox Executive Chairman)") is evidence of the body (before_head_title, weighed by train-extract --fit-new), unless it is a form of address ("Madam President"), a field of work, a people, a person after a title, or a scrape's lost comma stands between; a title after a body's name is cut from it when its noun follows an ordinary word ("Ministry of Justice Trial Attorney", "Quillton Fraud Unit Trial Attorney") or a modifier after the subject of the body's "of" ("Ministry of Justice Senior Counsel"); "Party" after an ordinary word that names no party's cause (political_words.txt) is a gathering or a term ("Block Party", "Related Party"), and "Party" alone is no candidate; a headline's verb (headline_verbs.txt: "Opens", "Urges", "Unveils") parts the names on its sides ("Quillbox Opens Harbour Studio"), unless a legal form follows it ("Wins Co., Ltd."); a list after a plural in "-ies" ("companies such as", "agencies"), after "investors" or after a round's "participation from" is a list of organisations; a country's regions ("the Midwest", "New England", "Benelux") are places; a "Chief of" something ("Deputy Chief of the Quillton Fraud Unit", "Chief of Police") and a secretary-general, director-general or undersecretary are titles before a body's name, not part of it; a candidate that is a place ("China recently banned exports") is no organisation, whatever its other evidence, unless it is an acronym, known as a body or written with a legal form; a day's or a month's name with a possessive ("Monday's seminar") counts as one; a hyphenated title ("Vice-President", "Secretary-Treasurer") is a title before a body's name; a pronoun's contraction ("I've", "We're") opens no name; a field of work after a title's "of" ("Director of Regulatory Affairs") is the title's, no candidate; a name opening with "Best" or "Top" and no legal form ("Best Taco", "Top Workplaces") is an award's category, unless known; a membership body's "of" before its members' plural is the last "of" before it ("... Section of the American Society of Civil Engineers"); a country by its formal name ("People's Republic of China", "United States of America") is a place, not a body of it ("Ministry of Commerce of the People's Republic of China"); a web or e-mail address glued to a telephone number ("quillbox.com310.299.1717") is parted where the text is read; capitalised fields of a title that open a piece ("..., Brand and Marketing Director") are the title's; an event's last word ("Scientific Sessions", "Symposium", "Fest", "Showcase", "Marathon") ends no organisation's name; a field of work alone ("Sales & Marketing", "Finance") is no candidate; a known body's name shaped like a person's and with no head-word ("Charles Schwab", "Eli Lilly") is evidence of the body (known_person_like, weighed by train-extract --fit-new); 18: known organisations mined again, two releases enough when they give a ticker or two kinds of cue ("X Inc." in one, "CEO of X" in the other), and without terms that end in a head-word but that the corpora also write in lower case ("Emergency Medical Services", "Assets Under Management (AUM)"), and with the public bodies that define an acronym by their head-word and what they are of ("Department of Harbour Affairs (DHA)"; not an office every body has, "Office of Inspector General"); a phrase of ordinary words that the corpora write in lower case too ("Press Office", "Armed Force"; corpus_terms.txt, mined by scripts/mine-known-names) is evidence of a term (corpus_term), and so is an acronym it defines (acronym_of_term), both weighed by train-extract --fit-new; an acronym glued to the "The" after it ("QXVThe Quillton Bank") is parted where the text is read, and a name glued to "and" only where the text also writes the name alone ("New Holland" stays whole); a body the corpora know, shaped like a person's name, is not cut out of a list as a person ("Charles Schwab and Eli Lilly bought"); a leader's term of office ("the Quill Administration", after a person's name or a word the corpora write capitalised) and a party's members ("Democrats", "Senate Republicans") are no organisations; nor is a law enforcement operation ("Operation Harbour Net"), unless the corpora know a body by that name; a body's name with an "s" that the corpora's known names lack is its possessive, the apostrophe lost ("the Bureau of Reclamations review"), as one that the release's other mentions lack already was; 19: an acronym owns the body named after its possessive ("the QXV's Center for Harbour Safety" is the Center); a chamber "of" its members' plural ("House of Delegates") is a name, its job's plural no title; a chamber's committee is named with the chamber ("Senate Harbour Affairs Committee", not the Senate and a committee), "Subcommittee" is a head-word (and no name alone), and a party's member or a person "on" a committee is no part of its name; a place shaped like a person's name ("San Diego", "Los Angeles") is no person, so no name is cut at it; a U.S. Attorney's office is named with the city or the district it sits "in" ("U.S. Attorney's Office in Quillton Falls"), as with the district it is "for"; an acronym that the release defines by a term is a term's, though the corpora know a body by the same letters; a party's majority in a chamber ("the Republican Congress") or its leadership is no organisation; a numeral or an ordinal after a list's comma opens the name ("Quillbox, Three Harbours, Inc."), and so does a capitalised "Under" after a lower-case word or a comma ("Quillbox, Under Vellmark"); a word of digits and a capital ("3D", "5G") goes on inside a name between capitalised words; a web address glued to the line after it ("quillbox.comAbout Quillbox") is parted where the text is read; a one-word name after "Mr.", "Ms.", "Dr." is a person's surname, no candidate; a venue for events or a shopping centre ("Harbour Convention Center", "Vellmark Town Center") is a place; 20: an "and" between two whole names lists two organisations, never one: when the head-word that opens the first opens the second ("Office of Harbour Affairs and Office of Quill Operations"), after a legal form, after a known name alone, before a known name alone after a head-word (even a weak one: "Quillton Hotels International and Sony"), or at the end of a list of names ("..., Quill Truck Group and Vellmark Auto"), or when an institution's head-word of the first closes the second ("Quillton School of Music and Vellmark School"), or one head-word closes both ("Quillton Environmental and Vellmark Environmental"); the trades a small firm is named after ("Roofing", "Plumbing", "Environmental", "Orthodontics") are weak head-words; "Former", "Acting" or "Interim", or a title's modifier before "U.S." ("Chief U.S. District Judge"), opens no body's name; a name in capitals before the same words ("QUILLTON PRESS Quillton Press", a logo's or a heading's line break lost) is the one name; in a text that lost its apostrophes, an "s" before a gap of spaces (a scraper's lost line break) is no possessive, so "Fire Departments" there is a plural, no body; a name the release writes as a town, before a comma and a US state ("in Quillton Falls, Texas", "Quillton Falls, TX 75001"), is a place there, unless an acronym or a known body; a body's whole name and a unit named after it ("Senate" and "Senate Harbour Affairs Committee") are two organisations, not a short form and its name, when two or more words, one an institution's head-word, follow the body's name; two words of people's names joined by "and" ("Dana and Tom", "Senators Quill and Venn") are no candidate, unless known as a body or in the release's title; 21: a possessive of a word the release never writes without it belongs to the firm's name when a company's head-word or a legal form closes the capitalised words after it ("Quillton Vellby's International Realty", "Vellmark's Home Services"), unless the owner is a place, a month, an acronym, a person or a body, or an award follows ("Best", "Top"); a name described as a product ("X, a new app", "X is a handheld device"; product_nouns.txt) or an outlet cited as media ("featured in X", "aired on X") is evidence against an organisation (appositive_product_noun, is_a_product_noun, media_cue, weighed by train-extract --fit-new); a name that the release's own web or e-mail address spells ("Quillton Labs" and "www.quilltonlabs.com"; not a platform linked to, nor a person) is evidence of a firm (domain_name, weighed by train-extract --fit-new); a given name glued to a capitalised word is parted only when the second is a surname the tables know, one the text also writes alone, or a title, a form of address or "said" comes before, and never after a surname's particle ("Mac", "Van"): brands ("QuillEnergo", "WebSpero") and "MacDowell" stay whole; an institution's head-word alone ("the Corps") is a short form of the first body the release names in full with it as its head ("Quillton Corps of Harbour Engineers"), and a corps is named after its members' plural; a function word's possessive before the word again ("Quillton Who's Who") goes on inside a name; a name whose scrape lost the stops of "U.S." shows them ("U S Harbour Administration" is "U.S. Harbour Administration"); a speaker's organisation after a title ends where its capitalised name does ("a spokesperson for the Quillton Harbour Authority in an email"), going on through a connector inside it ("Bureau of Quill Affairs"), and without its possessive or a "-based" place before it ("Quillton-based investment firm Harbour Capital"), and after an "at" the words before it were the title's field ("Director of Client Services at Quillbox Labs"), before an "in" and a place it stops ("Vellmark Health in Texas"); a headline's deal ("Sale of ...", "Expansion of the ...") opens no organisation's name; 22: an acronym whose long form reads as a term is a term's too (acronym_of_plain_words, weighed by train-extract --fit-new), unless the release writes the long form with a legal form; a unit named for a place and then its parent ("Denver Division of the Harbour Bureau") is one body, and the parent alone is no short form of it; no-break spaces between words are spaces where the text is read; a title's noun that also qualifies titles ("General", "Principal") opens a name before an ordinary word no title has ("General Electric"); digits run into capitals ("5QX Ventures") open a name as a number does; a contact block's legal form glued to the next line ("Quillbox, Inc.Email:") is parted where the text is read; one word in camel case whose capitals spell an acronym is its long form ("QuillMediaWire (QMW)", "QBN (QuillBrandNetwork)"); a capitalised phrase heading an indefinite noun phrase ("a prominent Independent Software Vendor") is evidence of a kind, not a body (after_indefinite, weighed by train-extract --fit-new); a people ("Americans saying") is no speaker; the clause after a quotation that ends a sentence, ending in a comma or a colon before the next quotation, introduces the next ("... added, “...”"), and "calling them “...”" speaks for the clause's subject; 23: a legal form glued to the time or number on the next line ("Quillbox LLC10:00 AM", "Harbour Inc.212.555.0100") is parted where the text is read, and so is a contact line's person glued to the firm after a given name ("Dana QuellbyVellmark Partners"; a surname of three letters only when the tables know it, so "Quill MedSpa" stays a brand); a list of names goes on through an article before a name and a body's noun after one ("Quillbox, the Vellmark group, Zentora"); a title's possessive that ends a name ("the QXV Chairman's Award") is the title's, no part of the body's name; a law's or a road's name with a possessive ("the Quillton Care Act's") keeps its tail's evidence, and a parkway, an expressway, a freeway or a turnpike is a road; a page's "Web site" after a body's name is no part of it, and a yearly address ("State of the Union") is no organisation; after a whole name, an "and" lists a second name that a proper word opens and a weak head-word closes ("Harbour Business Association and QXV International"); a headline's verb ("Announces", "Releases") is no word of a person's name ("Senator Quill Announces Ft Drum", "Dana Quill Releases New Album"); a term the corpora also write in lower case ("Cloud Services") gives a list no organisation's shape; "Government" is a weak head-word ("Quillton County Government"); before a speech verb, a name with no given name or initial that ends an of-phrase ("Dana Quill of the Western District of New York stated") is the place's: the person named before the "of" speaks, across a ", Jr." too, or the person heading the clause before a comma ("Ann Roe, lecturer ... at the Quillton School of Law in Vellmark said"); a call to action's "Call" opens no name ("Call Vellmark Fence Co. today"), and a name goes on through it ("Quillton Call Center"); 24: a name's possessive after a speech verb ("said Vellmark Coin's value ...", "said Tom Venn's widow") opens what was said, no speaker; a compound that describes what follows ("AI-Based", "Harbour-Led") opens no person's name that has no cue of a person; a head-word "of" a few capitalised words closes a name before "and" when a name that a proper word opens follows ("Quillton Institute of Harbour Studies and Vellmark University" are two); a name of several words glued to itself ("About Quillton FoundationQuillton Foundation drives") is parted where the text is read; a weekday's abbreviation right before a capitalised word that is no date's opens a name ("Sat Vellmark"); known organisations and corpus terms mined again with the tables as they stand; 25: the last field of a roster's entry, after a person's name and a role ("* Tom Venn, Director of Sales, Quillbox"; "...; Jane Roe, CTO, Vellmark;"), is evidence of the body the person works for (roster_affiliation, weighed by train-extract --fit-new)
inline constexpr std::string_view metadata_extraction_key = "pressdex.extraction";

enum class FieldKind {
    free_text, // words, with positions, searched through the query parser's stemmer
    boolean,   // exact terms that filter (date:, type:)
};

struct Field {
    std::string_view name;   // what users type before the colon
    std::string_view prefix; // Xapian term prefix
    FieldKind kind;
    std::string_view help;
};

inline constexpr Field title{"title", "S", FieldKind::free_text, "words of the headline"};
inline constexpr Field place{"place", "XPLACE", FieldKind::free_text, "dateline place"};
inline constexpr Field path{"path", "XPATH", FieldKind::free_text, "words of the file path"};
inline constexpr Field type{"type", "T", FieldKind::boolean,
                            "file type: txt, md, html, pdf, docx, odt, email, feed"};
inline constexpr Field date{"date", "D", FieldKind::boolean,
                            "publication date: 2018-11-23, 2018-11, 2018, A..B, ..B, A.."};

inline constexpr Field speaker{"speaker", "XSPK", FieldKind::free_text, "a person quoted"};
inline constexpr Field org{"org", "XORG", FieldKind::free_text,
                           "an organisation named, by any of its names or acronyms"};
inline constexpr Field role{"role", "XROLE", FieldKind::free_text, "a quoted person's role"};
inline constexpr Field quote{"quote", "XQUOTE", FieldKind::free_text, "words inside quotations"};

inline constexpr std::array<Field, 9> fields{title, place, path, type, date,
                                             speaker, org, role, quote};

// Prefixes of terms that are not user fields.
inline constexpr std::string_view prefix_month = "M";
inline constexpr std::string_view prefix_year = "Y";
inline constexpr std::string_view prefix_unique_id = "Q";
inline constexpr std::string_view prefix_quote_of = "XQOF";
inline constexpr std::string_view prefix_near_duplicate = "XDUP";
inline constexpr std::string_view prefix_org_alias = "XOAL";
inline constexpr std::string_view term_kind_release = "Krelease";
inline constexpr std::string_view term_kind_quote = "Kquote";

// Marks the name words in the spelling table; no folded word starts with it.
inline constexpr std::string_view spelling_name_marker = "#";

// Separates the names of a multi-valued facet slot.
inline constexpr char facet_separator = '\x1f';

enum Slot : unsigned {
    slot_date = 0,
    slot_path = 1,
    slot_size = 2,
    slot_mtime = 3,
    slot_hash = 4,
    slot_year = 5,
    slot_speakers = 6,
    slot_orgs = 7,
    slot_near_duplicate = 8,
    slot_container = 9,
    slot_item_hash = 10,
};

// Weight of title words relative to body words in the unprefixed (all-text) terms.
inline constexpr unsigned title_weight = 3;

} // namespace pressdex::schema
