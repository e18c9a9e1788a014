// extract_dev FOLDER: prints one JSON object per .md/.txt release under FOLDER with the facts
// extract_facts finds (the format of the gold files' scorer). Development tool only.
#include "indexer/extract/facts.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;
using pressdex::extract::Facts;

namespace {

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// .md: title = first "# " line, body = the rest cut before the last line that is exactly "---"
void split_md(const std::string& text, std::string& title, std::string& body) {
    std::size_t pos = 0;
    std::size_t body_start = 0;
    while (pos < text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string::npos) nl = text.size();
        std::string_view line(text.data() + pos, nl - pos);
        if (line.starts_with("# ")) {
            title = std::string(line.substr(2));
            body_start = nl + 1;
            break;
        }
        if (!line.empty() && line.find_first_not_of(" \t\r") != std::string_view::npos) break;
        pos = nl + 1;
    }
    if (body_start > text.size()) body_start = text.size();
    std::string_view rest(text.data() + body_start, text.size() - body_start);
    std::size_t cut = rest.size();
    std::size_t p = 0;
    while (p < rest.size()) {
        std::size_t nl = rest.find('\n', p);
        if (nl == std::string_view::npos) nl = rest.size();
        std::string_view line = rest.substr(p, nl - p);
        if (line.ends_with('\r')) line.remove_suffix(1);
        if (line == "---") cut = p;
        p = nl + 1;
    }
    body = std::string(rest.substr(0, cut));
}

nlohmann::json to_json(const std::string& rel, const Facts& f) {
    nlohmann::json j;
    j["file"] = rel;
    j["title"] = nullptr;
    j["date"] = nullptr;
    auto opt = [](const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); };
    j["speakers"] = nlohmann::json::array();
    for (const auto& s : f.speakers)
        j["speakers"].push_back({{"name", s.name}, {"role", opt(s.role)}, {"organisation", opt(s.organisation)}});
    j["quotes"] = nlohmann::json::array();
    for (const auto& q : f.quotes) j["quotes"].push_back({{"speaker", q.speaker}, {"text", q.text}});
    j["organisations"] = nlohmann::json::array();
    for (const auto& o : f.organisations) j["organisations"].push_back({{"name", o.name}, {"aliases", o.aliases}});
    return j;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: extract_dev FOLDER [--time]\n";
        return 2;
    }
    const fs::path root = argv[1];
    const bool timing = argc > 2 && std::string_view(argv[2]) == "--time";
    std::vector<fs::path> files;
    if (fs::is_regular_file(root)) files.push_back(root);
    else for (const auto& e : fs::recursive_directory_iterator(root)) {
        if (!e.is_regular_file()) continue;
        const auto ext = e.path().extension();
        if (ext == ".md" || ext == ".txt") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    double total_ms = 0;
    for (const auto& p : files) {
        const std::string text = read_file(p);
        std::string title;
        std::string body;
        if (p.extension() == ".md") split_md(text, title, body);
        else body = text;
        const auto t0 = std::chrono::steady_clock::now();
        const Facts f = pressdex::extract::extract_facts(title, body);
        total_ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        if (!timing) std::cout << to_json(files.size() == 1 && p == root ? p.filename().generic_string() : fs::relative(p, root).generic_string(), f).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
    if (timing)
        std::cout << files.size() << " files, " << total_ms << " ms in extract_facts, "
                  << (files.empty() ? 0.0 : total_ms / static_cast<double>(files.size())) << " ms/file\n";
    return 0;
}
