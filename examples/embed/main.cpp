// embed QUERY INDEX...: the three best releases for QUERY over one or more pressdex indexes
// (folders, stub files or tcp://HOST:PORT shards), and who is quoted most in all matches.
#include <pressdex/searcher.hpp>
#include <pressdex/version.hpp>

#include <iostream>

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: embed QUERY INDEX...\n";
        return 2;
    }
    try {
        pressdex::Searcher searcher(std::vector<std::string>(argv + 2, argv + argc));
        pressdex::SearchOptions options;
        options.limit = 3;
        options.facets = {"speaker"};
        options.facet_limit = 3;
        const pressdex::SearchResults results = searcher.search(argv[1], options);
        std::cout << "pressdex " << pressdex::version << ": " << results.total_estimate
                  << " of " << searcher.document_count() << " releases match '" << argv[1] << "'\n";
        for (const pressdex::Hit& hit : results.hits)
            std::cout << hit.rank << ". " << hit.date << "  "
                      << (hit.title.empty() ? hit.path : hit.title) << '\n';
        for (const pressdex::FacetCount& speaker : results.facets.at("speaker"))
            std::cout << "   quoted in " << speaker.count << ": " << speaker.value << '\n';
        return 0;
    } catch (const pressdex::QueryError& e) {
        std::cerr << "embed: bad query: " << e.what() << '\n';
        return 2;
    } catch (const pressdex::Error& e) {
        std::cerr << "embed: " << e.what() << '\n';
        return 1;
    }
}
