#include "indexer/decode.hpp"
#include "indexer/read_release.hpp"
#include "pressdex/error.hpp"

#include <doctest/doctest.h>

#include <string>

using pressdex::decode_to_utf8;

namespace {

std::string fixture(const std::string& name) {
    return pressdex::read_file_bytes(std::string(PRESSDEX_FIXTURES_DIR) + "/encodings/" + name);
}

const std::string expected_start = "The Children’s Hospital of Philadelphia (CHOP)";
const std::string expected_quote = "said: “Mount Sinai is pleased";

} // namespace

TEST_CASE("a Windows-1252 file with curly quotes as bytes 0x92-0x94 is detected and converted") {
    const auto decoded = decode_to_utf8(fixture("windows-1252.txt"));
    CHECK(decoded.charset == "windows-1252");
    CHECK(decoded.text.starts_with(expected_start));
    CHECK(decoded.text.find(expected_quote) != std::string::npos);
    CHECK(decoded.text.find('\r') == std::string::npos);
}

TEST_CASE("UTF-16 files with a byte-order mark, both byte orders") {
    for (const char* name : {"utf-16le-bom.txt", "utf-16be-bom.txt"}) {
        CAPTURE(name);
        const auto decoded = decode_to_utf8(fixture(name));
        CHECK(decoded.charset.starts_with("UTF-16"));
        CHECK(decoded.text.starts_with(expected_start));
        CHECK(decoded.text.find(expected_quote) != std::string::npos);
    }
}

TEST_CASE("UTF-8 with a byte-order mark loses the mark") {
    const auto decoded = decode_to_utf8(fixture("utf-8-bom.txt"));
    CHECK(decoded.charset == "UTF-8");
    CHECK(decoded.text.starts_with(expected_start));
}

TEST_CASE("invalid bytes in the middle of UTF-8 text do not lose the rest") {
    const auto decoded = decode_to_utf8(fixture("invalid-utf-8.txt"));
    CHECK(decoded.charset == "UTF-8");
    CHECK(decoded.invalid_bytes == 3);
    CHECK(decoded.text.starts_with(expected_start));
    CHECK(decoded.text.find("world-renowned institution") != std::string::npos);
}

TEST_CASE("plain ASCII and empty input") {
    CHECK(decode_to_utf8("hello\r\nworld").text == "hello\nworld");
    CHECK(decode_to_utf8("").text.empty());
}

TEST_CASE("NUL bytes: a few are dropped, many mean binary") {
    const std::string few = std::string("press") + '\0' + " release text that goes on for a while";
    CHECK(decode_to_utf8(few).text == "press release text that goes on for a while");
    std::string binary(1000, '\0');
    binary[10] = 'x';
    CHECK_THROWS_AS((void)decode_to_utf8(binary), pressdex::Error);
}

TEST_CASE("UTF-16 without a byte-order mark is told by its NULs, not taken for binary") {
    const std::u16string text = u"Unmarked release about Zürich, in UTF-16.";
    std::string little, big;
    for (const char16_t unit : text) {
        little += {static_cast<char>(unit & 0xFF), static_cast<char>(unit >> 8)};
        big += {static_cast<char>(unit >> 8), static_cast<char>(unit & 0xFF)};
    }
    CHECK(decode_to_utf8(little).charset == "UTF-16LE");
    CHECK(decode_to_utf8(little).text == "Unmarked release about Zürich, in UTF-16.");
    CHECK(decode_to_utf8(big).charset == "UTF-16BE");
    CHECK(decode_to_utf8(big).text == "Unmarked release about Zürich, in UTF-16.");
}

TEST_CASE("binary content after a byte-order mark is still binary") {
    std::string controls;
    for (int i = 0; i < 500; ++i) controls += {'\x01', '\x00'};
    CHECK_THROWS_AS((void)decode_to_utf8("\xFF\xFE" + controls), pressdex::Error);
    CHECK_THROWS_AS((void)decode_to_utf8("\xEF\xBB\xBF" + controls), pressdex::Error);
}
