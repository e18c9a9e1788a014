// Searches an index over and over, as colleagues do while pressdex-index updates it, and
// counts the searches that fail. Through the public API only (pressdex/searcher.hpp): what
// a program using libpressdex would see. Used by tests/e2e/t070-search-while-indexing.sh.
//
//   search_loop INDEX MIN_SEARCHES STOP_FILE PROGRESS_FILE
//
// Searches until it has run MIN_SEARCHES and STOP_FILE exists, writing how many it has run
// to PROGRESS_FILE every 50. A searcher is kept open across searches (it must catch up with
// each commit), and replaced by a freshly opened one every 10th search (opening must work at
// any moment of a run). Prints one line per failure and "N searches, F failed"; exit status 1 if
// any did.

#include "pressdex/searcher.hpp"

#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>

namespace {

// Every kind of query the searcher runs differently: terms, phrases, wildcards, fields,
// dates, booleans, quote mode, facets and date order.
struct Case {
    std::string_view query;
    bool quotes = false;
    bool facets = false;
    bool by_date = false;
};
constexpr std::array<Case, 10> cases{{
    {"taikang healthcare"},
    {"\"paediatric oncology\""},
    {"hosp*"},
    {"title:Taikang OR fraud"},
    {"date:2016..2025 release", false, false, true},
    {"place:\"new york\" NEAR/10 partnership"},
    {"speaker:davis", true},
    {"mount sinai", false, true},
    {"org:CHOP -nanjing"},
    {"type:md announces", false, false, true},
}};

pressdex::SearchOptions options_for(const Case& c) {
    pressdex::SearchOptions options;
    options.limit = 20;
    options.quotes = c.quotes;
    if (c.facets)
        options.facets = {"speaker", "org", "year"};
    if (c.by_date)
        options.sort = pressdex::SortOrder::date_newest;
    return options;
}

// One search; the error message if it failed.
std::optional<std::string> try_search(pressdex::Searcher& searcher, const Case& c) {
    try {
        const auto results = searcher.search(c.query, options_for(c));
        for (const auto& hit : results.hits)
            if (hit.path.empty())
                return "a hit without a path";
        return std::nullopt;
    } catch (const std::exception& e) {
        return e.what();
    }
}

// Written beside and renamed over, so that a reader never sees the file half written.
void write_progress(const std::filesystem::path& file, long searches) {
    std::filesystem::path partial = file;
    partial += ".partial";
    std::ofstream(partial) << searches << '\n';
    std::error_code ignored;
    std::filesystem::rename(partial, file, ignored);
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 5) {
        std::cerr << "usage: search_loop INDEX MIN_SEARCHES STOP_FILE PROGRESS_FILE\n";
        return 2;
    }
    const std::string index = argv[1];
    const long min_searches = std::atol(argv[2]);
    const std::filesystem::path stop_file = argv[3], progress_file = argv[4];

    std::optional<pressdex::Searcher> kept;
    long searches = 0, failures = 0;
    const auto failed = [&](std::string_view what, const std::string& why) {
        ++failures;
        std::cout << "search " << searches << " (" << what << ") failed: " << why << '\n';
    };
    while (searches < min_searches || !std::filesystem::exists(stop_file)) {
        const Case& c = cases[static_cast<std::size_t>(searches) % cases.size()];
        ++searches;
        try {
            if (!kept || searches % 10 == 0)
                kept.emplace(index);
            if (auto error = try_search(*kept, c))
                failed(c.query, *error);
        } catch (const std::exception& e) {
            failed("opening the index", e.what());
        }
        if (searches % 50 == 0) write_progress(progress_file, searches);
    }
    std::cout << searches << " searches, " << failures << " failed\n";
    return failures == 0 ? 0 : 1;
}
