#include "common/organisation_names.hpp"

#include "common/schema.hpp"
#include "common/tables.hpp"

#include <algorithm>
#include <unordered_set>
#include <vector>

namespace pressdex {

std::string organisation_key(std::string_view name) {
    std::string key;
    key.reserve(name.size());
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (c == '\'') continue;
        if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(name[i + 2]) == 0x99 || static_cast<unsigned char>(name[i + 2]) == 0x98)) {
            i += 2; // ’ ‘
            continue;
        }
        const bool word = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (word) key.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c));
        else if (!key.empty() && key.back() != ' ') key.push_back(' ');
    }
    if (!key.empty() && key.back() == ' ') key.pop_back();
    if (key.starts_with("the ")) key.erase(0, 4);
    return key;
}

namespace {

// Words replaced by words: `from` and `to` begin and end with a space, which the next match
// may share.
void replace_all(std::string& text, std::string_view from, std::string_view to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size() - 1))
        text.replace(at, from.size(), to);
}

// Calls use(line) for each line of a word table that is no comment, up to its first space
// (org_heads.txt gives each word's strength after it).
template <typename Use> void for_each_entry(std::string_view table, Use use) {
    while (!table.empty()) {
        const std::size_t end = std::min(table.find('\n'), table.size());
        std::string_view line = table.substr(0, end);
        table.remove_prefix(std::min(end + 1, table.size()));
        if (line.empty() || line.front() == '#') continue;
        use(line.substr(0, std::min(line.find(' '), line.size())));
    }
}

// Words written in lower case a fifth of the time or more (common_words.txt: "word share").
const std::unordered_set<std::string>& ordinary_words() {
    static const std::unordered_set<std::string> words = [] {
        std::unordered_set<std::string> out;
        std::string_view table = common_data::common_words;
        while (!table.empty()) {
            const std::size_t end = std::min(table.find('\n'), table.size());
            const std::string_view line = table.substr(0, end);
            table.remove_prefix(std::min(end + 1, table.size()));
            const std::size_t space = line.find(' ');
            if (line.empty() || line.front() == '#' || space == std::string_view::npos) continue;
            int share = 0;
            for (const char c : line.substr(space + 1))
                if (c >= '0' && c <= '9') share = share * 10 + (c - '0');
            if (share >= 20) out.emplace(line.substr(0, space));
        }
        return out;
    }();
    return words;
}

// The legal forms (legal_suffixes.txt), each as organisation_key writes it (" l l c ").
const std::vector<std::string>& legal_form_keys() {
    static const std::vector<std::string> keys = [] {
        std::vector<std::string> out;
        for_each_entry(common_data::legal_suffixes, [&](std::string_view entry) {
            if (std::string key = organisation_key(entry); !key.empty()) out.push_back(" " + key + " ");
        });
        return out;
    }();
    return keys;
}

// The words of generic_organisation_name, as organisation_key writes them.
const std::unordered_set<std::string>& generic_words() {
    static const std::unordered_set<std::string> words = [] {
        std::unordered_set<std::string> out{"of", "the", "and", "for"};
        for (const std::string_view table : {common_data::org_heads, common_data::org_nouns, common_data::legal_suffixes})
            for_each_entry(table, [&](std::string_view entry) {
                // "l.l.c" is the words "l l c"
                const std::string key = organisation_key(entry);
                for (std::size_t start = 0; start < key.size();) {
                    const std::size_t end = std::min(key.find(' ', start), key.size());
                    out.insert(key.substr(start, end - start));
                    start = end + 1;
                }
            });
        return out;
    }();
    return words;
}

} // namespace

std::string organisation_group_key(std::string_view name) {
    // Padded with spaces so that every rule below matches whole words.
    std::string key(" ");
    key += organisation_key(name);
    key += ' ';
    // "Acme Widgets, Inc." is "Acme Widgets"; one word is left at least.
    for (bool cut = true; cut;) {
        cut = false;
        for (const std::string& form : legal_form_keys())
            if (key.size() > form.size() + 1 && key.ends_with(form)) {
                key.erase(key.size() - form.size() + 1);
                cut = true;
            }
    }
    replace_all(key, " dept ", " department ");
    replace_all(key, " of the ", " of ");
    for (const std::string_view national : {" u s department of ", " us department of ",
                                            " united states department of "})
        if (key.starts_with(national)) key.erase(0, national.size() - std::string_view(" department of ").size());
    // "X Department" (nothing after it, no "of" in X) is "Department of X".
    constexpr std::string_view tail = " department ";
    if (key.size() > tail.size() && key.ends_with(tail) && key.find(" of ") == std::string::npos) {
        std::string owner = key.substr(1, key.size() - tail.size() - 1);
        key = " department of " + owner + " ";
    }
    return key.substr(1, key.size() - 2);
}

bool generic_organisation_name(std::string_view name) {
    const std::string key = organisation_key(name);
    if (key.empty()) return false;
    for (std::size_t start = 0; start < key.size();) {
        const std::size_t end = std::min(key.find(' ', start), key.size());
        if (!generic_words().contains(key.substr(start, end - start))) return false;
        start = end + 1;
    }
    return true;
}

std::string organisation_alias_term(std::string_view a_key, std::string_view b_key) {
    constexpr std::size_t max_term = 240; // Xapian's limit is 245 bytes
    if (a_key.empty() || b_key.empty() ||
        schema::prefix_org_alias.size() + a_key.size() + 1 + b_key.size() > max_term)
        return {};
    std::string term(schema::prefix_org_alias);
    term.append(a_key);
    term.push_back('\t');
    term.append(b_key);
    return term;
}

bool ordinary_word(std::string_view word) {
    std::string lowered(word);
    for (char& c : lowered)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return ordinary_words().count(lowered) != 0;
}

} // namespace pressdex
