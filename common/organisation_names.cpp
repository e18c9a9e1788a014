#include "common/organisation_names.hpp"

#include "common/schema.hpp"

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

} // namespace pressdex
