#pragma once

#include "indexer/document.hpp"
#include "indexer/walk.hpp"

#include <xapian.h>

#include <string>
#include <utility>
#include <vector>

namespace pressdex {

/// A release found in a container file below its path ("inbox.mbox#<id>"), as indexed.
struct IndexedItem {
    std::string path;
    Xapian::docid docid = 0;
    std::string hash; // schema::slot_item_hash; empty in items indexed before it existed
};

/// What the index remembers of a file, read back from its value slots. A container file (an
/// mbox, a feed, an email with attachments: indexer/formats/formats.hpp) is remembered by
/// its items, which carry its size, mtime and hash.
struct IndexedFile {
    Xapian::docid docid = 0; // the release whose path is the file's; 0 when there is none
    std::string size;
    std::string mtime;
    std::string hash;
    std::vector<IndexedItem> items;
};

/// One release document of a file, with its quote documents.
struct PreparedRelease {
    std::string path; // the file's, or an item's below it
    Xapian::Document doc;
    std::vector<Xapian::Document> quote_docs;
    /// An item of a changed container that reads as it did (same path, same item hash):
    /// `doc` and `quote_docs` are empty, the indexed document `kept_docid` stays.
    Xapian::docid kept_docid = 0;
};

/// What a worker made of one file: everything about it that does not touch the database.
struct Prepared {
    enum class Outcome { add, update, same_content, failed } outcome = Outcome::failed;
    const FoundFile* file = nullptr;
    SourceFile source;
    std::vector<PreparedRelease> releases; // the file's release, or its items
    std::vector<std::string> notes;        // indexed, but a user should hear this
    std::string failure; // for Outcome::failed: why, in a few words
};

/// Reads, hashes, decodes, parses, extracts and builds the documents of one file. `known` is
/// the file's entry in the index as the run began, if any: same content gives same_content
/// and nothing is parsed. In a changed container, an item whose path and item hash are
/// those of an indexed item is neither extracted nor built (PreparedRelease::kept_docid).
/// Never throws: a failure on one file is its outcome.
[[nodiscard]] Prepared prepare(const FoundFile& file, const IndexedFile* known,
                               DocumentBuilder& builder, bool extract_facts);

} // namespace pressdex
