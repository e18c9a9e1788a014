#include "common/stored_fields.hpp"

namespace pressdex::stored {
namespace {

// nlohmann's object keys are std::string.
std::string k(std::string_view name) { return std::string(name); }

nlohmann::json text_or_null(const std::string& text, Empty empty) {
    return text.empty() && empty == Empty::as_null ? nlohmann::json(nullptr) : nlohmann::json(text);
}

std::string dump(const nlohmann::json& object) {
    return object.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace

nlohmann::json speaker_json(const Speaker& speaker, Empty empty) {
    return {{k(key::name), speaker.name},
            {k(key::role), text_or_null(speaker.role, empty)},
            {k(key::organisation), text_or_null(speaker.organisation, empty)}};
}

nlohmann::json organisation_json(const Organisation& organisation) {
    return {{k(key::name), organisation.name}, {k(key::aliases), organisation.aliases}};
}

std::string write_release(const ReleaseData& release) {
    nlohmann::json speakers = nlohmann::json::array();
    for (const Speaker& speaker : release.speakers) speakers.push_back(speaker_json(speaker));
    nlohmann::json organisations = nlohmann::json::array();
    for (const Organisation& organisation : release.organisations)
        organisations.push_back(organisation_json(organisation));
    return dump({{k(key::path), release.path},
                 {k(key::type), release.type},
                 {k(key::title), release.title},
                 {k(key::date), release.date},
                 {k(key::place), release.place},
                 {k(key::body), release.body},
                 {k(key::speakers), speakers},
                 {k(key::organisations), organisations}});
}

std::string write_quote(const QuoteData& quote) {
    return dump({{k(key::speaker), quote.speaker},
                 {k(key::role), quote.role},
                 {k(key::organisation), quote.organisation},
                 {k(key::text), quote.text},
                 {k(key::path), quote.path},
                 {k(key::title), quote.title},
                 {k(key::date), quote.date}});
}

} // namespace pressdex::stored
