#pragma once
// Finding direct quotations in paragraphs.

#include "indexer/extract/document.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace pressdex::extract::detail {

/// One direct quotation, possibly running over several paragraphs.
struct QuoteSpan {
    std::size_t para_first = 0; // paragraph holding the opening mark
    std::size_t para_last = 0;  // paragraph holding the closing mark (or where it was cut off)
    std::size_t open = 0;       // byte offset of the opening mark in para_first
    std::size_t close = 0;      // byte offset of the closing mark in para_last (or its size)
    std::size_t after = 0;      // byte offset just after the closing mark in para_last
    std::string text;           // the quoted words, paragraphs joined by one space
    bool closed = true;         // false when the paragraph ended inside the quote
    bool speech = false;        // looks like speech (not a title, scare quote or short name)
    bool unmarked = false;      // found by its attribution, the text having lost its marks
};

/// Finds every quotation in the paragraphs, in reading order.
/// Step by step: (1) scan each paragraph for quote marks: curly “ opens and ” closes; a
/// straight " opens when no quote is open and closes otherwise (a " right after a digit and
/// before a space is an inch mark and is skipped); a curly mark used the wrong way round is
/// read by position (after a space it opens, before a space it closes); (2) when a paragraph
/// ends inside a quote and the next paragraph starts with an opening mark, the quote goes on
/// into that paragraph (the press-release convention for multi-paragraph quotes); otherwise it
/// is cut at the paragraph end; (3) each quote is classified as speech or not: at least three
/// words, and either it ends with sentence punctuation or a comma inside the marks or it has at
/// least eight words; title-cased runs (most words capitalised, no final punctuation) are not
/// speech.
std::vector<QuoteSpan> find_quotes(const std::vector<Paragraph>& paragraphs);

} // namespace pressdex::extract::detail
