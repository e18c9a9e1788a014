#include "serve/page.hpp"

#include "pressdex/output.hpp"
#include "pressdex/version.hpp"
#include "serve/assets.hpp"
#include "serve/quote_span.hpp"
#include "serve/request.hpp"

#include <kainjow/mustache.hpp>

#include <chrono>
#include <optional>

namespace pressdex::serve {
namespace {

using kainjow::mustache::data;
using kainjow::mustache::mustache;

// Results per page.
constexpr std::size_t page_size = 10;

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out.push_back(c);
        }
    }
    return out;
}

// Optional values are set only when there is one: an empty string would open its section.
void set_if(data& d, const std::string& key, const std::string& value) {
    if (!value.empty()) d.set(key, value);
}

std::string join(const std::vector<std::string>& items, std::size_t most) {
    std::string joined;
    for (std::size_t i = 0; i < items.size() && i < most; ++i) joined += (i ? "; " : "") + items[i];
    if (items.size() > most) joined += "; +" + std::to_string(items.size() - most) + " more";
    return joined;
}

// A field filter for a facet value: speaker:"Name", org:"Name", date:2024.
std::string filter_for(const std::string& facet, const std::string& value) {
    if (facet == "year") return "date:" + value;
    std::string name;
    for (const char c : value)
        if (c != '"') name.push_back(c);
    return (facet == "org" ? "org:\"" : "speaker:\"") + name + "\"";
}

std::string render(std::string_view body_template, data& context, const std::string& page_title,
                   const PageState& state, const ServerOptions& options) {
    context.set("page_title", page_title);
    context.set("q", state.q);
    context.set("from", state.from);
    context.set("to", state.to);
    context.set("max_query", std::to_string(options.max_query_bytes));
    context.set("quotes", state.quotes ? data::type::bool_true : data::type::bool_false);
    context.set("by_date", state.by_date ? data::type::bool_true : data::type::bool_false);
    context.set("by_relevance", state.by_date ? data::type::bool_false : data::type::bool_true);
    context.set("version", std::string(version));
    std::string html;
    for (const std::string_view part : {assets::header_html, body_template, assets::footer_html}) {
        mustache view{std::string(part)};
        html += view.render(context);
    }
    return html;
}

std::string release_url(const std::string& path) { return "/release?path=" + url_encode(path); }

data hit_data(const Hit& hit, const PageState& state, bool tier_break) {
    data item;
    item.set("title", output::display_title(hit));
    item.set("release_url", release_url(hit.path));
    set_if(item, "date", hit.date);
    set_if(item, "place", hit.place);
    item.set("type", hit.type);
    item.set("has_speakers", hit.speakers.empty() ? data::type::bool_false : data::type::bool_true);
    item.set("speakers", join(hit.speakers, 6));
    item.set("has_orgs", hit.organisations.empty() ? data::type::bool_false : data::type::bool_true);
    item.set("orgs", join(hit.organisations, 6));
    item.set("snippet_html", marked_html(hit.snippet));
    std::string missing;
    for (const std::string& word : hit.missing_words) missing += (missing.empty() ? "" : ", ") + word;
    set_if(item, "missing", missing);
    PageState like{};
    like.like = hit.path;
    like.quotes = false;
    item.set("like_link", like.url());
    if (!hit.copies.empty()) {
        item.set("copies", std::to_string(hit.copies.size()));
        item.set("copies_word", hit.copies.size() == 1 ? "copy" : "copies");
        PageState all = state;
        all.all_copies = true;
        all.offset = 0;
        item.set("copies_url", all.url());
    }
    item.set("tier_break", tier_break ? data::type::bool_true : data::type::bool_false);
    return item;
}

data quote_data(const QuoteHit& quote, bool tier_break) {
    data item;
    item.set("speaker", quote.speaker.empty() ? std::string("(unknown speaker)") : quote.speaker);
    set_if(item, "role", quote.role);
    set_if(item, "organisation", quote.organisation);
    set_if(item, "date", quote.date);
    item.set("text_html", marked_html(quote.text));
    item.set("title", quote.title.empty() ? quote.path : quote.title);
    item.set("release_url", release_url(quote.path));
    item.set("tier_break", tier_break ? data::type::bool_true : data::type::bool_false);
    return item;
}

std::string summary_of(const SearchResults& results, const PageState& state, std::size_t shown) {
    const char* things = state.quotes ? "quotes" : "releases";
    if (shown == 0) {
        if (results.total_estimate == 0) return std::string("No ") + things + " match.";
        return "No more " + std::string(things) + " (about " + std::to_string(results.total_estimate) + " match).";
    }
    std::string summary = std::string(state.quotes ? "Quotes " : "Releases ") + std::to_string(state.offset + 1) +
                          "\u2013" + std::to_string(state.offset + shown) + " of about " +
                          std::to_string(results.total_estimate);
    if (results.total_all_words < results.total_estimate)
        summary += " (" + std::to_string(results.total_all_words) + " with all the words)";
    return summary + ".";
}

// "1000 ms"; "less than 1 ms" for the tests' limits.
std::string milliseconds(std::chrono::nanoseconds time) {
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(time).count();
    return ms < 1 ? std::string("less than 1 ms") : std::to_string(ms) + " ms";
}

// The release's text as segments, each quotation found in it (serve/quote_span.hpp: line
// breaks, paragraphs, the kind of marks, dashes and ellipses aside) marked with its
// speaker, as the text writes it; a quotation not found goes to a list below the text.
void text_segments(const IndexedRelease& release, data& context) {
    const std::string& body = release.release.body;
    data segments{data::type::list};
    data unplaced{data::type::list};
    std::size_t done = 0;
    for (const QuoteHit& quote : release.quotes) {
        const std::optional<TextSpan> at = find_quote(body, quote.text, done);
        const std::string speaker = quote.speaker.empty() ? std::string("unknown speaker") : quote.speaker;
        if (!at) {
            data item;
            item.set("speaker", speaker);
            item.set("text", quote.text);
            unplaced.push_back(item);
            continue;
        }
        data before;
        before.set("text", body.substr(done, at->begin - done));
        before.set("said", data::type::bool_false);
        segments.push_back(before);
        data said;
        said.set("text", body.substr(at->begin, at->end - at->begin));
        said.set("speaker", speaker);
        said.set("said", data::type::bool_true);
        segments.push_back(said);
        done = at->end;
    }
    data rest;
    rest.set("text", body.substr(done));
    rest.set("said", data::type::bool_false);
    segments.push_back(rest);
    context.set("has_unplaced", unplaced.is_empty_list() ? data::type::bool_false : data::type::bool_true);
    context.set("unplaced", unplaced);
    context.set("segments", segments);
}

} // namespace

std::string marked_html(const std::string& text) {
    std::string html = html_escape(text);
    std::string out;
    out.reserve(html.size() + 32);
    for (const char c : html) {
        if (c == highlight_begin[0]) out += "<mark>";
        else if (c == highlight_end[0]) out += "</mark>";
        else out.push_back(c);
    }
    // A marker in the text itself could leave one open: close what is open.
    std::size_t open = 0, pos = 0;
    while ((pos = out.find("<mark>", pos)) != std::string::npos) { ++open; pos += 6; }
    pos = 0;
    while ((pos = out.find("</mark>", pos)) != std::string::npos) { if (open) --open; pos += 7; }
    while (open--) out += "</mark>";
    return out;
}

std::string Pages::search_page(const httplib::Request& req, Searcher& searcher) const {
    const PageState state = parse_page_state(req, options_);
    data context;
    const bool typed = state.query().find_first_not_of(" \t\r\n") != std::string::npos;
    if (!typed && state.like.empty()) {
        context.set("searched", data::type::bool_false);
        context.set("releases", std::to_string(searcher.document_count()));
        return render(assets::results_html, context, "Search", state, options_);
    }
    SearchOptions options;
    options.limit = page_size;
    options.offset = state.offset;
    options.sort = state.by_date ? SortOrder::date_newest : SortOrder::relevance;
    options.quotes = state.quotes;
    options.all_copies = state.all_copies;
    options.like_path = state.like;
    options.facets = {"speaker", "org", "year"};
    options.time_limit = options_.time_limit;
    options.exact_total_up_to = exact_total_for(options, options_);
    options.highlight_begin = highlight_begin;
    options.highlight_end = highlight_end;
    const SearchResults results = searcher.search(state.query(), options);

    context.set("searched", data::type::bool_true);
    PageState releases = state, quotes = state, relevance = state, by_date = state;
    releases.quotes = false;
    quotes.quotes = true;
    releases.offset = quotes.offset = relevance.offset = by_date.offset = 0;
    relevance.by_date = false;
    by_date.by_date = true;
    context.set("releases_url", releases.url());
    context.set("quotes_url", quotes.url());
    context.set("relevance_url", relevance.url());
    context.set("date_url", by_date.url());
    if (!state.like.empty()) {
        if (const auto liked = searcher.release(state.like)) {
            context.set("like_title", output::display_title(liked->release));
            context.set("like_url", release_url(state.like));
        }
    }
    if (!results.suggestion.empty()) {
        PageState suggested = state;
        suggested.q = results.suggestion;
        suggested.offset = 0;
        context.set("suggestion", results.suggestion);
        context.set("suggestion_url", suggested.url());
    }
    data hits{data::type::list};
    for (std::size_t i = 0; i < results.hits.size(); ++i) {
        const bool tier_break = results.hits[i].match == MatchKind::some_words &&
                                (i == 0 ? state.offset == 0 : results.hits[i - 1].match == MatchKind::all_words);
        hits.push_back(hit_data(results.hits[i], state, tier_break));
    }
    data quote_hits{data::type::list};
    for (std::size_t i = 0; i < results.quotes.size(); ++i) {
        const bool tier_break = results.quotes[i].match == MatchKind::some_words &&
                                (i == 0 ? state.offset == 0 : results.quotes[i - 1].match == MatchKind::all_words);
        quote_hits.push_back(quote_data(results.quotes[i], tier_break));
    }
    context.set("hits", hits);
    context.set("quote_hits", quote_hits);
    const std::size_t shown = state.quotes ? results.quotes.size() : results.hits.size();
    context.set("summary", summary_of(results, state, shown));
    if (results.cut_short)
        context.set("cut_short", "This search took too long and was stopped after " +
                                     milliseconds(options_.time_limit) +
                                     ": these are the best of the releases looked at by then, "
                                     "and the counts are at least these. A narrower query finds all.");

    // Paging: previous and next pages of the same search.
    const bool has_prev = state.offset > 0;
    const bool has_next = state.offset + shown < results.total_estimate && shown == page_size &&
                          state.offset + page_size <= options_.max_offset;
    context.set("paging", has_prev || has_next ? data::type::bool_true : data::type::bool_false);
    if (has_prev) {
        PageState prev = state;
        prev.offset = state.offset > page_size ? state.offset - page_size : 0;
        context.set("prev_url", prev.url());
    }
    if (has_next) {
        PageState next = state;
        next.offset = state.offset + page_size;
        context.set("next_url", next.url());
    }

    // Facets: each value a link that adds its filter to the query.
    data facets{data::type::list};
    for (const auto& [name, label] : {std::pair<std::string, std::string>{"speaker", "Speakers"},
                                      {"org", "Organisations"}, {"year", "Years"}}) {
        const auto found = results.facets.find(name);
        if (found == results.facets.end() || found->second.empty()) continue;
        data facet;
        facet.set("label", label);
        data values{data::type::list};
        for (const FacetCount& count : found->second) {
            PageState narrowed = state;
            narrowed.q = (state.q.empty() ? "" : state.q + " ") + filter_for(name, count.value);
            narrowed.offset = 0;
            data value;
            value.set("value", count.value);
            value.set("count", std::to_string(count.count));
            value.set("url", narrowed.url());
            value.set("name", name);
            values.push_back(value);
        }
        facet.set("values", values);
        facets.push_back(facet);
    }
    context.set("facets", facets);
    const std::string title = state.q.empty() ? std::string("More like this") : state.q;
    return render(assets::results_html, context, title, state, options_);
}

std::string Pages::release_page(const httplib::Request& req, const IndexedRelease& release) const {
    (void)req;
    const Hit& hit = release.release;
    data context;
    const std::string title = output::display_title(hit);
    context.set("title", title);
    set_if(context, "date", hit.date);
    set_if(context, "place", hit.place);
    context.set("type", hit.type);
    context.set("path", hit.path);
    data orgs{data::type::list};
    for (std::size_t i = 0; i < release.organisation_names.size(); ++i) {
        const auto& names = release.organisation_names[i];
        if (names.empty()) continue;
        data org;
        org.set("name", names.front());
        std::vector<std::string> aliases(names.begin() + 1, names.end());
        set_if(org, "aliases", join(aliases, 6));
        PageState search;
        search.q = filter_for("org", names.front());
        org.set("url", search.url());
        org.set("last", i + 1 == release.organisation_names.size() ? data::type::bool_true : data::type::bool_false);
        orgs.push_back(org);
    }
    context.set("has_orgs", orgs.is_empty_list() ? data::type::bool_false : data::type::bool_true);
    context.set("orgs", orgs);
    data speakers{data::type::list};
    for (std::size_t i = 0; i < hit.speakers.size(); ++i) {
        data speaker;
        speaker.set("name", hit.speakers[i]);
        PageState search;
        search.q = filter_for("speaker", hit.speakers[i]);
        search.quotes = true;
        speaker.set("url", search.url());
        speaker.set("last", i + 1 == hit.speakers.size() ? data::type::bool_true : data::type::bool_false);
        speakers.push_back(speaker);
    }
    context.set("has_speakers", speakers.is_empty_list() ? data::type::bool_false : data::type::bool_true);
    context.set("speakers", speakers);
    PageState like;
    like.like = hit.path;
    context.set("like_url", like.url());
    text_segments(release, context);
    PageState none;
    return render(assets::release_html, context, title, none, options_);
}

std::string Pages::error_page(const httplib::Request& req, int status, const std::string& message) const {
    PageState state;
    // The form keeps what was typed, when it can be read.
    try {
        state = parse_page_state(req, options_);
    } catch (const std::exception&) {
        state.q = req.has_param("q") ? req.get_param_value("q").substr(0, options_.max_query_bytes) : "";
    }
    data context;
    context.set("error", data::type::bool_true);
    context.set("message", message);
    context.set("searched", data::type::bool_false);
    return render(assets::results_html, context, "Error " + std::to_string(status), state, options_);
}

} // namespace pressdex::serve
