// pressdex-index: brings an index up to date with folders of press releases.

#include "indexer/indexer.hpp"
#include "pressdex/error.hpp"
#include "pressdex/version.hpp"
#include "tools/cli_common.hpp"
#include "tools/index_progress.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace {

void print_summary(const pressdex::IndexSummary& summary) {
    std::cout << "added " << summary.added << ", updated " << summary.updated << ", unchanged "
              << summary.unchanged << ", removed " << summary.removed << ", skipped "
              << summary.skipped_total();
    if (!summary.skipped.empty()) {
        std::cout << " (";
        const char* separator = "";
        for (const auto& [reason, count] : summary.skipped) {
            std::cout << separator << count << ' ' << reason;
            separator = ", ";
        }
        std::cout << ')';
    }
    std::cout << "; " << summary.documents << " releases in the index\n";
}

} // namespace

int main(int argc, char** argv) {
    using namespace pressdex;
    CLI::App app{"Index folders of press releases (txt, md, html) for pressdex-search."};
    app.set_version_flag("--version", std::string("pressdex-index ") + version);
    IndexOptions options;
    std::string index_dir = cli::default_index_dir();
    std::vector<std::string> roots;
    bool quiet = false;
    app.add_option("--index", index_dir, "index folder (default: $PRESSDEX_INDEX or ./index)");
    app.add_flag("--rebuild", options.rebuild, "start from an empty index");
    app.add_flag("-q,--quiet", quiet, "no progress line");
    app.add_option("FOLDER", roots, "folders (or files) to index")->required();
    CLI11_PARSE(app, argc, argv);

    options.index_dir = index_dir;
    options.roots.assign(roots.begin(), roots.end());
    try {
        cli::IndexProgress progress(!quiet && cli::is_terminal(2));
        const IndexSummary summary = Indexer(options).run(progress);
        print_summary(summary);
        return cli::exit_ok;
    } catch (const Error& e) {
        cli::print_error("pressdex-index", e.what());
        return cli::exit_failure;
    }
}
