// Prints what an index holds, one line per release file, in a form that does not depend on
// how or in what order it was written: docids, shards and commit batches leave no trace.
// The crash tests compare an index that survived kill -9 with one built without
// interruption: each release in the first must equal the same release in the second.
//
//   index_dump INDEX
//
// Output, sorted:
//   release PATH HASH QUOTES   a release document with its quote documents: HASH covers the
//                              data, values, terms, wdfs and positions of all of them
//   problem WHAT ...           something no complete index holds: two documents for one
//                              file, quotes whose release is missing, a release document
//                              without its path or id term, a document of neither kind
// Exit status 0 if there is no problem line, 1 if there is, 2 if the index cannot be read.

#include "common/schema.hpp"
#include "indexer/document.hpp"

#include <xapian.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace {

using pressdex::schema::prefix_quote_of;
using pressdex::schema::prefix_unique_id;

std::uint64_t fnv1a(std::string_view bytes) {
    std::uint64_t hash = 0xcbf29ce484222325ull;
    for (const unsigned char c : bytes)
        hash = (hash ^ c) * 0x100000001b3ull;
    return hash;
}

// Everything a document holds, as one string (lengths first, so fields cannot run together).
std::string canonical(const Xapian::Document& doc) {
    std::string out;
    const auto field = [&](std::string_view tag, const std::string& value) {
        out.append(tag).append(std::to_string(value.size())).append(":").append(value);
    };
    field("data", doc.get_data());
    for (auto v = doc.values_begin(); v != doc.values_end(); ++v)
        field("value" + std::to_string(v.get_valueno()), *v);
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
        field("term", *t);
        out.append("wdf").append(std::to_string(t.get_wdf()));
        for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p)
            out.append(",").append(std::to_string(*p));
    }
    return out;
}

// The first term starting with `prefix` ("Q", "XQOF"), if any. No other kind of term starts
// with these prefixes (common/schema.hpp).
std::string term_with(const Xapian::Document& doc, std::string_view prefix) {
    auto t = doc.termlist_begin();
    t.skip_to(std::string(prefix));
    if (t == doc.termlist_end() || !std::string_view(*t).starts_with(prefix))
        return {};
    return *t;
}

bool has_term(const Xapian::Document& doc, std::string_view term) {
    auto t = doc.termlist_begin();
    t.skip_to(std::string(term));
    return t != doc.termlist_end() && *t == term;
}

struct Release {
    std::string canonical;
    int documents = 0; // more than one is a duplicate
};

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: index_dump INDEX\n";
        return 2;
    }
    std::map<std::string, Release> releases;                // by path
    std::map<std::string, std::vector<std::string>> quotes; // by their release's XQOF term
    std::vector<std::string> problems;
    try {
        const Xapian::Database db(argv[1]);
        for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
            const Xapian::Document doc = db.get_document(*it);
            const std::string docid = std::to_string(*it);
            if (has_term(doc, pressdex::schema::term_kind_release)) {
                const std::string path = doc.get_value(pressdex::schema::slot_path);
                if (path.empty() ||
                    term_with(doc, prefix_unique_id) != pressdex::unique_id_term(path)) {
                    problems.push_back("release-without-path-or-id docid " + docid);
                    continue;
                }
                Release& release = releases[path];
                release.canonical = canonical(doc);
                ++release.documents;
            } else if (const std::string of = term_with(doc, prefix_quote_of); !of.empty()) {
                quotes[of].push_back(canonical(doc));
            } else {
                problems.push_back("document-of-no-kind docid " + docid);
            }
        }
    } catch (const Xapian::Error& e) {
        std::cerr << "index_dump: " << argv[1] << ": " << e.get_description() << '\n';
        return 2;
    }
    std::vector<std::string> lines;
    for (const auto& [path, release] : releases) {
        if (release.documents > 1)
            problems.push_back("duplicate-release " + path);
        std::vector<std::string> own;
        if (const auto found = quotes.find(pressdex::quote_of_term(path)); found != quotes.end()) {
            own = std::move(found->second);
            quotes.erase(found);
        }
        // Quotes in a fixed order: their docids say only when they were written.
        std::sort(own.begin(), own.end());
        std::string all = release.canonical;
        for (const std::string& quote : own)
            all += std::to_string(quote.size()) + ":" + quote;
        char hash[17];
        std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(fnv1a(all)));
        lines.push_back("release " + path + " " + hash + " " + std::to_string(own.size()));
    }
    for (const auto& [of, orphans] : quotes)
        problems.push_back("quotes-without-release " + of + " (" + std::to_string(orphans.size()) +
                           ")");
    for (const std::string& problem : problems)
        lines.push_back("problem " + problem);
    std::sort(lines.begin(), lines.end());
    for (const std::string& line : lines)
        std::cout << line << '\n';
    return problems.empty() ? 0 : 1;
}
