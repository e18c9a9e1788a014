#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pressdex::extract {

/// A named person the release attributes words to.
struct Speaker {
    std::string name;         // clean full name: no honorifics or post-nominals
    std::string role;         // job title, empty when none is given
    std::string organisation; // who they speak for, empty when none is given
};

/// One direct quotation and who said it.
struct Quote {
    std::string speaker; // equal to one Speaker::name
    std::string text;    // the quoted words, without the quotation marks
};

/// A named organisation and the other forms it takes in the same release.
struct Organisation {
    std::string name;                 // fullest form, without a leading "The"
    std::vector<std::string> aliases; // acronyms, short forms, forms with/without legal suffix
};

struct Facts {
    std::vector<Speaker> speakers;
    std::vector<Quote> quotes;
    std::vector<Organisation> organisations;
};

/// Extracts who said what from one release. title and body are UTF-8 as written (not
/// normalised); body paragraphs are separated by blank lines. Never throws on odd text.
[[nodiscard]] Facts extract_facts(std::string_view title, std::string_view body);

} // namespace pressdex::extract
