#include "tools/print_hits.hpp"

#include "pressdex/version.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace pressdex::cli {
namespace {

std::string join(const std::vector<std::string>& items, std::size_t most = 8) {
    std::string joined;
    for (std::size_t i = 0; i < items.size() && i < most; ++i)
        joined += (i ? "; " : "") + items[i];
    if (items.size() > most) joined += "; +" + std::to_string(items.size() - most) + " more";
    return joined;
}

nlohmann::json or_null(const std::string& text) {
    return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
}

void dump_line(std::ostream& out, const nlohmann::json& object) {
    out << object.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

} // namespace

std::string display_path(const std::string& path) {
    std::error_code ec;
    const auto cwd = std::filesystem::current_path(ec);
    if (ec) return path;
    const auto relative = std::filesystem::path(path).lexically_relative(cwd);
    if (relative.empty() || relative.native().starts_with("..")) return path;
    return relative.string();
}

void print_hits_text(std::ostream& out, const SearchResults& results, const SearchOptions& options,
                     bool terminal) {
    const char* bold = terminal ? "\033[1m" : "";
    const char* dim = terminal ? "\033[2m" : "";
    const char* reset = terminal ? "\033[0m" : "";
    for (const Hit& hit : results.hits) {
        out << bold << hit.rank << ". " << (hit.title.empty() ? "(no title)" : hit.title) << reset
            << '\n';
        out << "   " << dim;
        if (!hit.date.empty()) out << hit.date << "  ";
        if (!hit.place.empty()) out << hit.place << "  ";
        out << display_path(hit.path) << reset << '\n';
        if (!hit.speakers.empty()) out << "   speakers: " << join(hit.speakers) << '\n';
        if (!hit.organisations.empty())
            out << "   organisations: " << join(hit.organisations) << '\n';
        if (!hit.snippet.empty()) out << "   " << hit.snippet << '\n';
        if (!hit.copies.empty()) {
            std::vector<std::string> shown;
            for (const std::string& copy : hit.copies) shown.push_back(display_path(copy));
            out << "   " << dim << "+" << hit.copies.size()
                << (hit.copies.size() == 1 ? " copy: " : " copies: ") << join(shown, 5) << reset
                << '\n';
        }
        out << '\n';
    }
    if (results.hits.empty()) {
        if (results.total_estimate == 0)
            out << "No releases match.\n";
        else
            out << "About " << results.total_estimate << " releases match.\n";
    } else {
        out << "Releases " << options.offset + 1 << "-" << options.offset + results.hits.size()
            << " of about " << results.total_estimate << ".\n";
    }
}

void print_hits_json(std::ostream& out, const SearchResults& results, const std::string& query) {
    for (const Hit& hit : results.hits) {
        dump_line(out, {{"rank", hit.rank},
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
                        {"body", hit.body},
                        {"query", query},
                        {"total_estimate", results.total_estimate},
                        {"pressdex_version", version}});
    }
    for (const QuoteHit& quote : results.quotes) {
        dump_line(out, {{"rank", quote.rank},
                        {"score", quote.score},
                        {"speaker", quote.speaker},
                        {"role", or_null(quote.role)},
                        {"organisation", or_null(quote.organisation)},
                        {"date", or_null(quote.date)},
                        {"text", quote.text},
                        {"path", quote.path},
                        {"title", quote.title},
                        {"query", query},
                        {"total_estimate", results.total_estimate},
                        {"pressdex_version", version}});
    }
    if (!results.facets.empty()) {
        nlohmann::json facets = nlohmann::json::object();
        for (const auto& [name, counts] : results.facets) {
            nlohmann::json list = nlohmann::json::array();
            for (const FacetCount& count : counts)
                list.push_back({{"value", count.value}, {"count", count.count}});
            facets[name] = list;
        }
        dump_line(out, {{"facets", facets}, {"total_estimate", results.total_estimate}});
    }
    if (!results.suggestion.empty())
        dump_line(out, {{"suggestion", results.suggestion},
                        {"auto_corrected", results.auto_corrected},
                        {"total_estimate", results.total_estimate}});
}

void print_quotes_text(std::ostream& out, const SearchResults& results,
                       const SearchOptions& options, bool terminal) {
    const char* bold = terminal ? "\033[1m" : "";
    const char* dim = terminal ? "\033[2m" : "";
    const char* reset = terminal ? "\033[0m" : "";
    for (const QuoteHit& quote : results.quotes) {
        out << bold << quote.rank << ". " << quote.speaker << reset;
        if (!quote.role.empty()) out << ", " << quote.role;
        if (!quote.organisation.empty()) out << ", " << quote.organisation;
        if (!quote.date.empty()) out << dim << "  " << quote.date << reset;
        out << "\n   \u201c" << quote.text << "\u201d\n";
        out << "   " << dim << (quote.title.empty() ? "" : quote.title + "  ")
            << display_path(quote.path) << reset << "\n\n";
    }
    if (results.quotes.empty()) {
        out << "No quotes match.\n";
    } else {
        out << "Quotes " << options.offset + 1 << "-" << options.offset + results.quotes.size()
            << " of about " << results.total_estimate << ".\n";
    }
}

void print_suggestion_text(std::ostream& out, const SearchResults& results, bool terminal) {
    if (results.suggestion.empty()) return;
    const char* bold = terminal ? "\033[1m" : "";
    const char* reset = terminal ? "\033[0m" : "";
    if (results.auto_corrected)
        out << "Showing results for: " << bold << results.suggestion << reset << '\n';
    else
        out << "Did you mean: " << bold << results.suggestion << reset << "?\n";
}

void print_facets_text(std::ostream& out, const SearchResults& results, bool terminal) {
    const char* bold = terminal ? "\033[1m" : "";
    const char* reset = terminal ? "\033[0m" : "";
    for (const auto& [name, counts] : results.facets) {
        out << '\n' << bold << name << reset << '\n';
        for (const FacetCount& count : counts) out << "  " << count.count << "  " << count.value << '\n';
    }
}

} // namespace pressdex::cli
