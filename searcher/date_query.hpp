#pragma once

#include <xapian.h>

#include <string_view>

namespace pressdex {

/// The Xapian query for the value of a date: field, as users type it:
///   2018-11-23, 2018-11, 2018       a day, a month, a year (boolean terms, fast)
///   2018-01-01..2018-06-30          a range, each end a day, month or year, inclusive
///   ..2019, 2018..                  open ranges
/// Throws pressdex::QueryError naming the value for an impossible date ("2018-13-45"), a
/// malformed one, or a range that ends before it starts.
[[nodiscard]] Xapian::Query date_field_query(std::string_view value);

/// A Xapian field processor that calls date_field_query; exceptions pass through Xapian's
/// query parser to the caller of parse_query.
class DateFieldProcessor final : public Xapian::FieldProcessor {
  public:
    Xapian::Query operator()(const std::string& value) override;
};

} // namespace pressdex
