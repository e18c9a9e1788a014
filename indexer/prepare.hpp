#pragma once

#include "indexer/document.hpp"
#include "indexer/walk.hpp"

#include <xapian.h>

#include <string>
#include <vector>

namespace pressdex {

/// What the index remembers of a file, read back from its value slots.
struct IndexedFile {
    Xapian::docid docid = 0;
    std::string size;
    std::string mtime;
    std::string hash;
};

/// What a worker made of one file: everything about it that does not touch the database.
struct Prepared {
    enum class Outcome { add, update, same_content, failed } outcome = Outcome::failed;
    const FoundFile* file = nullptr;
    SourceFile source;
    Xapian::Document doc;
    std::vector<Xapian::Document> quote_docs;
    std::string failure; // for Outcome::failed: why, in a few words
};

/// Reads, hashes, decodes, parses, extracts and builds the documents of one file. `known` is
/// the file's entry in the index as the run began, if any: same content gives same_content
/// and nothing is parsed. Never throws: a failure on one file is its outcome.
[[nodiscard]] Prepared prepare(const FoundFile& file, const IndexedFile* known,
                               DocumentBuilder& builder, bool extract_facts);

} // namespace pressdex
