#include "indexer/walk.hpp"

#include <doctest/doctest.h>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;

namespace {

// A scratch folder for one test case, removed at its end.
struct ScratchFolder {
    fs::path path = fs::temp_directory_path() / ("pressdex-walk-" + std::to_string(::getpid()));
    ScratchFolder() { fs::create_directories(path); }
    ~ScratchFolder() { fs::remove_all(path); }
    void write(const fs::path& name) const {
        fs::create_directories((path / name).parent_path());
        std::ofstream(path / name) << "Release text.\n";
    }
};

struct Walk {
    pressdex::FoundFiles found;
    std::map<std::string, int> skipped; // reason -> count
};

Walk walk(const fs::path& root) {
    Walk result;
    result.found = pressdex::find_release_files(
        {root}, [&](const pressdex::SkippedPath& skip) { ++result.skipped[skip.reason]; });
    return result;
}

} // namespace

TEST_CASE("links are not followed, hidden and special files are passed over and counted") {
    const ScratchFolder folder;
    folder.write("in/a.txt");
    folder.write("in/.hidden.txt");
    folder.write("in/.hidden-dir/b.txt");
    folder.write("out/secret.txt");
    fs::create_symlink(folder.path / "out/secret.txt", folder.path / "in/link.txt");
    fs::create_directory_symlink(folder.path / "out", folder.path / "in/link-dir");
    fs::create_directory_symlink(".", folder.path / "in/loop");
    REQUIRE(::mkfifo((folder.path / "in/fifo.txt").c_str(), 0600) == 0);
    Walk result = walk(folder.path / "in");
    REQUIRE(result.found.size() == 1);
    CHECK(result.found[0].path == folder.path / "in/a.txt");
    CHECK(result.found[0].stat.inode != 0);
    CHECK(result.skipped["symbolic link (not followed)"] == 3);
    CHECK(result.skipped["hidden"] == 2);
    CHECK(result.skipped["not a regular file"] == 1);
}

TEST_CASE("folders nested deeper than the open-file limit are walked") {
    const ScratchFolder folder;
    fs::path deep = "d";
    for (int i = 0; i < 300; ++i)
        deep /= "d";
    folder.write(deep / "deep.txt");
    folder.write("z.txt");
    rlimit saved{};
    REQUIRE(::getrlimit(RLIMIT_NOFILE, &saved) == 0);
    rlimit low = saved;
    low.rlim_cur = 64;
    REQUIRE(::setrlimit(RLIMIT_NOFILE, &low) == 0);
    const Walk result = walk(folder.path);
    ::setrlimit(RLIMIT_NOFILE, &saved);
    CHECK(result.found.size() == 2);
    CHECK(result.skipped.empty());
}

TEST_CASE("files come sorted as paths, component by component, and a file given twice once") {
    const ScratchFolder folder;
    for (const char* name : {"x-y.txt", "x/b.txt", "x/a/c.txt", "x.txt", "w.txt"}) folder.write(name);
    // "x" inside the folder: its files are found twice, kept once.
    const auto found = pressdex::find_release_files({folder.path, folder.path / "x"},
                                                    [](const pressdex::SkippedPath&) {});
    std::vector<fs::path> paths;
    for (std::size_t i = 0; i < found.size(); ++i) paths.push_back(found[i].path);
    // "x/..." before "x-y.txt" and "x.txt", as std::filesystem::path orders them, though
    // '/' is after '-' and '.' in a byte-wise order.
    const std::vector<fs::path> expected{folder.path / "w.txt", folder.path / "x/a/c.txt",
                                         folder.path / "x/b.txt", folder.path / "x-y.txt",
                                         folder.path / "x.txt"};
    CHECK(paths == expected);
    CHECK(std::is_sorted(paths.begin(), paths.end()));
    CHECK(found.path(1) == (folder.path / "x/a/c.txt").string());
}

TEST_CASE("keep_if drops the files it refuses and keeps the others in order") {
    const ScratchFolder folder;
    for (const char* name : {"a.txt", "b.md", "c.txt"}) folder.write(name);
    auto found = pressdex::find_release_files({folder.path}, [](const pressdex::SkippedPath&) {});
    found.keep_if([](std::string_view path) { return !path.ends_with(".md"); });
    REQUIRE(found.size() == 2);
    CHECK(found[0].path == folder.path / "a.txt");
    CHECK(found[1].path == folder.path / "c.txt");
    CHECK(found[1].type == pressdex::FileType::txt);
    CHECK(found.stat(1).size == std::string("Release text.\n").size());
}
