#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pressdex {

/// The publication line of a release: "NEW YORK, June 3, 2025 /PRNewswire/ --",
/// "23 November 2018 | News", "ANGOLA, IN - October 14, 2025 (NEWMEDIAWIRE) -", ...
struct Dateline {
    std::string date;  // YYYY-MM-DD
    std::string place; // as written ("NEW YORK", "ANGOLA, IN"), empty if the line has none
};

/// Looks for the release's own dateline near the start of its body (the first few
/// paragraphs), not for dates of events mentioned later. Never throws.
[[nodiscard]] std::optional<Dateline> find_dateline(std::string_view body);

/// Parses one date written as a person or a page would: "June 3, 2025", "3 June 2025",
/// "Jun. 3, 2025", "2025-06-03", "2018-04-13T00:00:00-04:00", "06/03/2025" (US order).
/// Returns YYYY-MM-DD, or nothing if the text is not a valid calendar date. Never throws.
[[nodiscard]] std::optional<std::string> parse_date(std::string_view text);

} // namespace pressdex
