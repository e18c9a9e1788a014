#pragma once
// Who said what in a press release: the people quoted, their quotations, and the
// organisations named. The extraction runs as passes over the release (indexer/extract/):
//   document      paragraphs and tokens (paragraphs.hpp, text.hpp)
//   quotes        quotation spans, marked and unmarked (quotes.hpp)
//   people        person names and their coreference (names.hpp, people.hpp)
//   attribution   each quotation to a speaker, in sieves (attribution.hpp)
//   organisations candidates, scored by learned weights, merged with aliases
//                 (org_candidates.hpp, org_merge.hpp)
// Word tables are data (data/*.txt); weights are learned from annotated releases by
// scripts/train-extract (data/model.txt).

#include "common/schema.hpp"
#include "indexer/extract/model.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace pressdex::extract {

/// The extraction's version, recorded in each index (common/schema.hpp), so that an index
/// built by older rules is built anew.
inline constexpr int extraction_version = schema::extraction_version;

/// A named person the release attributes words to.
struct Speaker {
    std::string name;         // clean full name: no honorifics or post-nominals
    std::string role;         // job title, empty when none is given
    std::string organisation; // who they speak for, empty when none is given
};

/// One direct quotation and who said it.
struct Quote {
    std::string speaker; // equal to one Speaker::name
    std::string text;    // the quoted words, without the quotation marks
};

/// A named organisation and the other forms it takes in the same release.
struct Organisation {
    std::string name;                 // fullest form, without a leading "The"
    std::vector<std::string> aliases; // acronyms, short forms, forms with/without legal suffix
};

struct Facts {
    std::vector<Speaker> speakers;
    std::vector<Quote> quotes;
    std::vector<Organisation> organisations;
};

/// One candidate decision of the extraction with its features, as the learned weights see
/// it: scripts/train-extract learns from these (extract_dev --features).
struct FeatureRow {
    std::string kind; // "org" or "speaker"
    std::string text; // the candidate as written
    std::vector<std::pair<std::string, double>> features;
    double probability = 0; // what the weights in use gave it
};

/// The extraction with one set of weights. Immutable after construction; extract() may be
/// called from several threads at once.
class Extractor {
  public:
    explicit Extractor(Model model = Model::builtin());

    /// Extracts who said what from one release. title and body are UTF-8 as written (not
    /// normalised); body paragraphs are separated by blank lines. Never throws on odd text.
    [[nodiscard]] Facts extract(std::string_view title, std::string_view body) const;

    /// The candidates and features behind extract(), for training.
    [[nodiscard]] std::vector<FeatureRow> features(std::string_view title, std::string_view body) const;

  private:
    Model model_;
};

/// extract() of an Extractor with the built-in weights.
[[nodiscard]] Facts extract_facts(std::string_view title, std::string_view body);

} // namespace pressdex::extract
