#include "common/schema.hpp"
#include "indexer/document.hpp"
#include "common/organisation_names.hpp"
#include "searcher/facets.hpp"
#include "searcher/org_field.hpp"
#include "searcher/query.hpp"

#include <doctest/doctest.h>

#include <set>

using pressdex::expand_org_fields;

namespace {

// Three releases: one defines CHOP, one names the hospital in full only, one writes only
// CHOP; plus a quote of the full-name release, as quote mode sees it.
struct Index {
    Xapian::WritableDatabase db{std::string(), Xapian::DB_BACKEND_INMEMORY};
    pressdex::DocumentBuilder builder;

    void add(const std::string& path, const std::string& body,
             const pressdex::extract::Facts& facts) {
        pressdex::Release release;
        release.title = "Release " + path;
        release.body = body;
        const pressdex::SourceFile source{path, pressdex::FileType::txt, {}, "0000000000000000"};
        db.add_document(builder.build(release, source, facts));
        for (const auto& quote : builder.build_quotes(release, source, facts))
            db.add_document(quote);
    }

    Index() {
        add("/defines.txt", "The Children's Hospital of Philadelphia (CHOP) joins.",
            {{}, {}, {{"Children's Hospital of Philadelphia", {"CHOP"}}, {"Acme Corp", {"Acme"}}}});
        add("/full.txt", "Children's Hospital of Philadelphia president Jane Roe spoke.",
            {{{"Jane Roe", "president", "Children's Hospital of Philadelphia"}},
             {{"Jane Roe", "We are pleased"}},
             {{"Children's Hospital of Philadelphia", {}}}});
        add("/short.txt", "CHOP opens a clinic.", {{}, {}, {{"CHOP", {}}}});
        db.commit();
    }

    std::set<std::string> paths(const std::string& query,
                                pressdex::QueryTarget target = pressdex::QueryTarget::releases) {
        pressdex::QueryBuilder query_builder(db);
        Xapian::Enquire enquire(db);
        // As the searcher runs them: on one kind of document.
        const std::string kind(target == pressdex::QueryTarget::quotes
                                   ? pressdex::schema::term_kind_quote
                                   : pressdex::schema::term_kind_release);
        enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER,
                                        query_builder.parse(query, target).query,
                                        Xapian::Query(kind)));
        std::set<std::string> found;
        const Xapian::MSet mset = enquire.get_mset(0, 100);
        for (auto it = mset.begin(); it != mset.end(); ++it) {
            const std::string data = it.get_document().get_data();
            const auto at = data.find("\"path\":\"");
            if (at != std::string::npos)
                found.insert(data.substr(at + 8, data.find('"', at + 8) - at - 8));
        }
        return found;
    }
};

} // namespace

TEST_CASE("org aliases are learned from any release, compared folded") {
    Index index;
    const pressdex::Normalizer normalizer;
    CHECK(pressdex::organisation_aliases(index.db, "chop", normalizer) ==
          std::vector<std::string>{"childrens hospital of philadelphia"});
    CHECK(pressdex::organisation_aliases(index.db, "the childrens hospital of philadelphia",
                                         normalizer) ==
          std::vector<std::string>{"childrens hospital of philadelphia", "chop"});
    CHECK(pressdex::organisation_aliases(index.db, "acme corp", normalizer) ==
          std::vector<std::string>{"acme"});
    // Only the organisation named, not every organisation of the releases naming it.
    CHECK(pressdex::organisation_aliases(index.db, "philadelphia", normalizer).empty());
    CHECK(pressdex::organisation_aliases(index.db, "nobody", normalizer).empty());
}

TEST_CASE("org: finds releases that write only the other form") {
    Index index;
    CHECK(index.paths("org:CHOP") ==
          std::set<std::string>{"/defines.txt", "/full.txt", "/short.txt"});
    CHECK(index.paths("org:\"Children's Hospital of Philadelphia\"") ==
          std::set<std::string>{"/defines.txt", "/full.txt", "/short.txt"});
    CHECK(index.paths("org:\"The Children's Hospital of Philadelphia\"") ==
          std::set<std::string>{"/defines.txt", "/full.txt", "/short.txt"});
    CHECK(index.paths("org:CHOP -org:\"children's hospital of philadelphia\"").empty());
    CHECK(index.paths("clinic NOT org:CHOP").empty());
    // Quote mode: the quote's speaker works for the hospital, named in full.
    CHECK(index.paths("org:CHOP", pressdex::QueryTarget::quotes) ==
          std::set<std::string>{"/full.txt"});
}

TEST_CASE("org: fields are widened in the query text, other text left alone") {
    const auto lookup = [](std::string_view value) {
        if (value == "chop") return std::vector<std::string>{"childrens hospital of philadelphia"};
        if (value == "mount sinai") return std::vector<std::string>{"mshs", "say \"ms\""};
        return std::vector<std::string>{};
    };
    CHECK(expand_org_fields("org:chop", lookup) ==
          "(org:chop OR org:\"childrens hospital of philadelphia\")");
    CHECK(expand_org_fields("a -org:\"mount sinai\" b", lookup) ==
          "a -(org:\"mount sinai\" OR org:\"mshs\" OR org:\"say  ms \") b");
    CHECK(expand_org_fields("(org:chop) OR x", lookup) ==
          "((org:chop OR org:\"childrens hospital of philadelphia\")) OR x");
    for (const char* unchanged : {"org:acme", "org:chop*", "org:(chop x)", "\"org:chop\"",
                                  "title:chop", "xorg:chop", "org:\"chop"})
        CHECK(expand_org_fields(unchanged, lookup) == unchanged);
}

TEST_CASE("org: also searches the text for names the index mostly uses as organisations'") {
    const auto none = [](std::string_view) { return std::vector<std::string>{}; };
    const auto in_text = [](std::string_view value) { return value == "quellmark robotics"; };
    CHECK(expand_org_fields("org:\"quellmark robotics\"", none, in_text) ==
          "(org:\"quellmark robotics\" OR \"quellmark robotics\")");
    CHECK(expand_org_fields("org:target", none, in_text) == "org:target");
    CHECK(expand_org_fields("org:\"quellmark robotics\"", none) == "org:\"quellmark robotics\"");
}

TEST_CASE("one public body written several ways has one group key") {
    using pressdex::organisation_group_key;
    const std::string body = organisation_group_key("Department of Fisheries");
    CHECK(body == "department of fisheries");
    CHECK(organisation_group_key("Fisheries Department") == body);
    CHECK(organisation_group_key("U.S. Department of Fisheries") == body);
    CHECK(organisation_group_key("United States Department of the Fisheries") == body);
    CHECK(organisation_group_key("The Fisheries Dept.") == body);
    // Only before a department: a company's national prefix is part of its name.
    CHECK(organisation_group_key("U.S. Widgets") == "u s widgets");
    CHECK(organisation_group_key("Department of Fisheries Office") == "department of fisheries office");
}

namespace {

// Releases naming invented agencies: how many of them, with which names paired.
struct FacetIndex {
    Xapian::WritableDatabase db{std::string(), Xapian::DB_BACKEND_INMEMORY};
    pressdex::DocumentBuilder builder;
    int next = 0;

    void add(std::vector<pressdex::extract::Organisation> organisations) {
        pressdex::Release release;
        release.title = "Release";
        release.body = "Agencies met.";
        const pressdex::SourceFile source{"/" + std::to_string(next++) + ".txt", pressdex::FileType::txt, {},
                                          "0000000000000000"};
        pressdex::extract::Facts facts;
        facts.organisations = std::move(organisations);
        db.add_document(builder.build(release, source, facts));
    }

    std::map<std::string, std::size_t> org_facet() {
        db.commit();
        const auto results = pressdex::count_facets(db, Xapian::Query(std::string(pressdex::schema::term_kind_release)),
                                                    {"org"}, 20);
        std::map<std::string, std::size_t> rows;
        for (const auto& row : results.facets.at("org")) rows[row.value] = row.count;
        return rows;
    }
};

} // namespace

TEST_CASE("org facet: one row per organisation, not one per pair ever written") {
    FacetIndex index;
    for (int i = 0; i < 6; ++i) index.add({{"Department of Fisheries", {}}});
    index.add({{"Fisheries Department", {}}});
    index.add({{"Department of Fisheriess", {}}}); // "Fisheries's", its apostrophe lost
    // The bureau goes by its acronym in two releases; one release misreads the department
    // as another name of it.
    index.add({{"Bureau of Nets", {"BON"}}});
    index.add({{"Bureau of Nets", {"BON"}}});
    index.add({{"Bureau of Nets", {"Department of Fisheries"}}});
    index.add({{"BON", {}}});
    const auto rows = index.org_facet();
    CHECK(rows == std::map<std::string, std::size_t>{{"Department of Fisheries", 8}, {"Bureau of Nets", 4}});
}

TEST_CASE("org: widens to the names most releases give, not to one release's misreading") {
    FacetIndex index;
    for (int i = 0; i < 11; ++i) index.add({{"Bureau of Nets", {"BON"}}});
    index.add({{"Bureau of Nets", {"Department of Fisheries"}}});
    index.db.commit();
    const pressdex::Normalizer normalizer;
    CHECK(pressdex::organisation_aliases(index.db, "bureau of nets", normalizer) == std::vector<std::string>{"bon"});
}

TEST_CASE("org facet: an acronym that always names the same releases as its long form is one row") {
    FacetIndex index;
    for (int i = 0; i < 5; ++i) index.add({{"Corvane Newswire", {}}, {"CNW", {}}});
    index.add({{"CNW", {}}});
    // A word in capitals is no acronym of a name that holds it.
    for (int i = 0; i < 3; ++i) index.add({{"Harbour Investors", {}}, {"INVESTORS", {}}});
    const auto rows = index.org_facet();
    CHECK(rows == std::map<std::string, std::size_t>{{"Corvane Newswire", 6}, {"Harbour Investors", 3},
                                                     {"INVESTORS", 3}});
}

TEST_CASE("org: is not widened to a name any organisation could have") {
    CHECK(pressdex::generic_organisation_name("The Department"));
    CHECK(pressdex::generic_organisation_name("Office of"));
    CHECK_FALSE(pressdex::generic_organisation_name("Office of Nets"));
    FacetIndex index;
    for (int i = 0; i < 3; ++i) index.add({{"Office of Nets", {"Office", "OON"}}});
    index.db.commit();
    const pressdex::Normalizer normalizer;
    CHECK(pressdex::organisation_aliases(index.db, "office of nets", normalizer) == std::vector<std::string>{"oon"});
}

TEST_CASE("a word of the language is told from a word written only as a name") {
    CHECK(pressdex::ordinary_word("trail"));
    CHECK(pressdex::ordinary_word("Target"));
    CHECK_FALSE(pressdex::ordinary_word("Quenvyx"));
    CHECK_FALSE(pressdex::ordinary_word(""));
}
