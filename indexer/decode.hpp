#pragma once

#include <string>
#include <string_view>

namespace pressdex {

struct DecodedText {
    std::string text;    // UTF-8, line ends as "\n", no NUL or other C0 controls but \t \n
    std::string charset; // what the bytes were read as, e.g. "UTF-8", "UTF-16LE", "windows-1252"
    std::size_t invalid_bytes = 0; // bytes that were not valid in that charset (now U+FFFD
                                   // or read as windows-1252)
};

/// Turns a file's bytes into UTF-8 text.
///
/// Order of decisions: a byte-order mark wins (UTF-8, UTF-16LE/BE, UTF-32LE/BE); Latin text
/// in UTF-16 without a mark is told by its NUL in every other byte; text that is
/// valid UTF-8 is UTF-8; text with valid multi-byte UTF-8 sequences and a few invalid bytes is
/// UTF-8 with the strays read as windows-1252 (files pasted together from two editors);
/// anything else is a legacy charset chosen by ICU's detector and converted by ICU, with
/// ISO-8859-1 read as its superset windows-1252 (curly quotes at 0x93/0x94).
///
/// Throws pressdex::Error when the bytes are not text at all (many NULs or control bytes, or
/// after a byte-order mark mostly undecodable).
[[nodiscard]] DecodedText decode_to_utf8(std::string_view bytes);

} // namespace pressdex
