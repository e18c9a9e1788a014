#include "indexer/glued_words.hpp"

#include "indexer/extract/lexicon.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <vector>

namespace pressdex {
namespace {

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool ascii_lower(char c) { return c >= 'a' && c <= 'z'; }

// Labels of contact blocks and footers that lose the line break after them. Not "Web",
// "Media" or "Source": brands begin with them far more often ("MediaWire", "WebSpero",
// "SourceForge") than a label is glued.
bool label(std::string_view w) {
    return w == "Contact" || w == "Contacts" || w == "Email" || w == "Phone" || w == "Telephone" ||
           w == "Tel" || w == "Fax" || w == "Website" || w == "Address" || w == "Company" || w == "Name" ||
           w == "Title" || w == "Organization" || w == "Details";
}

// Where the glued word `word` should be cut (a paragraph break), or 0.
std::size_t glue_point(std::string_view word) {
    const std::size_t n = word.size();
    // "ContactSamantha", "Company WebsiteAcme", "Contact DetailsQXV Agency": a label glued to a
    // capitalised word or an acronym
    for (std::size_t k = 3; k + 2 <= n; ++k) {
        if (!ascii_upper(word[k]) || !ascii_lower(word[k - 1])) continue;
        if (label(word.substr(0, k)) && (ascii_lower(word[k + 1]) || ascii_upper(word[k + 1]))) return k;
        break;
    }
    // "CONTACTSamantha": a label in capitals glued to a capitalised word
    for (const std::string_view caps : {"CONTACTS", "CONTACT", "EMAIL", "PHONE"})
        if (n >= caps.size() + 3 && word.starts_with(caps) && ascii_upper(word[caps.size()]) &&
            ascii_lower(word[caps.size() + 1]) && ascii_lower(word[caps.size() + 2]))
            return caps.size();
    // "BrindleworksBrindleworks", "QXVQXV": a capitalised name, or an acronym of three capitals
    // or more, written twice
    if (n >= 6 && n % 2 == 0 && ascii_upper(word[0]) && word.substr(0, n / 2) == word.substr(n / 2) &&
        ((n >= 8 && ascii_lower(word[1])) || std::all_of(word.begin(), word.end(), ascii_upper)))
        return n / 2;
    // "Harbour LLCDana Quill": the legal form in capitals glued to a capitalised word
    if (n >= 6 && word.starts_with("LLC") && ascii_upper(word[3]) && ascii_lower(word[4]) && ascii_lower(word[5]))
        return 3;
    // "BasketThe Keep A Basket Trust", "QXVThe Quillton Bank": a name or an acronym glued to
    // the "The" that opens the paragraph after it
    if (n >= 5 && word.ends_with("The") &&
        (ascii_lower(word[n - 4]) || std::all_of(word.begin(), word.end() - 3, ascii_upper)))
        return n - 3;
    return 0;
}

// Where a function word, a word in capitals or a name glued to the next word ends, or 0:
// "theExport Section", "ofAlabama" (a function word before a capitalised word that is an
// ordinary word, a place or a name: not "theSkimm" or "inVentiv", brands written so),
// "WASHINGTONAcme Corp." (five capitals or more before a capitalised word), "WidgetsInc."
// (a legal suffix after a lower-case letter).
std::size_t export_glue_point(std::string_view w) {
    using namespace extract::detail;
    const std::size_t n = w.size();
    if (n < 5) return 0;
    if (ascii_lower(w[0])) {
        std::size_t u = 1;
        while (u < n && ascii_lower(w[u])) ++u;
        if (u < 2 || u > 4 || u + 3 > n || !ascii_upper(w[u]) || !ascii_lower(w[u + 1]) || !ascii_lower(w[u + 2]))
            return 0;
        const std::string_view f = w.substr(0, u);
        const bool function_word = f == "the" || f == "of" || f == "and" || f == "for" || f == "by" || f == "at" ||
                                   f == "to" || f == "with" || f == "from" || f == "in" || f == "on";
        const std::string_view tail = w.substr(u);
        for (const char c : tail.substr(1))
            if (!ascii_lower(c)) return 0;
        const bool word = is_common_word(tail) || is_place(tail) || is_surname(tail) || is_given_name(tail);
        return function_word && word ? u : 0;
    }
    if (!ascii_upper(w[0])) return 0;
    std::size_t caps = 1;
    while (caps < n && ascii_upper(w[caps])) ++caps;
    if (caps >= 6 && caps + 1 < n && ascii_lower(w[caps]) && ascii_lower(w[caps + 1])) return caps - 1;
    for (const std::string_view suffix : {"Inc", "LLC", "Ltd", "Corp"})
        if (n >= suffix.size() + 3 && w.ends_with(suffix) && ascii_lower(w[n - suffix.size() - 1]))
            return n - suffix.size();
    return 0;
}

// Whether `word` stands in `text` as a word of its own.
bool stands_alone(std::string_view text, std::string_view word) {
    for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
        const std::size_t end = at + word.size();
        if ((at == 0 || !ascii_letter(text[at - 1])) && (end == text.size() || !ascii_letter(text[end]))) return true;
    }
    return false;
}

// How many times each word of ASCII letters stands in a text as a word of its own, counted on
// first use: the glued-heading test asks it of many words, and a scan of the text for each
// would grow with the square of a long text's length.
class LetterWordCounts {
  public:
    explicit LetterWordCounts(std::string_view text) : text_(text) {}
    std::size_t operator()(std::string_view word) {
        if (!counts_) {
            counts_.emplace();
            for (std::size_t i = 0; i < text_.size();) {
                if (!ascii_letter(text_[i])) {
                    ++i;
                    continue;
                }
                std::size_t j = i;
                while (j < text_.size() && ascii_letter(text_[j])) ++j;
                ++(*counts_)[text_.substr(i, j - i)];
                i = j;
            }
        }
        const auto it = counts_->find(word);
        return it == counts_->end() ? 0 : it->second;
    }

  private:
    std::string_view text_;
    std::optional<std::unordered_map<std::string_view, std::size_t>> counts_;
};

// The longest run of bytes read as one word, and of spaces skipped to reach it: each look
// back stays this short, so a megabyte of text without a space is not read again at every
// stop in it
constexpr std::size_t longest_word = 64;

// The word before text[at], past spaces ("" at the start, or where no word that short is)
std::string_view word_before(std::string_view text, std::size_t at) {
    std::size_t end = at;
    while (end > 0 && at - end < longest_word && text[end - 1] == ' ') --end;
    std::size_t begin = end;
    while (begin > 0 && (ascii_letter(text[begin - 1]) || text[begin - 1] == '.')) {
        if (end - begin == longest_word) return {};
        --begin;
    }
    return text.substr(begin, end - begin);
}

bool surname_particle(std::string_view w) {
    for (const std::string_view particle : {"Mac", "Van", "Von", "Del", "Der", "Des", "Dos", "Das", "Della", "Fitz"})
        if (w == particle) return true;
    return false;
}

// "MarcusOkafor": a given name glued to a surname, neither an ordinary word; cut with a space,
// not a break (the two are one name). The second word is a surname the tables know or the
// text also writes alone ("Okafor said"), or a title, a form of address or "said" comes before
// ("said Commissioner MarcusOkafor"): not a brand's two words ("QuillEnergo", "DanaBank"), nor
// a surname with its particle ("MacDowell", "VanDyke").
std::size_t name_glue_point(std::string_view text, std::size_t at, std::string_view word) {
    const std::size_t n = word.size();
    if (n < 7 || !ascii_upper(word[0])) return 0;
    std::size_t k = 1;
    while (k < n && ascii_lower(word[k])) ++k;
    if (k < 3 || k + 4 > n || !ascii_upper(word[k])) return 0;
    for (std::size_t i = k + 1; i < n; ++i)
        if (!ascii_lower(word[i])) return 0;
    const std::string_view given = word.substr(0, k);
    const std::string_view rest = word.substr(k);
    using namespace extract::detail;
    if (!is_given_name(given) || lower_case_share(given) >= 50 || lower_case_share(rest) >= 50) return 0;
    if (surname_particle(given)) return 0;
    if (is_surname(rest) || stands_alone(text, rest)) return k;
    const std::string_view before = word_before(text, at);
    const bool title = !before.empty() && ascii_upper(before[0]) && (is_role_noun(before) || is_honorific(before));
    return title || before == "said" || before == "says" ? k : 0;
}

// "Brightwater GroupJane Roe", "Chief Executive OfficerACME Labs", "Jane RoeACME Advisory": a
// heading, a title or a signature glued to the block after it. Where the glued word's end
// (a capitalised word the tables know as a title, an organisation's head word or a surname,
// and no ordinary word: not "BlackRock" or "PayPal") meets a capital letter that opens a
// given name or an acronym, and a capitalised word follows after a space; or 0.
std::size_t block_glue_point(std::string_view text, std::size_t begin, std::size_t end) {
    using namespace extract::detail;
    const std::string_view word = text.substr(begin, end - begin);
    const std::size_t n = word.size();
    if (n < 6 || !ascii_upper(word[0]) || end + 2 >= text.size() || text[end] != ' ' || !ascii_upper(text[end + 1]))
        return 0;
    std::size_t k = 1;
    while (k < n && ascii_lower(word[k])) ++k;
    if (k < 4 || k + 2 > n || !ascii_upper(word[k])) return 0;
    const std::string_view head = word.substr(0, k);
    const std::string_view rest = word.substr(k);
    if (lower_case_share(head) >= 20 && !is_role_noun(head) && org_head(head) == OrgHead::none) return 0;
    if (!(is_role_noun(head) || org_head(head) != OrgHead::none || is_surname(head))) return 0;
    std::size_t caps = 0;
    while (caps < rest.size() && ascii_upper(rest[caps])) ++caps;
    const bool acronym = caps >= 2;
    // a person's name after it, not a brand's next word ("OfficeMax Inc.")
    std::size_t next_end = end + 1;
    while (next_end < text.size() && ascii_letter(text[next_end])) ++next_end;
    const std::string_view next = text.substr(end + 1, next_end - end - 1);
    const bool given = caps == 1 && is_given_name(rest) && lower_case_share(rest) < 50 && !is_legal_suffix(next) &&
                       org_head(next) == OrgHead::none;
    return acronym || given ? k : 0;
}

// "Dana QuellbyVellmark Partners", "Tom VennbyQXV Labs": a contact line's person glued to
// the firm on the next line. After a given name, where the surname (no ordinary word, nor a
// surname's particle: "Dana MacDowell") meets a capital, and a capitalised word follows after
// a space; or 0.
std::size_t signature_glue_point(std::string_view text, std::size_t begin, std::size_t end) {
    using namespace extract::detail;
    const std::string_view word = text.substr(begin, end - begin);
    const std::size_t n = word.size();
    if (n < 6 || !ascii_upper(word[0]) || end + 2 >= text.size() || text[end] != ' ' || !ascii_upper(text[end + 1]))
        return 0;
    if (begin < 2 || text[begin - 1] != ' ' || !ascii_letter(text[begin - 2])) return 0;
    const std::string_view given = word_before(text, begin);
    if (given.empty() || !ascii_upper(given[0]) || !is_given_name(given) || lower_case_share(given) >= 50) return 0;
    std::size_t k = 1;
    while (k < n && ascii_lower(word[k])) ++k;
    if (k < 3 || k + 2 > n || !ascii_upper(word[k])) return 0;
    const std::string_view surname = word.substr(0, k);
    if (surname_particle(surname) || lower_case_share(surname) >= 20 || is_role_noun(surname)) return 0;
    // a surname of three letters only when the tables know it: "Quill MedSpa" is a brand
    if (k == 3 && !is_surname(surname)) return 0;
    for (std::size_t i = k; i < n; ++i)
        if (!ascii_letter(word[i])) return 0;
    return k;
}

// Whether the name of two to five words that ends at text[at] is written again from text[at]
// on, whole: "About Quillton FoundationQuillton Foundation drives ...", "Vellmark Labs
// Ltd.Vellmark Labs Ltd. is ...", an "About" heading glued to its paragraph, which opens
// with the name again.
bool name_repeated_at(std::string_view text, std::size_t at) {
    std::size_t start = at;
    for (int words = 1; words <= 5; ++words) {
        // back to the start of the word before `start`
        std::size_t b = start;
        if (words > 1) {
            if (b < 2 || text[b - 1] != ' ' || text[b - 2] == ' ') return false;
            --b;
        }
        const std::size_t word_end = b;
        while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n') {
            if (word_end - b == longest_word) return false;
            --b;
        }
        if (b == start) return false;
        start = b;
        if (words < 2 || !ascii_upper(text[start])) continue;
        const std::string_view name = text.substr(start, at - start);
        if (text.substr(at, name.size()) == name &&
            (at + name.size() == text.size() || !ascii_letter(text[at + name.size()])))
            return true;
    }
    return false;
}

// A signature block's lines glued together: a title's last word glued to a capitalised word,
// where the word before it is a title's too ("Chief Executive OfficerQuillbox Digital"), or a
// name glued to the word that opens a title, a title's word after it ("Dana QuillChief
// Financial Officer"). Where the paragraph break goes, or 0.
std::size_t title_glue_point(std::string_view text, std::size_t begin, std::size_t end) {
    using namespace extract::detail;
    const std::string_view word = text.substr(begin, end - begin);
    if (word.empty() || !ascii_upper(word[0])) return 0;
    std::size_t k = 1;
    while (k < word.size() && ascii_lower(word[k])) ++k;
    if (k < 3 || k >= word.size() || !ascii_upper(word[k])) return 0;
    const std::string_view head = word.substr(0, k);
    if (k >= 4 && is_role_noun(head)) {
        if (begin < 2 || text[begin - 1] != ' ') return 0;
        std::size_t q = begin - 1;
        while (q > 0 && ascii_letter(text[q - 1])) --q;
        const std::string_view before = text.substr(q, begin - 1 - q);
        return !before.empty() && ascii_upper(before[0]) && is_role_word(before) ? k : 0;
    }
    const std::string_view rest = word.substr(k);
    if (!(rest == "Chief" || rest == "Vice" || rest == "Senior" || rest == "Managing") || end + 2 >= text.size() ||
        text[end] != ' ')
        return 0;
    std::size_t next_end = end + 1;
    while (next_end < text.size() && ascii_letter(text[next_end])) ++next_end;
    const std::string_view next = text.substr(end + 1, next_end - end - 1);
    return !next.empty() && ascii_upper(next[0]) && is_role_word(next) && !is_role_word(head) ? k : 0;
}

// "Dana Quill, CEOQuillbox, Inc.", "Tom Venn, CFOEmail:": a contact line's title in capitals
// (a role noun: "CEO", "CFO", "EVP"), after the name's comma or a title's "&", glued to the firm
// or the label on the next line. What follows the title is a capital and lower-case letters to
// the word's end: not capitals, where a brand may begin with a title's ("GMAC Mortgage",
// "COOFANDY is"), nor a web address ("CIOGrid.com"). Where the paragraph break goes, or 0.
std::size_t abbreviated_title_glue_point(std::string_view text, std::size_t begin, std::size_t end) {
    using namespace extract::detail;
    if (begin < 3 || text[begin - 1] != ' ' || !(text[begin - 2] == ',' || text[begin - 2] == '&')) return 0;
    if (end < text.size() && text[end] == '.' && end + 1 < text.size() && ascii_letter(text[end + 1])) return 0;
    const std::string_view word = text.substr(begin, end - begin);
    for (std::size_t k = 2; k <= 3 && k + 2 <= word.size(); ++k) {
        const std::string_view title = word.substr(0, k);
        if (!std::all_of(title.begin(), title.end(), ascii_upper) || !is_role_noun(title)) continue;
        const std::string_view rest = word.substr(k);
        if (!ascii_upper(rest[0])) continue;
        if (std::all_of(rest.begin() + 1, rest.end(), ascii_lower) && rest.size() >= 3) return k;
    }
    return 0;
}

// "Williamsof the": a name glued to the function word after it (a page exported without
// the space between two tags); the name must be a known surname or given name, and the whole
// word none of the words the tables know ("Maryland" is no "Maryl and"). Names end in "and"
// as towns and surnames do ("Holland", "Kirkland"), so that one is parted only when the text
// also writes the name alone.
std::size_t trailing_function_word(std::string_view text, std::string_view word) {
    using namespace extract::detail;
    if (is_place(word) || is_surname(word) || is_given_name(word) || is_common_word(word)) return 0;
    for (const std::string_view tail : {"of", "the", "and"}) {
        if (word.size() < tail.size() + 4 || !word.ends_with(tail) || !ascii_upper(word[0])) continue;
        const std::string_view name = word.substr(0, word.size() - tail.size());
        if ((is_surname(name) || is_given_name(name)) && lower_case_share(name) < 50 &&
            (tail != "and" || stands_alone(text, name)))
            return name.size();
    }
    return 0;
}

// Whether text[begin, end) (words of one line) is a name: every word opens with a capital
// letter, and a single word has a capital inside.
bool repeatable_name(std::string_view text, std::size_t begin, std::size_t end, std::size_t words) {
    using namespace extract::detail;
    for (std::size_t i = begin; i < end; ++i) {
        if (text[i] == '\n') return false;
        if ((i == begin || text[i - 1] == ' ') && text[i] != ' ' && !ascii_upper(text[i])) return false;
    }
    const std::string_view name = text.substr(begin, end - begin);
    if (words > 1) return true;
    // one word, only when shaped as a brand ("QuillSoft QuillSoft"): "Walla Walla" is a town
    for (std::size_t i = 1; i + 1 < name.size(); ++i)
        if (ascii_upper(name[i]) && ascii_lower(name[i - 1])) return !is_common_word(name);
    return false;
}

// "Acme Widgets Acme Widgets Inc. makes": a logo's or a link's text and the paragraph after
// it, joined with a space; the break goes back between the two copies.
std::string part_repeated_names(std::string_view text) {
    constexpr std::size_t longest = 5; // words in a name written twice
    struct Span {
        std::size_t begin, end;
    };
    std::vector<Span> line; // the last words of the current line
    std::string out;
    out.reserve(text.size());
    std::size_t copied = 0;
    // whether the words of `line` end with one name written twice; if so, parts them
    const auto part = [&] {
        const std::size_t m = line.size();
        for (std::size_t k = 1; 2 * k <= m; ++k) {
            const Span first{line[m - 2 * k].begin, line[m - k - 1].end};
            const Span second{line[m - k].begin, line[m - 1].end};
            if (second.begin != first.end + 1 ||
                text.substr(first.begin, first.end - first.begin) != text.substr(second.begin, second.end - second.begin) ||
                !repeatable_name(text, first.begin, first.end, k))
                continue;
            out.append(text.substr(copied, first.end - copied));
            out.append("\n\n");
            copied = second.begin;
            line.clear();
            return;
        }
    };
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '\n') {
            part();
            line.clear();
            continue;
        }
        if (text[i] == ' ') continue;
        if (i > 0 && text[i - 1] != ' ' && text[i - 1] != '\n') continue;
        part(); // before a new word: do the words before it end with a name written twice?
        std::size_t end = i;
        while (end < text.size() && text[end] != ' ' && text[end] != '\n') ++end;
        line.push_back({i, end});
        if (line.size() > 2 * longest) line.erase(line.begin());
    }
    out.append(text.substr(copied));
    return out;
}

// Whether the word before text[at], past spaces and a comma, opens with a capital letter
bool after_capitalised_word(std::string_view text, std::size_t at) {
    std::size_t end = at;
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == ',')) --end;
    const std::string_view before = word_before(text, end);
    return !before.empty() && ascii_upper(before[0]);
}

bool top_level_domain(std::string_view w) {
    for (const std::string_view tld : {"com", "net", "org", "io", "ai", "co", "us", "info", "biz", "gov", "edu"})
        if (w == tld) return true;
    return false;
}

// A telephone number opens text[at...]: seven digits or more among digits, dots, dashes,
// brackets and spaces, starting with a digit.
bool phone_number_at(std::string_view text, std::size_t at) {
    if (at >= text.size() || text[at] < '0' || text[at] > '9') return false;
    std::size_t digits = 0;
    for (std::size_t k = at; k < text.size() && k < at + 20; ++k) {
        const char c = text[k];
        if (c >= '0' && c <= '9') ++digits;
        else if (c != '.' && c != '-' && c != '(' && c != ')' && c != ' ') break;
    }
    return digits >= 7;
}

// Where a label that ends the glued word `word`, before its colon, begins, or 0: "Quillbox
// MarketsLocation: Virtual", "Dana QuillPhone: ...", "quillbox.comWebsite: ...": an agenda's or
// a contact block's label that lost the line break before it, a list of cases' ("Southern
// District of QuillshireSentence: 240 months") or a footer's ("...LtdDisclaimer: ...")
std::size_t trailing_label(std::string_view word) {
    for (const std::string_view l : {"Location", "Venue", "Date", "Time", "When", "Where", "Website", "Email", "Phone",
                                     "Telephone", "Tel", "Fax", "Contact", "Address", "Speaker", "Speakers",
                                     "Registration", "Sentence", "Disclaimer"}) {
        const std::size_t n = word.size();
        if (n >= l.size() + 2 && word.ends_with(l) && ascii_lower(word[n - l.size() - 1]) &&
            ascii_lower(word[n - l.size() - 2]))
            return n - l.size();
    }
    return 0;
}

bool heading_function_word(std::string_view w) {
    for (const std::string_view f : {"of", "and", "the", "for", "in", "with", "a", "an", "to", "on", "at", "by", "from",
                                     "or", "is", "are", "as", "vs"})
        if (w == f) return true;
    return false;
}

// Whether text[begin, at) is the start of a heading: one to twelve words since the line's
// start or a sentence's end, each capitalised, a number, a sign or a function word, and no
// comma among them ("Bridging Crypto and Real-World", "The Future of Smart").
bool heading_before(std::string_view text, std::size_t at) {
    constexpr std::size_t longest = 200; // bytes: twelve words; keeps the scan short on long lines
    std::size_t b = at;
    while (b > 0 && text[b - 1] != '\n' &&
           !(text[b - 1] == ' ' && b >= 2 && (text[b - 2] == '.' || text[b - 2] == '!' || text[b - 2] == '?' ||
                                              text[b - 2] == ':'))) {
        if (at - b >= longest) return false;
        --b;
    }
    std::size_t words = 0;
    for (std::size_t k = b; k < at;) {
        while (k < at && text[k] == ' ') ++k;
        if (k == at) break;
        std::size_t e = k;
        while (e < at && text[e] != ' ') ++e;
        const std::string_view w = text.substr(k, e - k);
        if (w.find(',') != std::string_view::npos) return false;
        const char c = w[0];
        if (ascii_lower(c) && !heading_function_word(w)) return false;
        if (static_cast<unsigned char>(c) >= 0x80) return false;
        if (++words > 12) return false;
        k = e;
    }
    return words >= 1;
}

// "Bridging Crypto and Real-World AssetsQuillcoin draws ...", "The Future of Wealth
// ManagementVellmark FX's rise ...": a heading glued to its paragraph, which opens with a
// name. Where the heading's last word (a capitalised ordinary word of four letters or more) meets a
// capitalised name that the text also writes alone, the glued word is written nowhere else,
// and title-case words come before it on the line; or 0. Not a brand written so ("QuillAI",
// "WordPress" or "DoorDash": their second part is short or an ordinary word, or they stand
// mid-sentence).
std::size_t heading_glue_point(std::string_view text, std::size_t begin, std::size_t end, LetterWordCounts& times_alone) {
    using namespace extract::detail;
    const std::string_view word = text.substr(begin, end - begin);
    const std::size_t n = word.size();
    if (n < 7 || !ascii_upper(word[0])) return 0;
    std::size_t k = 1;
    while (k < n && ascii_lower(word[k])) ++k;
    if (k < 4 || k + 3 > n || !ascii_upper(word[k])) return 0;
    const std::string_view heading_word = word.substr(0, k);
    const std::string_view name = word.substr(k);
    if (!is_common_word(heading_word)) return 0;
    std::size_t first = 1;
    while (first < name.size() && ascii_lower(name[first])) ++first;
    if (first > 1 && is_common_word(name.substr(0, first))) return 0;
    // an e-mail or a web address ("...AdvancedGlazings@", "...QuillHomes.com")
    if (end < text.size() && (text[end] == '@' || (text[end] == '.' && end + 1 < text.size() && ascii_lower(text[end + 1]))))
        return 0;
    // the short test first: the words are counted only for a heading's word
    if (!heading_before(text, begin) || times_alone(word) != 1 || times_alone(name) == 0) return 0;
    return k;
}

} // namespace

std::string separate_glued_words(std::string_view text) {
    LetterWordCounts letter_words(text);
    std::string out;
    out.reserve(text.size() + 16);
    std::size_t i = 0;
    while (i < text.size()) {
        // "Suite 801San Diego", "AL 36523United States": an address line's number glued to the
        // next line's first word
        if (text[i] >= '0' && text[i] <= '9' && (i == 0 || !ascii_letter(text[i - 1]))) {
            std::size_t d = i;
            while (d < text.size() && text[d] >= '0' && text[d] <= '9') ++d;
            if (d - i >= 3 && d + 2 < text.size() && ascii_upper(text[d]) && ascii_lower(text[d + 1]) &&
                ascii_lower(text[d + 2])) {
                out.append(text.substr(i, d - i));
                out.append("\n\n");
                i = d;
                continue;
            }
        }
        if (!ascii_letter(text[i])) {
            out.push_back(text[i++]);
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && ascii_letter(text[j])) ++j;
        const std::string_view word = text.substr(i, j - i);
        // a word inside a longer one (non-ASCII letters, digits, apostrophes around it) is
        // left alone; "The" must be followed by a space
        const bool whole_before = i == 0 || (static_cast<unsigned char>(text[i - 1]) < 0x80 && text[i - 1] != '\'');
        const bool whole_after = j == text.size() || (static_cast<unsigned char>(text[j]) < 0x80 && text[j] != '\'');
        const bool whole = whole_before && whole_after;
        // "quillbox.com310.299.1717", "info@quillbox.com678-384-7220": a contact block's web or
        // e-mail address glued to the telephone number on the next line
        if (whole && i > 0 && text[i - 1] == '.' && top_level_domain(word) && phone_number_at(text, j)) {
            out.append(word);
            out.append("\n\n");
            i = j;
            continue;
        }
        // "quillbox.comAbout Quillbox": a web address glued to the heading or the line after it
        if (whole && i > 0 && text[i - 1] == '.') {
            std::size_t tld = 0;
            for (std::size_t k = 2; k + 2 < word.size() && k <= 4; ++k)
                if (top_level_domain(word.substr(0, k)) && ascii_upper(word[k]) && ascii_lower(word[k + 1])) tld = k;
            if (tld != 0) {
                out.append(word.substr(0, tld));
                out.append("\n\n");
                i += tld;
                continue;
            }
        }
        // "Vellmark Labs Ltd.Vellmark Labs Ltd. is": a name glued to itself after a stop
        if (whole && i > 0 && (text[i - 1] == '.' || text[i - 1] == ')') && ascii_upper(word[0]) &&
            name_repeated_at(text, i)) {
            out.append("\n\n");
            out.append(word);
            i = j;
            continue;
        }
        // "Quillbox, Inc.Email: ...", "Harbour Ltd.Dana Quill": a contact block's firm, its legal
        // form and stop, glued to the next line's first word (not "Co.", also a co-founder's)
        if (whole && i > 1 && text[i - 1] == '.' && word.size() >= 2 && ascii_upper(word[0]) &&
            extract::detail::is_legal_suffix(word_before(text, i)) && word_before(text, i) != "Co.") {
            out.append("\n\n");
            out.append(word);
            i = j;
            continue;
        }
        // "Harbour Bancorp Inc.212.555.0100", "Quillbox LLC10:00 AM": an agenda's or a contact
        // block's firm, its legal form glued to the time or the number on the next line
        // (after a capitalised word: "INC5000 companies" is a list's name)
        if (whole && i > 0 && (text[i - 1] == ' ' || text[i - 1] == ',') && word.size() >= 3 && ascii_upper(word[0]) &&
            extract::detail::is_legal_suffix(word) && after_capitalised_word(text, i)) {
            const std::size_t digit = j < text.size() && text[j] == '.' ? j + 1 : j;
            if (digit < text.size() && text[digit] >= '0' && text[digit] <= '9') {
                out.append(text.substr(i, digit - i));
                out.append("\n\n");
                i = digit;
                continue;
            }
        }
        if (whole && j < text.size() && text[j] == ':') {
            if (const std::size_t c = trailing_label(word); c != 0) {
                out.append(word.substr(0, c));
                out.append("\n\n");
                out.append(word.substr(c));
                i = j;
                continue;
            }
        }
        std::size_t cut = whole ? glue_point(word) : 0;
        const bool the_needs_space = cut != 0 && word.ends_with("The") && cut == word.size() - 3;
        std::size_t name_cut = whole && cut == 0 ? name_glue_point(text, i, word) : 0;
        if (whole && cut == 0 && name_cut == 0) name_cut = export_glue_point(word);
        if (whole && cut == 0 && name_cut == 0 && j < text.size() && text[j] == ' ') name_cut = trailing_function_word(text, word);
        if (whole && cut == 0 && name_cut == 0) cut = block_glue_point(text, i, j);
        if (whole && cut == 0 && name_cut == 0) cut = title_glue_point(text, i, j);
        if (whole && cut == 0 && name_cut == 0) cut = signature_glue_point(text, i, j);
        if (whole && cut == 0 && name_cut == 0) cut = abbreviated_title_glue_point(text, i, j);
        // a heading glued to its paragraph: the name that opens the paragraph may take a
        // possessive's curly apostrophe ("...Institutional InvestorsVellmark's clients")
        const bool curly_after = j + 2 < text.size() && text.substr(j, 3) == "\xE2\x80\x99";
        if (cut == 0 && name_cut == 0 && (whole || (whole_before && curly_after))) cut = heading_glue_point(text, i, j, letter_words);
        // "About Quillton FoundationQuillton Foundation drives": a name glued to itself
        for (std::size_t c = 1; whole && cut == 0 && name_cut == 0 && c + 1 < word.size(); ++c)
            if (ascii_lower(word[c - 1]) && ascii_upper(word[c]) && name_repeated_at(text, i + c)) cut = c;
        if (cut != 0 && (!the_needs_space || (j < text.size() && text[j] == ' '))) {
            out.append(word.substr(0, cut));
            out.append("\n\n");
            out.append(word.substr(cut));
        } else if (name_cut != 0) {
            out.append(word.substr(0, name_cut));
            out.push_back(' ');
            out.append(word.substr(name_cut));
        } else {
            out.append(word);
        }
        i = j;
    }
    return part_repeated_names(out);
}

} // namespace pressdex
