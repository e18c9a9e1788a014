// serve_load: N clients on loopback send searches to a pressdex-serve for a bounded time,
// each over one kept-alive connection, and report throughput and latency percentiles, and
// every failed request (bench/serve-load; smoke test tests/e2e/t225).
//
//   serve_load URL QUERIES_FILE CLIENTS SECONDS
//
// Prints one line of JSON: {"clients", "seconds", "requests", "failures", "per_second",
// "p50_ms", "p90_ms", "p99_ms", "max_ms"}; exits 1 when a request failed.

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

namespace {

std::string url_encode(const std::string& text) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || byte == '-' || byte == '_' || byte == '.') {
            out.push_back(c);
        } else {
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 15];
        }
    }
    return out;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 5) {
        std::cerr << "usage: serve_load URL QUERIES_FILE CLIENTS SECONDS\n";
        return 2;
    }
    const std::string url = argv[1];
    std::ifstream in(argv[2]);
    std::vector<std::string> queries;
    for (std::string line; std::getline(in, line);)
        if (!line.empty() && line[0] != '#') queries.push_back("/api/search?limit=10&q=" + url_encode(line));
    if (queries.empty()) {
        std::cerr << "serve_load: no queries in " << argv[2] << '\n';
        return 2;
    }
    const int clients = std::stoi(argv[3]);
    const double seconds = std::stod(argv[4]);
    using clock = std::chrono::steady_clock;
    const auto start = clock::now();
    const auto end = start + std::chrono::duration<double>(seconds);
    std::vector<std::vector<double>> latencies(clients);
    std::atomic<long> failures{0};
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            httplib::Client client(url);
            client.set_keep_alive(true);
            client.set_read_timeout(10, 0);
            std::size_t next = static_cast<std::size_t>(c) * 7919 % queries.size();
            while (clock::now() < end) {
                const std::string& path = queries[next++ % queries.size()];
                const auto t0 = clock::now();
                const auto res = client.Get(path);
                const double ms = std::chrono::duration<double, std::milli>(clock::now() - t0).count();
                if (!res || res->status != 200) {
                    if (failures++ < 5)
                        std::cerr << "serve_load: " << path << ": "
                                  << (res ? std::to_string(res->status) + " " + res->body.substr(0, 200)
                                          : httplib::to_string(res.error()))
                                  << '\n';
                    continue;
                }
                latencies[c].push_back(ms);
            }
        });
    }
    for (auto& thread : threads) thread.join();
    const double elapsed = std::chrono::duration<double>(clock::now() - start).count();
    std::vector<double> all;
    for (const auto& list : latencies) all.insert(all.end(), list.begin(), list.end());
    std::sort(all.begin(), all.end());
    const auto pct = [&](double p) {
        return all.empty() ? 0.0 : all[std::min(all.size() - 1, static_cast<std::size_t>(p * all.size()))];
    };
    std::printf("{\"clients\": %d, \"seconds\": %.1f, \"requests\": %zu, \"failures\": %ld, "
                "\"per_second\": %.0f, \"p50_ms\": %.1f, \"p90_ms\": %.1f, \"p99_ms\": %.1f, \"max_ms\": %.1f}\n",
                clients, elapsed, all.size(), failures.load(), all.size() / elapsed, pct(0.5), pct(0.9),
                pct(0.99), all.empty() ? 0.0 : all.back());
    return failures == 0 && !all.empty() ? 0 : 1;
}
