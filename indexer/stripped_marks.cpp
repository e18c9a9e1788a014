#include "indexer/stripped_marks.hpp"

#include "indexer/extract/lexicon.hpp"

namespace pressdex {
namespace {

constexpr std::string_view a_circumflex = "\xC3\xA2"; // "â"
constexpr std::string_view apostrophe = "\xE2\x80\x99";
constexpr std::string_view opening_quote = "\xE2\x80\x9C";
constexpr std::string_view closing_quote = "\xE2\x80\x9D";
constexpr std::string_view em_dash = "\xE2\x80\x94";

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool ascii_alnum(char c) { return ascii_letter(c) || (c >= '0' && c <= '9'); }
bool space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
bool sentence_punctuation(char c) { return c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':'; }

enum class Mark { none, apostrophe, opening, closing, dash };

// The mark the "â" at text[i] stood for, by what is on its two sides
Mark mark_at(std::string_view text, std::size_t i) {
    const std::size_t after = i + a_circumflex.size();
    const char before = i == 0 ? ' ' : text[i - 1];
    const char next = after < text.size() ? text[after] : ' ';
    if (ascii_letter(before)) {
        // "Quillâs", "donât", "Iâm", "weâll", "theyâre", "weâve", "sheâd"
        for (const std::string_view tail : {"s", "t", "m", "d", "ll", "re", "ve"})
            if (text.compare(after, tail.size(), tail) == 0 &&
                (after + tail.size() == text.size() || !ascii_letter(text[after + tail.size()])))
                return Mark::apostrophe;
        return Mark::none;
    }
    if ((space(before) || before == '(') && ascii_alnum(next)) return Mark::opening;
    if (sentence_punctuation(before) && !ascii_alnum(next)) return Mark::closing;
    if (space(before) && space(next)) return Mark::dash;
    return Mark::none;
}

// The word after the spaces that follow text[from], or an empty one
std::string_view next_word(std::string_view text, std::size_t from) {
    while (from < text.size() && space(text[from])) ++from;
    std::size_t to = from;
    while (to < text.size() && ascii_letter(text[to])) ++to;
    return text.substr(from, to - from);
}

// An "â" glued to a word's end before a space, which the shape alone leaves open: after a
// plural's "s" and before a lower-case word that is no function word, a plural's apostrophe
// ("the Senatorsâ letter", "statesâ rights"); inside a quotation opened in the same paragraph,
// its closing mark ("âNever forgetâ would"); else a dash ("out of Iraqâ we need", "the
// compromiseâ the bill").
Mark word_end_mark(std::string_view text, std::size_t i, bool quotation_open) {
    const std::size_t after = i + a_circumflex.size();
    if (i == 0 || !ascii_letter(text[i - 1]) || after >= text.size() || !space(text[after])) return Mark::none;
    const std::string_view next = next_word(text, after);
    if (text[i - 1] == 's' && !next.empty() && next[0] >= 'a' && next[0] <= 'z' &&
        !extract::detail::is_function_word(next))
        return Mark::apostrophe;
    return quotation_open ? Mark::closing : Mark::dash;
}

} // namespace

std::string with_stripped_marks_restored(std::string_view text) {
    if (text.find(a_circumflex) == std::string_view::npos) return std::string(text);
    // a text that keeps its own curly marks lost none
    for (const std::string_view kept : {apostrophe, opening_quote, closing_quote, std::string_view("\xE2\x80\x98")})
        if (text.find(kept) != std::string_view::npos) return std::string(text);
    bool evidence = false;
    for (std::size_t i = text.find(a_circumflex); i != std::string_view::npos && !evidence;
         i = text.find(a_circumflex, i + 1)) {
        const Mark m = mark_at(text, i);
        evidence = m == Mark::apostrophe || m == Mark::closing;
    }
    if (!evidence) return std::string(text);
    std::string out;
    out.reserve(text.size() + text.size() / 64);
    std::size_t from = 0;
    bool quotation_open = false; // an opening mark put back in this paragraph, not yet closed
    std::size_t scanned = 0;     // for line breaks, each byte once
    for (std::size_t i = text.find(a_circumflex); i != std::string_view::npos; i = text.find(a_circumflex, i + 1)) {
        if (text.substr(scanned, i - scanned).find_first_of("\r\n") != std::string_view::npos) quotation_open = false;
        scanned = i;
        Mark found = mark_at(text, i);
        if (found == Mark::none) found = word_end_mark(text, i, quotation_open);
        if (found == Mark::opening) quotation_open = true;
        if (found == Mark::closing) quotation_open = false;
        std::string_view mark;
        switch (found) {
        case Mark::apostrophe: mark = apostrophe; break;
        case Mark::opening: mark = opening_quote; break;
        case Mark::closing: mark = closing_quote; break;
        case Mark::dash: mark = em_dash; break;
        case Mark::none: continue;
        }
        out.append(text.substr(from, i - from));
        out.append(mark);
        from = i + a_circumflex.size();
    }
    out.append(text.substr(from));
    return out;
}

} // namespace pressdex
