#pragma once

#include <string>
#include <string_view>

namespace pressdex {

/// Puts back the paragraph breaks that some exports lose between a heading, a logo's text
/// or a link and the paragraph after it, where two words are left glued together:
/// "About BrindleworksBrindleworks Ltd. makes..." (a heading "About Brindleworks", then
/// "Brindleworks Ltd. makes...") and "Keep A BasketThe Keep A Basket Trust".
/// Shapes that written prose never has: a capitalised word of four letters or more, or an
/// acronym of three capitals or more, written twice with no space ("BrindleworksBrindleworks",
/// "QXVQXV"), "The" glued after a lower-case letter and
/// followed by a space ("BasketThe Keep"), a contact block's label glued to what follows
/// ("ContactSamantha Roe", "CONTACTSamantha"), a signature block's title glued to the line
/// before or after it ("Samantha RoeChief Financial OfficerQuill Mines Inc."), and a number of three digits or more glued to a capitalised word
/// ("Suite 801San Diego": the lines of an address), and a web or e-mail address glued to a
/// telephone number ("quillbox.com310.299.1717") each become a paragraph break; a given name glued to a capitalised
/// word, neither of them an ordinary word ("MarcusOkafor", from pages exported without the
/// space between two tags), gets its space back, and so do a known name glued to "of",
/// "the" or "and" ("Williamsof the"), a function word glued to an ordinary word, a place or
/// a name after it ("theExport Section", "ofAlabama"; not "theSkimm" or "inVentiv"), a word of
/// five capitals or more glued to a capitalised word ("WASHINGTONAcme"), and a legal suffix
/// glued to a lower-case letter ("WidgetsInc."). Every reader's text goes through it
/// (parse_release), whatever the format.
[[nodiscard]] std::string separate_glued_words(std::string_view text);

} // namespace pressdex
