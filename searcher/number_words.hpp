#pragma once

// People shorten amounts as headlines, notes and web addresses do ("$20m deal", "3bn",
// "10k scholarship"), while releases mostly write them out ("$20 million", "10,000").

#include <string>
#include <string_view>

namespace pressdex {

/// How releases write the amount that a folded query word shortens, as query text: "20m"
/// and "$20mn" give "\"20 million\"", "1.5bn" gives "\"1.5 billion\"", "10k" gives
/// "10,000". Empty for a word that is no such amount. A currency sign before the digits
/// is left out, as the index has no term for it.
[[nodiscard]] std::string written_out_amount(std::string_view word);

} // namespace pressdex
