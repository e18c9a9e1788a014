#include "searcher/date_query.hpp"

#include "common/schema.hpp"
#include "pressdex/error.hpp"

#include <charconv>
#include <optional>
#include <string>
#include <utility>

namespace pressdex {
namespace {

// A day, month or year as typed, with the first and last day it covers (YYYYMMDD).
struct DateSpan {
    std::string term; // the boolean term for exactly this span
    std::string first_day;
    std::string last_day;
};

bool all_digits(std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

int to_int(std::string_view digits) {
    int value = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return value;
}

int days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

std::string two_digits(int value) {
    return std::string(1, static_cast<char>('0' + value / 10)) +
           static_cast<char>('0' + value % 10);
}

std::optional<DateSpan> parse_span(std::string_view text) {
    // YYYY, YYYY-MM or YYYY-MM-DD; "/" and "." are not accepted as separators because ".."
    // is the range operator.
    if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
    const std::string_view year = text.substr(0, 4);
    if (!all_digits(year)) return std::nullopt;
    const int y = to_int(year);
    if (text.size() == 4)
        return DateSpan{std::string(schema::prefix_year) + std::string(year),
                        std::string(year) + "0101", std::string(year) + "1231"};
    if (text[4] != '-' || !all_digits(text.substr(5, 2))) return std::nullopt;
    const int m = to_int(text.substr(5, 2));
    if (m < 1 || m > 12) return std::nullopt;
    const std::string ym = std::string(year) + two_digits(m);
    if (text.size() == 7)
        return DateSpan{std::string(schema::prefix_month) + ym, ym + "01",
                        ym + two_digits(days_in_month(y, m))};
    if (text[7] != '-' || !all_digits(text.substr(8, 2))) return std::nullopt;
    const int d = to_int(text.substr(8, 2));
    if (d < 1 || d > days_in_month(y, m)) return std::nullopt;
    const std::string ymd = ym + two_digits(d);
    return DateSpan{std::string(schema::date.prefix) + ymd, ymd, ymd};
}

[[noreturn]] void bad_date(std::string_view value, std::string_view part) {
    throw QueryError(std::string(value),
                     "bad date '" + std::string(part) + "' in date:" + std::string(value) +
                         ": use YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date), or a range "
                         "A..B, ..B or A..");
}

DateSpan span_or_throw(std::string_view value, std::string_view part) {
    auto span = parse_span(part);
    if (!span) bad_date(value, part);
    return *span;
}

} // namespace

Xapian::Query date_field_query(std::string_view value) {
    const std::size_t dots = value.find("..");
    if (dots == std::string_view::npos) return Xapian::Query(span_or_throw(value, value).term);

    const std::string_view from = value.substr(0, dots);
    const std::string_view to = value.substr(dots + 2);
    if (from.empty() && to.empty()) bad_date(value, value);
    if (from.empty())
        return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::slot_date,
                             span_or_throw(value, to).last_day);
    if (to.empty())
        return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::slot_date,
                             span_or_throw(value, from).first_day);
    const DateSpan first = span_or_throw(value, from);
    const DateSpan last = span_or_throw(value, to);
    if (last.last_day < first.first_day)
        throw QueryError(std::string(value), "date range date:" + std::string(value) +
                                                 " ends before it starts");
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::slot_date, first.first_day,
                         last.last_day);
}

Xapian::Query DateFieldProcessor::operator()(const std::string& value) {
    try {
        return date_field_query(value);
    } catch (const QueryError& e) {
        if (!error_) error_ = e;
        return Xapian::Query::MatchNothing;
    }
}

std::optional<QueryError> DateFieldProcessor::take_error() {
    return std::exchange(error_, std::nullopt);
}

} // namespace pressdex
