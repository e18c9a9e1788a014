#pragma once

#include "indexer/release.hpp"
#include "indexer/walk.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace pressdex {

/// Files larger than this are refused rather than read: no press release is 256 MB, and a
/// bigger file would only cost memory.
inline constexpr std::uint64_t max_release_file_bytes = 256ull * 1024 * 1024;

/// Reads a whole file. Throws pressdex::FileError naming the file (vanished, unreadable,
/// too large).
[[nodiscard]] std::string read_file_bytes(const std::filesystem::path& path);

/// Decodes a file's bytes (indexer/decode.hpp) and parses them as a release.
/// Throws pressdex::FileError naming `path` when the bytes are not text.
[[nodiscard]] Release decode_release(std::string_view bytes, FileType type,
                                     const std::string& path);

/// Understands a decoded file as a release: title, body, date and dateline place.
/// md: the "# " heading is the title, newsramp's trailing "---" footer of links is cut, and
/// markdown markup (links, emphasis, headings) becomes plain text.
/// txt: the first line is the title when it reads as a headline (short, no final full stop).
/// html: see html_to_text.
/// The date is the HTML page's own date if it has one, else the dateline's. Never throws.
[[nodiscard]] Release parse_release(std::string_view utf8_text, FileType type);

} // namespace pressdex
