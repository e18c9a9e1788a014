#include "searcher/org_field.hpp"

#include "common/organisation_names.hpp"
#include "common/schema.hpp"
#include "searcher/stored_data.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace pressdex {
namespace {

// A folded name as compared: ASCII punctuation as spaces, spaces collapsed, a leading
// "the" dropped ("The Children's Hospital..." and "children's hospital..." are one name).
std::string name_key(std::string_view folded) {
    std::string key;
    for (const char c : folded) {
        const auto u = static_cast<unsigned char>(c);
        const bool word_char = u >= 0x80 || std::isalnum(u);
        if (word_char) key.push_back(c);
        else if (!key.empty() && key.back() != ' ') key.push_back(' ');
    }
    if (!key.empty() && key.back() == ' ') key.pop_back();
    if (key.starts_with("the ")) key.erase(0, 4);
    return key;
}

std::string without_quotes(std::string text) {
    std::replace(text.begin(), text.end(), '"', ' ');
    return text;
}

// The releases whose organisation terms hold `folded_name` as a phrase.
Xapian::Query releases_naming(std::string_view folded_name) {
    Xapian::QueryParser parser; // no stemmer: exact words, as a phrase
    const Xapian::Query phrase =
        parser.parse_query('"' + without_quotes(std::string(folded_name)) + '"',
                           Xapian::QueryParser::FLAG_PHRASE, std::string(schema::org.prefix));
    if (phrase.empty()) return phrase;
    return Xapian::Query(Xapian::Query::OP_FILTER, phrase,
                         Xapian::Query(std::string(schema::term_kind_release)));
}

} // namespace

std::vector<std::string> organisation_aliases(const Xapian::Database& db,
                                              std::string_view folded_name,
                                              const Normalizer& normalizer) {
    const std::string wanted = name_key(folded_name);
    std::vector<std::string> aliases;
    if (wanted.empty()) return aliases;
    // Each other name with the releases that give it, in the order first met.
    struct Alias {
        std::string name;
        std::string key;
        unsigned releases = 0;
    };
    std::vector<Alias> found;
    unsigned naming = 0; // releases read whose organisations include the one wanted
    try {
        // Organisation names are indexed without a leading "the" (extract::Organisation).
        std::string_view phrase = folded_name;
        if (phrase.starts_with("the ")) phrase.remove_prefix(4);
        const Xapian::Query query = releases_naming(phrase);
        if (query.empty()) return aliases;
        Xapian::Enquire enquire(db);
        enquire.set_query(query);
        const Xapian::MSet releases = enquire.get_mset(0, org_alias_max_releases);
        StoredDataReader stored_data;
        std::vector<std::string> keys_here; // this release's other names, each once
        for (auto it = releases.begin(); it != releases.end(); ++it) {
            std::string data = it.get_document().get_data();
            bool names_it = false;
            keys_here.clear();
            for (std::vector<std::string>& names : stored_data.read_organisations(data)) {
                // The organisation's names, each folded: its name, then its aliases.
                for (std::string& name : names) name = normalizer.fold(name);
                if (std::none_of(names.begin(), names.end(),
                                 [&](const std::string& n) { return name_key(n) == wanted; }))
                    continue;
                names_it = true;
                for (std::string& name : names) {
                    std::string key = name_key(name);
                    // The name as typed is searched already; another spelling of it (with
                    // "the", with punctuation) is not.
                    // "Office" for "Office of X" would find every office's releases.
                    if (name == folded_name || key.empty() || generic_organisation_name(key) ||
                        std::find(keys_here.begin(), keys_here.end(), key) != keys_here.end())
                        continue;
                    keys_here.push_back(key);
                    const auto at = std::find_if(found.begin(), found.end(),
                                                 [&](const Alias& a) { return a.key == key; });
                    if (at != found.end()) ++at->releases;
                    else found.push_back({std::move(name), std::move(key), 1});
                }
            }
            if (names_it) ++naming;
        }
    } catch (const Xapian::Error&) {
        // Best effort (see the header): the search reports the error itself.
    }
    // A name that one release in many gives (an office "of" the body, a misreading) would
    // widen the search to another organisation's releases: only names given by a tenth of
    // the releases naming the body are taken, the most given first.
    std::stable_sort(found.begin(), found.end(),
                     [](const Alias& a, const Alias& b) { return a.releases > b.releases; });
    for (Alias& alias : found) {
        if (alias.releases * 10 < naming || aliases.size() == org_alias_max_names) break;
        aliases.push_back(std::move(alias.name));
    }
    return aliases;
}

// Step by step: walk the folded query token by token (fold_query separates tokens with
// single spaces), tracking whether a phrase is open; a token outside phrases that is
// org:VALUE, after any of "(", "+", "-", has its VALUE cut out (one word up to a space or
// ")", or a whole quoted phrase, which may span tokens), looked up, and when the
// organisation has other names the field is replaced by a bracketed OR of the field as
// typed and one org:"..." phrase per other name.
// Up to this many releases (or one in 200 of a large index) may use a one-word name
// that no release names as an organisation for org: to look for it in the text.
constexpr Xapian::doccount rare_word_releases = 5;

bool named_as_organisation(const Xapian::Database& db, std::string_view folded_name) {
    try {
        std::string_view name = folded_name;
        if (name.starts_with("the ")) name.remove_prefix(4);
        const Xapian::Query as_org = releases_naming(name);
        if (as_org.empty()) return false;
        Xapian::QueryParser parser; // no stemmer: the words as written, as a phrase
        const Xapian::Query phrase = parser.parse_query('"' + without_quotes(std::string(name)) + '"',
                                                        Xapian::QueryParser::FLAG_PHRASE);
        const Xapian::Query in_text(Xapian::Query::OP_FILTER, phrase,
                                    Xapian::Query(std::string(schema::term_kind_release)));
        const auto count = [&](const Xapian::Query& q) {
            Xapian::Enquire enquire(db);
            enquire.set_query(q);
            enquire.set_weighting_scheme(Xapian::BoolWeight());
            return enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
        };
        const Xapian::doccount named = count(as_org);
        // A name that no release names as an organisation has only the text to go by: a
        // name of two words or more is rarely an ordinary phrase; one word is taken when it
        // is no ordinary word of the language and few releases use it ("quenvyx",
        // "zentorix"; not "trail" or "target").
        if (named == 0) {
            if (name.find(' ') != std::string_view::npos) return true;
            if (ordinary_word(name)) return false;
            const Xapian::doccount using_it = count(in_text);
            return using_it > 0 && using_it <= std::max<Xapian::doccount>(rare_word_releases, db.get_doccount() / 200);
        }
        return named * 4 >= count(in_text);
    } catch (const Xapian::Error&) {
        return false;
    }
}

std::string expand_org_fields(std::string_view query, const AliasLookup& lookup, const TextLookup& in_text) {
    const std::string field = std::string(schema::org.name) + ":";
    std::string out;
    bool in_phrase = false;
    std::size_t i = 0;
    while (i < query.size()) {
        const bool token_start = i == 0 || query[i - 1] == ' ' || query[i - 1] == '(' ||
                                 query[i - 1] == '+' || query[i - 1] == '-';
        if (!in_phrase && token_start && query.substr(i).starts_with(field)) {
            const std::size_t value_start = i + field.size();
            std::size_t value_end = value_start;
            std::string value;
            if (value_start < query.size() && query[value_start] == '"') {
                const std::size_t close = query.find('"', value_start + 1);
                if (close != std::string_view::npos) {
                    value = query.substr(value_start + 1, close - value_start - 1);
                    value_end = close + 1;
                }
            } else {
                while (value_end < query.size() && query[value_end] != ' ' &&
                       query[value_end] != ')')
                    ++value_end;
                value = query.substr(value_start, value_end - value_start);
                // A wildcard, a group, or a word running into a phrase: as typed.
                if (value.find_first_of("*(\"") != std::string::npos) value.clear();
            }
            std::vector<std::string> aliases;
            if (!value.empty()) aliases = lookup(value);
            const bool text = !value.empty() && in_text && in_text(value);
            const std::string_view typed = query.substr(i, value_end - i);
            if (aliases.empty() && !text) {
                out.append(typed);
            } else {
                out += '(';
                out.append(typed);
                for (const std::string& alias : aliases)
                    out += " OR " + field + '"' + without_quotes(alias) + '"';
                if (text) out += " OR \"" + without_quotes(value) + '"';
                out += ')';
            }
            i = value_end;
            continue;
        }
        if (query[i] == '"') in_phrase = !in_phrase;
        out.push_back(query[i]);
        ++i;
    }
    return out;
}

} // namespace pressdex
