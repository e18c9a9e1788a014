#include "searcher/natural.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace pressdex {
namespace {

// Fixed weight of each plain word a release has: one more of the words outweighs a few
// repetitions of the same ones (a BM25 term weight here is mostly 2 to 10). At 1 it leaves
// the known-item benchmark's rank-1 rate where plain OR has it, and makes "most of the
// words" true of the order people see (bench/README.md); at 5 it costs 0.7 points.
constexpr double coordination = 1.0;

Xapian::Query fixed(double weight) {
    return Xapian::Query((new Xapian::FixedWeightPostingSource(weight))->release());
}

// Upper bound of one BM25 term weight with Xapian's default parameters (k1 = 1):
// (k1 + 1) * idf, idf = log(N / n) at most log(2^32).
constexpr double max_term_weight = 2.0 * 22.2;

} // namespace

NaturalQuery natural_query(const Xapian::Query& all_words, const QueryWords& words,
                           bool tiers_only) {
    std::vector<Xapian::Query> parts; // each word's BM25 weight, and its coordination weight
    std::vector<Xapian::Query> any;   // each word, for counting
    double most = 0.0;                // an upper bound of the some-words weight
    for (const QueryWord& word : words.words) {
        any.push_back(word.query);
        parts.push_back(word.query);
        parts.push_back(Xapian::Query(Xapian::Query::OP_FILTER, fixed(coordination), word.query));
        most += max_term_weight * static_cast<double>(word.query.get_length()) + coordination;
    }
    if (!words.strict.empty())
        most += max_term_weight * static_cast<double>(words.strict.get_length());
    NaturalQuery natural;
    natural.all_words = all_words;
    // A power of two well above the bound: adding it and taking it away again changes the
    // all-words weights by no more than rounding at the bound's scale (about 1e-12).
    natural.all_words_bonus = std::ldexp(1.0, std::ilogb(most) + 3);
    Xapian::Query some(Xapian::Query::OP_OR, parts.begin(), parts.end());
    Xapian::Query some_any(Xapian::Query::OP_OR, any.begin(), any.end());
    if (!words.strict.empty()) {
        some = Xapian::Query(Xapian::Query::OP_AND, words.strict, some);
        some_any = Xapian::Query(Xapian::Query::OP_AND, words.strict, some_any);
    }
    if (!words.excluded.empty()) {
        some = Xapian::Query(Xapian::Query::OP_AND_NOT, some, words.excluded);
        some_any = Xapian::Query(Xapian::Query::OP_AND_NOT, some_any, words.excluded);
    }
    natural.any_words = Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                      Xapian::Query(Xapian::Query::OP_OR, all_words, some_any), 0.0);
    if (tiers_only) {
        natural.ranked = Xapian::Query(
            Xapian::Query::OP_OR,
            Xapian::Query(Xapian::Query::OP_FILTER, fixed(natural.all_words_bonus), all_words),
            Xapian::Query(Xapian::Query::OP_AND_NOT,
                          Xapian::Query(Xapian::Query::OP_FILTER, fixed(1.0), some_any), all_words));
    } else {
        natural.ranked = Xapian::Query(
            Xapian::Query::OP_OR,
            Xapian::Query(Xapian::Query::OP_AND, all_words, fixed(natural.all_words_bonus)),
            Xapian::Query(Xapian::Query::OP_AND_NOT, some, all_words));
    }
    return natural;
}

namespace {

// Whether a document has a word as its query asks: one of its terms (`has`), or its phrase
// ("20 million" for 20m, searcher/number_words.hpp) with the terms in a row. What the
// parser does not make of a word, such as a wildcard, counts as had when any term is.
bool has_word(const Xapian::Database& db, Xapian::docid document, const std::set<std::string>& has,
              const Xapian::Query& query) {
    const auto type = query.get_type();
    const std::size_t parts = query.get_num_subqueries();
    if (type == Xapian::Query::LEAF_TERM)
        return has.count(*query.get_terms_begin()) > 0;
    if (type == Xapian::Query::OP_OR || type == Xapian::Query::OP_SYNONYM) {
        for (std::size_t i = 0; i < parts; ++i)
            if (has_word(db, document, has, query.get_subquery(i))) return true;
        return false;
    }
    if (type == Xapian::Query::OP_AND) {
        for (std::size_t i = 0; i < parts; ++i)
            if (!has_word(db, document, has, query.get_subquery(i))) return false;
        return true;
    }
    if (type == Xapian::Query::OP_PHRASE) {
        std::vector<std::set<Xapian::termpos>> positions;
        for (std::size_t i = 0; i < parts; ++i) {
            const Xapian::Query part = query.get_subquery(i);
            if (part.get_type() != Xapian::Query::LEAF_TERM) return true; // not checked
            const std::string term = *part.get_terms_begin();
            if (!has.count(term)) return false;
            positions.emplace_back(db.positionlist_begin(document, term), db.positionlist_end(document, term));
        }
        if (positions.empty()) return false;
        for (const Xapian::termpos first : positions.front()) {
            bool in_a_row = true;
            for (std::size_t i = 1; i < positions.size() && in_a_row; ++i)
                in_a_row = positions[i].count(first + static_cast<Xapian::termpos>(i)) > 0;
            if (in_a_row) return true;
        }
        return false;
    }
    return std::any_of(query.get_terms_begin(), query.get_terms_end(),
                       [&](const std::string& term) { return has.count(term) > 0; });
}

} // namespace

std::vector<std::string> missing_words(const Xapian::Database& db, const Xapian::Enquire& enquire,
                                       const Xapian::MSetIterator& it, const QueryWords& words) {
    const std::set<std::string> has(enquire.get_matching_terms_begin(it), enquire.get_matching_terms_end(it));
    std::vector<std::string> missing;
    for (const QueryWord& word : words.words)
        if (!has_word(db, *it, has, word.query)) missing.push_back(word.text);
    return missing;
}

std::vector<std::string> unused_words(const Xapian::Database& db, const QueryWords& words) {
    std::vector<std::string> unused;
    for (const QueryWord& word : words.words) {
        const bool used = std::any_of(word.query.get_terms_begin(), word.query.get_terms_end(),
                                      [&](const std::string& term) { return db.term_exists(term); });
        if (!used) unused.push_back(word.text);
    }
    return unused;
}

} // namespace pressdex
