// Any bytes through the text folding shared by indexer and searcher (Normalizer::fold) and
// through the query folding built on it (fold_query). The folded text is valid UTF-8 even
// from invalid input, and folding is idempotent: the indexer folds text once, the searcher
// folds what the user typed once, so a word copied from folded text must fold to itself.

#include "common/normalize.hpp"
#include "fuzz/checks.hpp"
#include "searcher/query.hpp"

#include <cstddef>
#include <cstdint>

using namespace pressdex;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Normalizer normalizer;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::string folded = normalizer.fold(text);
    fuzz::expect(fuzz::is_valid_utf8(folded), "fold gives valid UTF-8");
    fuzz::expect(normalizer.fold(folded) == folded, "fold is idempotent");
    const std::string query = fold_query(text, normalizer);
    fuzz::expect(fuzz::is_valid_utf8(query), "fold_query gives valid UTF-8");
    return 0;
}
