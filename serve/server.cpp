#include "serve/server.hpp"

#include "pressdex/output.hpp"
#include "pressdex/searcher.hpp"
#include "pressdex/version.hpp"
#include "serve/assets.hpp"
#include "serve/page.hpp"
#include "serve/request.hpp"

#include <httplib.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace pressdex::serve {
namespace {

// Every reply: no script may run, nothing loads from elsewhere, the page is not framed,
// and the browser trusts the declared type only.
void set_security_headers(httplib::Response& res) {
    res.set_header("Content-Security-Policy",
                   "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                   "base-uri 'none'; frame-ancestors 'none'");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("X-Frame-Options", "DENY");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("Cache-Control", "no-store");
}

// A fixed pool of workers with a bounded queue: when it is full, enqueue() waits, so the
// acceptor stops taking connections until a worker is free (httplib's own pool queues
// without bound).
class BoundedPool : public httplib::TaskQueue {
  public:
    BoundedPool(std::size_t threads, std::size_t max_queued) : max_queued_(max_queued) {
        for (std::size_t i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
    }
    ~BoundedPool() override { shutdown(); }

    void enqueue(std::function<void()> job) override {
        std::unique_lock lock(mutex_);
        room_.wait(lock, [this] { return jobs_.size() < max_queued_ || stopping_; });
        if (stopping_) return;
        jobs_.push_back(std::move(job));
        ready_.notify_one();
    }

    void shutdown() override {
        {
            std::lock_guard lock(mutex_);
            if (stopping_ && workers_.empty()) return;
            stopping_ = true;
        }
        ready_.notify_all();
        room_.notify_all();
        for (auto& worker : workers_)
            if (worker.joinable()) worker.join();
        workers_.clear();
    }

  private:
    void work() {
        for (;;) {
            std::function<void()> job;
            {
                std::unique_lock lock(mutex_);
                ready_.wait(lock, [this] { return !jobs_.empty() || stopping_; });
                if (jobs_.empty()) return; // stopping, and nothing left to do
                job = std::move(jobs_.front());
                jobs_.pop_front();
                room_.notify_one();
            }
            job();
        }
    }

    std::size_t max_queued_;
    std::mutex mutex_;
    std::condition_variable ready_, room_;
    std::deque<std::function<void()>> jobs_;
    std::vector<std::thread> workers_;
    bool stopping_ = false;
};

// Each worker thread's own Searcher (a Searcher is not shared between threads).
struct WorkerSearcher {
    const void* owner = nullptr;
    std::unique_ptr<Searcher> searcher;
};
thread_local WorkerSearcher worker;

} // namespace

struct Server::Impl {
    explicit Impl(ServerOptions opts) : options(std::move(opts)), pages(options) { routes(); }

    // This worker's Searcher, opened on first use. A failure is an IndexError (503), and
    // the next request tries again.
    Searcher& searcher() {
        if (worker.owner != this || !worker.searcher) {
            worker.searcher.reset();
            worker.searcher = std::make_unique<Searcher>(options.indexes);
            worker.owner = this;
        }
        return *worker.searcher;
    }

    // Runs `answer` with this worker's Searcher and turns pressdex errors into statuses:
    // a query that cannot be understood or a bad parameter 400, an index that cannot be
    // read 503 (the Searcher is opened again next time).
    template <typename Answer, typename Fail>
    void guarded(httplib::Response& res, Answer answer, Fail fail) {
        set_security_headers(res);
        try {
            answer(searcher(), res);
        } catch (const BadRequest& e) {
            fail(res, 400, "bad_request", e.what());
        } catch (const QueryError& e) {
            fail(res, 400, "bad_query", e.what());
        } catch (const IndexError& e) {
            drop_searcher();
            fail(res, 503, "index_unavailable", e.what());
        } catch (const std::exception& e) {
            fail(res, 500, "internal", std::string("internal error: ") + e.what());
        }
    }

    // Opened again by the next request on this worker: after an index that could not be
    // read, a fresh Searcher finds the index as it is now.
    static void drop_searcher() { worker.searcher.reset(); }

    static void json_fail(httplib::Response& res, int status, const char* kind, const std::string& message) {
        res.status = status;
        res.set_content(output::json_error(status, kind, message), "application/json");
    }

    void html_fail(const httplib::Request& req, httplib::Response& res, int status, const std::string& message) {
        res.status = status;
        res.set_content(pages.error_page(req, status, message), "text/html; charset=utf-8");
    }

    void routes() {
        http.Get("/api/health", [this](const httplib::Request&, httplib::Response& res) {
            guarded(res, [](Searcher& searcher, httplib::Response& r) {
                r.set_content(health_json(searcher), "application/json");
            }, json_fail);
        });
        http.Get("/api/search", [this](const httplib::Request& req, httplib::Response& res) {
            guarded(res, [&](Searcher& searcher, httplib::Response& r) {
                const ApiSearch request = parse_api_search(req, options);
                const SearchResults results = searcher.search(request.query, request.options);
                r.set_content(output::json_results(results, request.query, request.options),
                              "application/json");
            }, json_fail);
        });
        http.Get("/api/release", [this](const httplib::Request& req, httplib::Response& res) {
            guarded(res, [&](Searcher& searcher, httplib::Response& r) {
                const auto release = searcher.release(required_path(req));
                if (!release) return json_fail(r, 404, "not_found", "no release in the index has this path");
                r.set_content(output::json_release(*release), "application/json");
            }, json_fail);
        });
        const auto html_fail_for = [this](const httplib::Request& req) {
            return [this, &req](httplib::Response& r, int status, const char*, const std::string& message) {
                html_fail(req, r, status, message);
            };
        };
        http.Get("/", [this, html_fail_for](const httplib::Request& req, httplib::Response& res) {
            guarded(res, [&](Searcher& searcher, httplib::Response& r) {
                r.set_content(pages.search_page(req, searcher), "text/html; charset=utf-8");
            }, html_fail_for(req));
        });
        http.Get("/release", [this, html_fail_for](const httplib::Request& req, httplib::Response& res) {
            guarded(res, [&](Searcher& searcher, httplib::Response& r) {
                const auto release = searcher.release(required_path(req));
                if (!release) return html_fail(req, r, 404, "No release in the index has this path.");
                r.set_content(pages.release_page(req, *release), "text/html; charset=utf-8");
            }, html_fail_for(req));
        });
        http.Get("/static/style.css", [](const httplib::Request&, httplib::Response& res) {
            set_security_headers(res);
            res.set_header("Cache-Control", "max-age=3600");
            res.set_content(std::string(assets::style_css), "text/css; charset=utf-8");
        });
        // Everything else: 404, as JSON under /api/, else as a page.
        http.set_error_handler([this](const httplib::Request& req, httplib::Response& res) {
            if (!res.body.empty()) return;
            set_security_headers(res);
            const int status = res.status;
            const std::string message = status == 404 ? "no such page" : "the request cannot be answered (status " + std::to_string(status) + ")";
            if (req.path.rfind("/api/", 0) == 0)
                json_fail(res, status, status == 404 ? "not_found" : "bad_request", message);
            else
                html_fail(req, res, status, status == 404 ? "No such page." : message);
        });
        const std::size_t threads = std::max(1u, options.threads);
        http.new_task_queue = [threads] { return new BoundedPool(threads, threads * 16); };
        http.set_read_timeout(options.timeout_seconds, 0);
        http.set_write_timeout(options.timeout_seconds, 0);
        http.set_keep_alive_timeout(options.timeout_seconds);
        // One request per connection: httplib keeps a worker on a kept-alive connection
        // for as long as its client sends, so that a few busy clients would starve the
        // others (measured: p90 of 5 s with 64 clients on 2 workers).
        http.set_keep_alive_max_count(1);
        http.set_payload_max_length(1024); // requests carry no body
    }

    static std::string required_path(const httplib::Request& req) {
        if (!req.has_param("path") || req.get_param_value("path").empty())
            throw BadRequest("the parameter path is required");
        return req.get_param_value("path");
    }

    ServerOptions options;
    Pages pages;
    httplib::Server http;
};

Server::Server(ServerOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Server::~Server() = default;

int Server::bind() {
    const int port = impl_->options.port == 0
                         ? impl_->http.bind_to_any_port(impl_->options.host)
                         : (impl_->http.bind_to_port(impl_->options.host, impl_->options.port)
                                ? impl_->options.port
                                : -1);
    if (port < 0)
        throw ListenError("cannot listen on " + impl_->options.host + ":" +
                          std::to_string(impl_->options.port) +
                          " (address in use, or not an address of this machine)");
    widen_backlog(port);
    return port;
}

// cpp-httplib 0.11 listens with a backlog of 5: a burst of connections beyond it has its
// SYNs dropped, and each such client waits a second for its retry. Calling listen() again on
// the bound socket (found by its port) raises the backlog; Linux allows it.
void Server::widen_backlog(int port) {
    for (int fd = 3; fd < 4096; ++fd) {
        int accepting = 0;
        socklen_t size = sizeof accepting;
        if (::getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &size) != 0 || !accepting) continue;
        sockaddr_storage address{};
        socklen_t length = sizeof address;
        if (::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) continue;
        int bound = -1;
        if (address.ss_family == AF_INET) bound = ntohs(reinterpret_cast<sockaddr_in*>(&address)->sin_port);
        if (address.ss_family == AF_INET6) bound = ntohs(reinterpret_cast<sockaddr_in6*>(&address)->sin6_port);
        if (bound == port) ::listen(fd, 1024);
    }
}

bool Server::run() { return impl_->http.listen_after_bind(); }

void Server::stop() { impl_->http.stop(); }

} // namespace pressdex::serve
