#include "common/schema.hpp"
#include "indexer/document.hpp"
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
