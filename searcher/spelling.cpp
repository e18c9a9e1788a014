#include "searcher/spelling.hpp"

#include "common/schema.hpp"

#include <algorithm>
#include <array>

namespace pressdex {
namespace {

constexpr std::size_t max_edits = 2;
constexpr std::size_t shortest_word = 3; // bytes, folded

bool is_operator(std::string_view token) {
    for (std::string_view op : std::array<std::string_view, 6>{"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"})
        if (token == op || (token.starts_with(op) && token.size() > op.size() && token[op.size()] == '/'))
            return true;
    return false;
}

// A byte that belongs to a word: ASCII letters and digits, and every byte of a non-ASCII
// character (letters, and the curly apostrophe, which the fold removes inside words).
bool is_word_byte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

bool is_boolean_field(std::string_view name) {
    for (const schema::Field& field : schema::fields)
        if (field.name == name) return field.kind == schema::FieldKind::boolean;
    return false;
}

std::string nearest(const Xapian::Database& db, const std::string& word, bool capitalised) try {
    if (capitalised) {
        std::string name = db.get_spelling_suggestion(std::string(schema::spelling_name_marker) + word,
                                                      max_edits);
        if (name.starts_with(schema::spelling_name_marker))
            name.erase(0, schema::spelling_name_marker.size());
        if (!name.empty()) return name;
    }
    return db.get_spelling_suggestion(word, max_edits);
} catch (const Xapian::UnimplementedError&) {
    return {}; // a backend without spelling data
}

// The suggestion in the case the word was typed in, over the letters the two share from the
// start ("McDonald" -> "McDonalds", not "Mcdonalds"): the spelling table holds folded words.
// An ASCII word only, whose fold changed nothing but its case; a word in capitals gets one in
// capitals; otherwise a capital first letter.
std::string in_typed_case(std::string_view typed, std::string_view folded, std::string suggestion, bool capitalised) {
    const bool ascii = typed.size() == folded.size() &&
                       std::all_of(typed.begin(), typed.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    const bool shouted = ascii && typed.size() > 1 && std::none_of(typed.begin(), typed.end(), [](char c) {
                             return c >= 'a' && c <= 'z';
                         });
    if (shouted) { // "DOROTOVIC" -> "DOROTOVICS"
        for (char& c : suggestion)
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        return suggestion;
    }
    if (ascii)
        for (std::size_t i = 0; i < suggestion.size() && i < typed.size() && suggestion[i] == folded[i]; ++i)
            suggestion[i] = typed[i];
    if (capitalised && suggestion[0] >= 'a' && suggestion[0] <= 'z')
        suggestion[0] = static_cast<char>(suggestion[0] - 'a' + 'A');
    return suggestion;
}

} // namespace

std::string suggest_spelling(const Xapian::Database& db, std::string_view query,
                             const Normalizer& normalizer) {
    std::string out;
    bool changed = false;
    std::size_t i = 0;
    while (i < query.size()) {
        // One whitespace-separated token at a time.
        std::size_t end = query.find_first_of(" \t\r\n", i);
        if (end == std::string_view::npos) end = query.size();
        const std::string_view token = query.substr(i, end - i);
        std::size_t word_from = 0;
        if (const auto colon = token.find(':'); colon != std::string_view::npos) {
            std::string_view name = token.substr(0, colon);
            while (!name.empty() && (name.front() == '(' || name.front() == '+' ||
                                     name.front() == '-' || name.front() == '"'))
                name.remove_prefix(1);
            word_from = colon + 1;
            if (is_boolean_field(name)) word_from = token.size();
        }
        if (is_operator(token) || token.ends_with('*')) word_from = token.size();
        out.append(token.substr(0, word_from));
        for (std::size_t j = word_from; j < token.size();) {
            if (!is_word_byte(token[j])) {
                out.push_back(token[j++]);
                continue;
            }
            std::size_t k = j;
            while (k < token.size() && (is_word_byte(token[k]) ||
                                        (token[k] == '\'' && k + 1 < token.size() &&
                                         is_word_byte(token[k + 1]))))
                ++k;
            const std::string_view word = token.substr(j, k - j);
            j = k;
            const std::string folded = normalizer.fold(word);
            const bool plain = folded.size() >= shortest_word &&
                               std::none_of(folded.begin(), folded.end(), [](char c) {
                                   return (c >= '0' && c <= '9') || c == ' ';
                               });
            if (!plain || db.term_exists(folded)) {
                out.append(word);
                continue;
            }
            const bool capitalised = word[0] >= 'A' && word[0] <= 'Z';
            std::string suggestion = nearest(db, folded, capitalised);
            if (suggestion.empty() || suggestion == folded) {
                out.append(word);
                continue;
            }
            out.append(in_typed_case(word, folded, std::move(suggestion), capitalised));
            changed = true;
        }
        // The whitespace after the token, as typed.
        i = end;
        while (i < query.size() && (query[i] == ' ' || query[i] == '\t' || query[i] == '\r' ||
                                    query[i] == '\n'))
            out.push_back(query[i++]);
    }
    return changed ? out : std::string();
}

} // namespace pressdex
