#include "common/schema.hpp"
#include "pressdex/error.hpp"
#include "searcher/like.hpp"

#include <doctest/doctest.h>

namespace {

Xapian::Document release(const std::string& path, const std::string& text) {
    Xapian::Document doc;
    Xapian::TermGenerator generator;
    generator.set_document(doc);
    generator.index_text(text);
    doc.add_boolean_term(std::string(pressdex::schema::term_kind_release));
    doc.add_boolean_term(std::string(pressdex::schema::prefix_unique_id) + path);
    doc.add_value(pressdex::schema::slot_path, path);
    return doc;
}

} // namespace

TEST_CASE("more like this: similar releases first, never the release itself") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    db.add_document(release("/r/a.txt", "hospital oncology pediatric alliance hospital oncology"));
    db.add_document(release("/r/b.txt", "pediatric oncology alliance with a hospital"));
    db.add_document(release("/r/c.txt", "bitcoin mining token launch exchange"));
    db.add_document(release("/r/d.txt", "token exchange launch hospital"));

    Xapian::Enquire enquire(db);
    enquire.set_query(pressdex::more_like_query(db, "/r/a.txt"));
    const Xapian::MSet mset = enquire.get_mset(0, 10);
    REQUIRE(mset.size() >= 1);
    CHECK(mset.begin().get_document().get_value(pressdex::schema::slot_path) == "/r/b.txt");
    for (auto it = mset.begin(); it != mset.end(); ++it)
        CHECK(it.get_document().get_value(pressdex::schema::slot_path) != "/r/a.txt");
    CHECK_THROWS_AS((void)pressdex::more_like_query(db, "/r/none.txt"), pressdex::QueryError);
}
