#include "serve/request.hpp"

#include "pressdex/output.hpp"
#include "pressdex/version.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>

namespace pressdex::serve {
namespace {

std::string param(const httplib::Request& req, const char* name) {
    return req.has_param(name) ? req.get_param_value(name) : std::string();
}

bool flag(const httplib::Request& req, const char* name) {
    const std::string value = param(req, name);
    if (value.empty() || value == "0" || value == "false" || value == "no" || value == "off") return false;
    if (value == "1" || value == "true" || value == "yes" || value == "on") return true;
    throw BadRequest(std::string(name) + ": '" + value.substr(0, 40) + "' is not 1 or 0");
}

std::size_t number(const httplib::Request& req, const char* name, std::size_t fallback,
                   std::size_t most) {
    const std::string value = param(req, name);
    if (value.empty()) return fallback;
    std::size_t n = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (error != std::errc() || end != value.data() + value.size())
        throw BadRequest(std::string(name) + ": '" + value.substr(0, 40) + "' is not a whole number");
    if (n > most)
        throw BadRequest(std::string(name) + ": " + value + " is more than " + std::to_string(most));
    return n;
}

std::string query_text(const httplib::Request& req, const ServerOptions& limits) {
    std::string q = param(req, "q");
    if (q.size() > limits.max_query_bytes)
        throw BadRequest("q: the query is longer than " + std::to_string(limits.max_query_bytes) + " bytes");
    return q;
}

bool sort_by_date(const httplib::Request& req) {
    const std::string sort = param(req, "sort");
    if (sort.empty() || sort == "relevance") return false;
    if (sort == "date") return true;
    throw BadRequest("sort: '" + sort.substr(0, 40) + "' is not relevance or date");
}

// YYYY-MM-DD, as an <input type=date> sends it.
std::string day(const httplib::Request& req, const char* name) {
    const std::string value = param(req, name);
    const bool ok = value.size() == 10 && value[4] == '-' && value[7] == '-' &&
                    value.find_first_not_of("0123456789-") == std::string::npos;
    if (!value.empty() && !ok)
        throw BadRequest(std::string(name) + ": '" + value.substr(0, 40) + "' is not a date (YYYY-MM-DD)");
    return value;
}

} // namespace

std::string url_encode(std::string_view text) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9') ||
            byte == '-' || byte == '_' || byte == '.' || byte == '~' || byte == '/') {
            out.push_back(c);
        } else {
            out.push_back('%');
            out.push_back(hex[byte >> 4]);
            out.push_back(hex[byte & 15]);
        }
    }
    return out;
}

std::string PageState::query() const {
    std::string query = q;
    if (!from.empty() || !to.empty())
        query += (query.empty() ? "" : " ") + std::string("date:") + from + ".." + to;
    return query;
}

std::string PageState::url() const {
    std::string url = "/?q=" + url_encode(q);
    if (!from.empty()) url += "&from=" + from;
    if (!to.empty()) url += "&to=" + to;
    if (by_date) url += "&sort=date";
    if (quotes) url += "&quotes=1";
    if (all_copies) url += "&all_copies=1";
    if (!like.empty()) url += "&like=" + url_encode(like);
    if (offset) url += "&offset=" + std::to_string(offset);
    return url;
}

PageState parse_page_state(const httplib::Request& req, const ServerOptions& limits) {
    PageState state;
    state.q = query_text(req, limits);
    state.from = day(req, "from");
    state.to = day(req, "to");
    state.by_date = sort_by_date(req);
    state.quotes = flag(req, "quotes");
    state.all_copies = flag(req, "all_copies");
    state.like = param(req, "like");
    state.offset = number(req, "offset", 0, limits.max_offset);
    return state;
}

ApiSearch parse_api_search(const httplib::Request& req, const ServerOptions& limits) {
    ApiSearch search;
    search.query = query_text(req, limits);
    SearchOptions& options = search.options;
    options.limit = number(req, "limit", 10, limits.max_limit);
    options.offset = number(req, "offset", 0, limits.max_offset);
    options.sort = sort_by_date(req) ? SortOrder::date_newest : SortOrder::relevance;
    options.quotes = flag(req, "quotes");
    options.all_copies = flag(req, "all_copies");
    options.like_path = param(req, "like");
    options.time_limit = limits.time_limit;
    options.exact_total_up_to = exact_total_for(options, limits);
    const std::string facets = param(req, "facets");
    for (std::size_t start = 0; start < facets.size();) {
        std::size_t end = facets.find(',', start);
        if (end == std::string::npos) end = facets.size();
        if (end > start) options.facets.push_back(facets.substr(start, end - start));
        start = end + 1;
    }
    if (options.facets.size() > 3) throw BadRequest("facets: at most speaker, org and year");
    if (search.query.find_first_not_of(" \t\r\n") == std::string::npos && options.like_path.empty())
        throw BadRequest("q: a query (or like=PATH) is required");
    return search;
}

std::size_t exact_total_for(const SearchOptions& options, const ServerOptions& limits) {
    return std::max(limits.exact_total_up_to, options.offset + options.limit + 1);
}

std::string health_json(Searcher& searcher) {
    return nlohmann::json{{"json_version", output::json_version},
                          {"pressdex_version", version},
                          {"status", "ok"},
                          {"releases", searcher.document_count()},
                          {"indexes", searcher.indexes()},
                          {"outdated_extraction", searcher.outdated_extraction()}}
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace pressdex::serve
