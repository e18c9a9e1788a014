#include "searcher/stored_data.hpp"

#include <string_view>
#include <vector>

namespace pressdex {
namespace {

using simdjson::dom::element;

void read_string(element field_value, std::string& out) {
    std::string_view text;
    if (!field_value.get_string().get(text)) out.assign(text);
}

void read_strings(element field_value, std::vector<std::string>& out) {
    simdjson::dom::array entries;
    if (field_value.get_array().get(entries)) return;
    for (const element entry : entries) {
        std::string_view text;
        if (!entry.get_string().get(text)) out.emplace_back(text);
    }
}

// The "name" of each object in an array of them ("speakers", "organisations").
void read_names(element field_value, std::vector<std::string>& out) {
    simdjson::dom::array entries;
    if (field_value.get_array().get(entries)) return;
    for (const element entry : entries) {
        std::string_view name;
        if (!entry["name"].get_string().get(name)) out.emplace_back(name);
    }
}

} // namespace

template <typename OnField>
void StoredDataReader::for_each_field(std::string& data, OnField&& on_field) {
    const std::size_t size = data.size();
    data.reserve(size + simdjson::SIMDJSON_PADDING);
    // Padded, the parser reads the string in place instead of copying it.
    simdjson::dom::element root;
    if (parser_.parse(data.data(), size, false).get(root)) return;
    simdjson::dom::object object;
    if (root.get_object().get(object)) return;
    for (const auto& field : object) on_field(field.key, field.value);
}

Hit StoredDataReader::read_hit(std::string& data) {
    Hit hit;
    for_each_field(data, [&](std::string_view key, element field_value) {
        if (key == "path") read_string(field_value, hit.path);
        else if (key == "type") read_string(field_value, hit.type);
        else if (key == "title") read_string(field_value, hit.title);
        else if (key == "date") read_string(field_value, hit.date);
        else if (key == "place") read_string(field_value, hit.place);
        else if (key == "body") read_string(field_value, hit.body);
        else if (key == "speakers") read_names(field_value, hit.speakers);
        else if (key == "organisations") read_names(field_value, hit.organisations);
    });
    return hit;
}

QuoteHit StoredDataReader::read_quote(std::string& data) {
    QuoteHit quote;
    for_each_field(data, [&](std::string_view key, element field_value) {
        if (key == "speaker") read_string(field_value, quote.speaker);
        else if (key == "role") read_string(field_value, quote.role);
        else if (key == "organisation") read_string(field_value, quote.organisation);
        else if (key == "text") read_string(field_value, quote.text);
        else if (key == "path") read_string(field_value, quote.path);
        else if (key == "title") read_string(field_value, quote.title);
        else if (key == "date") read_string(field_value, quote.date);
    });
    return quote;
}

std::vector<std::vector<std::string>> StoredDataReader::read_organisations(std::string& data) {
    std::vector<std::vector<std::string>> organisations;
    for_each_field(data, [&](std::string_view key, element field_value) {
        simdjson::dom::array entries;
        if (key != "organisations" || field_value.get_array().get(entries)) return;
        for (const element entry : entries) {
            std::vector<std::string> names;
            std::string_view name;
            if (!entry["name"].get_string().get(name)) names.emplace_back(name);
            element aliases;
            if (!entry["aliases"].get(aliases)) read_strings(aliases, names);
            organisations.push_back(std::move(names));
        }
    });
    return organisations;
}

} // namespace pressdex
