#include "tools/extract_json.hpp"

#include "common/stored_fields.hpp"

namespace pressdex::cli {
namespace {

nlohmann::json or_null(const std::string& text) {
    return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
}

} // namespace

nlohmann::json extraction_json(const std::string& file, const Release& release,
                               const extract::Facts& facts) {
    nlohmann::json speakers = nlohmann::json::array();
    for (const auto& speaker : facts.speakers)
        speakers.push_back(stored::speaker_json({speaker.name, speaker.role, speaker.organisation},
                                                stored::Empty::as_null));
    nlohmann::json quotes = nlohmann::json::array();
    for (const auto& quote : facts.quotes)
        quotes.push_back({{std::string(stored::key::speaker), quote.speaker},
                          {std::string(stored::key::text), quote.text}});
    nlohmann::json organisations = nlohmann::json::array();
    for (const auto& organisation : facts.organisations)
        organisations.push_back(stored::organisation_json({organisation.name, organisation.aliases}));
    using namespace stored;
    return {{"file", file},
            {std::string(key::title), or_null(release.title)},
            {std::string(key::date), or_null(release.date)},
            {std::string(key::place), or_null(release.place)},
            {std::string(key::speakers), speakers},
            {"quotes", quotes},
            {std::string(key::organisations), organisations}};
}

} // namespace pressdex::cli
