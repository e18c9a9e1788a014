#include "indexer/extract/model.hpp"

#include "indexer/extract/data_tables.hpp"

#include <charconv>
#include <cmath>
#include <stdexcept>

namespace pressdex::extract {

const Model& Model::builtin() {
    static const Model model = parse(data::model);
    return model;
}

Model Model::parse(std::string_view text) {
    Model model;
    std::size_t line_number = 0;
    while (!text.empty()) {
        const std::size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        ++line_number;
        if (const std::size_t hash = line.find('#'); hash != std::string_view::npos)
            line = line.substr(0, hash);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t'))
            line.remove_suffix(1);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
        if (line.empty()) continue;
        const std::size_t space = line.find(' ');
        double weight = 0;
        const char* first = space == std::string_view::npos ? nullptr : line.data() + space + 1;
        const char* last = line.data() + line.size();
        if (first == nullptr || std::from_chars(first, last, weight).ec != std::errc() ||
            line.substr(0, space).find('.') == std::string_view::npos)
            throw std::invalid_argument("model line " + std::to_string(line_number) +
                                        ": expected 'kind.feature weight'");
        model.weights_[std::string(line.substr(0, space))] = weight;
    }
    return model;
}

double Model::probability(std::string_view kind, const Features& features) const {
    std::string key(kind);
    key.push_back('.');
    const std::size_t stem = key.size();
    const auto weight = [&](std::string_view feature) {
        key.resize(stem);
        key.append(feature);
        const auto it = weights_.find(key);
        return it == weights_.end() ? 0.0 : it->second;
    };
    double z = weight("bias");
    for (const auto& [name, value] : features.values()) z += weight(name) * value;
    return 1.0 / (1.0 + std::exp(-z));
}

} // namespace pressdex::extract
