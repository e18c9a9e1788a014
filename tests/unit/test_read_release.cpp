#include "indexer/read_release.hpp"
#include "indexer/stripped_marks.hpp"
#include "pressdex/error.hpp"

#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

using pressdex::FileType;
using pressdex::parse_release;

TEST_CASE("markdown: the # heading is the title and the --- footer of links is cut") {
    const auto release = parse_release("# Acme Opens a **New** Plant\n\n"
                                       "Acme, a [maker](https://acme.example) of things, said.\n\n"
                                       " Second paragraph ![logo](x.png) here. \n\n"
                                       "---\n\n"
                                       "[Original/Source Press Release](https://example.com/a)\n"
                                       "   \n"
                                       "![Blockchain Registration](https://example.com/q.webp)",
                                       FileType::md);
    CHECK(release.title == "Acme Opens a New Plant");
    CHECK(release.body == "Acme, a maker of things, said.\n\nSecond paragraph  here.");
}

TEST_CASE("markdown: a --- rule followed by text is part of the release") {
    const auto release = parse_release("# T\n\nOne.\n\n---\n\nTwo.\n", FileType::md);
    CHECK(release.body.find("Two.") != std::string::npos);
}

TEST_CASE("no-break spaces between words are spaces, in every format read as text") {
    const auto md = parse_release("# Q&A with the CEO of\u00a0Quillbox\n\n* Dana Quill,\u00a0Three Vellmarks, Inc.\n",
                                  FileType::md);
    CHECK(md.title == "Q&A with the CEO of Quillbox");
    CHECK(md.body == "* Dana Quill, Three Vellmarks, Inc.");
    const auto txt = parse_release("Quillbox\u202fLaunches\n\nIt grew by\u2007nine percent.\n", FileType::txt);
    CHECK(txt.title == "Quillbox Launches");
    CHECK(txt.body == "It grew by nine percent.");
}

TEST_CASE("text: a short first line without a full stop is the title") {
    const auto release = parse_release("\n\nMount Sinai collaborates with Taikang Healthcare\n\n"
                                       "Mount Sinai will provide guidance.\n",
                                       FileType::txt);
    CHECK(release.title == "Mount Sinai collaborates with Taikang Healthcare");
    CHECK(release.body == "Mount Sinai will provide guidance.");
}

TEST_CASE("text: a first line that is a sentence is not a title") {
    const auto release = parse_release("The hospital has collaborated with MSHS.\n\nMore text.\n",
                                       FileType::txt);
    CHECK(release.title.empty());
    CHECK(release.body.starts_with("The hospital has collaborated"));
}

TEST_CASE("the seed release 001 gets title, date and no place") {
    const auto bytes = pressdex::read_file_bytes(std::string(PRESSDEX_SOURCE_DIR) +
                                                 "/corpus/seeds/001_2d0bd46c00fc22b8.txt");
    const auto release = parse_release(bytes, FileType::txt);
    CHECK(release.title == "Mount Sinai collaborates with Taikang Healthcare");
    CHECK(release.date == "2018-11-23");
}

TEST_CASE("reading a missing file names it") {
    CHECK_THROWS_WITH_AS((void)pressdex::read_file_bytes("/nonexistent/x.txt"),
                         doctest::Contains("/nonexistent/x.txt"), pressdex::FileError);
}

namespace {

// A scratch folder for one test case, removed at its end.
struct ScratchFolder {
    std::filesystem::path path = std::filesystem::temp_directory_path() /
                                 ("pressdex-test-" + std::to_string(::getpid()));
    ScratchFolder() { std::filesystem::create_directories(path); }
    ~ScratchFolder() { std::filesystem::remove_all(path); }
    std::filesystem::path write(const std::string& name, const std::string& bytes) const {
        std::ofstream(path / name, std::ios::binary) << bytes;
        return path / name;
    }
};

std::string reason_for(const std::filesystem::path& path) {
    try {
        const std::string bytes = pressdex::read_file_bytes(path);
        (void)pressdex::decode_release(bytes, FileType::txt, path.string());
    } catch (const pressdex::FileError& e) {
        return e.reason();
    }
    return "";
}

} // namespace

TEST_CASE("files without text are refused with a reason, not indexed empty") {
    const ScratchFolder folder;
    CHECK(reason_for(folder.write("empty.txt", "")) == "empty file");
    CHECK(reason_for(folder.write("blank.txt", " \n\r\n\t\n")) == "no text in it");
    CHECK(reason_for(folder.write("text.txt", "Some text.\n")).empty());
}

TEST_CASE("only regular files are read; a FIFO does not block") {
    const ScratchFolder folder;
    REQUIRE(::mkfifo((folder.path / "fifo.txt").c_str(), 0600) == 0);
    CHECK(reason_for(folder.path / "fifo.txt") == "not a regular file");
    CHECK(reason_for(folder.path / "gone.txt").starts_with("vanished"));
}

TEST_CASE("a file the walk found is read only if it is still the same file") {
    const ScratchFolder folder;
    std::filesystem::create_directories(folder.path / "inside");
    std::filesystem::create_directories(folder.path / "outside");
    folder.write("inside/x.txt", "Inside text.\n");
    folder.write("outside/x.txt", "Outside secret.\n");
    const auto found = pressdex::find_release_files({folder.path / "inside"}, [](const auto&) {});
    REQUIRE(found.size() == 1);
    CHECK(pressdex::read_file_bytes(found[0]) == "Inside text.\n");
    // The folder swapped for a link to another one after the walk: not followed.
    std::filesystem::rename(folder.path / "inside", folder.path / "old-inside");
    std::filesystem::create_directory_symlink(folder.path / "outside", folder.path / "inside");
    CHECK_THROWS_WITH_AS((void)pressdex::read_file_bytes(found[0]), doctest::Contains("replaced"),
                         pressdex::FileError);
}

TEST_CASE("a file over the size limit is refused before it is read") {
    const ScratchFolder folder;
    const auto big = folder.write("big.txt", "");
    std::filesystem::resize_file(big, pressdex::max_release_file_bytes + 1); // sparse
    CHECK(reason_for(big).starts_with("too large"));
}

TEST_CASE("marks a scrape cut down to 'â' are put back where their shape says which they were") {
    using pressdex::with_stripped_marks_restored;
    CHECK(with_stripped_marks_restored("Quill\xC3\xA2s office said \xC3\xA2We don\xC3\xA2t wait.\xC3\xA2 The bill "
                                       "\xC3\xA2 a long one \xC3\xA2 passed.") ==
          "Quill\xE2\x80\x99s office said \xE2\x80\x9CWe don\xE2\x80\x99t wait.\xE2\x80\x9D The bill "
          "\xE2\x80\x94 a long one \xE2\x80\x94 passed.");
    // a mark glued to a word's end before a space: a plural's apostrophe before a word that is
    // no function word, a closing mark inside a quotation, else a dash
    CHECK(with_stripped_marks_restored("Quill\xC3\xA2s view: Harbour\xC3\xA2 we wait. The Senators\xC3\xA2 "
                                       "letter said \xC3\xA2Never wait\xC3\xA2 would. Its suicides\xC3\xA2 the "
                                       "most.\n\xC3\xA2Go on, he said.\nThe quay\xC3\xA2 we built.") ==
          "Quill\xE2\x80\x99s view: Harbour\xE2\x80\x94 we wait. The Senators\xE2\x80\x99 letter said "
          "\xE2\x80\x9CNever wait\xE2\x80\x9D would. Its suicides\xE2\x80\x94 the most.\n\xE2\x80\x9CGo on, he "
          "said.\nThe quay\xE2\x80\x94 we built.");
    // "â" as a letter: no apostrophe or closing mark of that shape, or curly marks of its own
    CHECK(with_stripped_marks_restored("Le ch\xC3\xA2teau \xC3\xA2g\xC3\xA9 de Vellmark.") ==
          "Le ch\xC3\xA2teau \xC3\xA2g\xC3\xA9 de Vellmark.");
    CHECK(with_stripped_marks_restored("Quill\xE2\x80\x99s \xC3\xA2ge, Vellmark\xC3\xA2s.") ==
          "Quill\xE2\x80\x99s \xC3\xA2ge, Vellmark\xC3\xA2s.");
    // every reader's text goes through it
    const auto release = parse_release("T\n\nQuill\xC3\xA2s office said \xC3\xA2We are ready.\xC3\xA2\n", FileType::txt);
    CHECK(release.body.find("Quill\xE2\x80\x99s office said \xE2\x80\x9CWe are ready.\xE2\x80\x9D") != std::string::npos);
}
