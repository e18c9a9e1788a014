#pragma once

// Readers of the release formats that are not plain text: PDF, DOCX and ODT, email (.eml,
// .mbox) and news feeds (RSS 2.0, Atom). Each turns a file's bytes into one or more
// releases; what happens next (dateline, extraction, documents) is the same for all.
//
// A file of one release (a PDF, a DOCX) gives a release whose path is the file's. A
// container (an mbox, a feed, an email with attachments) gives one release per item, each
// with its own path below the file's: "inbox.mbox#<Message-ID>",
// "inbox.mbox#<Message-ID>/release.pdf", "news.rss#<guid or link>". The index keeps the
// container's path beside each item (schema::slot_container), so that a removed container
// removes all its items, and a changed one keeps the items that read as before
// (schema::slot_item_hash) and adds, rewrites or removes the others.
//
// Every reader bounds its work by the size of what it produces, never by sizes the file
// declares: pages, bytes of text, bytes inflated from a zip, MIME parts and depth, items.

#include "indexer/release.hpp"
#include "indexer/walk.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pressdex::formats {

/// One release found in a file.
struct FileRelease {
    std::string path; // the file's path, or an item's path below it
    FileType type;    // an attachment's own type (a PDF attached to an email is pdf)
    Release release;
    std::string link; // a feed item's link, empty otherwise
};

/// What a file holds.
struct FileReleases {
    std::vector<FileRelease> releases;
    /// What a user should hear about although the file was indexed: an item or attachment
    /// skipped and why, text cut short at a limit. Each is one line without the path.
    std::vector<std::string> notes;
};

/// Whether files of this type are read by the readers here (not by decode_release).
[[nodiscard]] bool is_binary_format(FileType type);

/// Reads the releases of a file of any type (txt, md and html through decode_release).
/// Throws pressdex::FileError naming `path` when the file holds no release at all: damaged,
/// encrypted, over a limit, no text, not well-formed.
[[nodiscard]] FileReleases read_file_releases(std::string_view bytes, FileType type,
                                              const std::string& path);

// The readers of one format. Each throws FileError(path, reason) as above.

/// A PDF's text in reading order, its pages joined, lines joined into paragraphs (words
/// hyphenated at a line's end joined again). Title from the document information, else the
/// first line that reads as a headline; date from the dateline, else the creation date.
/// Reads at most max_pdf_pages pages, max_text_bytes of text and for max_pdf_time, and
/// notes it when cut short.
[[nodiscard]] FileReleases read_pdf(std::string_view bytes, const std::string& path);

/// A DOCX or ODT document: paragraphs, headings, lists, tables (a row per line) and
/// footnotes, in order. Title from the first heading (or Title paragraph), else the
/// document's properties. The zip is inflated under a limit of total bytes and ratio.
[[nodiscard]] FileReleases read_docx(std::string_view bytes, const std::string& path);
[[nodiscard]] FileReleases read_odt(std::string_view bytes, const std::string& path);

/// One email (.eml): the message is a release at `path` (Subject the title, the Date header
/// its date unless the body has a dateline); attachments that are releases are releases of
/// their own at "path#name".
[[nodiscard]] FileReleases read_eml(std::string_view bytes, const std::string& path);

/// An mbox: each message a release at "path#<Message-ID>", its attachments at
/// "path#<Message-ID>/name".
[[nodiscard]] FileReleases read_mbox(std::string_view bytes, const std::string& path);

/// An RSS 2.0 or Atom feed: each item a release at "path#<guid, id or link>" with its link.
[[nodiscard]] FileReleases read_feed(std::string_view bytes, const std::string& path);

// Limits (per file).
inline constexpr int max_pdf_pages = 500;
inline constexpr std::chrono::seconds max_pdf_time{10}; // no new page is begun after this
inline constexpr std::size_t max_text_bytes = 4u << 20;          // text kept per release
inline constexpr std::uint64_t max_zip_inflated = 64ull << 20;   // bytes inflated per zip
inline constexpr std::uint64_t max_zip_ratio = 100;              // inflated / compressed
inline constexpr int max_mime_depth = 16;
inline constexpr int max_mime_parts = 500;
inline constexpr std::size_t max_attachment_bytes = 16u << 20;
inline constexpr std::size_t max_items = 10000; // messages of an mbox, items of a feed

/// A line of text as laid out on a page (a PDF's), for pdf_paragraphs.
struct LaidOutLine {
    std::string text;
    double font_size = 0;
    double top = 0, bottom = 0, left = 0, right = 0; // points, y growing downwards
    bool page_start = false; // the first line of a page
};

/// Lines joined into paragraphs, paragraphs separated by a blank line. A paragraph ends at
/// a change of font size, at a gap between lines wider than the usual line spacing, or
/// after a line that ends a sentence well short of the text column's right edge. A word
/// hyphenated at a line's end is joined again; lines that are only a page number are
/// dropped. The first element of the result is the title when the first lines are set in a
/// larger type than the body (else empty).
[[nodiscard]] std::pair<std::string, std::string> pdf_paragraphs(const std::vector<LaidOutLine>& lines);

} // namespace pressdex::formats
