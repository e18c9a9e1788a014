#include "searcher/closeness.hpp"

#include "searcher/text_words.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace pressdex {
namespace {

// Weights of the four features below, in BM25's units, learned by a pairwise logistic
// regression on 5,800 known-item queries over newsramp (bench/README.md, "closeness").
constexpr double weight_early = 7.0;    // share of the words in the headline or first lines
constexpr double weight_together = 1.5; // how tightly the words stand together
constexpr double weight_first = 3.0;    // how soon each word first comes
constexpr double weight_in_order = 8.5; // share of the words typed in a row found in a row

// "First lines": the body's first 60 words, about its first sentence or two.
constexpr std::size_t early_words = 60;
// Two words typed in a row are found in a row when at most two words stand between them
// ("director at global" for "director global").
constexpr std::size_t in_order_reach = 3;
// A logarithm's scale for positions and windows: beyond a thousand words, all are alike,
// and the features below are kept positive by subtracting from its logarithm.
constexpr double far = 6.907755278982137; // log(1000)

// The smallest number of consecutive words of `numbers` that hold every query word the
// text has at least once; 0 when it has fewer than two of them.
std::size_t tightest_window(const std::vector<int>& numbers, std::size_t distinct, std::size_t present) {
    if (present < 2) return 0;
    std::vector<std::size_t> in_window(distinct, 0);
    std::size_t covered = 0;
    std::size_t best = numbers.size();
    std::size_t left = 0;
    for (std::size_t right = 0; right < numbers.size(); ++right) {
        if (numbers[right] < 0) continue;
        if (in_window[static_cast<std::size_t>(numbers[right])]++ == 0) ++covered;
        while (covered == present) {
            best = std::min(best, right - left + 1);
            if (numbers[left] >= 0 && --in_window[static_cast<std::size_t>(numbers[left])] == 0) --covered;
            ++left;
        }
    }
    return best;
}

} // namespace

ClosenessScorer::ClosenessScorer(const QueryWords& words) {
    std::unordered_set<std::string> folded;
    std::unordered_set<std::string> stems;
    std::vector<int> typed;
    for (const QueryWord& word : words.words) {
        const std::string stem = stemmer_(word.text);
        int number = static_cast<int>(distinct_);
        if (auto it = by_stem_.find(stem); it != by_stem_.end()) {
            number = it->second;
        } else {
            by_stem_.emplace(stem, number);
            ++distinct_;
        }
        by_folded_.emplace(word.text, number);
        folded.insert(word.text);
        stems.insert(stem);
        typed.push_back(number);
    }
    for (std::size_t i = 0; i + 1 < typed.size(); ++i)
        if (typed[i] != typed[i + 1]) typed_pairs_.emplace_back(typed[i], typed[i + 1]);
    match_ = MatchWords(std::move(folded), std::move(stems), {});
}

std::vector<int> ClosenessScorer::word_numbers(std::string_view text) const {
    const std::vector<TextWord> words = split_words(text);
    std::vector<int> numbers(words.size(), -1);
    // Releases repeat their words: each distinct one as written is looked up once.
    std::unordered_map<std::string_view, int> seen;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string_view piece = text.substr(words[i].begin, words[i].end - words[i].begin);
        if (match_.rules_out(piece)) continue;
        const auto [it, fresh] = seen.try_emplace(piece, -1);
        if (fresh) {
            if (const auto folded = match_.match(piece, normalizer_, stemmer_)) {
                if (auto exact = by_folded_.find(*folded); exact != by_folded_.end()) {
                    it->second = exact->second;
                } else if (auto stem = by_stem_.find(stemmer_(*folded)); stem != by_stem_.end()) {
                    it->second = stem->second;
                }
            }
        }
        numbers[i] = it->second;
    }
    return numbers;
}

double ClosenessScorer::weight(std::string_view title, std::string_view body) const {
    if (distinct_ == 0) return 0.0;
    const std::vector<int> in_title = word_numbers(title);
    const std::vector<int> in_body = word_numbers(body);
    std::vector<bool> early(distinct_, false);
    std::vector<std::size_t> first(distinct_, in_body.size()); // absent: the body's length
    for (const int n : in_title)
        if (n >= 0) early[static_cast<std::size_t>(n)] = true;
    std::size_t present = 0;
    for (std::size_t i = 0; i < in_body.size(); ++i) {
        if (in_body[i] < 0) continue;
        const auto n = static_cast<std::size_t>(in_body[i]);
        if (first[n] == in_body.size()) {
            first[n] = i;
            ++present;
        }
        if (i < early_words) early[n] = true;
    }
    // Which two query words stand in a row (the second within reach of the first).
    std::vector<bool> follows(distinct_ * distinct_, false);
    for (const std::vector<int>* numbers : {&in_title, &in_body}) {
        for (std::size_t i = 0; i < numbers->size(); ++i) {
            if ((*numbers)[i] < 0) continue;
            for (std::size_t j = i + 1; j < numbers->size() && j <= i + in_order_reach; ++j)
                if ((*numbers)[j] >= 0)
                    follows[static_cast<std::size_t>((*numbers)[i]) * distinct_ +
                            static_cast<std::size_t>((*numbers)[j])] = true;
        }
    }
    std::size_t in_order = 0;
    for (const auto& [a, b] : typed_pairs_)
        in_order += follows[static_cast<std::size_t>(a) * distinct_ + static_cast<std::size_t>(b)];

    const double n = static_cast<double>(distinct_);
    double soon = 0.0; // each word's closeness to the start, on a log scale
    for (const std::size_t position : first)
        soon += std::max(0.0, far - std::log1p(static_cast<double>(position)));
    const std::size_t window = tightest_window(in_body, distinct_, present);
    // Fewer than two of the words in the body: as far apart as can be.
    const double together =
        window == 0 ? 0.0 : std::max(0.0, far - std::log(static_cast<double>(window) / static_cast<double>(present)));
    const double share_early = static_cast<double>(std::count(early.begin(), early.end(), true)) / n;
    const double share_in_order =
        typed_pairs_.empty() ? 0.0 : static_cast<double>(in_order) / static_cast<double>(typed_pairs_.size());
    return weight_early * share_early + weight_together * together + weight_first * soon / n +
           weight_in_order * share_in_order;
}

void reorder_by_closeness(std::vector<Hit>& hits, const ClosenessScorer& scorer) {
    const std::size_t depth = std::min(hits.size(), closeness_depth);
    // Rounded as the searcher rounds BM25 weights (searcher.cpp).
    for (std::size_t i = 0; i < depth; ++i)
        hits[i].score = std::round((hits[i].score + scorer.weight(hits[i].title, hits[i].body)) * 1e9) / 1e9;
    // Stable: equal scores keep their order (by path).
    std::stable_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(depth), [](const Hit& a, const Hit& b) {
        if (a.match != b.match) return a.match == MatchKind::all_words;
        return a.score > b.score;
    });
    for (std::size_t i = 0; i < depth; ++i) hits[i].rank = i + 1;
}

} // namespace pressdex
