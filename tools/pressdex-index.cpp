// pressdex-index: brings an index up to date with folders of press releases.

#include "indexer/extract/facts.hpp"
#include "indexer/formats/formats.hpp"
#include "indexer/indexer.hpp"
#include "indexer/read_release.hpp"
#include "indexer/watch.hpp"
#include "pressdex/error.hpp"
#include "pressdex/version.hpp"
#include "tools/cli_common.hpp"
#include "tools/extract_json.hpp"
#include "tools/index_progress.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

// `pressdex-index extract FILE...`: what the indexer extracts from each file, as JSON lines.
int run_extract(const std::vector<std::string>& files) {
    using namespace pressdex;
    int status = cli::exit_ok;
    for (const std::string& file : files) {
        try {
            const auto type = file_type_of(file);
            if (!type) throw FileError(file, "unsupported file type");
            // One line per release: a container (an mbox, a feed) holds several.
            const auto found = formats::read_file_releases(read_file_bytes(file), *type, file);
            for (const std::string& note : found.notes) cli::print_error("pressdex-index extract", file + ": " + note);
            for (const auto& item : found.releases) {
                const auto facts = extract::extract_facts(item.release.title, extraction_text(item.release));
                std::cout << cli::extraction_json(item.path, item.release, facts)
                                 .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                          << '\n';
            }
        } catch (const Error& e) {
            cli::print_error("pressdex-index extract", e.what());
            status = cli::exit_failure;
        }
    }
    return status;
}

int main(int argc, char** argv) {
    using namespace pressdex;
    CLI::App app{"Index folders of press releases (txt, md, html, pdf, docx, odt, eml, mbox, rss, atom) for pressdex-search."};
    app.set_version_flag("--version", std::string("pressdex-index ") + version);
    IndexOptions options;
    std::string index_dir = cli::default_index_dir();
    std::vector<std::string> roots;
    bool quiet = false;
    app.add_option("--index", index_dir, "index folder (default: $PRESSDEX_INDEX or ./index)");
    app.add_flag("--rebuild", options.rebuild,
                 "build the index anew (searches go on using the old one until it is done)");
    app.add_flag("--wait", options.wait,
                 "if another pressdex-index is updating the index, wait for it to finish");
    app.add_flag("-q,--quiet", quiet, "no progress line");
    app.add_option("-j,--jobs", options.jobs, "worker threads (default: one per core)")
        ->check(cli::at_least(0));
    app.add_option("--batch", options.commit_every,
                   "releases held in memory between writes to disk: more is faster, "
                   "less uses less memory (default: " + std::to_string(options.commit_every) + ")")
        ->check(cli::at_least(1));
    bool no_extract = false;
    app.add_flag("--no-extract", no_extract,
                 "skip extracting speakers, quotes and organisations (faster; for measuring)");
    std::string shard;
    app.add_option("--shard", shard,
                   "index only shard K of N (K/N): a fixed 1/N share of the files, by a hash of "
                   "their path below the folder given; build each shard with the same folders");
    bool watch = false;
    app.add_flag("--watch", watch,
                 "index, then follow the folders: files added, changed, moved or removed are "
                 "in the index within two seconds; runs until stopped");
    unsigned rescan = 600;
    app.add_option("--rescan", rescan,
                   "with --watch: also walk the folders every SECONDS, for changes inotify "
                   "cannot see (network filesystems); 0: never (default: 600)")
        ->type_name("SECONDS")
        ->check(cli::at_least(0));
    app.add_option("FOLDER", roots, "folders (or files) to index");
    std::vector<std::string> extract_files;
    CLI::App* extract = app.add_subcommand(
        "extract", "print what would be extracted from each file (title, date, speakers, "
                   "quotes, organisations) as one JSON object per line; indexes nothing");
    extract->add_option("FILE", extract_files, "release files")->required();
    if (const auto status = cli::parse_command_line("pressdex-index", app, argc, argv))
        return *status;
    if (*extract) return run_extract(extract_files);
    if (roots.empty()) {
        cli::print_usage_error("pressdex-index", "a FOLDER to index is required");
        return cli::exit_usage;
    }
    if (!watch && app.count("--rescan") > 0) {
        cli::print_usage_error("pressdex-index", "--rescan goes with --watch");
        return cli::exit_usage;
    }

    if (!shard.empty()) {
        try {
            options.shard = parse_shard(shard);
        } catch (const Error& e) {
            cli::print_usage_error("pressdex-index", e.what());
            return cli::exit_usage;
        }
    }
    options.index_dir = index_dir;
    options.extract = !no_extract;
    options.roots.assign(roots.begin(), roots.end());
    try {
        if (watch) {
            WatchOptions watch_options;
            watch_options.rescan = std::chrono::seconds(rescan);
            cli::WatchReport report(!quiet && cli::is_terminal(2));
            watch_folders(options, watch_options, report); // returns by an exception only
            return cli::exit_ok;
        }
        cli::IndexProgress progress(!quiet && cli::is_terminal(2));
        const IndexSummary summary = Indexer(options).run(progress);
        progress.clear_line();
        cli::print_summary(std::cout, summary);
        return cli::exit_ok;
    } catch (const Error& e) {
        cli::print_error("pressdex-index", e.what());
        return cli::exit_failure;
    } catch (const std::exception& e) {
        // Not a pressdex error: out of memory or a bug. Say so rather than abort.
        cli::print_error("pressdex-index", std::string("internal error: ") + e.what());
        return cli::exit_failure;
    } catch (...) {
        // A library error that was not translated (a bug): still one line and status 1.
        cli::print_error("pressdex-index", "internal error: unknown exception");
        return cli::exit_failure;
    }
}
