#include "searcher/number_words.hpp"

#include <array>
#include <utility>

namespace pressdex {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Digits with thousands separators, as the index keeps "10,000" whole.
std::string grouped(std::string digits) {
    while (digits.size() > 1 && digits.front() == '0') digits.erase(0, 1);
    for (std::size_t at = digits.size(); at > 3; at -= 3) digits.insert(at - 3, 1, ',');
    return digits;
}

// "2.5" thousand as digits: "2,500"; empty when it is no whole number (2.5005k).
std::string thousands(std::string_view whole, std::string_view fraction) {
    if (fraction.size() > 3) return {};
    std::string digits(whole);
    digits += fraction;
    digits.append(3 - fraction.size(), '0');
    return grouped(digits);
}

} // namespace

std::string written_out_amount(std::string_view word) {
    // Currency signs as folded text has them (UTF-8 for the euro, pound and yen).
    for (const std::string_view sign : {"$", "\u20ac", "\u00a3", "\u00a5"})
        if (word.substr(0, sign.size()) == sign) {
            word.remove_prefix(sign.size());
            break;
        }
    std::size_t digits_end = 0;
    while (digits_end < word.size() && is_digit(word[digits_end])) ++digits_end;
    if (digits_end == 0 || digits_end > 6) return {};
    std::string_view whole = word.substr(0, digits_end), fraction;
    std::size_t at = digits_end;
    if (at + 1 < word.size() && word[at] == '.' && is_digit(word[at + 1])) {
        std::size_t end = at + 1;
        while (end < word.size() && is_digit(word[end])) ++end;
        fraction = word.substr(at + 1, end - at - 1);
        at = end;
    }
    const std::string_view unit = word.substr(at);
    if (unit == "k") return thousands(whole, fraction);
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> magnitudes{{
        {"m", "million"}, {"mn", "million"}, {"mln", "million"},
        {"b", "billion"}, {"bn", "billion"}, {"bln", "billion"},
        {"tn", "trillion"}}};
    for (const auto& [letters, name] : magnitudes)
        if (unit == letters) {
            std::string phrase = "\"";
            phrase.append(whole);
            if (!fraction.empty()) phrase.append(".").append(fraction);
            phrase.append(" ").append(name).append("\"");
            return phrase;
        }
    return {};
}

} // namespace pressdex
