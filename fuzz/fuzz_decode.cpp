// Any bytes through the indexer's reading path for .txt and .md files: decode_to_utf8, then
// parse_release. Whatever the bytes, decoding either refuses them as not text
// (pressdex::Error) or gives valid UTF-8 without control characters, and parsing never
// throws.

#include "fuzz/checks.hpp"
#include "indexer/decode.hpp"
#include "indexer/read_release.hpp"
#include "pressdex/error.hpp"

#include <cstddef>
#include <cstdint>

using namespace pressdex;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    DecodedText decoded;
    try {
        decoded = decode_to_utf8(bytes);
    } catch (const Error&) {
        return 0; // "binary content, not text": the indexer skips the file with a warning
    }
    fuzz::expect(fuzz::is_valid_utf8(decoded.text), "decode_to_utf8 gives valid UTF-8");
    fuzz::expect(fuzz::has_only_text_controls(decoded.text),
                 "decode_to_utf8 leaves no control characters but tab and newline");
    for (const FileType type : {FileType::txt, FileType::md}) {
        const Release release = parse_release(decoded.text, type);
        for (const std::string* field : {&release.title, &release.body, &release.place})
            fuzz::expect(fuzz::is_valid_utf8(*field), "parse_release keeps text valid UTF-8");
        fuzz::expect(release.date.empty() || fuzz::is_iso_date(release.date),
                     "parse_release's date is YYYY-MM-DD");
    }
    return 0;
}
