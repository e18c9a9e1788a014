#pragma once

#include <string>
#include <string_view>

namespace pressdex {

/// Puts back the typographic marks that some scrapes cut down to their first letter. A curly
/// quote, apostrophe or dash in UTF-8 (E2 80 9x), read once as windows-1252 ("â€™") and then
/// stripped of all it could not print, leaves an "â": "Quillâs office", "said âWe are
/// ready.â", "the bill â a long one â passed". Only where the shape says which mark it was:
/// between a word and the "s", "t", "m", "d", "ll", "re" or "ve" that end it, an apostrophe;
/// at a word's start before a letter or a digit, an opening quotation mark; after a
/// sentence's punctuation, a closing one; alone between spaces, a dash. Glued to a word's end
/// before a space: after a plural's "s" and before a word that is no function word, an
/// apostrophe ("the Senatorsâ letter"); inside a quotation the paragraph opened, its closing
/// mark; else a dash ("out of Iraqâ we need"). A text with no apostrophe or
/// closing mark of that shape, or that keeps curly marks of its own, is left whole: there
/// "â" is a letter ("l'âge", "château").
[[nodiscard]] std::string with_stripped_marks_restored(std::string_view text);

} // namespace pressdex
