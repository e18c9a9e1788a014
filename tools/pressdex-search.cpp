// pressdex-search: ranked search over indexes built by pressdex-index, local or remote;
// a thin client of the public library API (pressdex/searcher.hpp), nothing more.

#include "pressdex/searcher.hpp"
#include "pressdex/version.hpp"
#include "tools/cli_common.hpp"
#include "tools/print_hits.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

int main(int argc, char** argv) {
    using namespace pressdex;
    CLI::App app{"Search press releases indexed by pressdex-index.\n\n"
                 "Query language: words, \"exact phrases\", OR, NOT, -word, +word, NEAR, word*, "
                 "(groups),\nand fields title:, place:, path:, type:, speaker:, org:, role:, "
                 "quote:,\ndate: (2018-11-23, 2018-11, 2018, A..B, ..B, A..). Releases with all "
                 "the words come first,\nthen those with most of them (not with --all-words); "
                 "phrases, fields, +word and -word always hold."};
    app.set_version_flag("--version", std::string("pressdex-search ") + version);
    std::vector<std::string> indexes;
    std::vector<std::string> words;
    SearchOptions options;
    std::string sort = "relevance";
    bool json = false;
    app.add_option("--index", indexes,
                   "index to search: a folder, a Xapian stub file or tcp://HOST:PORT (a shard "
                   "served by xapian-tcpsrv); repeat it to search several as one (default: "
                   "$PRESSDEX_INDEX or ./index)")
        ->allow_extra_args(false); // one name per --index, so the query is never taken for one
    app.add_option("-n,--limit", options.limit, "number of hits")->default_val(10);
    app.add_option("--offset", options.offset, "hits to skip (paging)")->default_val(0);
    app.add_option("--sort", sort, "relevance or date (newest first)")
        ->check(CLI::IsMember({"relevance", "date"}));
    app.add_option("--snippet-chars", options.snippet_chars, "snippet length")->default_val(220);
    app.add_flag("--json", json, "one JSON object per hit, for scripts");
    app.add_flag("--quotes", options.quotes,
                 "quote mode: results are single quotations; speaker:, org: and role: apply to "
                 "the quote's own speaker");
    app.add_flag("--auto-correct", options.auto_correct,
                 "run the \"Did you mean\" query instead, when a word is unknown to the index");
    std::string facets;
    app.add_option("--facets", facets, "count matches by speaker, org and/or year (comma-separated)");
    app.add_flag("--all-copies", options.all_copies,
                 "show syndicated copies of a release as hits of their own (by default one hit "
                 "stands for all, with \"+N copies\" and their paths)");
    app.add_flag("--all-words", options.all_words,
                 "only releases with every word (by default, when not every word can match, "
                 "releases with most of the words follow those with all)");
    app.add_option("--like", options.like_path,
                   "more like this: the releases most similar to this indexed release (a QUERY "
                   "then only filters them)");
    app.add_option("QUERY", words, "the query (several words are joined)");
    if (const auto status = cli::parse_command_line("pressdex-search", app, argc, argv))
        return *status;
    if (words.empty() && options.like_path.empty()) {
        cli::print_error("pressdex-search", "a QUERY or --like PATH is required (--help for more)");
        return cli::exit_usage;
    }

    std::string query;
    for (const std::string& word : words) query += (query.empty() ? "" : " ") + word;
    for (std::size_t start = 0; start < facets.size();) {
        std::size_t end = facets.find(',', start);
        if (end == std::string::npos) end = facets.size();
        if (end > start) options.facets.push_back(facets.substr(start, end - start));
        start = end + 1;
    }
    options.sort = sort == "date" ? SortOrder::date_newest : SortOrder::relevance;
    const bool terminal = !json && cli::is_terminal(1);
    if (terminal) {
        options.highlight_begin = "\033[1;33m";
        options.highlight_end = "\033[0m";
    }
    if (indexes.empty()) indexes.push_back(cli::default_index_dir());
    try {
        Searcher searcher(indexes);
        for (const std::string& index : searcher.outdated_extraction())
            cli::print_error("pressdex-search", "note: " + index +
                                                    ": extracted by another version's rules; run pressdex-index on it "
                                                    "again for this version's speakers, quotes and organisations");
        const SearchResults results = searcher.search(query, options);
        if (json) {
            cli::print_hits_json(std::cout, results, query);
        } else {
            cli::print_suggestion_text(std::cout, results, terminal);
            if (options.quotes)
                cli::print_quotes_text(std::cout, results, options, terminal);
            else
                cli::print_hits_text(std::cout, results, options, terminal);
            cli::print_facets_text(std::cout, results, terminal);
        }
        return cli::exit_ok;
    } catch (const QueryError& e) {
        cli::print_error("pressdex-search", std::string("bad query: ") + e.what());
        return cli::exit_usage;
    } catch (const Error& e) {
        cli::print_error("pressdex-search", e.what());
        return cli::exit_failure;
    } catch (const std::exception& e) {
        // Not a pressdex error: out of memory or a bug. Say so rather than abort.
        cli::print_error("pressdex-search", std::string("internal error: ") + e.what());
        return cli::exit_failure;
    }
}
