#include "indexer/index_dir.hpp"
#include "pressdex/error.hpp"

#include <doctest/doctest.h>

#include <xapian.h>

#include <cstdlib>
#include <fstream>
#include <unistd.h>

namespace fs = std::filesystem;
using pressdex::IndexDirectory;

namespace {

fs::path scratch_dir(const char* name) {
    const fs::path dir = fs::temp_directory_path() / ("pressdex-test-" + std::to_string(getpid())) / name;
    fs::remove_all(dir);
    fs::create_directories(dir.parent_path());
    return dir;
}

void make_database(const fs::path& dir, const std::string& word) {
    Xapian::WritableDatabase db(dir.string(), Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
    Xapian::Document doc;
    doc.add_term(word);
    db.add_document(doc);
    db.commit();
}

} // namespace

TEST_CASE("a second writer is refused while the first holds the index") {
    const fs::path dir = scratch_dir("lock");
    IndexDirectory first(dir, false);
    CHECK_THROWS_AS(IndexDirectory(dir, false), pressdex::IndexError);
    try {
        IndexDirectory second(dir, false);
    } catch (const pressdex::IndexError& e) {
        CHECK(std::string(e.what()).find("another pressdex-index (pid") != std::string::npos);
    }
}

TEST_CASE("the lock is free again once its holder is gone") {
    const fs::path dir = scratch_dir("relock");
    { IndexDirectory first(dir, false); }
    CHECK_NOTHROW(IndexDirectory(dir, false));
}

TEST_CASE("a folder that is not an index is refused") {
    const fs::path dir = scratch_dir("documents");
    fs::create_directories(dir);
    std::ofstream(dir / "notes.txt") << "mine\n";
    CHECK_FALSE(pressdex::is_index_or_empty_folder(dir));
    CHECK_THROWS_AS(IndexDirectory(dir, false), pressdex::IndexError);
}

TEST_CASE("swapping generations: readers follow the stub, the old generation goes") {
    const fs::path dir = scratch_dir("swap");
    IndexDirectory index(dir, false);
    CHECK_FALSE(index.live_generation());

    const fs::path first = index.next_generation();
    CHECK(first.filename() == "gen-1");
    make_database(first, "first");
    index.swap_to(first);
    REQUIRE(index.live_generation());
    CHECK(*index.live_generation() == first);
    CHECK(Xapian::Database(dir.string()).get_termfreq("first") == 1);

    const fs::path second = index.next_generation();
    CHECK(second.filename() == "gen-2");
    make_database(second, "second");
    index.swap_to(second);
    CHECK(Xapian::Database(dir.string()).get_termfreq("second") == 1);
    CHECK_FALSE(fs::exists(first));
}

TEST_CASE("leftovers of a killed run are removed, the live generation is kept") {
    const fs::path dir = scratch_dir("leftovers");
    IndexDirectory index(dir, false);
    const fs::path live = index.next_generation();
    make_database(live, "live");
    index.swap_to(live);
    const fs::path work = index.make_work_dir();
    fs::create_directories(work / "segment-0-0");
    fs::create_directories(dir / "gen-9");
    index.remove_leftovers();
    CHECK_FALSE(fs::exists(work));
    CHECK_FALSE(fs::exists(dir / "gen-9"));
    CHECK(fs::exists(live));
}
