// extract_dev: the extraction's development tool, for training and scoring against an
// annotated set (tests/gold). Not installed.
//
//   extract_dev [--model FILE] [--features] [--body] [--time] FILE...
//
// Reads each release as the indexer does (read_release), runs the extraction and prints
// one JSON object per file in the format of tests/gold/score.py. --model applies the
// weights of FILE instead of the built-in ones (cross-validation); --features prints the
// extraction's candidates with their features instead (scripts/train-extract learns the
// weights from them); --body prints the text the extraction reads.
#include "indexer/extract/facts.hpp"
#include "indexer/extract/model.hpp"
#include "indexer/read_release.hpp"
#include "pressdex/error.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>

namespace {

nlohmann::json or_null(const std::string& s) {
    return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

nlohmann::json to_json(const std::string& file, const pressdex::Release& release,
                       const pressdex::extract::Facts& f) {
    nlohmann::json j;
    j["file"] = file;
    j["title"] = or_null(release.title);
    j["date"] = or_null(release.date);
    j["speakers"] = nlohmann::json::array();
    for (const auto& s : f.speakers)
        j["speakers"].push_back(
            {{"name", s.name}, {"role", or_null(s.role)}, {"organisation", or_null(s.organisation)}});
    j["quotes"] = nlohmann::json::array();
    for (const auto& q : f.quotes) j["quotes"].push_back({{"speaker", q.speaker}, {"text", q.text}});
    j["organisations"] = nlohmann::json::array();
    for (const auto& o : f.organisations)
        j["organisations"].push_back({{"name", o.name}, {"aliases", o.aliases}});
    return j;
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace

int main(int argc, char** argv) {
    using namespace pressdex;
    std::vector<std::string> files;
    std::string model_path;
    bool features = false;
    bool body = false;
    bool timing = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--model" && i + 1 < argc) model_path = argv[++i];
        else if (a == "--features") features = true;
        else if (a == "--body") body = true;
        else if (a == "--time") timing = true;
        else files.emplace_back(a);
    }
    if (files.empty()) {
        std::cerr << "usage: extract_dev [--model FILE] [--features] [--body] [--time] FILE...\n";
        return 2;
    }
    extract::Model model = extract::Model::builtin();
    if (!model_path.empty()) model = extract::Model::parse(slurp(model_path));
    const extract::Extractor extractor(model);
    double total_ms = 0;
    int status = 0;
    for (const std::string& file : files) {
        try {
            const auto type = file_type_of(file);
            if (!type) throw FileError(file, "unsupported file type");
            const Release release = decode_release(read_file_bytes(file), *type, file);
            if (body) {
                std::cout << "=== " << file << "\n# " << release.title << "\n" << extraction_text(release) << "\n";
                continue;
            }
            if (features) {
                for (const auto& row : extractor.features(release.title, extraction_text(release)))
                    std::cout << nlohmann::json{{"file", file}, {"kind", row.kind}, {"text", row.text},
                                                {"features", row.features}, {"p", row.probability}}
                                     .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                              << '\n';
                continue;
            }
            const auto t0 = std::chrono::steady_clock::now();
            const extract::Facts facts = extractor.extract(release.title, extraction_text(release));
            total_ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
            if (!timing)
                std::cout << to_json(file, release, facts)
                                 .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                          << '\n';
        } catch (const Error& e) {
            std::cerr << "extract_dev: " << e.what() << '\n';
            status = 1;
        }
    }
    if (timing)
        std::cout << files.size() << " files, " << total_ms << " ms in extraction, "
                  << (files.empty() ? 0.0 : total_ms / static_cast<double>(files.size())) << " ms/file\n";
    return status;
}
