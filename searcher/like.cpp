#include "searcher/like.hpp"

#include "common/schema.hpp"
#include "pressdex/error.hpp"

#include <filesystem>
#include <optional>
#include <vector>

namespace pressdex {
namespace {

// Terms worth expanding on: plain words (prefixed terms start with a capital, stems with
// Z) of at least two characters and not all digits.
class PlainWords : public Xapian::ExpandDecider {
  public:
    bool operator()(const std::string& term) const override {
        if (term.size() < 2 || (term[0] >= 'A' && term[0] <= 'Z')) return false;
        return term.find_first_not_of("0123456789.,") != std::string::npos;
    }
};

// The path as the indexer stored it: absolute, normalised; with symbolic links resolved
// as a second guess.
std::vector<std::string> candidate_paths(const std::string& path) {
    namespace fs = std::filesystem;
    std::vector<std::string> candidates{path};
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec).lexically_normal();
    if (!ec) candidates.push_back(absolute.string());
    const fs::path canonical = fs::weakly_canonical(path, ec);
    if (!ec) candidates.push_back(canonical.string());
    return candidates;
}

std::optional<Xapian::docid> find_release(const Xapian::Database& db, const std::string& path) {
    for (const std::string& candidate : candidate_paths(path)) {
        const std::string id_term = std::string(schema::prefix_unique_id) + candidate;
        // Ids of long paths are hashed by the indexer (indexer/document.cpp): look those up
        // in the path slot instead.
        if (id_term.size() <= 200) {
            const auto it = db.postlist_begin(id_term);
            if (it != db.postlist_end(id_term)) return *it;
            continue;
        }
        for (auto it = db.valuestream_begin(schema::slot_path); it != db.valuestream_end(schema::slot_path);
             ++it)
            if (*it == candidate) return it.get_docid();
    }
    return std::nullopt;
}

} // namespace

Xapian::Query more_like_query(const Xapian::Database& db, const std::string& path) {
    const std::optional<Xapian::docid> docid = find_release(db, path);
    if (!docid) throw QueryError("--like " + path, "no release in the index has the path " + path);
    const Xapian::Document release = db.get_document(*docid);
    if (release.termlist_begin() == release.termlist_end())
        throw QueryError("--like " + path, "no release in the index has the path " + path);

    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(std::string(schema::term_kind_release)));
    Xapian::RSet rset;
    rset.add_document(*docid);
    const PlainWords plain_words;
    const Xapian::ESet eset = enquire.get_eset(like_terms, rset, &plain_words);
    std::vector<Xapian::Query> words;
    for (auto it = eset.begin(); it != eset.end(); ++it) words.emplace_back(*it);
    if (words.empty()) throw QueryError("--like " + path, "the release has no words to compare");

    // Its own unique id term: the one term of the document with the id prefix.
    auto term = release.termlist_begin();
    term.skip_to(std::string(schema::prefix_unique_id));
    const Xapian::Query similar(Xapian::Query::OP_OR, words.begin(), words.end());
    if (term == release.termlist_end() || !(*term).starts_with(schema::prefix_unique_id))
        return similar;
    return Xapian::Query(Xapian::Query::OP_AND_NOT, similar, Xapian::Query(*term));
}

} // namespace pressdex
