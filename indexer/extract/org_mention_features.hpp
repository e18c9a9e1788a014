#pragma once
// The organisation pass, stage 3: the evidence of one mention, from its shape and from where
// it stands (org_candidates.hpp, step 3).

#include "indexer/extract/document.hpp"

#include <map>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace pressdex::extract::detail {

// "(OTCQB: QXVB)", "(TSX-V: QXV; OTCQB: QXVF)": a mention right after an exchange's name and a
// colon is a ticker, a company's symbol on that exchange, not its name; so is the same word at
// the end of a web address ("newsroom at https://quill.fm/QXVB")
bool ticker_position(const std::vector<Token>& t, std::size_t first, std::size_t last);

// A word as title case writes it: capitalised, a number, or an article, a conjunction or a
// short preposition in lower case (or no word at all)
bool title_case_word(const Token& x);

// Whether t[k] ends a sentence of title-case words: a full stop, "!", a question mark, a colon
// or a quotation mark
bool ends_title_case_sentence(const std::vector<Token>& t, std::size_t k);

// "Why Should Families Think About New Quill Homes?", "Who Is the Team Behind Quillbox?": a
// question in title case is a heading of a questions-and-answers release, written for search
// engines, and its capitals say nothing of names. Title case leaves articles, conjunctions and
// short prepositions in lower case, and only those: "Where is the Quill University?" is a
// sentence. A "?" inside a word ("Espa?ola") is a letter the text's encoding lost.
bool in_title_case_question(const std::vector<Token>& t, std::size_t first);

// The evidence of one mention, by feature name (the names of model.txt)
struct MentionFeatures {
    std::map<std::string_view, double> values;
    void set(std::string_view name, bool on = true) {
        if (on) values[name] = 1.0;
    }
};

// A paragraph of fourteen words or fewer, all capitalised, with no closing punctuation
bool heading_paragraph(const std::vector<Token>& t);

// The shape of a name, whatever its context.
void shape_features(const std::vector<Token>& t, std::size_t a, std::size_t b, MentionFeatures& f);

// Where a mention stands.
void context_features(const std::vector<Token>& t, std::size_t a, std::size_t b, MentionFeatures& f);

// Byte ranges of a paragraph inside quotation marks (a cheap scan; the quotes pass is
// for speech).
std::vector<std::pair<std::size_t, std::size_t>> quoted_ranges(const std::vector<Token>& t);

} // namespace pressdex::extract::detail
