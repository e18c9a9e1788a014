// Any bytes as a release file of the formats of issue 12 (indexer/formats/): the first byte
// chooses the format (PDF, DOCX, ODT, email, mbox, feed), the rest is the file. Damaged,
// encrypted, bombed or entity-laden files must be refused with a FileError or read within
// the limits, never crash, hang or leak; what is read is valid UTF-8 with ISO dates.

#include "fuzz/checks.hpp"
#include "indexer/formats/formats.hpp"
#include "pressdex/error.hpp"

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

using namespace pressdex;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    constexpr FileType types[] = {FileType::pdf, FileType::docx, FileType::odt,
                                  FileType::eml, FileType::mbox, FileType::feed};
    const FileType type = types[data[0] % std::size(types)];
    const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
    try {
        const formats::FileReleases found = formats::read_file_releases(bytes, type, "/fuzz/file");
        fuzz::expect(!found.releases.empty(), "a file read holds a release");
        for (const formats::FileRelease& item : found.releases) {
            fuzz::expect(item.path.starts_with("/fuzz/file"), "an item's path is below its file's");
            fuzz::expect(item.release.date.empty() || fuzz::is_iso_date(item.release.date),
                         "a release's date is YYYY-MM-DD");
        }
    } catch (const FileError&) {
        // refused, as a bad file should be
    }
    return 0;
}
