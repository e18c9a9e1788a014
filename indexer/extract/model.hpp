#pragma once
// Learned weights: a logistic model per decision ("org": is this candidate an organisation;
// "speaker": is this subject of a speech verb a named person). scripts/train-extract learns
// them from the annotated releases and writes data/model.txt, one "kind.feature weight" a
// line; the build compiles that file in.

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pressdex::extract {

/// The features of one candidate: names (static strings) with values, usually 0 or 1.
class Features {
  public:
    void set(std::string_view name, double value = 1.0) {
        if (value != 0.0) values_.emplace_back(name, value);
    }
    void set_if(bool on, std::string_view name) {
        if (on) values_.emplace_back(name, 1.0);
    }
    [[nodiscard]] const std::vector<std::pair<std::string_view, double>>& values() const { return values_; }
    [[nodiscard]] bool has(std::string_view name) const {
        return std::any_of(values_.begin(), values_.end(), [&](const auto& v) { return v.first == name; });
    }

  private:
    std::vector<std::pair<std::string_view, double>> values_;
};

class Model {
  public:
    /// The weights compiled in from data/model.txt.
    [[nodiscard]] static const Model& builtin();

    /// Reads "kind.feature weight" lines ('#' comments). Throws std::invalid_argument on a
    /// malformed line.
    [[nodiscard]] static Model parse(std::string_view text);

    /// The probability that the candidate is what `kind` decides: the logistic function of
    /// the bias ("kind.bias") plus each feature's weight times its value. Features without a
    /// weight count zero.
    [[nodiscard]] double probability(std::string_view kind, const Features& features) const;

  private:
    std::unordered_map<std::string, double> weights_; // "kind.feature" -> weight
};

} // namespace pressdex::extract
