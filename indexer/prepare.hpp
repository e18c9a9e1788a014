#pragma once

#include "indexer/document.hpp"
#include "indexer/walk.hpp"

#include <xapian.h>

#include <string>
#include <utility>
#include <vector>

namespace pressdex {

/// What the index remembers of a file, read back from its value slots. A container file (an
/// mbox, a feed, an email with attachments: indexer/formats/formats.hpp) is remembered by
/// its items, which carry its size, mtime and hash.
struct IndexedFile {
    Xapian::docid docid = 0; // the release whose path is the file's; 0 when there is none
    std::string size;
    std::string mtime;
    std::string hash;
    /// Releases found in the file below its path ("inbox.mbox#<id>"): path and docid.
    std::vector<std::pair<std::string, Xapian::docid>> items;
};

/// One release document of a file, with its quote documents.
struct PreparedRelease {
    std::string path; // the file's, or an item's below it
    Xapian::Document doc;
    std::vector<Xapian::Document> quote_docs;
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
/// and nothing is parsed. Never throws: a failure on one file is its outcome.
[[nodiscard]] Prepared prepare(const FoundFile& file, const IndexedFile* known,
                               DocumentBuilder& builder, bool extract_facts);

} // namespace pressdex
