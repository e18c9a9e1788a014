// The search time limit (searcher/deadline.hpp). No test waits on the clock: a limit of one
// nanosecond has always run out by the time Xapian asks, and one of an hour never does.
#include "searcher/deadline.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <set>

namespace {

using namespace std::chrono_literals;

// `count` documents, each with the word "common"; every third also "third".
Xapian::WritableDatabase archive(int count) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (int i = 0; i < count; ++i) {
        Xapian::Document doc;
        doc.add_term("common");
        if (i % 3 == 0) doc.add_term("third");
        db.add_document(doc);
    }
    return db;
}

std::set<Xapian::docid> matches(const Xapian::Database& db, const Xapian::Query& query) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount(), db.get_doccount());
    std::set<Xapian::docid> ids;
    for (auto it = mset.begin(); it != mset.end(); ++it) ids.insert(*it);
    return ids;
}

} // namespace

TEST_CASE("no limit: the query is left as it is") {
    const pressdex::Deadline none;
    CHECK_FALSE(none.set());
    CHECK_FALSE(none.passed());
    const Xapian::Query query("third");
    CHECK(none.bound(query).get_description() == query.get_description());
    CHECK_FALSE(pressdex::Deadline(0ns, false).set());
}

TEST_CASE("a limit that has run out ends the match at once, and says so") {
    Xapian::WritableDatabase db = archive(3000);
    const pressdex::Deadline deadline(1ns, false);
    CHECK(deadline.passed());
    CHECK_FALSE(deadline.cut_short()); // nothing was cut yet
    CHECK(matches(db, deadline.bound(Xapian::Query("common"))).empty());
    CHECK(deadline.cut_short());
}

TEST_CASE("a limit that has not run out changes nothing") {
    Xapian::WritableDatabase db = archive(3000);
    const pressdex::Deadline deadline(1h, false);
    for (const char* word : {"common", "third"})
        CHECK(matches(db, deadline.bound(Xapian::Query(word))) == matches(db, Xapian::Query(word)));
    // The ranked page and the estimate are those of the query alone.
    Xapian::Enquire enquire(db);
    enquire.set_query(deadline.bound(Xapian::Query("third")));
    CHECK(enquire.get_mset(0, 10, 100).get_matches_estimated() == 1000);
    // Alone, with nothing else to lead, it walks the documents that exist (not the gaps).
    db.delete_document(2);
    db.delete_document(3);
    CHECK(matches(db, deadline.bound(Xapian::Query::MatchAll)).size() == 2998);
    CHECK_FALSE(deadline.cut_short());
}

TEST_CASE("several databases searched as one: each is bounded") {
    Xapian::WritableDatabase first = archive(500), second = archive(700);
    Xapian::Database both;
    both.add_database(first);
    both.add_database(second);
    const pressdex::Deadline generous(1h, false);
    CHECK(matches(both, generous.bound(Xapian::Query("common"))).size() == 1200);
    CHECK_FALSE(generous.cut_short());
    const pressdex::Deadline spent(1ns, false);
    CHECK(matches(both, spent.bound(Xapian::Query("common"))).empty());
    CHECK(spent.cut_short());
}

TEST_CASE("over remote shards the query is not filtered; the time being up counts as cut") {
    const pressdex::Deadline remote(1ns, true);
    const Xapian::Query query("common");
    CHECK(remote.bound(query).get_description() == query.get_description());
    CHECK(remote.cut_short());
    const pressdex::Deadline skipped(1h, false);
    skipped.skip();
    CHECK(skipped.cut_short());
}
