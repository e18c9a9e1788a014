// Any bytes as a release (first line the title, the rest the body) through the extraction
// of who said what, as the indexer calls it. extract_facts never throws on odd text; every
// quote's speaker is one of the speakers; from valid UTF-8 every name and quote is valid
// UTF-8 (they become terms and stored JSON).

#include "fuzz/checks.hpp"
#include "indexer/extract/facts.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace pressdex;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::size_t newline = std::min(text.find('\n'), text.size());
    const std::string_view title = text.substr(0, newline);
    const std::string_view body = text.substr(std::min(newline + 1, text.size()));
    const extract::Facts facts = extract::extract_facts(title, body);

    for (const extract::Quote& quote : facts.quotes)
        fuzz::expect(
            std::any_of(facts.speakers.begin(), facts.speakers.end(),
                        [&](const extract::Speaker& s) { return s.name == quote.speaker; }),
            "a quote's speaker is one of the speakers");
    if (!fuzz::is_valid_utf8(text))
        return 0;
    const auto valid = [](const std::string& s) { return fuzz::is_valid_utf8(s); };
    for (const extract::Speaker& s : facts.speakers)
        fuzz::expect(valid(s.name) && valid(s.role) && valid(s.organisation),
                     "speakers are valid UTF-8");
    for (const extract::Quote& q : facts.quotes)
        fuzz::expect(valid(q.text), "quotes are valid UTF-8");
    for (const extract::Organisation& o : facts.organisations)
        fuzz::expect(valid(o.name) && std::all_of(o.aliases.begin(), o.aliases.end(), valid),
                     "organisations are valid UTF-8");
    return 0;
}
