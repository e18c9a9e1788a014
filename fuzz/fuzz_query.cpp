// Any bytes as a query typed by a user, through what the searcher does with it: QueryBuilder
// parses it for releases and for quote mode against a small in-memory index, Xapian runs
// it, and the snippet maker highlights its words. The only error a query may cause is
// pressdex::QueryError; any other exception (a raw Xapian error included) escapes, which
// libFuzzer reports as a crash.

#include "common/schema.hpp"
#include "indexer/document.hpp"
#include "indexer/extract/facts.hpp"
#include "pressdex/error.hpp"
#include "searcher/query.hpp"
#include "searcher/snippet.hpp"

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <utility>

using namespace pressdex;

namespace {

// A few releases with every field filled, so that wildcards, dates, speakers and
// organisations have terms to expand to and match.
Xapian::WritableDatabase small_index() {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    DocumentBuilder builder;
    const Release releases[] = {
        {"Mount Sinai and Taikang Healthcare collaborate", "2018-11-23", "NEW YORK",
         "Mount Sinai Health System (MSHS) and Taikang signed an agreement. \"We look forward "
         "to the highest quality care,\" said Kenneth Davis, MD, President and CEO of Mount "
         "Sinai."},
        {"Children's Hospital of Philadelphia opens centre", "2025-06-03", "PHILADELPHIA",
         "CHOP president Madeline Bell said: \"Paediatric oncology in Zürich and Philadelphia "
         "is one programme.\" The hospital's new centre opens in June."},
        {"Fraud charges", "2016-04-13", "", "A man was charged with wire fraud on April 13, 2016."},
    };
    int n = 0;
    for (const Release& release : releases) {
        const SourceFile source{"/corpus/release" + std::to_string(n++) + ".txt", FileType::txt,
                                FileStat{100, 1}, "0000000000000000"};
        const extract::Facts facts = extract::extract_facts(release.title, release.body);
        db.add_document(builder.build(release, source, facts));
        for (const Xapian::Document& quote : builder.build_quotes(release, source, facts))
            db.add_document(quote);
    }
    db.set_metadata(std::string(schema::metadata_schema_key), std::to_string(schema::version));
    db.commit();
    return db;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Xapian::WritableDatabase db = small_index();
    static QueryBuilder builder(db);
    static const SnippetMaker snippets;
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    // Normal mode searches releases; quote mode searches quotes with its own field meanings.
    const std::pair<QueryTarget, std::string_view> modes[] = {
        {QueryTarget::releases, schema::term_kind_release},
        {QueryTarget::quotes, schema::term_kind_quote}};
    for (const auto& [target, kind] : modes) {
        ParsedQuery parsed;
        try {
            parsed = builder.parse(text, target);
        } catch (const QueryError&) {
            return 0; // the CLI prints its one line and exits 2
        }
        Xapian::Enquire enquire(db);
        enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, parsed.query,
                                        Xapian::Query(std::string(kind))));
        const Xapian::MSet mset = enquire.get_mset(0, 10);
        const MatchWords match = MatchWords::from_query(parsed.query, parsed.wildcard_stems);
        for (auto it = mset.begin(); it != mset.end(); ++it)
            (void)snippets.make(it.get_document().get_data(), match, SnippetStyle{});
    }
    return 0;
}
