#pragma once
// Quotations whose marks a scrape lost: statements that a web page printed with curly quotes,
// read back as plain sentences with their attribution.

#include "indexer/extract/document.hpp"
#include "indexer/extract/quotes.hpp"
#include "indexer/extract/speech_subjects.hpp"

#include <vector>

namespace pressdex::extract::detail {

/// Adds the release's unmarked quotations to quotes, then sorts them all by where they open.
/// - A paragraph without quotation marks whose sentence ends ", said TITLE NAME." quotes NAME
///   from the sentence's start to the comma. The words after that sentence go on quoting the
///   same person up to the next sentence that attributes words to someone (or, in a paragraph
///   that gives the release's own account before it, while the speaker speaks in the first
///   person).
/// - A quotation that lost its opening mark ends at its closing one; the sentences after its
///   attribution, with no marks at all, go on quoting the same person ("...," said Dana Roe.
///   More words of hers.)
void add_unmarked_quotes(const std::vector<Paragraph>& paras, const SubjectFinder& finder,
                         std::vector<QuoteSpan>& quotes);

} // namespace pressdex::extract::detail
