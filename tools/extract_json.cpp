#include "tools/extract_json.hpp"

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
        speakers.push_back({{"name", speaker.name},
                            {"role", or_null(speaker.role)},
                            {"organisation", or_null(speaker.organisation)}});
    nlohmann::json quotes = nlohmann::json::array();
    for (const auto& quote : facts.quotes)
        quotes.push_back({{"speaker", quote.speaker}, {"text", quote.text}});
    nlohmann::json organisations = nlohmann::json::array();
    for (const auto& organisation : facts.organisations)
        organisations.push_back({{"name", organisation.name}, {"aliases", organisation.aliases}});
    return {{"file", file},
            {"title", or_null(release.title)},
            {"date", or_null(release.date)},
            {"place", or_null(release.place)},
            {"speakers", speakers},
            {"quotes", quotes},
            {"organisations", organisations}};
}

} // namespace pressdex::cli
