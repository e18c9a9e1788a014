#include "serve/quote_span.hpp"

#include <string>
#include <vector>

namespace pressdex::serve {
namespace {

enum class Kind { other, space, mark, dash, dot };

struct Unit {
    Kind kind = Kind::other;
    std::size_t begin = 0, end = 0;
    int dots = 0; // for Kind::dot: 1 for '.', 3 for '…'
};

// The unit of text starting at byte i: white space, a quotation mark, a dash, a dot or
// ellipsis (each in its ASCII and Unicode forms), or any other byte.
Unit unit_at(std::string_view s, std::size_t i) {
    const auto byte = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
    const unsigned char c = byte(i);
    const auto one = [&](Kind kind, std::size_t size, int dots = 0) { return Unit{kind, i, i + size, dots}; };
    switch (c) {
    case ' ': case '\t': case '\n': case '\r': case '\f': case '\v': return one(Kind::space, 1);
    case '"': case '\'': case '`': return one(Kind::mark, 1);
    case '-': return one(Kind::dash, 1);
    case '.': return one(Kind::dot, 1, 1);
    default: break;
    }
    if (c == 0xC2) { // U+00A0 no-break space; U+00AB, U+00BB guillemets
        if (byte(i + 1) == 0xA0) return one(Kind::space, 2);
        if (byte(i + 1) == 0xAB || byte(i + 1) == 0xBB) return one(Kind::mark, 2);
    }
    if (c == 0xE2 && byte(i + 1) == 0x80) {
        const unsigned char d = byte(i + 2);
        if (d <= 0x8A || d == 0xA8 || d == 0xA9 || d == 0xAF) return one(Kind::space, 3); // spaces, separators
        if (d >= 0x90 && d <= 0x95) return one(Kind::dash, 3);  // hyphens, figure/en/em dashes, bar
        if (d >= 0x98 && d <= 0x9F) return one(Kind::mark, 3);  // ‘ ’ ‚ ‛ “ ” „ ‟
        if (d == 0xB2 || d == 0xB3) return one(Kind::mark, 3);  // primes, used as marks
        if (d == 0xB9 || d == 0xBA) return one(Kind::mark, 3);  // ‹ ›
        if (d == 0xA6) return one(Kind::dot, 3, 3);             // …
    }
    if (c == 0xE2 && byte(i + 1) == 0x88 && byte(i + 2) == 0x92) return one(Kind::dash, 3); // minus
    return one(Kind::other, 1);
}

// A text as compared: canonical bytes, each with the span of text it stands for.
struct Canonical {
    std::string bytes;
    std::vector<TextSpan> spans;
};

// Step by step: (1) the text is cut into units and quotation marks are dropped; (2) runs of
// white space become one space, runs of dashes one dash, and dots with at most white space
// between them, when there are two or more, one ellipsis; (3) a space next to a dash or an
// ellipsis, or at either end, is dropped.
Canonical canonical(std::string_view text) {
    std::vector<Unit> units;
    for (std::size_t i = 0; i < text.size();) {
        const Unit u = unit_at(text, i);
        i = u.end;
        if (u.kind != Kind::mark) units.push_back(u);
    }
    struct Atom {
        Kind kind; // space, dash, dot (an ellipsis), other (one byte, or a lone '.')
        TextSpan span;
    };
    std::vector<Atom> atoms;
    for (std::size_t i = 0; i < units.size();) {
        const Unit& u = units[i];
        std::size_t j = i + 1;
        if (u.kind == Kind::space || u.kind == Kind::dash) {
            while (j < units.size() && units[j].kind == u.kind) ++j;
            atoms.push_back({u.kind, {u.begin, units[j - 1].end}});
        } else if (u.kind == Kind::dot) {
            int dots = u.dots;
            std::size_t last = i;
            for (std::size_t k = i + 1; k < units.size(); ++k) {
                if (units[k].kind == Kind::dot) {
                    dots += units[k].dots;
                    last = k;
                } else if (units[k].kind != Kind::space) {
                    break;
                }
            }
            j = last + 1;
            atoms.push_back({dots >= 2 ? Kind::dot : Kind::other, {u.begin, units[last].end}});
        } else {
            atoms.push_back({Kind::other, {u.begin, u.end}});
        }
        i = j;
    }
    Canonical out;
    const auto joins = [](Kind k) { return k == Kind::dash || k == Kind::dot; };
    for (std::size_t i = 0; i < atoms.size(); ++i) {
        const Atom& a = atoms[i];
        std::string_view as;
        switch (a.kind) {
        case Kind::space:
            if (out.bytes.empty() || i + 1 == atoms.size() || joins(atoms[i + 1].kind) ||
                (i > 0 && joins(atoms[i - 1].kind)))
                continue;
            as = " ";
            break;
        case Kind::dash: as = "-"; break;
        case Kind::dot: as = "..."; break;
        default: as = text.substr(a.span.begin, 1); break;
        }
        out.bytes += as;
        out.spans.insert(out.spans.end(), as.size(), a.span);
    }
    return out;
}

} // namespace

std::optional<TextSpan> find_quote(std::string_view text, std::string_view quote, std::size_t from) {
    const Canonical wanted = canonical(quote);
    if (wanted.bytes.empty()) return std::nullopt;
    const Canonical in = canonical(text);
    std::size_t start = 0;
    while (start < in.spans.size() && in.spans[start].begin < from) ++start;
    const std::size_t at = in.bytes.find(wanted.bytes, start);
    if (at == std::string::npos) return std::nullopt;
    return TextSpan{in.spans[at].begin, in.spans[at + wanted.bytes.size() - 1].end};
}

} // namespace pressdex::serve
