#pragma once

#include "common/normalize.hpp"
#include "searcher/date_query.hpp"

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

namespace pressdex {

/// A user's query, understood.
struct ParsedQuery {
    Xapian::Query query;
    std::string folded_text;                // the query after folding, as parsed
    std::vector<std::string> wildcard_stems; // "hosp" for hosp*, for highlighting
};

/// Longest query accepted, in bytes.
inline constexpr std::size_t max_query_bytes = 8192;

/// Folds a query as the indexer folds text (common/normalize.hpp), word by word, keeping
/// the boolean operators (AND, OR, NOT, XOR, NEAR, ADJ, NEAR/n, ADJ/n) in capitals so that
/// the query parser still sees them.
[[nodiscard]] std::string fold_query(std::string_view query, const Normalizer& normalizer);

/// What a query runs against. In quote documents the quotation's words are the unprefixed
/// terms (common/schema.hpp), so `quote:` is read differently there.
enum class QueryTarget { releases, quotes };

/// Builds Xapian queries from what users type, with the fields of common/schema.hpp.
/// Not thread-safe (it owns Xapian::QueryParsers).
class QueryBuilder {
  public:
    /// The database is used for wildcard expansion and for the other names of the
    /// organisations named with org: (searcher/org_field.hpp); it must outlive the builder.
    explicit QueryBuilder(const Xapian::Database& db);

    /// Throws pressdex::QueryError with a one-line reason: empty, too long, control
    /// characters, unbalanced quotes or parentheses, an unknown field, a bad date, or a
    /// syntax error such as a lone operator.
    [[nodiscard]] ParsedQuery parse(std::string_view query,
                                    QueryTarget target = QueryTarget::releases);

    /// Uses another database from now on (the index opened again); it must outlive the
    /// builder.
    void set_database(const Xapian::Database& db);

  private:
    struct Parser {
        Xapian::QueryParser parser;
        DateFieldProcessor* dates = nullptr; // owned by parser
    };
    void configure(Parser& parser, const Xapian::Database& db, QueryTarget target);

    Xapian::Database db_; // a handle sharing the caller's (reopen() on either moves both)
    Normalizer normalizer_;
    Xapian::SimpleStopper stopper_;
    Parser release_parser_;
    Parser quote_parser_;
};

} // namespace pressdex
