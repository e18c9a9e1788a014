#include "indexer/near_duplicate.hpp"

#include <xxhash.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <vector>

namespace pressdex {
namespace {

constexpr std::size_t shingle_words = 5;
constexpr std::size_t sketch_size = 4; // the k of bottom-k

// Paragraph openings (folded) that start the boilerplate after a release's own text.
constexpr std::array<std::string_view, 16> boilerplate_openings{
    "about ", "###", "contact", "media contact", "press contact", "media inquiries",
    "for more information", "forward-looking", "forward looking", "safe harbor",
    "read more", "disclaimer", "legal disclaimer", "source:", "investor relations", "notice"};

bool is_boilerplate(std::string_view folded_paragraph) {
    // Markdown marks (headings, bold) may come first.
    const auto start = folded_paragraph.find_first_not_of(" \t\r\n*_>");
    if (start == std::string_view::npos) return false;
    std::string_view text = folded_paragraph.substr(start);
    if (text.starts_with("###")) return true;
    text = text.substr(std::min(text.size(), text.find_first_not_of("# ")));
    return std::any_of(boilerplate_openings.begin(), boilerplate_openings.end(),
                       [&](std::string_view opening) { return text.starts_with(opening); });
}

bool is_word_byte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9');
}

// The folded words of the body's own text, up to the boilerplate.
std::vector<std::string_view> window_words(std::string_view folded) {
    std::vector<std::string_view> words;
    std::size_t paragraph_start = 0;
    bool checked_paragraph = false;
    for (std::size_t i = 0; i < folded.size() && words.size() < near_duplicate_window_words;) {
        if (folded[i] == '\n') {
            // A blank line starts a new paragraph.
            std::size_t j = i + 1;
            while (j < folded.size() && (folded[j] == ' ' || folded[j] == '\t' || folded[j] == '\r')) ++j;
            if (j < folded.size() && folded[j] == '\n') {
                paragraph_start = j + 1;
                checked_paragraph = false;
            }
            i = j;
            continue;
        }
        if (!checked_paragraph) {
            checked_paragraph = true;
            const std::size_t end = folded.find('\n', paragraph_start);
            if (is_boilerplate(folded.substr(
                    paragraph_start, end == std::string_view::npos ? std::string_view::npos : end - paragraph_start)))
                break;
        }
        if (!is_word_byte(folded[i])) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (i < folded.size() && is_word_byte(folded[i])) ++i;
        words.emplace_back(folded.data() + start, i - start);
    }
    return words;
}

} // namespace

std::string near_duplicate_key(std::string_view body, const Normalizer& normalizer) {
    return near_duplicate_key_of_folded(normalizer.fold(body));
}

std::string near_duplicate_key_of_folded(std::string_view folded) {
    const std::vector<std::string_view> words = window_words(folded);
    if (words.size() < near_duplicate_min_words) return {};
    std::vector<std::uint64_t> shingles;
    shingles.reserve(words.size());
    std::string shingle;
    for (std::size_t i = 0; i + shingle_words <= words.size(); ++i) {
        shingle.clear();
        for (std::size_t j = i; j < i + shingle_words; ++j) {
            shingle.append(words[j]);
            shingle.push_back(' ');
        }
        shingles.push_back(XXH3_64bits(shingle.data(), shingle.size()));
    }
    std::sort(shingles.begin(), shingles.end());
    shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
    shingles.resize(std::min(shingles.size(), sketch_size));
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx",
                  static_cast<unsigned long long>(
                      XXH3_64bits(shingles.data(), shingles.size() * sizeof(std::uint64_t))));
    return hex;
}

} // namespace pressdex
