#include "tools/print_hits.hpp"

#include "pressdex/version.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace pressdex::cli {

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
        if (!hit.snippet.empty()) out << "   " << hit.snippet << '\n';
        out << '\n';
    }
    if (results.hits.empty()) {
        out << "No releases match.\n";
    } else {
        out << "Releases " << options.offset + 1 << "-" << options.offset + results.hits.size()
            << " of about " << results.total_estimate << ".\n";
    }
}

void print_hits_json(std::ostream& out, const SearchResults& results, const std::string& query) {
    for (const Hit& hit : results.hits) {
        const nlohmann::json object = {
            {"rank", hit.rank},       {"score", hit.score},     {"title", hit.title},
            {"date", hit.date.empty() ? nlohmann::json(nullptr) : nlohmann::json(hit.date)},
            {"place", hit.place},     {"path", hit.path},       {"type", hit.type},
            {"snippet", hit.snippet}, {"body", hit.body},       {"query", query},
            {"total_estimate", results.total_estimate},        {"pressdex_version", version},
        };
        out << object.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
}

} // namespace pressdex::cli
