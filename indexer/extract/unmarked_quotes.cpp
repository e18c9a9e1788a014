#include "indexer/extract/unmarked_quotes.hpp"

#include "indexer/extract/lexicon.hpp"

#include <algorithm>

namespace pressdex::extract::detail {
namespace {

// A sentence t[b..e] (e its full stop) that quotes a person with no marks: "Text, said TITLE
// NAME." Returns the index of the comma that ends the quoted words, or npos. Not "...,
// announced TITLE NAME": what a release says its officials announced is its own account.
std::size_t unmarked_attribution(const SubjectFinder& finder, std::string_view p, const std::vector<Token>& t,
                                 std::size_t b, std::size_t e) {
    if (e < b + 8) return npos;
    for (std::size_t c = b + 6; c + 2 < e; ++c) {
        if (t[c].text != ",") continue;
        const std::size_t v = c + 1 < e && is_quote_mark(t[c + 1].text) ? c + 2 : c + 1;
        if (!(t[v].kind == Tok::Word && is_speech_verb(t[v].text))) continue;
        if (t[v].text == "announced" || count_words(p.substr(t[b].begin, t[c].begin - t[b].begin)) < 6) return npos;
        const Subject s = finder.after_verb(p, t, v + 1, e - 1, "pattern_unmarked");
        return s.kind == Subject::Kind::person ? c : npos;
    }
    return npos;
}

// Whether the sentence t[b..e] attributes words to someone: a speech verb beside a capitalised
// word or a pronoun ("Roe said", "said Roe", "she added"), or "according to".
bool attributes_speech(const std::vector<Token>& t, std::size_t b, std::size_t e) {
    for (std::size_t k = b; k <= e && k < t.size(); ++k) {
        if (t[k].kind != Tok::Word) continue;
        if (fold_word(t[k].text) == "according" && k + 1 <= e && t[k + 1].text == "to") return true;
        if (t[k].initial_upper || !is_speech_verb(t[k].text)) continue;
        const bool named_before = k > b && (t[k - 1].initial_upper || t[k - 1].text == "he" || t[k - 1].text == "she");
        const bool named_after = k + 1 <= e && t[k + 1].initial_upper;
        if (named_before || named_after) return true;
    }
    return false;
}

// Whether the sentence t[b..e] speaks in the first person ("I", "we", "our", ...).
bool first_person(const std::vector<Token>& t, std::size_t b, std::size_t e) {
    for (std::size_t k = b; k <= e && k < t.size(); ++k)
        if (t[k].kind == Tok::Word && is_first_person(t[k].text)) return true;
    return false;
}

// The sentences of a paragraph, as token ranges [first, full stop]; words after the last full
// stop make none.
std::vector<std::pair<std::size_t, std::size_t>> sentences_of(const std::vector<Token>& t) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t b = 0;
    for (std::size_t k = 0; k < t.size(); ++k)
        if (sentence_end(t[k].text)) {
            if (k > b) out.emplace_back(b, k);
            b = k + 1;
        }
    return out;
}

// An unmarked quotation: bytes [open, close) of paragraph pi
QuoteSpan unmarked_span(const std::vector<Paragraph>& paras, std::size_t pi, std::size_t open, std::size_t close) {
    QuoteSpan q;
    q.para_first = q.para_last = pi;
    q.open = open;
    q.close = q.after = close;
    q.text = std::string(trim(std::string_view(paras[pi].text).substr(open, close - open)));
    q.speech = true;
    q.unmarked = true;
    return q;
}

// "Text, said TITLE NAME. More text." in a paragraph without marks
void add_unmarked_statements(const std::vector<Paragraph>& paras, const SubjectFinder& finder,
                             std::vector<QuoteSpan>& quotes) {
    std::vector<bool> marked(paras.size(), false);
    for (const QuoteSpan& q : quotes)
        for (std::size_t pi = q.para_first; pi <= q.para_last && pi < paras.size(); ++pi) marked[pi] = true;
    for (std::size_t pi = 0; pi < paras.size(); ++pi) {
        if (marked[pi]) continue;
        const std::string& p = paras[pi].text;
        const std::vector<Token>& t = paras[pi].tokens;
        const std::vector<std::pair<std::size_t, std::size_t>> sentences = sentences_of(t);
        std::vector<std::size_t> said_comma(sentences.size());
        for (std::size_t k = 0; k < sentences.size(); ++k)
            said_comma[k] = unmarked_attribution(finder, p, t, sentences[k].first, sentences[k].second);
        for (std::size_t k = 0; k < sentences.size(); ++k) {
            const auto [b, e] = sentences[k];
            const std::size_t c = said_comma[k];
            if (c == npos) continue;
            quotes.push_back(unmarked_span(paras, pi, t[b].begin, t[c].begin));
            // In a paragraph whose sentences before the statement are the release's account, a
            // scrape that lost the breaks ran quotation and account together: past the
            // sentence after it, the words quote the speaker while they speak in the first person.
            std::size_t rest_end = p.size();
            // the speaker goes on while this sentence or the next speaks in the first person: "The
            // Department has a duty to ... I am confident that ..."
            const auto speaks_on = [&](std::size_t n) {
                for (std::size_t m = n; m < sentences.size() && m <= n + 1; ++m)
                    if (first_person(t, sentences[m].first, sentences[m].second)) return true;
                return false;
            };
            for (std::size_t n = k + 1; n < sentences.size(); ++n)
                if (said_comma[n] != npos || attributes_speech(t, sentences[n].first, sentences[n].second) ||
                    ((k > 0 || sentences.size() > 5) && n > k + 1 && !speaks_on(n))) {
                    rest_end = t[sentences[n].first].begin;
                    break;
                }
            if (e + 1 < t.size() && count_words(std::string_view(p).substr(t[e].end, rest_end - t[e].end)) >= 6)
                quotes.push_back(unmarked_span(paras, pi, t[e].end, rest_end));
        }
    }
}

// "...," said Dana Roe. More words of hers.
void add_quotes_after_lost_opening(const std::vector<Paragraph>& paras, std::vector<QuoteSpan>& quotes) {
    const std::size_t found_quotes = quotes.size();
    for (std::size_t qi = 0; qi < found_quotes; ++qi) {
        const QuoteSpan q = quotes[qi];
        if (!q.unmarked || q.open != 0 || q.after == q.close) continue;
        const Paragraph& para = paras[q.para_first];
        const std::vector<Token>& t = para.tokens;
        std::size_t k = 0;
        while (k < t.size() && t[k].begin < q.after) ++k;
        while (k < t.size() && !sentence_end(t[k].text) && !is_quote_mark(t[k].text)) ++k;
        if (k >= t.size() || !sentence_end(t[k].text)) continue;
        bool marks = false;
        for (std::size_t m = k + 1; m < t.size(); ++m) marks = marks || is_quote_mark(t[m].text);
        if (marks) continue;
        std::size_t rest_end = para.text.size(); // up to the next sentence that attributes words
        for (const auto& [b, e] : sentences_of(t))
            if (b > k && attributes_speech(t, b, e)) {
                rest_end = t[b].begin;
                break;
            }
        if (count_words(std::string_view(para.text).substr(t[k].end, rest_end - t[k].end)) < 6) continue;
        quotes.push_back(unmarked_span(paras, q.para_first, t[k].end, rest_end));
    }
}

} // namespace

void add_unmarked_quotes(const std::vector<Paragraph>& paras, const SubjectFinder& finder,
                         std::vector<QuoteSpan>& quotes) {
    add_unmarked_statements(paras, finder, quotes);
    add_quotes_after_lost_opening(paras, quotes);
    std::sort(quotes.begin(), quotes.end(), [](const QuoteSpan& a, const QuoteSpan& b) {
        return a.para_first != b.para_first ? a.para_first < b.para_first : a.open < b.open;
    });
}

} // namespace pressdex::extract::detail
