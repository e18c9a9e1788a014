#pragma once

#include "pressdex/error.hpp"

#include <xapian.h>

#include <optional>
#include <string_view>

namespace pressdex {

/// The Xapian query for the value of a date: field, as users type it:
///   2018-11-23, 2018-11, 2018       a day, a month, a year (boolean terms, fast)
///   2018-01-01..2018-06-30          a range, each end a day, month or year, inclusive
///   ..2019, 2018..                  open ranges
/// Throws pressdex::QueryError naming the value for an impossible date ("2018-13-45"), a
/// malformed one, or a range that ends before it starts.
[[nodiscard]] Xapian::Query date_field_query(std::string_view value);

/// A Xapian field processor that calls date_field_query. It never throws into Xapian's query
/// parser, which leaks what it has parsed so far when a field processor throws: a bad value
/// matches nothing instead, and its QueryError waits in take_error() for the caller of
/// parse_query. Not thread-safe (it is owned by one QueryParser).
class DateFieldProcessor final : public Xapian::FieldProcessor {
  public:
    Xapian::Query operator()(const std::string& value) override;

    /// The error of the first bad value since the last call, if any; clears it.
    [[nodiscard]] std::optional<QueryError> take_error();

  private:
    std::optional<QueryError> error_;
};

} // namespace pressdex
