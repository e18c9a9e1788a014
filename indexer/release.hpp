#pragma once

#include <string>

namespace pressdex {

/// What the indexer knows of one press release once its file is read and understood.
/// All strings are UTF-8 as written in the file (not normalised).
struct Release {
    std::string title; // headline, empty when the file has none
    std::string date;  // publication date YYYY-MM-DD, empty when none is stated
    std::string place; // dateline place ("NEW YORK"), empty when none
    std::string body;  // the release text, paragraphs separated by a blank line
    std::string issuer; // who issues it, from a web page's release header; empty when none
};

} // namespace pressdex
