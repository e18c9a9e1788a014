#pragma once

// The index schema: every field a user can name in a query, the Xapian term prefix and value
// slot behind it, and the metadata keys. The indexer and the query parser both read this
// table, so a field exists on both sides or on neither.
//
// A release document holds:
//   terms     unprefixed    words of title, dateline place and body, with positions;
//                           "Z"-prefixed English stems of them, without positions
//             S             title words (and ZS stems), also free text
//             XPLACE        dateline place words ("NEW YORK, June 3, 2025 /PRNewswire/")
//             XPATH         the words of the file's path (folders and file name)
//             D / M / Y     publication date as YYYYMMDD / YYYYMM / YYYY (boolean)
//             T             file type: txt, md, html (boolean)
//             Q             unique id: the absolute path, or a hash of it if too long
//   values    slot_date     "YYYYMMDD", sortable, for date ranges and --sort date
//             slot_path     absolute path (the incremental scan reads every path from here)
//             slot_size     file size, decimal
//             slot_mtime    file mtime in nanoseconds, decimal
//             slot_hash     XXH3-64 of the file's bytes, 16 hex digits
//   data      a JSON object: path, type, title, date, place, body (the body is kept for
//             snippets)
//   metadata  pressdex.schema   the schema version below; an index without it, or with
//                               another version, is refused on open with a clear message

#include <array>
#include <string_view>

namespace pressdex::schema {

inline constexpr int version = 1;
inline constexpr std::string_view metadata_schema_key = "pressdex.schema";

enum class FieldKind {
    free_text, // words, with positions, searched through the query parser's stemmer
    boolean,   // exact terms that filter (date:, type:)
};

struct Field {
    std::string_view name;   // what users type before the colon
    std::string_view prefix; // Xapian term prefix
    FieldKind kind;
    std::string_view help;
};

inline constexpr Field title{"title", "S", FieldKind::free_text, "words of the headline"};
inline constexpr Field place{"place", "XPLACE", FieldKind::free_text, "dateline place"};
inline constexpr Field path{"path", "XPATH", FieldKind::free_text, "words of the file path"};
inline constexpr Field type{"type", "T", FieldKind::boolean, "file type: txt, md, html"};
inline constexpr Field date{"date", "D", FieldKind::boolean,
                            "publication date: 2018-11-23, 2018-11, 2018, A..B, ..B, A.."};

inline constexpr std::array<Field, 5> fields{title, place, path, type, date};

// Prefixes of terms that are not user fields.
inline constexpr std::string_view prefix_month = "M";
inline constexpr std::string_view prefix_year = "Y";
inline constexpr std::string_view prefix_unique_id = "Q";

enum Slot : unsigned {
    slot_date = 0,
    slot_path = 1,
    slot_size = 2,
    slot_mtime = 3,
    slot_hash = 4,
};

// Weight of title words relative to body words in the unprefixed (all-text) terms.
inline constexpr unsigned title_weight = 3;

} // namespace pressdex::schema
