#pragma once

#include "indexer/release.hpp"
#include "indexer/walk.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace pressdex {

/// Files larger than this are refused rather than read. No press release comes near it (a
/// long one is 100 KB), while each worker holds a file several times over as it decodes,
/// parses and indexes it: a 100 MB log file named .txt would cost gigabytes and minutes.
inline constexpr std::uint64_t max_release_file_bytes = 32ull * 1024 * 1024;

/// Reads a whole regular file, as a user names it (symbolic links followed). A FIFO or
/// device is refused without blocking. Throws pressdex::FileError naming the file: vanished,
/// unreadable, not a regular file, or too large.
[[nodiscard]] std::string read_file_bytes(const std::filesystem::path& path);

/// Reads a file the walk found, and only if it is still the file the walk saw (same device
/// and inode): a folder on its path swapped for a symbolic link since the walk would
/// otherwise lead the indexer outside the folders it was given. Throws pressdex::FileError
/// as above, or when the file was replaced.
[[nodiscard]] std::string read_file_bytes(const FoundFile& file);

/// Decodes a file's bytes (indexer/decode.hpp) and parses them as a release.
/// Throws pressdex::FileError naming `path` when the bytes are not text, or hold no text at
/// all (an empty file, only blank lines, a page without visible text): an empty document
/// would only clutter results.
[[nodiscard]] Release decode_release(std::string_view bytes, FileType type,
                                     const std::string& path);

/// What every format's release goes through once its title and body are known: glued words
/// parted, then the dateline's place, and its date when the release has none yet.
void finish_release(Release& release);

/// The text the extraction of who said what reads: the issuer's header, if any, then the body.
[[nodiscard]] std::string extraction_text(const Release& release);

/// Understands a decoded file as a release: title, body, date and dateline place.
/// md: the "# " heading is the title, newsramp's trailing "---" footer of links is cut, and
/// markdown markup (links, emphasis, headings) becomes plain text.
/// txt: the first line is the title when it reads as a headline (short, no final full stop).
/// html: see html_to_text.
/// The date is the HTML page's own date if it has one, else the dateline's. Never throws.
[[nodiscard]] Release parse_release(std::string_view utf8_text, FileType type);

} // namespace pressdex
