#include "indexer/glued_words.hpp"

namespace pressdex {
namespace {

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool ascii_lower(char c) { return c >= 'a' && c <= 'z'; }

// Where the glued word [begin, end) of `text` should be cut, or 0.
std::size_t glue_point(std::string_view word) {
    const std::size_t n = word.size();
    if (n >= 8 && n % 2 == 0 && ascii_upper(word[0]) && word.substr(0, n / 2) == word.substr(n / 2) &&
        ascii_lower(word[1]))
        return n / 2;
    if (n >= 5 && word.ends_with("The") && ascii_lower(word[n - 4])) return n - 3;
    return 0;
}

} // namespace

std::string separate_glued_words(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    std::size_t i = 0;
    while (i < text.size()) {
        if (!ascii_letter(text[i])) {
            out.push_back(text[i++]);
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && ascii_letter(text[j])) ++j;
        const std::string_view word = text.substr(i, j - i);
        // a word inside a longer one (non-ASCII letters, digits, apostrophes around it) is
        // left alone; "The" must be followed by a space
        const bool whole = (i == 0 || static_cast<unsigned char>(text[i - 1]) < 0x80) &&
                           (j == text.size() || static_cast<unsigned char>(text[j]) < 0x80) &&
                           (i == 0 || text[i - 1] != '\'') && (j == text.size() || text[j] != '\'');
        const std::size_t cut = whole ? glue_point(word) : 0;
        const bool the_needs_space = cut != 0 && word.ends_with("The") && cut == word.size() - 3;
        if (cut != 0 && (!the_needs_space || (j < text.size() && text[j] == ' '))) {
            out.append(word.substr(0, cut));
            out.append("\n\n");
            out.append(word.substr(cut));
        } else {
            out.append(word);
        }
        i = j;
    }
    return out;
}

} // namespace pressdex
