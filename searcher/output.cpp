#include "pressdex/output.hpp"

#include "pressdex/version.hpp"

#include <nlohmann/json.hpp>

namespace pressdex::output {
namespace {

using nlohmann::json;

json or_null(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

const char* match_name(MatchKind kind) {
    return kind == MatchKind::all_words ? "all_words" : "some_words";
}

// Invalid UTF-8 in stored text is replaced, never thrown on.
std::string dump(const json& object) {
    return object.dump(-1, ' ', false, json::error_handler_t::replace);
}

// The fields of a release, as stored and as found by the search.
json hit_object(const Hit& hit) {
    json object = {{"rank", hit.rank},
            {"score", hit.score},
            {"title", hit.title},
            {"date", or_null(hit.date)},
            {"place", hit.place},
            {"path", hit.path},
            {"type", hit.type},
            {"snippet", hit.snippet},
            {"speakers", hit.speakers},
            {"organisations", hit.organisations},
            {"copies", hit.copies},
            {"match", match_name(hit.match)},
            {"missing_words", hit.missing_words},
            {"body", hit.body}};
    if (!hit.link.empty()) object["link"] = hit.link;
    return object;
}

json quote_object(const QuoteHit& quote) {
    return {{"rank", quote.rank},
            {"score", quote.score},
            {"speaker", quote.speaker},
            {"role", or_null(quote.role)},
            {"organisation", or_null(quote.organisation)},
            {"date", or_null(quote.date)},
            {"text", quote.text},
            {"path", quote.path},
            {"title", quote.title},
            {"match", match_name(quote.match)},
            {"missing_words", quote.missing_words}};
}

json facets_object(const SearchResults& results) {
    json facets = json::object();
    for (const auto& [name, counts] : results.facets) {
        json list = json::array();
        for (const FacetCount& count : counts) list.push_back({{"value", count.value}, {"count", count.count}});
        facets[name] = list;
    }
    return facets;
}

// Whether the byte starts a UTF-8 sequence (so that a cut never splits a character).
bool starts_character(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

} // namespace

std::string display_title(const Hit& hit, std::size_t most_chars) {
    if (hit.title.find_first_not_of(" \t\r\n") != std::string::npos) return hit.title;
    // The first words of the text, on one line.
    std::string words;
    bool space = false;
    for (const char c : hit.body) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            space = !words.empty();
            continue;
        }
        if (space) words.push_back(' ');
        space = false;
        words.push_back(c);
        if (words.size() > most_chars * 2) break; // bytes: enough for most_chars characters
    }
    if (words.empty()) return "(no title)";
    // Count characters, not bytes.
    std::size_t chars = 0;
    std::size_t cut = words.size();
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!starts_character(words[i])) continue;
        if (chars++ == most_chars) {
            cut = i;
            break;
        }
    }
    if (cut == words.size()) return words;
    const std::size_t space_at = words.rfind(' ', cut);
    if (space_at != std::string::npos && space_at > cut / 2) cut = space_at;
    while (cut > 0 && !starts_character(words[cut])) --cut;
    return words.substr(0, cut) + "\u2026";
}

std::vector<std::string> json_lines(const SearchResults& results, std::string_view query) {
    std::vector<std::string> lines;
    const auto with_totals = [&](json object) {
        object["query"] = query;
        object["total_estimate"] = results.total_estimate;
        object["total_all_words"] = results.total_all_words;
        object["pressdex_version"] = version;
        object["json_version"] = json_version;
        return dump(object);
    };
    for (const Hit& hit : results.hits) lines.push_back(with_totals(hit_object(hit)));
    for (const QuoteHit& quote : results.quotes) lines.push_back(with_totals(quote_object(quote)));
    if (!results.facets.empty())
        lines.push_back(dump({{"facets", facets_object(results)},
                              {"total_estimate", results.total_estimate}}));
    if (!results.suggestion.empty())
        lines.push_back(dump({{"suggestion", results.suggestion},
                              {"auto_corrected", results.auto_corrected},
                              {"total_estimate", results.total_estimate}}));
    return lines;
}

std::string json_results(const SearchResults& results, std::string_view query,
                         const SearchOptions& options) {
    json hits = json::array();
    for (const Hit& hit : results.hits) {
        json object = hit_object(hit);
        object["display_title"] = display_title(hit);
        hits.push_back(std::move(object));
    }
    json quotes = json::array();
    for (const QuoteHit& quote : results.quotes) quotes.push_back(quote_object(quote));
    return dump({{"json_version", json_version},
                 {"pressdex_version", version},
                 {"query", query},
                 {"offset", options.offset},
                 {"limit", options.limit},
                 {"total_estimate", results.total_estimate},
                 {"total_all_words", results.total_all_words},
                 {"unused_words", results.unused_words},
                 {"hits", hits},
                 {"quotes", quotes},
                 {"facets", facets_object(results)},
                 {"suggestion", or_null(results.suggestion)},
                 {"auto_corrected", results.auto_corrected},
                 {"cut_short", results.cut_short}});
}

std::string json_release(const IndexedRelease& release) {
    json object = hit_object(release.release);
    for (const char* key : {"rank", "score", "snippet", "match", "missing_words", "copies"})
        object.erase(key);
    object["display_title"] = display_title(release.release);
    json quotes = json::array();
    for (const QuoteHit& quote : release.quotes)
        quotes.push_back({{"speaker", quote.speaker},
                          {"role", or_null(quote.role)},
                          {"organisation", or_null(quote.organisation)},
                          {"text", quote.text}});
    object["quotes"] = quotes;
    object["organisation_names"] = release.organisation_names;
    object["json_version"] = json_version;
    object["pressdex_version"] = version;
    return dump(object);
}

std::string json_error(int status, std::string_view kind, std::string_view message) {
    return dump({{"json_version", json_version},
                 {"error", {{"status", status}, {"kind", kind}, {"message", message}}}});
}

} // namespace pressdex::output
