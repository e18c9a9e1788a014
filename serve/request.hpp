#pragma once

// What a request asks for: its parameters read and checked, for the API and the page alike.
// A parameter that is out of bounds or not understood is a BadRequest (400), with a
// one-line reason naming it.

#include "pressdex/searcher.hpp"
#include "serve/server.hpp"

#include <httplib.h>

#include <stdexcept>
#include <string>

namespace pressdex::serve {

struct BadRequest : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// A search as the page's URL states it (every state of the page is in its URL).
struct PageState {
    std::string q;           // as typed
    std::string from, to;    // date range, YYYY-MM-DD or empty
    bool by_date = false;    // sort=date
    bool quotes = false;     // quotes=1
    bool all_copies = false; // all_copies=1
    std::string like;        // like=PATH
    std::size_t offset = 0;

    /// The query run: what was typed, and the date range as a date: filter.
    [[nodiscard]] std::string query() const;
    /// "/?q=...&..." with these values; parameters at their default are left out.
    [[nodiscard]] std::string url() const;
};

/// Reads q, from, to, sort, quotes, all_copies, like and offset. Throws BadRequest.
[[nodiscard]] PageState parse_page_state(const httplib::Request& req, const ServerOptions& limits);

/// An API search: GET /api/search?q=&limit=&offset=&sort=&quotes=&facets=&like=&all_copies=
struct ApiSearch {
    std::string query;
    SearchOptions options;
};

/// Throws BadRequest.
[[nodiscard]] ApiSearch parse_api_search(const httplib::Request& req, const ServerOptions& limits);

/// How many matches a search counts exactly (ServerOptions::exact_total_up_to): at least
/// the limit's, and the page asked for and one more.
[[nodiscard]] std::size_t exact_total_for(const SearchOptions& options, const ServerOptions& limits);

/// GET /api/health: {"json_version", "status": "ok", "releases", "indexes", "pressdex_version"}.
/// Throws IndexError when the index cannot be read.
[[nodiscard]] std::string health_json(Searcher& searcher);

/// Percent-encodes a URL parameter value.
[[nodiscard]] std::string url_encode(std::string_view text);

} // namespace pressdex::serve
