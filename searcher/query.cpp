#include "searcher/query.hpp"

#include "common/schema.hpp"
#include "pressdex/error.hpp"
#include "searcher/date_query.hpp"
#include "searcher/number_words.hpp"
#include "searcher/org_field.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace pressdex {
namespace {

constexpr std::array<std::string_view, 6> operators{"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"};

constexpr const char* syntax_error =
    "cannot parse query: an operator (AND, OR, NOT, NEAR...) needs words on both sides";

bool is_operator(std::string_view token) {
    for (std::string_view op : operators) {
        if (token == op) return true;
        // NEAR/3, ADJ/2
        if (token.size() > op.size() + 1 && token.starts_with(op) && token[op.size()] == '/' &&
            token.substr(op.size() + 1).find_first_not_of("0123456789") == std::string_view::npos)
            return true;
    }
    return false;
}

// Common English words dropped from queries (except inside phrases), so that "Hospital of
// Philadelphia" does not require "of" when words are ANDed. "s" is what is left of "company's"
// where the apostrophe was lost ("company s", as in web addresses). Not "t" of "don t": it
// is also the T of "CAR T" cells.
constexpr std::array<const char*, 34> stopwords{
    "a",  "an",  "and", "are", "as",   "at",   "be",   "but",  "by",   "for",  "if",
    "in", "into", "is", "it",  "no",   "not",  "of",   "on",   "or",   "such", "that",
    "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
    "s"};

std::string field_list() {
    std::string names;
    for (const auto& field : schema::fields) {
        if (!names.empty()) names += ", ";
        names += std::string(field.name) + ":";
    }
    return names;
}

bool is_known_field(std::string_view name) {
    for (const auto& field : schema::fields)
        if (field.name == name) return true;
    return false;
}

// Checks what Xapian would silently accept or misread. Walks the folded query once,
// tracking whether it is inside a phrase.
void validate(std::string_view original, std::string_view folded) {
    const std::string query(original);
    bool in_phrase = false;
    int depth = 0;
    std::size_t token_start = 0;
    for (std::size_t i = 0; i <= folded.size(); ++i) {
        const char c = i < folded.size() ? folded[i] : ' ';
        if (c == '"') {
            in_phrase = !in_phrase;
        } else if (!in_phrase && c == '(') {
            ++depth;
        } else if (!in_phrase && c == ')') {
            if (--depth < 0) throw QueryError(query, "unbalanced parenthesis: ')' without '('");
        } else if (!in_phrase && c == ':' && i + 1 < folded.size() && folded[i + 1] != ' ') {
            // field:value -- the field name is the letters just before the colon.
            std::size_t name_start = i;
            while (name_start > token_start &&
                   (std::islower(static_cast<unsigned char>(folded[name_start - 1])) ||
                    folded[name_start - 1] == '_'))
                --name_start;
            const std::string_view name = folded.substr(name_start, i - name_start);
            if (!name.empty() && !is_known_field(name))
                throw QueryError(query, "unknown field '" + std::string(name) +
                                            ":' (fields are " + field_list() + ")");
        }
        if (c == ' ') token_start = i + 1;
    }
    if (in_phrase) throw QueryError(query, "unbalanced quotation mark: a phrase is not closed");
    if (depth > 0) throw QueryError(query, "unbalanced parenthesis: '(' is not closed");
}

// Xapian 1.4's query parser leaks the window of NEAR/n or ADJ/n when it meets a syntax
// error while that operator is the next token ("a OR ADJ/2 b", "OR a-b ADJ/2": found by
// fuzz/fuzz_query). A bare NEAR or ADJ carries no window, and the parser reads it exactly
// as it reads NEAR/n or ADJ/n. So a query with windows is first parsed without them, and
// parsed as typed only if that succeeds. Empty when the query has no window.
std::string without_windows(std::string_view text) {
    std::string out;
    bool dropped = false;
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        std::string_view token = text.substr(start, end - start);
        const std::size_t slash = token.find('/');
        if (is_operator(token) && slash != std::string_view::npos) {
            // Xapian takes NEAR/n for an operator only if n, as it computes it, is not 0.
            std::size_t width = 0;
            for (const char digit : token.substr(slash + 1))
                width = width * 10 + static_cast<std::size_t>(digit - '0');
            if (width != 0) {
                token = token.substr(0, slash);
                dropped = true;
            }
        }
        out.append(token);
        if (end < text.size()) out.push_back(' ');
        start = end + 1;
    }
    return dropped ? out : std::string();
}

void check_characters(std::string_view query) {
    const std::string text(query);
    if (query.size() > max_query_bytes)
        throw QueryError(text, "query too long (" + std::to_string(query.size()) +
                                   " bytes; the limit is " + std::to_string(max_query_bytes) + ")");
    for (unsigned char c : query)
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
            throw QueryError(text, "query contains control characters");
    if (query.find_first_not_of(" \t\r\n") == std::string_view::npos)
        throw QueryError(text, "empty query");
}

std::vector<std::string> wildcard_stems(std::string_view folded) {
    std::vector<std::string> stems;
    std::size_t start = 0;
    while (start < folded.size()) {
        std::size_t end = folded.find(' ', start);
        if (end == std::string_view::npos) end = folded.size();
        std::string_view token = folded.substr(start, end - start);
        if (token.size() > 1 && token.back() == '*') {
            token.remove_suffix(1);
            if (const auto colon = token.rfind(':'); colon != std::string_view::npos)
                token.remove_prefix(colon + 1);
            while (!token.empty() && (token.front() == '(' || token.front() == '"' ||
                                      token.front() == '+' || token.front() == '-'))
                token.remove_prefix(1);
            if (!token.empty()) stems.emplace_back(token);
        }
        start = end + 1;
    }
    return stems;
}

// A token that folding cut into several words (Chinese, Japanese, Thai... text: 泰康 became
// 泰 康) is searched as a phrase of them, as it was typed as one word: field prefix,
// parentheses and +/- stay outside the quotes (title:"泰 康").
std::string as_phrase(const std::string& folded) {
    std::size_t begin = 0;
    if (const auto colon = folded.find(':'); colon != std::string::npos && colon < folded.find(' '))
        begin = colon + 1;
    while (begin < folded.size() && (folded[begin] == '(' || folded[begin] == '+' || folded[begin] == '-'))
        ++begin;
    std::size_t end = folded.size();
    while (end > begin && folded[end - 1] == ')') --end;
    return folded.substr(0, begin) + '"' + folded.substr(begin, end - begin) + '"' + folded.substr(end);
}

} // namespace

namespace {

// Other ways releases write a word, searched as well: "e-mail" also as "email", as the
// indexer writes both (common/normalize.hpp), and "20m" also as "20 million"
// (searcher/number_words.hpp). "(e-mail OR email)", with a field prefix on each side. A
// -word or +word is left as typed.
std::string with_alternatives(const std::string& token) {
    if (token.empty() || token[0] == '-' || token[0] == '+') return token;
    const std::size_t colon = token.find(':');
    const std::string field = colon == std::string::npos ? std::string() : token.substr(0, colon + 1);
    const std::string word = token.substr(field.size());
    if (word.find_first_of("()*") != std::string::npos) return token;
    std::string alternatives;
    const std::string joined = joined_hyphen_words(word);
    if (!joined.empty() && joined.find(' ') == std::string::npos) alternatives += " OR " + field + joined;
    if (const std::string amount = written_out_amount(word); !amount.empty())
        alternatives += " OR " + field + amount;
    return alternatives.empty() ? token : "(" + token + alternatives + ")";
}

} // namespace

std::string fold_query(std::string_view query, const Normalizer& normalizer) {
    std::string out;
    bool in_phrase = false;
    std::size_t i = 0;
    while (i < query.size()) {
        const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
        if (is_space(query[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < query.size() && !is_space(query[end])) ++end;
        const std::string_view token = query.substr(i, end - i);
        if (!out.empty()) out.push_back(' ');
        if (!in_phrase && is_operator(token)) {
            out.append(token);
        } else {
            const std::string folded = normalizer.fold(token);
            const bool has_quote = folded.find('"') != std::string::npos;
            if (!in_phrase && !has_quote && folded.find(' ') != std::string::npos)
                out.append(as_phrase(folded));
            else if (!in_phrase && !has_quote)
                out.append(with_alternatives(folded));
            else
                out.append(folded);
            for (char c : folded)
                if (c == '"') in_phrase = !in_phrase;
        }
        i = end;
    }
    return out;
}

QueryBuilder::QueryBuilder(const Xapian::Database& db) : db_(db) {
    for (const char* word : stopwords) stopper_.add(word);
    configure(release_parser_, db, QueryTarget::releases);
    configure(quote_parser_, db, QueryTarget::quotes);
}

void QueryBuilder::configure(Parser& parser, const Xapian::Database& db, QueryTarget target) {
    Xapian::QueryParser& qp = parser.parser;
    qp.set_database(db);
    qp.set_stemmer(Xapian::Stem("english"));
    qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    qp.set_stopper(&stopper_);
    qp.set_default_op(Xapian::Query::OP_AND);
    for (const schema::Field& field : schema::fields) {
        const std::string name(field.name);
        if (field.name == schema::date.name) {
            parser.dates = new DateFieldProcessor;
            qp.add_boolean_prefix(name, parser.dates->release());
        } else if (field.kind == schema::FieldKind::boolean) {
            qp.add_boolean_prefix(name, std::string(field.prefix));
        } else if (field.name == schema::quote.name && target == QueryTarget::quotes) {
            qp.add_prefix(name, "");
        } else {
            qp.add_prefix(name, std::string(field.prefix));
        }
    }
}

void QueryBuilder::set_database(const Xapian::Database& db) {
    db_ = db;
    release_parser_.parser.set_database(db);
    quote_parser_.parser.set_database(db);
}

Xapian::Query QueryBuilder::parse_folded(Parser& parser, const std::string& folded,
                                         std::string_view original) {
    constexpr unsigned flags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                               Xapian::QueryParser::FLAG_LOVEHATE |
                               Xapian::QueryParser::FLAG_WILDCARD |
                               Xapian::QueryParser::FLAG_PURE_NOT;
    (void)parser.dates->take_error(); // left over from a query that failed for another reason
    try {
        // org: also finds the organisation's other names, in either target: quote documents
        // carry the same org terms as releases.
        // In release searches an organisation the index knows by this name is also looked
        // for in the text (named_as_organisation); a quote document's text is the quote.
        const bool releases = &parser == &release_parser_;
        const std::string expanded = expand_org_fields(
            folded, [this](std::string_view name) { return organisation_aliases(db_, name, normalizer_); },
            [this, releases](std::string_view name) { return releases && named_as_organisation(db_, name); });
        if (const std::string probe = without_windows(expanded); !probe.empty()) {
            (void)parser.parser.parse_query(probe, flags); // throws if the query is malformed
            (void)parser.dates->take_error();
        }
        Xapian::Query query = parser.parser.parse_query(expanded, flags);
        if (auto bad_date = parser.dates->take_error()) throw *bad_date;
        return query;
    } catch (const Xapian::QueryParserError&) {
        throw QueryError(std::string(original), syntax_error);
    } catch (const Xapian::Error& e) {
        throw QueryError(std::string(original), "cannot run query: " + e.get_msg());
    }
}

ParsedQuery QueryBuilder::parse(std::string_view query, QueryTarget target) {
    Parser& parser = target == QueryTarget::quotes ? quote_parser_ : release_parser_;
    check_characters(query);
    ParsedQuery parsed;
    parsed.folded_text = fold_query(query, normalizer_);
    validate(query, parsed.folded_text);
    parsed.query = parse_folded(parser, parsed.folded_text, query);
    if (parsed.query.empty())
        throw QueryError(std::string(query), "query has no words to search for");
    parsed.wildcard_stems = wildcard_stems(parsed.folded_text);
    return parsed;
}

// Step by step:
//  1. cut the query, as typed, into whitespace-separated tokens, following phrases and
//     parentheses as fold_query() and validate() do; a boolean operator outside them means
//     the query is logic, not a list of words: nothing to relax;
//  2. a token outside phrases and parentheses that is a word (no quote, parenthesis, field
//     colon, wildcard, leading + or -) is a plain word, unless it is a stop word; every
//     other token belongs to the strict rest, which keeps its meaning;
//  3. each plain word is parsed alone by the same parser, so that stems, hyphens and CJK
//     words are read exactly as in the whole query; a -item is parsed without its '-' and
//     excluded by hand, as Xapian reads a lone "-word" as "word".
std::optional<QueryWords> QueryBuilder::split_words(std::string_view query, QueryTarget target) {
    Parser& parser = target == QueryTarget::quotes ? quote_parser_ : release_parser_;
    std::string strict_text;   // strict items, ANDed
    std::string excluded_text; // -items without their '-', ORed: Xapian reads a lone
                               // "-word" as "word", so these are excluded by hand
    std::vector<std::string_view> plain;
    std::string item; // the strict item being read (a phrase or group spans tokens)
    bool in_phrase = false;
    int depth = 0;
    std::size_t i = 0;
    const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (i < query.size()) {
        if (is_space(query[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < query.size() && !is_space(query[end])) ++end;
        const std::string_view token = query.substr(i, end - i);
        i = end;
        const bool inside = in_phrase || depth > 0;
        if (!inside && is_operator(token)) return std::nullopt;
        const std::string folded = normalizer_.fold(token);
        const bool word = !inside && folded.find_first_of("\"():*") == std::string::npos &&
                          !folded.empty() && folded[0] != '+' && folded[0] != '-';
        for (const char c : folded) {
            if (c == '"') in_phrase = !in_phrase;
            else if (!in_phrase && c == '(') ++depth;
            else if (!in_phrase && c == ')') --depth;
        }
        if (word) {
            if (!stopper_(folded)) plain.push_back(token);
            continue;
        }
        item += (item.empty() ? "" : " ") + std::string(token);
        if (in_phrase || depth > 0) continue; // the item goes on
        std::string& to = item[0] == '-' ? excluded_text : strict_text;
        if (item[0] == '-') item.erase(0, 1);
        to += (to.empty() ? "" : (&to == &excluded_text ? " OR " : " ")) + item;
        item.clear();
    }
    if (plain.size() < 2 || plain.size() > max_loose_words) return std::nullopt;

    QueryWords words;
    if (!strict_text.empty())
        words.strict = parse_folded(parser, fold_query(strict_text, normalizer_), query);
    if (!excluded_text.empty())
        words.excluded = parse_folded(parser, fold_query(excluded_text, normalizer_), query);
    for (const std::string_view token : plain) {
        QueryWord word;
        word.text = normalizer_.fold(token);
        const std::string folded = fold_query(token, normalizer_);
        word.query = parse_folded(parser, folded, query);
        if (word.query.empty()) continue; // punctuation only
        words.words.push_back(std::move(word));
    }
    if (words.words.size() < 2) return std::nullopt;
    return words;
}

} // namespace pressdex
