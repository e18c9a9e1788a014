// pressdex-bench-search: in-process latency of pressdex::Searcher::search per query type,
// with Google Benchmark. Whole-process timings (bench/run with hyperfine) include starting a
// program and opening the index; this measures only the search call, on an open Searcher.
//
//   pressdex-bench-search [--index DIR] [--reps N] [--benchmark_out=FILE ...]
//
// The index is --index, else $PRESSDEX_INDEX, else ./index. Each query type has a few
// queries, used in turn, so one type's numbers are not those of a single lucky query. Every
// repetition times exactly one search (one iteration), so the statistics over repetitions
// are statistics over single searches: median and p99 (and mean, stddev) per type.

#include "pressdex/searcher.hpp"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace {

struct QueryType {
    std::string name;
    std::vector<std::string> queries;
    bool quotes = false;                // quote mode
    std::vector<std::string> facets;    // facets to count
};

// Queries chosen to match something in newsramp, doj-html and grimmer-senate together (the
// 108k index of bench/run); on a smaller index some may match nothing, which startup reports.
std::vector<QueryType> query_types() {
    const bool quotes = true;
    const std::vector<std::string> no_facets;
    return {
        {"word", {"bitcoin", "fraud", "veterans", "healthcare", "sentenced"}, !quotes, no_facets},
        {"two_words", {"clean energy", "drug trafficking", "small business", "mental health"},
         !quotes, no_facets},
        {"phrase",
         {"\"artificial intelligence\"", "\"pleaded guilty\"", "\"supply chain\"",
          "\"homeland security\""},
         !quotes, no_facets},
        {"boolean_or",
         {"bitcoin OR ethereum", "fraud OR scheme", "solar OR wind", "veterans OR military"},
         !quotes, no_facets},
        {"speaker", {"speaker:shapiro", "speaker:\"eric holder\"", "speaker:bell", "speaker:davis"},
         !quotes, no_facets},
        {"org", {"org:FBI", "org:Nasdaq", "org:\"Department of Justice\"", "org:EPA"}, !quotes,
         no_facets},
        {"title", {"title:bitcoin", "title:sentenced", "title:launches", "title:senator"}, !quotes,
         no_facets},
        {"date_range",
         {"fraud date:2015-01-01..2015-12-31", "bitcoin date:2025", "energy date:2024-01..2024-06",
          "health date:..2012"},
         !quotes, no_facets},
        {"quote_mode", {"care", "speaker:shapiro", "justice", "growth"}, quotes, no_facets},
        {"facets", {"fraud", "bitcoin", "energy"}, !quotes, {"speaker", "org", "year"}},
    };
}

// Nearest-rank percentile of the repetitions' times.
double percentile(const std::vector<double>& values, double fraction) {
    if (values.empty()) return 0.0;
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    auto rank = static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

double p99(const std::vector<double>& values) { return percentile(values, 0.99); }

} // namespace

int main(int argc, char** argv) {
    // Google Benchmark takes its --benchmark_* flags out of argv; ours are what is left.
    benchmark::Initialize(&argc, argv);
    std::string index;
    if (const char* env = std::getenv("PRESSDEX_INDEX")) index = env;
    int reps = 200;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--index" && i + 1 < argc) {
            index = argv[++i];
        } else if (arg == "--reps" && i + 1 < argc) {
            reps = std::atoi(argv[++i]);
        } else {
            std::cerr << "pressdex-bench-search: unknown argument " << arg
                      << " (usage: pressdex-bench-search [--index DIR] [--reps N] "
                         "[--benchmark_* flags])\n";
            return 2;
        }
    }
    if (index.empty()) index = "index";
    if (reps < 2) {
        std::cerr << "pressdex-bench-search: --reps must be at least 2\n";
        return 2;
    }

    try {
        // One Searcher for all: benchmarks run one after the other on this thread.
        static pressdex::Searcher searcher(index);
        std::cerr << "index " << index << ": " << searcher.document_count() << " releases\n";
        static const std::vector<QueryType> types = query_types();
        for (const QueryType& type : types) {
            pressdex::SearchOptions options;
            options.quotes = type.quotes;
            options.facets = type.facets;
            // One pass first: it shows which queries match and warms Xapian's and the OS's
            // caches, so the first timed repetition is not a cold one.
            for (const std::string& query : type.queries) {
                const pressdex::SearchResults results = searcher.search(query, options);
                std::cerr << "  " << type.name << ": " << query << " -> "
                          << results.total_estimate << " matches\n";
            }
            // The turn lives outside the lambda: each repetition is a new run of it, and
            // the queries of a type are to be taken in turn across repetitions.
            auto turn = std::make_shared<std::size_t>(0);
            benchmark::RegisterBenchmark(
                type.name.c_str(),
                [&type, options, turn](benchmark::State& state) {
                    for (auto _ : state) {
                        const std::string& query = type.queries[(*turn)++ % type.queries.size()];
                        pressdex::SearchResults results = searcher.search(query, options);
                        benchmark::DoNotOptimize(results);
                    }
                })
                ->Iterations(1)
                ->Repetitions(reps)
                ->ComputeStatistics("p99", p99)
                ->ReportAggregatesOnly(true)
                ->UseRealTime()
                ->Unit(benchmark::kMicrosecond);
        }
        benchmark::RunSpecifiedBenchmarks();
    } catch (const pressdex::Error& e) {
        std::cerr << "pressdex-bench-search: " << e.what() << '\n';
        return 1;
    }
    benchmark::Shutdown();
    return 0;
}
