#pragma once

// pressdex-serve's server: a read-only HTTP front end over pressdex::Searcher, serving a
// search page (server-rendered HTML, no script) and a JSON API (docs/json.md). The routes,
// their parameters and statuses are listed in README.md ("The search page and the API").
//
// Threads: cpp-httplib accepts connections on the thread that calls run(), and hands each
// to a fixed pool of `threads` workers; each worker opens its own Searcher on first use
// (a Searcher is not shared between threads) and keeps it, and each search catches up with
// what pressdex-index committed since the last (a --rebuild included). The pool's queue
// is bounded: when every worker is busy and the queue is full, the acceptor waits, and
// further connections wait in the kernel's backlog, so a burst costs no memory.

#include <chrono>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace pressdex::serve {

struct ServerOptions {
    std::vector<std::string> indexes; // as for Searcher; at least one
    std::string host = "127.0.0.1";   // the address to listen on
    int port = 8080;                  // 0: any free port (tests)
    unsigned threads = 4;             // workers, each with its own Searcher
    std::size_t max_query_bytes = 1000;    // a longer q is refused (400)
    std::size_t max_limit = 100;           // limit= above it is refused (400)
    std::size_t max_offset = 10000;        // offset= above it is refused (400)
    int timeout_seconds = 5;               // to read a request, to write a reply
    // The most one search may take (SearchOptions::time_limit): a query matching much of a
    // large archive (a wide wildcard, a long OR) answers with what it found by then, marked
    // cut short, and frees its worker. Searches on 108k releases take milliseconds.
    std::chrono::nanoseconds time_limit = std::chrono::seconds(1);
    // Totals are counted exactly up to this many matches, or up to the end of the page
    // asked for and one more (so that whether another page follows is known); above, they
    // are estimates, shown as "about N". Counting copies exactly is a pass over the matches
    // of its own: at the library's 1000 it was a third of a word or phrase search's time on
    // 108k releases (bench/README.md, "pressdex-serve under load").
    std::size_t exact_total_up_to = 100;
};

/// Thrown when the server cannot listen (address in use, not an address here).
struct ListenError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Server {
  public:
    explicit Server(ServerOptions options);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    /// Binds the address; returns the port bound (the one asked for, or the free one found
    /// for port 0). Throws ListenError.
    int bind();
    /// Serves until stop(); call bind() first. Returns false if listening failed.
    bool run();
    /// Stops run() from any thread (or a signal-waiting thread).
    void stop();

  private:
    static void widen_backlog(int port);

    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace pressdex::serve
