#include "indexer/extract/attribution.hpp"

#include "indexer/extract/lexicon.hpp"
#include "indexer/extract/names.hpp"
#include "indexer/extract/speech_subjects.hpp"
#include "indexer/extract/unmarked_quotes.hpp"

#include <algorithm>

namespace pressdex::extract::detail {
namespace {

// The speakers of a release, each once under the fullest name it gives, and their quotations
class SpeakerBook {
  public:
    explicit SpeakerBook(const People& people) : people_(people) {}

    // Adds a person; returns the name the release knows them by.
    std::string add(const Subject& s, std::size_t para) {
        std::string name = people_.resolve(s.name, para);
        if (name.empty() || name.size() > 80) return {};
        const std::vector<std::string> w = name_words(name);
        Speaker* hit = nullptr;
        for (Speaker& sp : speakers) {
            if (sp.name == name) {
                hit = &sp;
                break;
            }
            const std::vector<std::string> sw = name_words(sp.name);
            if (w.size() == 1 && (sw.back() == w[0] || sw.front() == w[0])) {
                hit = &sp;
                break;
            }
            if (sw.size() == 1 && w.size() > 1 && (w.back() == sw[0] || w.front() == sw[0])) {
                rename(sp.name, name);
                sp.name = name;
                hit = &sp;
                break;
            }
        }
        if (!hit) {
            speakers.push_back({name, {}, {}});
            hit = &speakers.back();
        }
        if (hit->role.empty()) hit->role = s.role;
        if (hit->organisation.empty()) hit->organisation = s.org;
        last_ = hit->name;
        return hit->name;
    }

    void rename(const std::string& from, const std::string& to) {
        for (Quote& q : quotes)
            if (q.speaker == from) q.speaker = to;
        if (last_ == from) last_ = to;
    }

    [[nodiscard]] const std::string& last() const { return last_; }
    void set_last(const std::string& name) { last_ = name; }

    std::vector<Speaker> speakers;
    std::vector<Quote> quotes;

  private:
    const People& people_;
    std::string last_;
};

struct Event {
    std::size_t pos;
    bool is_quote;
    std::size_t index; // quote index or token index of the verb
};

// Words outside quotations in [b, e) of a paragraph.
std::size_t words_between(const std::string& p, std::size_t b, std::size_t e) {
    if (b >= e || b >= p.size()) return 0;
    return count_words(std::string_view(p).substr(b, std::min(e, p.size()) - b));
}

std::vector<Token> tokens_of(std::string_view s) { return tokenize(s); }

// Where the quotations of a paragraph lie, and whose they are: the sieves of attribute(), read
// paragraph by paragraph
class Attributor {
  public:
    Attributor(const std::vector<Paragraph>& paras, const std::vector<QuoteSpan>& quotes, const SubjectFinder& finder,
               const People& people)
        : paras_(paras), quotes_(quotes), finder_(finder), book_(people), covered_(paras.size()),
          by_para_(paras.size()), quote_speaker_(quotes.size()), blocked_(quotes.size(), false) {
        for (std::size_t i = 0; i < quotes.size(); ++i) {
            const QuoteSpan& q = quotes[i];
            for (std::size_t pi = q.para_first; pi <= q.para_last && pi < paras.size(); ++pi)
                covered_[pi].emplace_back(pi == q.para_first ? q.open : 0,
                                          pi == q.para_last ? q.after : paras[pi].text.size());
            by_para_[q.para_first].push_back(i);
        }
    }

    void read_paragraph(std::size_t pi) {
        read_announcers(pi);
        ParagraphState state;
        for (const Event& ev : events_of(pi)) {
            if (ev.is_quote)
                attribute_quote(pi, ev.index, state);
            else
                reported_speech(pi, ev.index);
        }
        // a later quotation of the paragraph may name the speaker of an earlier one
        if (!state.speaker.empty())
            for (const std::size_t qi : by_para_[pi])
                if (quote_speaker_[qi].empty() && !blocked_[qi] && quotes_[qi].speech && !state.blocked)
                    quote_speaker_[qi] = state.speaker;
    }

    Attribution finish();

  private:
    // What the quotations of the paragraph read so far say
    struct ParagraphState {
        std::string speaker;  // the speaker of its quotations (split quotations)
        bool blocked = false; // a quotation attributed to nobody
    };

    [[nodiscard]] bool inside_quote(std::size_t pi, std::size_t pos) const {
        for (const auto& [b, e] : covered_[pi])
            if (pos >= b && pos < e) return true;
        return false;
    }
    void read_announcers(std::size_t pi);
    [[nodiscard]] std::vector<Event> events_of(std::size_t pi) const;
    void reported_speech(std::size_t pi, std::size_t v);
    void attribute_quote(std::size_t pi, std::size_t qi, ParagraphState& state);

    const std::vector<Paragraph>& paras_;
    const std::vector<QuoteSpan>& quotes_;
    const SubjectFinder& finder_;
    SpeakerBook book_;
    // byte ranges each paragraph gives to quotations
    std::vector<std::vector<std::pair<std::size_t, std::size_t>>> covered_;
    std::vector<std::vector<std::size_t>> by_para_; // the quotations each paragraph opens
    std::vector<std::string> quote_speaker_;
    std::vector<bool> blocked_; // attributed to nobody
    std::size_t last_quote_para_ = npos;
    std::string last_quote_speaker_;
};

// The officials who made an announcement: "A, B and C made the announcement", "... joined in
// the announcement by A, B and C", "announced by A and B"
void Attributor::read_announcers(std::size_t pi) {
    const std::string& p = paras_[pi].text;
    const std::vector<Token>& pt = paras_[pi].tokens;
    for (std::size_t k = 0; k + 1 < pt.size(); ++k) {
        const std::string_view w = pt[k].text;
        if (w == "announcement" && k >= 2 && pt[k - 1].text == "the" &&
            (pt[k - 2].text == "made" || pt[k - 2].text == "make" || pt[k - 2].text == "makes")) {
            std::size_t lo = k - 2;
            while (lo > 0 && !sentence_end(pt[lo - 1].text) && !is_quote_mark(pt[lo - 1].text)) --lo;
            if (k >= 3)
                for (const Subject& s : finder_.listed(p, pt, lo, k - 3)) book_.add(s, pi);
        }
        if (w == "by" && k >= 1) {
            // "announced by", "the announcement was made jointly by": not "the announcement
            // following sentencing by Judge ..."
            bool trigger = false;
            for (std::size_t b = k; b > 0 && k - b < 6 && !trigger;) {
                --b;
                const std::string_view x = pt[b].text;
                trigger = x == "announcement" || x == "announced";
                if (!trigger && !is_announcement_link(x)) break;
            }
            if (!trigger) continue;
            std::size_t end = k + 1;
            while (end + 1 < pt.size() && !sentence_end(pt[end + 1].text)) ++end;
            for (const Subject& s : finder_.listed(p, pt, k + 1, end)) book_.add(s, pi);
        }
    }
}

// The paragraph's quotations and its speech verbs outside them, in the order they stand
std::vector<Event> Attributor::events_of(std::size_t pi) const {
    const std::vector<Token>& pt = paras_[pi].tokens;
    std::vector<Event> events;
    for (const std::size_t qi : by_para_[pi]) events.push_back({quotes_[qi].open, true, qi});
    for (std::size_t k = 0; k < pt.size(); ++k) {
        const Token& x = pt[k];
        const bool according = fold_word(x.text) == "according" && k + 1 < pt.size() && pt[k + 1].text == "to";
        if (x.kind != Tok::Word || (!according && (x.initial_upper || !is_speech_verb(x.text)))) continue;
        if (!inside_quote(pi, x.begin)) events.push_back({x.begin, false, k});
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.pos < b.pos; });
    return events;
}

// The speech verb pt[v] outside quotations: its subject, if a person, speaks
void Attributor::reported_speech(std::size_t pi, std::size_t v) {
    const std::string& p = paras_[pi].text;
    const std::vector<Token>& pt = paras_[pi].tokens;
    const bool according = fold_word(pt[v].text) == "according";
    // "Senator Dana Quill announced $2 million for ...": an official's announcement is
    // reported speech whatever follows; a firm's "announced the launch" is not, and
    // the name before it is taken only with a title before it, or a given name and a
    // title after it ("Dana Quill, CEO, announced"; not "Quillbox, a leader in ...")
    bool titled_only = false;
    if (!according && is_weak_speech_verb(pt[v].text)) {
        // past the time words: "announced today that", "noted in a statement that"
        std::size_t n = v + 1;
        while (n < pt.size() && adverb(pt[n])) ++n;
        const std::string_view next = n < pt.size() ? pt[n].text : std::string_view(".");
        const bool ok = next == "," || next == ":" || next == "that" || is_quote_mark(next) ||
                        next == "." || (n < pt.size() && is_cap(pt[n]));
        if (!ok && pt[v].text != "announced") return;
        titled_only = !ok;
    }
    // "announced by A and B" is read above; "responded by removing himself" is a deed
    if (v + 1 < pt.size() && pt[v + 1].text == "by") return;
    Subject s;
    const std::size_t next = according ? v + 2 : v + 1;
    std::size_t end = next;
    while (end + 1 < pt.size() && !sentence_end(pt[end + 1].text) && !is_quote_mark(pt[end + 1].text))
        ++end;
    // "TITLE A of X and TITLE B of Y": where the one speaker read would hold the
    // second official's title in its organisation, the list's reading of A, whose
    // organisation ends before the "and", stands for it (B's name may not read:
    // "U.S. Attorney Dana Quill Rose")
    const auto list_instead = [&](const std::vector<Subject>& officials) {
        if (!(s.kind == Subject::Kind::person && holds_an_official(s.org)) || officials.empty() ||
            officials.front().name != s.name)
            return false;
        for (const Subject& o : officials) book_.add(o, pi);
        return true;
    };
    std::vector<Subject> announcers;
    if (pt[v].text == "announced" && next < pt.size() && is_cap(pt[next])) {
        // "..., announced TITLE A of X and TITLE B for Y": officials who announce
        // together are each a speaker
        announcers = finder_.listed(p, pt, next, end);
        if (announcers.size() >= 2) {
            for (const Subject& o : announcers) book_.add(o, pi);
            return;
        }
    }
    if (next < pt.size() && (is_cap(pt[next]) || according))
        s = finder_.after_verb(p, pt, next, end, according ? "pattern_according" : "pattern_verb_name");
    if (list_instead(announcers)) return;
    if (!s.found() && !according) {
        std::size_t lo = v;
        while (lo > 0 && !clause_break(pt[lo - 1].text)) --lo;
        s = finder_.before_verb(p, pt, lo, v, "pattern_name_verb");
        // "..., TITLE A of X and TITLE B of Y announced": the officials are read as a
        // list, each a speaker, from after the clause's last comma, where nothing
        // else stands there or A's organisation would hold B's title and name
        std::size_t from = lo;
        for (std::size_t k = lo; k < v; ++k)
            if (pt[k].text == ",") from = k + 1;
        const bool person = s.kind == Subject::Kind::person;
        const bool joint = (person && holds_an_official(s.org)) ||
                           ((s.kind == Subject::Kind::none || s.kind == Subject::Kind::unnamed) &&
                            v > from && joins_officials(pt, from, v - 1) &&
                            only_titles_and_names(pt, from, v - 1));
        if (joint) {
            const std::vector<Subject> officials = finder_.listed(p, pt, person ? lo : from, v - 1);
            if (!person && officials.size() >= 2) {
                for (const Subject& o : officials) book_.add(o, pi);
                return;
            }
            if (list_instead(officials)) return;
        }
    }
    // the role is read for a title only where the name needs one
    const auto titled = [&] {
        if (s.features.has("role_before")) return true;
        if (!s.features.has("first_given")) return false;
        const std::vector<Token> rt = tokenize(s.role);
        return !rt.empty() && rt.front().kind == Tok::Word && is_role_word(rt.front().text);
    };
    if (s.kind == Subject::Kind::person && (!titled_only || titled())) book_.add(s, pi);
}

// Who said the quotation quotes_[qi], by sieves (1) to (4) of attribute()
void Attributor::attribute_quote(std::size_t pi, std::size_t qi, ParagraphState& state) {
    const QuoteSpan& q = quotes_[qi];
    if (!q.speech) return;
    const std::string& first = paras_[q.para_first].text;
    const std::string& lastp = paras_[q.para_last].text;
    std::size_t before_b = 0;
    for (const auto& [b, e] : covered_[q.para_first])
        if (e <= q.open && e > before_b) before_b = e;
    std::size_t after_e = lastp.size();
    for (const auto& [b, e] : covered_[q.para_last])
        if (b >= q.after && b < after_e) after_e = b;
    const std::string_view before = std::string_view(first).substr(before_b, q.open - before_b);
    const std::string_view after = std::string_view(lastp).substr(q.after, after_e - q.after);

    std::string speaker;
    bool unnamed = false;
    Subject s;
    if (q.unmarked) {
        const std::vector<Token> at = tokens_of(after);
        s = finder_.from_after(after, at);
        if (!s.found()) s = finder_.from_before(before, tokens_of(before));
    } else if (introduces_next_quote(lastp, q.after, after_e)) {
        // "“... stakeholders.” Dana Quill added, “...”": the clause after a finished
        // sentence is the next quotation's, and this one is the clause's before it
        s = finder_.from_before(before, tokens_of(before));
    } else {
        const std::vector<Token> at = tokens_of(after);
        s = finder_.from_after(after, at);
        if (!s.found() && !s.attempted) s = finder_.from_before(before, tokens_of(before));
    }
    if (s.kind == Subject::Kind::person) speaker = book_.add(s, pi);
    else if (s.kind == Subject::Kind::pronoun) speaker = book_.last();
    else if (s.kind == Subject::Kind::unnamed || s.attempted) unnamed = true;

    if (speaker.empty() && !unnamed && !state.blocked) {
        if (!state.speaker.empty()) {
            speaker = state.speaker; // (3) split quotation
        } else {
            const bool bare = words_between(first, before_b, q.open) <= 2 &&
                              count_words(after) <= 3;
            if (bare && !last_quote_speaker_.empty() && last_quote_para_ != npos &&
                q.para_first <= last_quote_para_ + 2)
                speaker = last_quote_speaker_; // (4) carries on
        }
    }
    if (unnamed) {
        state.blocked = true;
        blocked_[qi] = true;
    }
    if (!speaker.empty()) {
        quote_speaker_[qi] = speaker;
        state.speaker = speaker;
        last_quote_speaker_ = speaker;
        last_quote_para_ = q.para_last;
        book_.set_last(speaker);
    } else if (unnamed) {
        last_quote_speaker_.clear();
    }
}

// Sieve (5), and the quotations under their speakers' fullest names
Attribution Attributor::finish() {
    // (5) one person quoted: theirs are the quotations left
    if (book_.speakers.size() == 1) {
        const std::size_t attributed = static_cast<std::size_t>(
            std::count_if(quote_speaker_.begin(), quote_speaker_.end(), [](const std::string& s) { return !s.empty(); }));
        if (attributed > 0)
            for (std::size_t i = 0; i < quotes_.size(); ++i)
                if (quote_speaker_[i].empty() && !blocked_[i] && quotes_[i].speech)
                    quote_speaker_[i] = book_.speakers.front().name;
    }
    for (std::size_t i = 0; i < quotes_.size(); ++i)
        if (!quote_speaker_[i].empty()) book_.quotes.push_back({quote_speaker_[i], quotes_[i].text});
    // names that grew after their quotations were attributed
    for (Quote& q : book_.quotes) {
        const auto it = std::find_if(book_.speakers.begin(), book_.speakers.end(),
                                     [&](const Speaker& s) { return s.name == q.speaker; });
        if (it == book_.speakers.end()) {
            const std::vector<std::string> qw = name_words(q.speaker);
            for (const Speaker& s : book_.speakers) {
                const std::vector<std::string> sw = name_words(s.name);
                if (!qw.empty() && !sw.empty() && (sw.back() == qw.back() || sw.front() == qw.front())) {
                    q.speaker = s.name;
                    break;
                }
            }
        }
    }
    Attribution out;
    for (const Speaker& s : book_.speakers)
        if (!s.organisation.empty() && s.organisation.size() < 100) out.speaker_organisations.push_back(s.organisation);
    out.speakers = std::move(book_.speakers);
    out.quotes = std::move(book_.quotes);
    std::erase_if(out.quotes, [&](const Quote& q) {
        return std::none_of(out.speakers.begin(), out.speakers.end(), [&](const Speaker& s) { return s.name == q.speaker; });
    });
    return out;
}

} // namespace

Attribution attribute(const Document& doc, std::vector<QuoteSpan> quotes, const People& people,
                      const Model& model, std::vector<FeatureRow>* rows) {
    const SubjectFinder finder(people, model, rows);
    add_unmarked_quotes(doc.paragraphs, finder, quotes);
    Attributor attributor(doc.paragraphs, quotes, finder, people);
    for (std::size_t pi = 0; pi < doc.paragraphs.size(); ++pi) attributor.read_paragraph(pi);
    return attributor.finish();
}

} // namespace pressdex::extract::detail
