#pragma once

// The stored data of a document (common/schema.hpp, "data"): a JSON object per release or
// quotation. Its keys are named here once; the indexer writes them with the functions
// below (indexer/document.cpp), `pressdex-index extract` prints the same objects for
// speakers and organisations (tools/extract_json.cpp), and the searcher reads them with
// searcher/stored_data.hpp. A test writes and reads them back (tests/unit/test_stored_fields.cpp).
//
//   release   {path, type, title, date, place, body, [link],
//              speakers: [{name, role, organisation}], organisations: [{name, aliases}]}
//   quotation {speaker, role, organisation, text, path, title, date}

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace pressdex::stored {

namespace key {
inline constexpr std::string_view path = "path";
inline constexpr std::string_view type = "type";
inline constexpr std::string_view title = "title";
inline constexpr std::string_view date = "date";
inline constexpr std::string_view place = "place";
inline constexpr std::string_view link = "link"; // a feed item's address; only when it has one
inline constexpr std::string_view body = "body";
inline constexpr std::string_view speakers = "speakers";
inline constexpr std::string_view organisations = "organisations";
inline constexpr std::string_view name = "name"; // of a speaker or an organisation
inline constexpr std::string_view role = "role";
inline constexpr std::string_view organisation = "organisation";
inline constexpr std::string_view aliases = "aliases";
inline constexpr std::string_view speaker = "speaker";
inline constexpr std::string_view text = "text";
} // namespace key

struct Speaker {
    std::string name;
    std::string role;         // may be empty
    std::string organisation; // may be empty
};

struct Organisation {
    std::string name;
    std::vector<std::string> aliases;
};

struct ReleaseData {
    std::string path, type, title, date, place, body;
    std::vector<Speaker> speakers;
    std::vector<Organisation> organisations;
};

struct QuoteData {
    std::string speaker, role, organisation, text, path, title, date;
};

/// How an empty role or organisation is written: as "" (stored data) or null (the
/// extraction's JSON lines, which the gold scorer reads).
enum class Empty { as_string, as_null };

/// {name, role, organisation}.
[[nodiscard]] nlohmann::json speaker_json(const Speaker& speaker, Empty empty = Empty::as_string);
/// {name, aliases}.
[[nodiscard]] nlohmann::json organisation_json(const Organisation& organisation);

/// The stored data of a release or a quotation, serialised. Invalid UTF-8 is replaced, not
/// thrown on: the text came through the decoder, but a stored document must never fail to
/// serialise.
[[nodiscard]] std::string write_release(const ReleaseData& release);
[[nodiscard]] std::string write_quote(const QuoteData& quote);

} // namespace pressdex::stored
