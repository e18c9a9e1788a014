#include "indexer/extract/quotes.hpp"

#include "indexer/extract/text.hpp"

namespace pressdex::extract::detail {
namespace {

enum class Mark { None, Open, Close, Either };

struct MarkAt {
    std::size_t pos;
    std::size_t len;
    Mark kind;
};

// Classifies the code point c at [pos, pos+len) of p as a quote mark.
Mark mark_kind(char32_t c) {
    switch (c) {
    case '"': return Mark::Either;
    case 0x201C: case 0x201E: case 0x00AB: return Mark::Open;
    case 0x201D: case 0x00BB: return Mark::Close;
    default: return Mark::None;
    }
}

bool space_or_edge_before(const std::string& p, std::size_t pos) {
    if (pos == 0) return true;
    const char c = p[pos - 1];
    return c == ' ' || c == '(' || c == '[' || c == '\t' || c == '-' ||
           static_cast<unsigned char>(c) == 0x94 /* em dash tail byte */;
}

bool space_or_edge_after(const std::string& p, std::size_t end) {
    if (end >= p.size()) return true;
    const char c = p[end];
    return c == ' ' || c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || c == '!' ||
           c == '?' || c == '\t';
}

std::vector<MarkAt> marks_in(const std::string& p) {
    std::vector<MarkAt> out;
    for (std::size_t i = 0; i < p.size();) {
        const std::size_t at = i;
        const char32_t c = next_cp(p, i);
        const Mark k = mark_kind(c);
        if (k != Mark::None) out.push_back({at, i - at, k});
    }
    return out;
}

bool ends_with_speech_punct(std::string_view t) {
    t = trim(t);
    while (!t.empty() && (t.back() == '\'' || t.back() == ')')) t.remove_suffix(1);
    if (t.empty()) return false;
    const char c = t.back();
    if (c == '.' || c == '!' || c == '?' || c == ',' || c == ';' || c == ':') return true;
    return t.size() >= 3 && t.substr(t.size() - 3) == "\xE2\x80\xA6"; // ellipsis
}

bool classify_speech(std::string_view text) {
    const std::size_t words = count_words(text);
    if (words < 3) return false;
    const std::vector<Token> toks = tokenize(text);
    std::size_t w = 0;
    std::size_t caps = 0;
    for (const auto& t : toks) {
        if (t.kind != Tok::Word) continue;
        ++w;
        if (t.initial_upper) ++caps;
    }
    const bool punct = ends_with_speech_punct(text);
    const bool title_case = w > 0 && caps * 10 >= w * 7;
    if (title_case && (!punct || w <= 4)) return false;
    return punct || words >= 8;
}

} // namespace

std::vector<QuoteSpan> find_quotes(const std::vector<Paragraph>& paragraphs) {
    std::vector<QuoteSpan> out;
    bool open = false;     // a quote is open (carried across paragraphs)
    QuoteSpan cur;
    std::string acc;       // text accumulated from earlier paragraphs of a multi-paragraph quote
    std::size_t content_begin = 0;

    auto finish = [&](std::size_t para, std::size_t close, std::size_t after, bool closed) {
        const std::string& p = paragraphs[para].text;
        std::string piece = std::string(trim(std::string_view(p).substr(content_begin, close - content_begin)));
        if (!acc.empty()) {
            if (!piece.empty()) acc.push_back(' ');
            acc += piece;
            piece = std::move(acc);
        }
        acc.clear();
        cur.para_last = para;
        cur.close = close;
        cur.after = after;
        cur.closed = closed;
        cur.text = std::move(piece);
        cur.speech = !cur.text.empty() && classify_speech(cur.text);
        if (!cur.text.empty()) out.push_back(std::move(cur));
        cur = QuoteSpan{};
        open = false;
    };

    for (std::size_t pi = 0; pi < paragraphs.size(); ++pi) {
        const std::string& p = paragraphs[pi].text;
        const std::vector<MarkAt> marks = marks_in(p);
        std::size_t mi = 0;
        if (open) {
            // continuation: the paragraph must start with an opening mark
            if (!marks.empty() && marks[0].pos == 0 && marks[0].kind != Mark::Close) {
                content_begin = marks[0].len;
                mi = 1;
            } else {
                // the previous paragraph's quote was never closed: cut it there
                const std::size_t prev_size = paragraphs[pi - 1].text.size();
                cur.para_last = pi - 1;
                cur.close = cur.after = prev_size;
                cur.closed = false;
                cur.text = std::move(acc);
                acc.clear();
                cur.speech = !cur.text.empty() && classify_speech(cur.text);
                if (!cur.text.empty()) out.push_back(std::move(cur));
                cur = QuoteSpan{};
                open = false;
            }
        }
        for (; mi < marks.size(); ++mi) {
            const MarkAt& m = marks[mi];
            const std::size_t end = m.pos + m.len;
            // a closing mark with no opening one before it: the paragraph opens with a quote
            // that lost its opening mark ("As hiring grows, we ...," said Jane Roe.)
            if (!open && mi == 0 && m.kind != Mark::Open && m.pos > 0 && space_or_edge_after(p, end) &&
                std::string_view(",.!?").find(p[m.pos - 1]) != std::string_view::npos &&
                count_words(std::string_view(p).substr(0, m.pos)) >= 6) {
                QuoteSpan q;
                q.para_first = q.para_last = pi;
                q.open = 0;
                q.close = m.pos;
                q.after = end;
                q.text = std::string(trim(std::string_view(p).substr(0, m.pos)));
                q.speech = classify_speech(q.text);
                q.unmarked = true;
                out.push_back(std::move(q));
                continue;
            }
            if (!open) {
                bool opens = false;
                if (m.kind == Mark::Open) opens = true;
                else if (m.kind == Mark::Either) {
                    const bool inch = m.pos > 0 && p[m.pos - 1] >= '0' && p[m.pos - 1] <= '9' &&
                                      space_or_edge_after(p, end);
                    opens = !inch && !space_or_edge_after(p, end);
                } else if (m.kind == Mark::Close) {
                    opens = space_or_edge_before(p, m.pos) && !space_or_edge_after(p, end);
                }
                if (opens) {
                    open = true;
                    cur = QuoteSpan{};
                    cur.para_first = pi;
                    cur.open = m.pos;
                    content_begin = end;
                }
            } else {
                bool closes = false;
                if (m.kind == Mark::Close || m.kind == Mark::Either) closes = true;
                else if (m.kind == Mark::Open) {
                    // an opening mark inside an open quote: read it as a close when it touches
                    // the preceding word, else the old quote was left open and a new one starts
                    closes = !space_or_edge_before(p, m.pos) && space_or_edge_after(p, end);
                    // "“To call it “overdue” is an understatement,” she said": a quotation
                    // inside the open one, closed before the open one closes, is part of it
                    if (!closes && mi + 2 < marks.size() && marks[mi + 1].kind != Mark::Open &&
                        marks[mi + 2].kind != Mark::Open) {
                        ++mi;
                        continue;
                    }
                    if (!closes) {
                        finish(pi, m.pos, m.pos, false);
                        open = true;
                        cur = QuoteSpan{};
                        cur.para_first = pi;
                        cur.open = m.pos;
                        content_begin = end;
                        continue;
                    }
                }
                if (closes) finish(pi, m.pos, end, true);
            }
        }
        if (open) {
            // paragraph ends inside the quote: keep its text for a possible continuation
            const bool continues = pi + 1 < paragraphs.size() && [&] {
                const std::string& n = paragraphs[pi + 1].text;
                std::size_t k = 0;
                const Mark mk = n.empty() ? Mark::None : mark_kind(next_cp(n, k));
                return mk == Mark::Open || mk == Mark::Either;
            }();
            if (continues) {
                std::string piece(trim(std::string_view(p).substr(content_begin)));
                if (!acc.empty() && !piece.empty()) acc.push_back(' ');
                acc += piece;
            } else {
                finish(pi, p.size(), p.size(), false);
            }
        }
    }
    return out;
}

} // namespace pressdex::extract::detail
