// serve_load: N clients on loopback send searches to a pressdex-serve for a bounded time
// and report throughput and latency percentiles, and every failed request
// (bench/serve-load; smoke test tests/e2e/t225).
//
//   serve_load URL QUERIES_FILE CLIENTS SECONDS [RATE]
//
// Without RATE (or 0) each client sends its next search as soon as the last is answered
// (closed loop): the throughput is the most the server gives, and the latency is then
// mostly the wait for a worker (CLIENTS in flight / throughput). With RATE, the clients
// together send RATE searches a second on a fixed schedule (open loop, each client one
// every CLIENTS/RATE s), and a search's latency runs from the time it was due, so that a
// server falling behind shows in the latency, not as fewer requests.
//
// Prints one line of JSON: {"clients", "rate", "seconds", "requests", "failures",
// "per_second", "p50_ms", "p90_ms", "p99_ms", "max_ms", "client_cpu_s"}; exits 1 when a
// request failed.

#include <httplib.h>

#include <sys/resource.h>

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
    if (argc != 5 && argc != 6) {
        std::cerr << "usage: serve_load URL QUERIES_FILE CLIENTS SECONDS [RATE]\n";
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
    const double rate = argc == 6 ? std::stod(argv[5]) : 0.0;
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
            // Open loop: client c's k-th search is due at start + (c + k * clients) / rate.
            const auto due = [&](long k) {
                return start + std::chrono::duration_cast<clock::duration>(
                                   std::chrono::duration<double>((c + k * clients) / rate));
            };
            for (long k = 0;; ++k) {
                auto t0 = clock::now();
                if (rate > 0) {
                    const auto when = due(k);
                    if (when >= end) break;
                    if (when > t0) std::this_thread::sleep_until(when);
                    t0 = when; // behind schedule, the wait counts
                } else if (t0 >= end) {
                    break;
                }
                const std::string& path = queries[next++ % queries.size()];
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
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    const double cpu = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                       static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    std::printf("{\"clients\": %d, \"rate\": %.0f, \"seconds\": %.1f, \"requests\": %zu, \"failures\": %ld, "
                "\"per_second\": %.0f, \"p50_ms\": %.1f, \"p90_ms\": %.1f, \"p99_ms\": %.1f, \"max_ms\": %.1f, "
                "\"client_cpu_s\": %.1f}\n",
                clients, rate, elapsed, all.size(), failures.load(), all.size() / elapsed, pct(0.5), pct(0.9),
                pct(0.99), all.empty() ? 0.0 : all.back(), cpu);
    return failures == 0 && !all.empty() ? 0 : 1;
}
