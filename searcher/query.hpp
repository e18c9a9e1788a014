#pragma once

#include "common/normalize.hpp"
#include "searcher/date_query.hpp"

#include <xapian.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pressdex {

/// A plain word of a query: one that may be left out when not every word can match
/// (searcher/natural.hpp).
struct QueryWord {
    std::string text;    // folded, as typed
    Xapian::Query query; // the word alone, as the parser reads it (its stem, e-mail OR email)
};

/// A query as its plain words and the strict rest: phrases, +word, -word, fields, date:,
/// wildcards and parenthesised groups. All of them ANDed is the query itself.
struct QueryWords {
    Xapian::Query strict;         // the strict rest, ANDed; empty when there is none
    Xapian::Query excluded;       // what -word and -"phrase" exclude; empty when nothing
    std::vector<QueryWord> words; // at least two, stop words left out, in the order typed
};

/// A user's query, understood.
struct ParsedQuery {
    Xapian::Query query;
    std::string folded_text;                // the query after folding, as parsed
    std::vector<std::string> wildcard_stems; // "hosp" for hosp*, for highlighting
    // Its plain words (QueryBuilder::split_words), for ranking releases with only some of
    // them after those with all, and for closeness; unset when there is nothing to relax.
    std::optional<QueryWords> words;
};

/// Longest query accepted, in bytes.
inline constexpr std::size_t max_query_bytes = 8192;

/// Most plain words a query may have for its releases with only some of them to be ranked;
/// a longer query is searched with all its words, as written.
inline constexpr std::size_t max_loose_words = 48;

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

    /// The plain words of a query and its strict rest, for ranking releases that have only
    /// some of the words; nothing when there is nothing to relax: fewer than two plain words,
    /// more than max_loose_words, or a boolean operator (AND, OR, NOT, XOR, NEAR, ADJ) outside
    /// parentheses, whose author asked for exactly that logic. `query` must have been parsed
    /// by parse() first (it throws the same QueryErrors).
    [[nodiscard]] std::optional<QueryWords> split_words(std::string_view query,
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
    // Parses folded text (fold_query()); `original` is what the user typed, for errors.
    [[nodiscard]] Xapian::Query parse_folded(Parser& parser, const std::string& folded,
                                             std::string_view original);

    Xapian::Database db_; // a handle sharing the caller's (reopen() on either moves both)
    Normalizer normalizer_;
    Xapian::SimpleStopper stopper_;
    Parser release_parser_;
    Parser quote_parser_;
};

} // namespace pressdex
