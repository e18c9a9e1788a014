#include "indexer/extract/paragraphs.hpp"

#include "indexer/extract/text.hpp"

#include <algorithm>

namespace pressdex::extract::detail {
namespace {

bool is_list_start(std::string_view line) {
    line = trim(line);
    return line.starts_with("* ") || line.starts_with("- ") || line.starts_with("# ") ||
           line.starts_with("## ") || line.starts_with("### ") || line.starts_with("• ");
}

std::string clean_markup(std::string_view p) {
    std::string out;
    out.reserve(p.size());
    for (std::size_t i = 0; i < p.size(); ++i) {
        if ((p[i] == '*' || p[i] == '_') && i + 1 < p.size() && p[i + 1] == p[i]) {
            ++i;
            continue;
        }
        out.push_back(p[i]);
    }
    std::string_view v = trim(out);
    // leading heading / list markers
    for (;;) {
        if (v.starts_with("#")) v.remove_prefix(1);
        else if (v.starts_with("* ") || v.starts_with("- ") || v.starts_with("> ")) v.remove_prefix(2);
        else if (v.starts_with("\xE2\x80\xA2")) v.remove_prefix(3); // bullet
        else break;
        v = trim(v);
    }
    return std::string(v);
}

// True when "None" at pos is a lost paragraph break: it follows sentence-final punctuation
// (possibly after spaces) or another such "None", and is followed by a space, an upper-case
// letter, a quote mark, or the end of the text.
bool is_none_break(std::string_view s, std::size_t pos) {
    if (s.compare(pos, 4, "None") != 0) return false;
    std::size_t b = pos;
    while (b > 0 && s[b - 1] == ' ') --b;
    if (b > 0) {
        const char c = s[b - 1];
        const bool after_sentence = c == '.' || c == '!' || c == '?' || c == '"' || c == ':' ||
                                    (b >= 4 && s.compare(b - 4, 4, "None") == 0) ||
                                    static_cast<unsigned char>(c) == 0x9D; // end of U+201D
        if (!after_sentence) return false;
    }
    const std::size_t a = pos + 4;
    if (a >= s.size()) return true;
    const char n = s[a];
    return n == ' ' || (n >= 'A' && n <= 'Z') || n == '"' || static_cast<unsigned char>(n) == 0xE2;
}

bool is_gap(char c) { return c == ' ' || c == '\t'; }

// Where a line break was lost, as scraped pages lose them: two or more spaces or tabs after a
// lower-case letter, a digit or ')' and before an upper-case letter ("... Middle East
// Conference  Speakers: ...", "- Jane Roe  Early Influences"). After a word in capitals (a
// dateline) spaces say nothing; after sentence-final punctuation, see lost_paragraph_breaks.
// Returns the cut points.
std::vector<std::size_t> lost_line_breaks(std::string_view s) {
    std::vector<std::size_t> cuts;
    for (std::size_t i = 1; i + 2 < s.size(); ++i) {
        if (!is_gap(s[i]) || !is_gap(s[i + 1])) continue;
        std::size_t j = i;
        while (j < s.size() && is_gap(s[j])) ++j;
        const char before = s[i - 1];
        const bool ends_line = (before >= 'a' && before <= 'z') || (before >= '0' && before <= '9') || before == ')';
        if (ends_line && j < s.size() && s[j] >= 'A' && s[j] <= 'Z') cuts.push_back(j);
        i = j;
    }
    return cuts;
}

// A gap of spaces after sentence-final punctuation or a colon (and a closing mark) before a
// capital, an opening mark or a list item's: "... today.  Then ...", "... include:  -$5 for".
// Returns the gap's width, or 0 where there is none.
std::size_t sentence_gap_at(std::string_view s, std::size_t i, std::size_t& next) {
    if (i == 0 || !is_gap(s[i])) return 0;
    const char before = s[i - 1];
    if (!(before == '.' || before == '!' || before == '?' || before == ':' || before == '"' || before == '\'' ||
          before == ')' || static_cast<unsigned char>(before) == 0x9D || static_cast<unsigned char>(before) == 0x99))
        return 0;
    std::size_t b = i; // back over closing marks to the punctuation
    for (;;) {
        if (b > 0 && (s[b - 1] == '"' || s[b - 1] == '\'' || s[b - 1] == ')')) --b;
        else if (b >= 3 && (s.compare(b - 3, 3, "\xE2\x80\x9D") == 0 || s.compare(b - 3, 3, "\xE2\x80\x99") == 0)) b -= 3;
        else break;
    }
    if (b == 0 || (s[b - 1] != '.' && s[b - 1] != '!' && s[b - 1] != '?' && s[b - 1] != ':')) return 0;
    std::size_t j = i;
    while (j < s.size() && is_gap(s[j])) ++j;
    if (j >= s.size()) return 0;
    const bool opens = (s[j] >= 'A' && s[j] <= 'Z') || s[j] == '"' || s.compare(j, 3, "\xE2\x80\x9C") == 0 ||
                       ((s[j] == '-' || s[j] == '*') && j + 1 < s.size() && s[j + 1] != ' ') ||
                       s.compare(j, 3, "\xE2\x80\xA2") == 0;
    if (!opens) return 0;
    next = j;
    return j - i;
}

// "About Quill Labs Quill Labs is a ...": an "About" heading joined to the paragraph under it,
// which opens with the same name. Returns where the paragraph proper starts (the second copy
// of the name, up to eight words), or 0 when the text is no such heading.
std::size_t after_about_heading(std::string_view s) {
    if (!s.starts_with("About ")) return 0;
    std::vector<std::pair<std::size_t, std::string_view>> words; // start, text
    for (std::size_t i = 6; i < s.size() && words.size() < 17;) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
        const std::size_t start = i;
        while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
        if (i > start) words.emplace_back(start, s.substr(start, i - start));
    }
    for (std::size_t k = 1; k <= 8 && 2 * k <= words.size(); ++k) {
        bool repeated = true;
        for (std::size_t j = 0; j < k && repeated; ++j) repeated = words[j].second == words[k + j].second;
        if (repeated) return words[k].first;
    }
    return 0;
}

// A text whose punctuation a scraper turned into spaces ("Florence  South Carolina  today
// said"): fewer than one full stop or comma in 200 bytes. There, runs of spaces are its
// punctuation, not lost line breaks.
bool punctuation_stripped(std::string_view body) {
    const auto marks = std::count_if(body.begin(), body.end(), [](char c) { return c == '.' || c == ','; });
    return body.size() >= 200 && static_cast<std::size_t>(marks) * 200 < body.size();
}

// The gap this text leaves between two sentences of a paragraph: the narrowest width that a
// quarter of its sentence gaps have; with fewer than three, the widest, as nothing tells. A
// typist's text leaves two spaces after every sentence; a scrape that lost its paragraph breaks
// leaves one, and a wider gap where each break was, which may be most of its gaps when its
// paragraphs are short.
bool has_wide_gap(std::string_view s) {
    return s.find("  ") != std::string_view::npos || s.find('\t') != std::string_view::npos;
}

std::size_t usual_sentence_gap(std::string_view body) {
    if (!has_wide_gap(body)) return 1; // every gap is one space wide: nothing is cut
    std::vector<std::size_t> widths;
    for (std::size_t i = 1; i < body.size(); ++i) {
        if (!is_gap(body[i])) continue;
        std::size_t next = 0;
        const std::size_t w = sentence_gap_at(body, i, next);
        if (w == 0) continue;
        widths.push_back(w);
        i = next;
    }
    if (widths.size() < 3) return widths.empty() ? 1 : *std::max_element(widths.begin(), widths.end());
    std::sort(widths.begin(), widths.end());
    for (std::size_t i = 0; i < widths.size();) {
        std::size_t j = i;
        while (j < widths.size() && widths[j] == widths[i]) ++j;
        if ((j - i) * 4 >= widths.size()) return widths[i];
        i = j;
    }
    return widths.back();
}

// Where a paragraph break was lost between two sentences: a gap wider than the text's usual
// sentence gap. Returns the cut points.
std::vector<std::size_t> lost_paragraph_breaks(std::string_view s, std::size_t usual_gap) {
    std::vector<std::size_t> cuts;
    if (!has_wide_gap(s)) return cuts;
    for (std::size_t i = 1; i < s.size(); ++i) {
        if (!is_gap(s[i])) continue;
        std::size_t next = 0;
        const std::size_t w = sentence_gap_at(s, i, next);
        if (w == 0) continue;
        if (w > usual_gap) cuts.push_back(next);
        i = next - 1;
    }
    return cuts;
}

bool ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }

// Where an export dropped a paragraph break and the space with it: a sentence's last word glued
// to the next one's first ("... pleaded guilty.The case ..."). The word before ends in two
// lower-case letters and the word after is a capitalised word; neither is part of an address
// or a dotted name ("www.Quill.com", "U.S.Attorney"). Returns the cut points.
std::vector<std::size_t> glued_sentence_breaks(std::string_view s) {
    std::vector<std::size_t> cuts;
    for (std::size_t j = 3; j + 1 < s.size(); ++j) {
        if (!ascii_upper(s[j]) || (s[j - 1] != '.' && s[j - 1] != '!' && s[j - 1] != '?') ||
            !ascii_lower(s[j + 1]) || !ascii_lower(s[j - 2]) || !ascii_lower(s[j - 3]))
            continue;
        // the glued token, read no further than two long words either side: a longer run
        // without a gap is no two words (and reading it whole for each stop would be quadratic)
        constexpr std::size_t reach = 48;
        std::size_t a = j - 1; // the glued token's start
        while (a > 0 && !is_gap(s[a - 1]) && j - a < reach) --a;
        std::size_t e = j; // and end
        while (e < s.size() && !is_gap(s[e]) && e - j < reach) ++e;
        if ((a > 0 && !is_gap(s[a - 1])) || (e < s.size() && !is_gap(s[e]))) continue;
        const std::string_view token = s.substr(a, e - a);
        if (token.find_first_of("/@") != std::string_view::npos || token.starts_with("www")) continue;
        std::size_t w = j + 1;
        while (w < e && ascii_lower(s[w])) ++w;
        if (w < e && (s[w] == '.' || s[w] == '@') && w + 1 < e) continue; // a dotted name
        cuts.push_back(j);
    }
    return cuts;
}

enum class QuoteMark { none, opens, closes };

// The quotation mark at i, if any. A straight mark opens after a gap or at the start, else
// closes: parity would go wrong at the first quotation whose closing mark a break left out.
QuoteMark quote_mark_at(std::string_view s, std::size_t i) {
    if (s[i] == '"') return i == 0 || is_gap(s[i - 1]) || s[i - 1] == '(' ? QuoteMark::opens : QuoteMark::closes;
    if (s[i] != '\xE2') return QuoteMark::none;
    if (s.compare(i, 3, "\xE2\x80\x9C") == 0) return QuoteMark::opens;
    if (s.compare(i, 3, "\xE2\x80\x9D") == 0) return QuoteMark::closes;
    return QuoteMark::none;
}

// Drops the cuts (sorted) that would part a quotation from its attribution: those inside a
// quotation that a closing mark closes later. Kept: a cut before an opening mark (a quotation
// that goes on into the next paragraph leaves its closing mark out and opens that paragraph
// with a mark), and a cut inside a quotation never closed (its mark lost, the text after it is
// no longer quoted).
void keep_quotations_whole(std::string_view s, std::vector<std::size_t>& cuts) {
    bool quoting = false;
    std::size_t i = 0;         // marks before i are read
    std::size_t next_mark = 0; // the first mark at or after the cut, or s.size()
    std::erase_if(cuts, [&](std::size_t cut) {
        for (; i < cut && i < s.size(); ++i)
            if (const QuoteMark m = quote_mark_at(s, i); m != QuoteMark::none) quoting = m == QuoteMark::opens;
        if (!quoting || cut >= s.size()) return false;
        if (next_mark < cut) next_mark = cut;
        while (next_mark < s.size() && quote_mark_at(s, next_mark) == QuoteMark::none) ++next_mark;
        return next_mark < s.size() && quote_mark_at(s, next_mark) == QuoteMark::closes;
    });
}

// Appends the lines of one part of a paragraph: cut where a line break was lost (unless the
// text's punctuation was stripped), with an About heading cut from the text under it.
void append_lines(std::string_view part, bool stripped, std::size_t usual_gap, std::vector<std::string>& lines) {
    std::vector<std::size_t> cuts;
    if (!stripped) {
        cuts = lost_line_breaks(part);
        const std::vector<std::size_t> breaks = lost_paragraph_breaks(part, usual_gap);
        cuts.insert(cuts.end(), breaks.begin(), breaks.end());
        const std::vector<std::size_t> glued = glued_sentence_breaks(part);
        cuts.insert(cuts.end(), glued.begin(), glued.end());
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        keep_quotations_whole(part, cuts);
    }
    cuts.push_back(part.size());
    std::size_t from = 0;
    for (const std::size_t cut : cuts) {
        std::string_view line = trim(part.substr(from, cut - from));
        from = cut;
        if (const std::size_t text = after_about_heading(line); text != 0) {
            lines.emplace_back(line.substr(0, text));
            line = line.substr(text);
        }
        lines.emplace_back(line);
    }
}

} // namespace

std::vector<std::string> split_paragraphs(std::string_view body, std::size_t max_len) {
    std::vector<std::string> raw;
    std::string cur;
    auto flush = [&] {
        if (!trim(cur).empty()) raw.push_back(std::move(cur));
        cur.clear();
    };
    std::size_t i = 0;
    while (i <= body.size()) {
        std::size_t nl = body.find('\n', i);
        if (nl == std::string_view::npos) nl = body.size();
        std::string_view line = body.substr(i, nl - i);
        if (trim(line).empty()) {
            flush();
        } else {
            if (is_list_start(line)) flush();
            if (!cur.empty()) cur.push_back(' ');
            cur.append(line);
        }
        i = nl + 1;
    }
    flush();

    const bool stripped = punctuation_stripped(body);
    const std::size_t usual_gap = usual_sentence_gap(body);
    std::vector<std::string> out;
    for (auto& r : raw) {
        std::string p = clean_markup(r);
        // lost paragraph breaks written as "None"
        std::size_t start = 0;
        std::size_t pos = 0;
        std::vector<std::string> parts;
        while ((pos = p.find("None", pos)) != std::string::npos) {
            if (is_none_break(p, pos)) {
                parts.emplace_back(p.substr(start, pos - start));
                start = pos + 4;
            }
            pos += 4;
        }
        parts.emplace_back(p.substr(start));
        std::vector<std::string> lines;
        for (const std::string& part : parts) append_lines(part, stripped, usual_gap, lines);
        for (auto& part : lines) {
            std::string_view t = trim(part);
            while (!t.empty()) {
                std::string_view piece = t;
                if (piece.size() > max_len) {
                    std::size_t cut = piece.rfind(' ', max_len);
                    if (cut == std::string_view::npos || cut == 0) cut = max_len;
                    while (cut > 0 && (static_cast<unsigned char>(piece[cut]) & 0xC0) == 0x80) --cut;
                    if (cut == 0) cut = max_len;
                    piece = piece.substr(0, cut);
                }
                std::string_view tp = trim(piece);
                if (!tp.empty()) out.emplace_back(tp);
                t = trim(t.substr(piece.size()));
            }
        }
    }
    return out;
}

} // namespace pressdex::extract::detail
