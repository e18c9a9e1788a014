// Any bytes as an HTML page: html_to_text, then the dates it found through parse_date and
// its body through find_dateline, as parse_release does. Malformed, deeply nested or huge
// pages must give what text they can, never a crash; from valid UTF-8 the text stays valid.

#include "fuzz/checks.hpp"
#include "indexer/dateline.hpp"
#include "indexer/html.hpp"

#include <cstddef>
#include <cstdint>

using namespace pressdex;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view page(reinterpret_cast<const char*>(data), size);
    const HtmlText text = html_to_text(page);
    if (fuzz::is_valid_utf8(page)) {
        fuzz::expect(fuzz::is_valid_utf8(text.title), "html_to_text's title is valid UTF-8");
        fuzz::expect(fuzz::is_valid_utf8(text.body), "html_to_text's body is valid UTF-8");
    }
    for (const std::string& candidate : text.dates)
        if (const auto date = parse_date(candidate))
            fuzz::expect(fuzz::is_iso_date(*date), "parse_date gives YYYY-MM-DD");
    if (const auto dateline = find_dateline(text.body))
        fuzz::expect(fuzz::is_iso_date(dateline->date), "find_dateline gives YYYY-MM-DD");
    return 0;
}
