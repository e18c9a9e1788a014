// Any bytes as the top of a release body (find_dateline) and as one written date
// (parse_date). Neither throws; a date found is a real calendar date as YYYY-MM-DD, and a
// place found from valid UTF-8 is valid UTF-8.

#include "fuzz/checks.hpp"
#include "indexer/dateline.hpp"

#include <cstddef>
#include <cstdint>

using namespace pressdex;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (const auto dateline = find_dateline(text)) {
        fuzz::expect(fuzz::is_iso_date(dateline->date), "find_dateline gives YYYY-MM-DD");
        if (fuzz::is_valid_utf8(text))
            fuzz::expect(fuzz::is_valid_utf8(dateline->place), "the place is valid UTF-8");
    }
    if (const auto date = parse_date(text))
        fuzz::expect(fuzz::is_iso_date(*date), "parse_date gives YYYY-MM-DD");
    return 0;
}
