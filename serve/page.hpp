#pragma once

// The HTML pages: the search page (GET /) and the release view (GET /release), rendered
// on the server from the templates of serve/assets.cpp. Every value from a release or a
// request is HTML-escaped by the template; the only HTML built here is escaped text with
// <mark> around matched words.

#include "pressdex/searcher.hpp"
#include "serve/server.hpp"

#include <httplib.h>

#include <string>

namespace pressdex::serve {

class Pages {
  public:
    explicit Pages(const ServerOptions& options) : options_(options) {}

    /// The search page for the request's parameters (the empty form without q or like).
    /// Throws BadRequest, QueryError, IndexError.
    [[nodiscard]] std::string search_page(const httplib::Request& req, Searcher& searcher) const;
    /// One release, whole, with its quotations marked and attributed.
    [[nodiscard]] std::string release_page(const httplib::Request& req, const IndexedRelease& release) const;
    /// The page around an error message.
    [[nodiscard]] std::string error_page(const httplib::Request& req, int status,
                                         const std::string& message) const;

  private:
    const ServerOptions& options_;
};

/// HTML-escapes text, then turns the highlight markers the searcher put around matched
/// words (highlight_begin, highlight_end) into <mark> and </mark>.
[[nodiscard]] std::string marked_html(const std::string& text);

inline constexpr const char* highlight_begin = "\x01";
inline constexpr const char* highlight_end = "\x02";

} // namespace pressdex::serve
