#include "searcher/stored_data.hpp"

#include "common/character_references.hpp"
#include "common/stored_fields.hpp"

#include <string_view>
#include <vector>

namespace pressdex {
namespace {

using simdjson::dom::element;
using simdjson::dom::object;
namespace key = stored::key;

std::string string_at(const object& fields, std::string_view key) {
    std::string_view text;
    if (fields[key].get_string().get(text)) return {};
    return std::string(text);
}

// The strings of an array, each taken from its entry by `pick` (the entry itself, or one
// of its fields); entries of another type are skipped.
template <typename Pick>
void append_strings(simdjson::simdjson_result<element> array_value, Pick pick,
                    std::vector<std::string>& out) {
    simdjson::dom::array entries;
    if (array_value.get_array().get(entries)) return;
    for (const element entry : entries) {
        std::string_view text;
        if (!simdjson::simdjson_result<element>(pick(entry)).get_string().get(text))
            out.emplace_back(text);
    }
}

// The "name" of each object in an array of them ("speakers", "organisations").
std::vector<std::string> names_at(const object& fields, std::string_view key) {
    std::vector<std::string> names;
    append_strings(fields[key], [](const element& entry) { return entry[stored::key::name]; }, names);
    return names;
}

} // namespace

std::optional<object> StoredDataReader::parse(std::string& data) {
    const std::size_t size = data.size();
    data.reserve(size + simdjson::SIMDJSON_PADDING);
    // Padded, the parser reads the string in place instead of copying it.
    object fields;
    if (parser_.parse(data.data(), size, false).get_object().get(fields)) return std::nullopt;
    return fields;
}

Hit StoredDataReader::read_hit(std::string& data) {
    Hit hit;
    const auto fields = parse(data);
    if (!fields) return hit;
    hit.path = string_at(*fields, key::path);
    hit.type = string_at(*fields, key::type);
    hit.title = with_referenced_characters(string_at(*fields, key::title));
    hit.date = string_at(*fields, key::date);
    hit.place = string_at(*fields, key::place);
    hit.link = string_at(*fields, key::link);
    hit.body = string_at(*fields, key::body);
    hit.speakers = names_at(*fields, key::speakers);
    hit.organisations = names_at(*fields, key::organisations);
    return hit;
}

QuoteHit StoredDataReader::read_quote(std::string& data) {
    QuoteHit quote;
    const auto fields = parse(data);
    if (!fields) return quote;
    quote.speaker = string_at(*fields, key::speaker);
    quote.role = string_at(*fields, key::role);
    quote.organisation = string_at(*fields, key::organisation);
    quote.text = string_at(*fields, key::text);
    quote.path = string_at(*fields, key::path);
    quote.title = with_referenced_characters(string_at(*fields, key::title));
    quote.date = string_at(*fields, key::date);
    return quote;
}

std::vector<std::vector<std::string>> StoredDataReader::read_organisations(std::string& data) {
    std::vector<std::vector<std::string>> organisations;
    const auto fields = parse(data);
    if (!fields) return organisations;
    simdjson::dom::array entries;
    if ((*fields)[key::organisations].get_array().get(entries)) return organisations;
    for (const element entry : entries) {
        std::vector<std::string> names;
        std::string_view name; // its name first, then its aliases
        if (!entry[key::name].get_string().get(name)) names.emplace_back(name);
        append_strings(entry[key::aliases], [](const element& alias) { return alias; }, names);
        organisations.push_back(std::move(names));
    }
    return organisations;
}

} // namespace pressdex
