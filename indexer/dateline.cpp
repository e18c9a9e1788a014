#include "indexer/dateline.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <span>

namespace pressdex {
namespace {

struct Ymd {
    int year = 0, month = 0, day = 0;
};

struct DateMatch {
    Ymd ymd;
    std::size_t end = 0; // one past the last character of the date
};

// A dateline sits at the top of a release; looking further only finds event dates.
constexpr std::size_t scan_bytes = 3000;
constexpr int max_paragraphs = 10;
constexpr std::size_t max_date_column = 260;
constexpr std::size_t max_place_bytes = 80;
constexpr std::size_t prose_bytes = 300;
constexpr int max_place_words = 8;

constexpr std::array<std::string_view, 12> month_names = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> weekday_names = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
// Words that open a sentence about an event ("On June 3, ...") rather than a place.
constexpr std::array<std::string_view, 16> non_place_openers = {
    "on",   "in",        "at",      "by",    "since",    "from",   "until", "as",
    "this", "effective", "updated", "dated", "starting", "before", "after", "today"};
// Connectors that may appear lowercase inside a place name ("Rio de Janeiro").
constexpr std::array<std::string_view, 12> place_connectors = {
    "of", "de", "da", "do", "del", "la", "le", "du", "am", "upon", "sur", "and"};
// Boilerplate that may precede the date on the dateline line.
constexpr std::array<std::string_view, 3> labels = {"for immediate release", "release date",
                                                    "press release"};
constexpr std::string_view en_dash = "\xE2\x80\x93";
constexpr std::string_view em_dash = "\xE2\x80\x94";

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_alnum(char c) {
    return is_digit(c) || is_alpha(c);
}
char lower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [](char x, char y) { return lower(x) == lower(y); });
}

bool icontains(std::string_view hay, std::string_view needle) {
    return std::search(hay.begin(), hay.end(), needle.begin(), needle.end(),
                       [](char x, char y) { return lower(x) == lower(y); }) != hay.end();
}

// Spaces include the no-break space, which scraped pages are full of.
std::size_t skip_spaces(std::string_view s, std::size_t i) {
    for (; i < s.size(); ++i) {
        if (s.substr(i, 2) == "\xC2\xA0")
            ++i;
        else if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
            break;
    }
    return i;
}

std::string_view word_at(std::string_view s, std::size_t i) {
    std::size_t j = i;
    while (j < s.size() && is_alpha(s[j]))
        ++j;
    return s.substr(i, j - i);
}

// Full names, three-letter abbreviations and "Sept"; 0 if not a month.
int month_number(std::string_view word) {
    for (std::size_t m = 0; m < month_names.size(); ++m) {
        const auto name = month_names[m];
        if (iequals(word, name) || (word.size() == 3 && iequals(word, name.substr(0, 3))))
            return static_cast<int>(m) + 1;
    }
    return iequals(word, "sept") ? 9 : 0;
}

// "Tue", "Tues", "Thurs" and "Tuesday" are all written.
bool is_weekday(std::string_view w) {
    return w.size() >= 3 && std::any_of(weekday_names.begin(), weekday_names.end(), [&](auto name) {
               return w.size() <= name.size() && iequals(w, name.substr(0, w.size())) &&
                      (w.size() <= 5 || w.size() == name.size());
           });
}

bool valid(const Ymd& d) {
    constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d.year < 1000 || d.year > 2999 || d.month < 1 || d.month > 12 || d.day < 1)
        return false;
    const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
    return d.day <= days[static_cast<std::size_t>(d.month - 1)] + (d.month == 2 && leap ? 1 : 0);
}

std::string format(const Ymd& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

// Reads between min and max digits that are not followed by another digit.
std::optional<std::pair<int, std::size_t>> read_number(std::string_view s, std::size_t i,
                                                       std::size_t min, std::size_t max) {
    std::size_t j = i;
    int value = 0;
    while (j < s.size() && is_digit(s[j]) && j - i < max)
        value = value * 10 + (s[j++] - '0');
    if (j - i < min || (j < s.size() && is_digit(s[j])))
        return std::nullopt;
    return std::pair{value, j};
}

std::size_t skip_ordinal(std::string_view s, std::size_t i) {
    const auto w = word_at(s, i);
    return iequals(w, "st") || iequals(w, "nd") || iequals(w, "rd") || iequals(w, "th") ? i + 2 : i;
}

// The year closes a written date: at least a space or a comma before it, nothing glued after.
std::optional<std::pair<int, std::size_t>> read_year_after(std::string_view s, std::size_t i) {
    const std::size_t start = i;
    i = skip_spaces(s, i);
    if (i < s.size() && s[i] == ',')
        i = skip_spaces(s, i + 1);
    if (i == start)
        return std::nullopt;
    const auto year = read_number(s, i, 4, 4);
    return year && !(year->second < s.size() && is_alpha(s[year->second])) ? year : std::nullopt;
}

// A month name with its abbreviation's full stop: the month and where it ends, or 0.
std::pair<int, std::size_t> read_month(std::string_view s, std::size_t i) {
    const auto word = word_at(s, i);
    const std::size_t end = i + word.size();
    return {month_number(word), end < s.size() && s[end] == '.' ? end + 1 : end};
}

// "June 3, 2025", "Jun. 3 2025", "April, 25th, 2024".
std::optional<DateMatch> match_month_first(std::string_view s, std::size_t i) {
    const auto [month, gap] = read_month(s, i);
    i = skip_spaces(s, gap);
    if (i < s.size() && s[i] == ',')
        i = skip_spaces(s, i + 1);
    const auto day = read_number(s, i, 1, 2);
    if (month == 0 || i == gap || !day)
        return std::nullopt;
    const auto year = read_year_after(s, skip_ordinal(s, day->second));
    if (!year)
        return std::nullopt;
    return DateMatch{{year->first, month, day->first}, year->second};
}

// "3 June 2025", "23rd of November, 2018".
std::optional<DateMatch> match_day_first(std::string_view s, std::size_t i) {
    const auto day = read_number(s, i, 1, 2);
    if (!day)
        return std::nullopt;
    i = skip_ordinal(s, day->second);
    const std::size_t gap = i;
    i = skip_spaces(s, i);
    if (iequals(word_at(s, i), "of"))
        i = skip_spaces(s, i + 2);
    const auto [month, end] = read_month(s, i);
    if (i == gap || month == 0)
        return std::nullopt;
    const auto year = read_year_after(s, end);
    if (!year)
        return std::nullopt;
    return DateMatch{{year->first, month, day->first}, year->second};
}

// "T00:00:00-04:00" and the like after an ISO date: the written day is what counts.
std::size_t skip_iso_time(std::string_view s, std::size_t i) {
    if (i + 1 >= s.size() || s[i] != 'T' || !is_digit(s[i + 1]))
        return i;
    return std::min(s.find_first_not_of("0123456789:.+-Z", i + 1), s.size());
}

// "2025-06-03", "2025/06/03", "06/03/2025" (US order) and, if allowed, "20250603".
std::optional<DateMatch> match_numeric(std::string_view s, std::size_t i, bool allow_compact) {
    if (const auto n = read_number(s, i, 8, 8); allow_compact && n)
        return DateMatch{{n->first / 10000, n->first / 100 % 100, n->first % 100}, n->second};
    const auto first = read_number(s, i, 1, 4);
    if (!first || first->second >= s.size())
        return std::nullopt;
    const char sep = s[first->second];
    if (sep != '-' && sep != '/')
        return std::nullopt;
    const auto second = read_number(s, first->second + 1, 1, 2);
    if (!second || second->second >= s.size() || s[second->second] != sep)
        return std::nullopt;
    const bool iso = first->second - i == 4;
    const auto third = read_number(s, second->second + 1, iso ? 1 : 4, iso ? 2 : 4);
    if (!third)
        return std::nullopt;
    if (iso)
        return DateMatch{{first->first, second->first, third->first},
                         skip_iso_time(s, third->second)};
    return DateMatch{{third->first, first->first, second->first}, third->second};
}

// A date starting at i, after an optional weekday ("Tuesday, June 3, 2025").
std::optional<DateMatch> match_date_at(std::string_view s, std::size_t i, bool allow_compact) {
    if (const auto word = word_at(s, i); is_weekday(word)) {
        i = skip_spaces(s, i + word.size() + (s.substr(i + word.size(), 1) == "." ? 1 : 0));
        if (i < s.size() && s[i] == ',')
            i = skip_spaces(s, i + 1);
    }
    if (i >= s.size())
        return std::nullopt;
    auto m = is_digit(s[i]) ? match_day_first(s, i) : match_month_first(s, i);
    if (!m && is_digit(s[i]))
        m = match_numeric(s, i, allow_compact);
    if (!m || !valid(m->ymd))
        return std::nullopt;
    return m;
}

// Width of a separator that may stand between place, wire tag and date, starting at i.
std::size_t separator_at(std::string_view s, std::size_t i) {
    if (i >= s.size())
        return 0;
    if (s.substr(i, 3) == en_dash || s.substr(i, 3) == em_dash)
        return 3;
    return std::string_view(",;-/|([").find(s[i]) != std::string_view::npos ? 1 : 0;
}

std::size_t separator_before(std::string_view s) {
    if (s.ends_with(en_dash) || s.ends_with(em_dash))
        return 3;
    return !s.empty() && separator_at(s, s.size() - 1) == 1 ? 1 : 0;
}

bool is_markup(char c) {
    return c == '*' || c == '_' || c == '#' || c == '>';
}

struct Trimmed {
    std::string_view text;
    bool separated = false; // a separator stood between the text and the date
    bool slash = false;     // one of them was a slash ("CA / ACCESSWIRE /")
};

Trimmed trim_right(std::string_view s) {
    Trimmed t;
    for (;;) {
        if (!s.empty() &&
            (s.back() == ' ' || s.back() == '\t' || s.back() == ']' || is_markup(s.back()))) {
            s.remove_suffix(1);
        } else if (s.ends_with("\xC2\xA0")) {
            s.remove_suffix(2);
        } else if (const auto w = separator_before(s)) {
            t.slash = t.slash || s.back() == '/';
            t.separated = true;
            s.remove_suffix(w);
        } else {
            t.text = s;
            return t;
        }
    }
}

// Leading markup, labels and dashes go; an opening parenthesis stays, it may start a wire tag.
std::string_view trim_left(std::string_view s) {
    for (;;) {
        const std::size_t i = skip_spaces(s, 0);
        std::size_t w = i < s.size() && (is_markup(s[i]) || s[i] == ':') ? 1 : separator_at(s, i);
        if (i < s.size() && s[i] == '(')
            w = 0;
        for (const auto label : labels)
            if (s.size() >= i + label.size() && iequals(s.substr(i, label.size()), label))
                w = label.size();
        if (i + w == 0)
            return s;
        s.remove_prefix(i + w);
    }
}

bool one_of(std::string_view word, std::span<const std::string_view> list) {
    return std::any_of(list.begin(), list.end(),
                       [&](std::string_view w) { return iequals(word, w); });
}

// A place is a few capitalised words ("NEW YORK", "Jacksons Point, Ontario, Canada", "B.C.");
// sloppy lowercase ("las vegas, United States") is tolerated only if `loose`.
bool place_like(std::string_view s, bool loose) {
    if (s.empty() || s.size() > max_place_bytes)
        return false;
    int words = 0, capitals = 0;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t end = std::min(s.find_first_of(" ,/", i), s.size());
        const auto word = s.substr(i, end - i);
        i = end + 1;
        if (word.empty() || word == "\xC2\xA0" || word == "&" ||
            separator_at(word, 0) == word.size())
            continue;
        const auto lead = static_cast<unsigned char>(word.front());
        const bool capital = (lead >= 'A' && lead <= 'Z') || (lead >= 0xC3 && lead <= 0xC5);
        capitals += capital ? 1 : 0;
        if (!capital && !loose && !(words > 0 && one_of(word, place_connectors)))
            return false;
        if (words == 0 && (one_of(word, non_place_openers) || one_of(word, weekday_names)))
            return false;
        if (std::any_of(word.begin(), word.end(), [&](char c) {
                return (is_digit(c) && !loose) ||
                       (c >= 0 && c < 0x7F && !is_alnum(c) && c != '.' && c != '-' && c != '\'');
            }))
            return false;
        if (++words > (loose ? max_place_words / 2 : max_place_words))
            return false;
    }
    return capitals > 0;
}

bool all_caps(std::string_view s) {
    return std::none_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

struct Tagged {
    std::string_view rest;
    std::string_view tag;
};

// Splits off a wire's name written between place and date: "(Newsworthy.ai)",
// "[Media OutReach Newswire](https://...)" or "/ ACCESSWIRE /".
std::optional<Tagged> split_tag(const Trimmed& t) {
    const auto s = t.text;
    if (s.ends_with(')')) {
        int depth = 0;
        for (std::size_t i = s.size(); i-- > 0;) {
            depth += s[i] == ')' ? 1 : s[i] == '(' ? -1 : 0;
            if (depth != 0)
                continue;
            Tagged tagged{s.substr(0, i), s.substr(i + 1, s.size() - i - 2)};
            if (const auto open = tagged.rest.rfind('[');
                tagged.rest.ends_with(']') && open != std::string_view::npos)
                tagged = {s.substr(0, open), s.substr(open + 1, i - open - 2)};
            return tagged;
        }
        return std::nullopt;
    }
    if (const auto bar = s.rfind("/ "); t.slash && bar != std::string_view::npos)
        return Tagged{s.substr(0, bar), s.substr(bar + 2)};
    return std::nullopt;
}

// What follows a date: a wire tag, a dash or the line's end, a comma or stop, or prose.
enum class Tail { none, weak, strong, tagged };

struct Place {
    std::string_view text;
    bool tagged = false; // a wire tag stood between place and date
};

// The last capitalised run before a date: "... at the Museum GLENDALE, CA - June 3".
std::string_view trailing_caps(std::string_view s) {
    std::size_t start = s.size();
    while (start > 0) {
        const std::size_t space = s.rfind(' ', start - 1);
        const auto word = s.substr(space == std::string_view::npos ? 0 : space + 1,
                                   start - (space == std::string_view::npos ? 0 : space + 1));
        if (word.empty() || !all_caps(word) || std::none_of(word.begin(), word.end(), is_alpha))
            break;
        start = space == std::string_view::npos ? 0 : space;
    }
    return trim_left(s.substr(start));
}

// The place written before a date: "" when the date opens the line or follows a wire
// tag, nothing when the text before the date reads as a sentence rather than a place.
std::optional<Place> place_before(std::string_view prefix, Tail tail) {
    prefix = trim_left(prefix);
    // "DATE: Tuesday, June 3" and "WHEN: ..." are fields of an event listing; "Boston, MA:" is not.
    if (const auto field = trim_right(prefix).text; field.ends_with(':')) {
        if (field.find(',') == std::string_view::npos)
            return std::nullopt;
        prefix = field.substr(0, field.size() - 1);
    }
    // Two spaces or a closing HTML tag are where a flattened line break was.
    // Each cut is found in what the one before left: an offset into the uncut prefix would
    // land anywhere, even inside a character.
    for (const std::string_view mark : {std::string_view("  "), std::string_view(">")})
        if (const auto cut = prefix.rfind(mark);
            cut != std::string_view::npos && cut + 1 < prefix.size())
            prefix.remove_prefix(cut + 1);
    const auto t = trim_right(trim_left(prefix));
    if (t.text.empty())
        return Place{};
    if (const auto tagged = split_tag(t)) {
        const auto rest = trim_right(tagged->rest).text;
        if (rest.empty() || place_like(rest, false) || place_like(rest, true))
            return Place{rest, true};
        if (icontains(tagged->tag, "wire"))
            return Place{{}, true};
        return std::nullopt;
    }
    const bool sure = tail >= Tail::strong && t.separated;
    // "NEW YORK June 3" and "Houston, TX June 3" need no separator; "Event Held June 3" does.
    const bool framed =
        t.separated || all_caps(t.text) || t.text.find(',') != std::string_view::npos;
    if (framed && (place_like(t.text, false) || (sure && place_like(t.text, true))))
        return Place{t.text};
    if (const auto caps = trailing_caps(t.text); sure && place_like(caps, false) && caps.size() > 2)
        return Place{caps};
    return std::nullopt;
}

// Times written after the date ("5:50", "@ 8:00 AM Eastern") run up to the next dash.
std::size_t skip_time(std::string_view s, std::size_t i) {
    std::size_t j = i < s.size() && s[i] == ',' ? skip_spaces(s, i + 1) : i;
    const bool at = j < s.size() && s[j] == '@';
    const auto hour = read_number(s, at ? skip_spaces(s, j + 1) : j, 1, 2);
    if (!hour || hour->second >= s.size() || s[hour->second] != ':')
        return i;
    const std::size_t limit = std::min(s.size(), hour->second + 60);
    for (j = hour->second; j < limit; ++j)
        if (separator_at(s, j) != 0 && s[j] != ',' && s[j] != '/')
            return j;
    return limit == s.size() ? limit : hour->second + 3;
}

Tail classify_tail(std::string_view s, std::size_t i) {
    if (s.substr(i, 2) == "  ")
        return Tail::strong;
    i = skip_spaces(s, i);
    while (i < s.size() && (s[i] == ')' || s[i] == ']' || is_markup(s[i])))
        i = skip_spaces(s, i + 1);
    i = skip_spaces(s, skip_time(s, i));
    if (i >= s.size())
        return Tail::strong;
    if (s[i] == '-' && i + 1 < s.size() && is_digit(s[i + 1]))
        return Tail::none;
    if (s[i] == ',' || s[i] == '.' || s[i] == ':' || s[i] == ';')
        return Tail::weak;
    const std::size_t w = separator_at(s, i), next = skip_spaces(s, i + w);
    if (w == 0)
        return Tail::none;
    const bool tag =
        s[i] == '(' || s[i] == '/' || s.substr(next, 1) == "(" || s.substr(next, 1) == "[";
    return tag ? Tail::tagged : Tail::strong;
}

// "(NewMediaWire) - June 3, 2025 - DALLAS — ..." names the place after the date.
std::string_view place_after(std::string_view line, std::size_t i) {
    i = skip_spaces(line, i);
    const std::size_t w = separator_at(line, i);
    if (w == 0 || line[i] == ',' || line[i] == '(')
        return {};
    const auto rest = line.substr(i + w, max_place_bytes);
    std::size_t end = rest.size();
    for (const auto dash : {std::string_view(" - "), std::string_view(" --"), en_dash, em_dash,
                            std::string_view(":")})
        end = std::min(end, rest.find(dash));
    const auto t = trim_right(trim_left(rest.substr(0, end)));
    if (end == rest.size() || t.text.empty())
        return {};
    const bool framed = all_caps(t.text) || t.text.find(',') != std::string_view::npos;
    return framed && place_like(t.text, false) ? t.text : std::string_view{};
}

// Where the paragraph stands: before the release's prose any dateline shape counts;
// once prose has begun, only a line naming its wire is still the release's own dateline.
enum class Stage { opening, heading, after_prose };

std::optional<Dateline> dateline_in(std::string_view line, Stage stage) {
    const std::size_t limit = std::min(line.size(), max_date_column);
    for (std::size_t i = 0; i < limit; ++i) {
        if (!is_alnum(line[i]) || (i > 0 && is_alnum(line[i - 1])))
            continue;
        const auto m = match_date_at(line, i, false);
        if (!m || m->ymd.year < 1990 || m->ymd.year > 2100)
            continue;
        const Tail tail = classify_tail(line, m->end);
        if (tail == Tail::none)
            continue;
        const auto place = place_before(line.substr(0, i), tail);
        if (!place)
            continue;
        // A bare "June 3, 2025, ..." may open the release, but not a later paragraph.
        if (tail == Tail::weak && place->text.empty() && !(stage == Stage::opening && i == 0))
            continue;
        if (stage == Stage::after_prose && tail != Tail::tagged && !place->tagged)
            continue;
        return Dateline{format(m->ymd),
                        std::string(place->text.empty() ? place_after(line, m->end) : place->text)};
    }
    return std::nullopt;
}

std::string_view trim(std::string_view s) {
    s.remove_prefix(skip_spaces(s, 0));
    return s.substr(0, s.find_last_not_of(" \t\r\n") + 1);
}

bool is_bullet(std::string_view line) {
    return line.starts_with("* ") || line.starts_with("- ") || line.starts_with("\xE2\x80\xA2");
}

} // namespace

std::optional<Dateline> find_dateline(std::string_view body) {
    try {
        body = body.substr(0, std::min(body.size(), scan_bytes));
        Stage stage = Stage::opening;
        int paragraphs = 0;
        for (std::size_t pos = 0; pos < body.size() && paragraphs < max_paragraphs;) {
            const std::size_t nl = std::min(body.find('\n', pos), body.size());
            const auto line = trim(body.substr(pos, nl - pos));
            pos = nl + 1;
            // Images and highlight bullets sit above the dateline without being the release's
            // prose.
            if (line.empty() || line.starts_with("![") || is_bullet(line))
                continue;
            if (auto found = dateline_in(line, stage))
                return found;
            ++paragraphs;
            stage =
                line.size() >= prose_bytes ? Stage::after_prose : std::max(stage, Stage::heading);
        }
    } catch (...) {
        // Only allocation can fail here; a missing date is the safe answer.
    }
    return std::nullopt;
}

std::optional<std::string> parse_date(std::string_view text) {
    try {
        text = trim(text);
        if (text.ends_with('.'))
            text.remove_suffix(1);
        const auto m = match_date_at(text, 0, true);
        if (m && m->end == text.size())
            return format(m->ymd);
    } catch (...) {
    }
    return std::nullopt;
}

} // namespace pressdex
