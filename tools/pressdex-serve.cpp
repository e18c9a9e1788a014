// pressdex-serve: the search page and the JSON API over indexes built by pressdex-index;
// a thin main over the server library (serve/server.hpp).

#include "pressdex/error.hpp"
#include "pressdex/version.hpp"
#include "serve/server.hpp"
#include "tools/cli_common.hpp"

#include <CLI/CLI.hpp>

#include <csignal>
#include <iostream>
#include <pthread.h>
#include <thread>

namespace {

// "HOST:PORT", "[V6]:PORT" or ":PORT" (then 127.0.0.1).
bool parse_listen(const std::string& text, std::string& host, int& port) {
    const std::size_t colon = text.rfind(':');
    if (colon == std::string::npos) return false;
    host = text.substr(0, colon);
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    if (host.empty()) host = "127.0.0.1";
    const std::string digits = text.substr(colon + 1);
    if (digits.empty() || digits.size() > 5 || digits.find_first_not_of("0123456789") != std::string::npos)
        return false;
    port = std::stoi(digits);
    return port <= 65535;
}

} // namespace

int main(int argc, char** argv) {
    using namespace pressdex;
    CLI::App app{"Serve a search page and a JSON API over indexes built by pressdex-index.\n\n"
                 "Read-only; binds to 127.0.0.1:8080 unless --listen says otherwise. Routes: "
                 "/ (the page),\n/release?path=, /api/search?q=, /api/release?path=, /api/health."};
    app.set_version_flag("--version", std::string("pressdex-serve ") + version);
    serve::ServerOptions options;
    std::string listen = "127.0.0.1:8080";
    // Searches are CPU work; twice the cores keeps them busy while others wait on the network.
    options.threads = std::max(4u, 2 * std::thread::hardware_concurrency());
    app.add_option("--index", options.indexes,
                   "index to serve: a folder, a Xapian stub file or tcp://HOST:PORT; repeat it "
                   "to serve several as one (default: $PRESSDEX_INDEX or ./index)")
        ->allow_extra_args(false);
    app.add_option("--listen", listen, "address and port to listen on (HOST:PORT; port 0 picks a free one)")
        ->default_val(listen);
    app.add_option("--threads", options.threads, "worker threads, each with its own searcher")
        ->check(cli::at_least(1))
        ->default_str("twice the number of cores, at least 4");
    double time_limit_ms = 1000;
    app.add_option("--time-limit", time_limit_ms,
                   "the most one search may take, in milliseconds (0: no limit); a slower search "
                   "answers with what it found, marked cut short")
        ->check(CLI::NonNegativeNumber)
        ->default_val(time_limit_ms);
    app.add_option("--exact-totals", options.exact_total_up_to,
                   "count matches exactly up to this many (or the end of the page asked for); "
                   "above, totals are estimates")
        ->default_val(options.exact_total_up_to);
    if (const auto status = cli::parse_command_line("pressdex-serve", app, argc, argv)) return *status;
    if (!parse_listen(listen, options.host, options.port)) {
        cli::print_usage_error("pressdex-serve", "--listen: '" + listen + "' is not HOST:PORT");
        return cli::exit_usage;
    }
    if (options.indexes.empty()) options.indexes.push_back(cli::default_index_dir());
    options.time_limit = std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::duration<double, std::milli>(time_limit_ms));

    // SIGINT and SIGTERM stop the server from a thread that waits for them.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    try {
        serve::Server server(options);
        const int port = server.bind();
        std::thread waiter([&] {
            int signal = 0;
            sigwait(&signals, &signal);
            server.stop();
        });
        waiter.detach();
        const std::string host = options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
        std::cout << "pressdex-serve: serving " << options.indexes.front()
                  << (options.indexes.size() > 1 ? " (and more)" : "") << " at http://" << host << ":" << port
                  << "/" << std::endl;
        return server.run() ? cli::exit_ok : cli::exit_failure;
    } catch (const serve::ListenError& e) {
        cli::print_error("pressdex-serve", e.what());
        return cli::exit_failure;
    } catch (const std::exception& e) {
        cli::print_error("pressdex-serve", std::string("internal error: ") + e.what());
        return cli::exit_failure;
    }
}
