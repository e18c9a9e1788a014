#pragma once

#include "indexer/indexer.hpp"
#include "indexer/walk.hpp"

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace pressdex {

struct BulkBuildOptions {
    std::filesystem::path work_dir; // empty folder for the workers' shards
    std::filesystem::path output;   // the database to create (must not exist)
    std::string index_name;         // the index folder, as errors name it
    std::size_t jobs = 1;           // workers, each writing its own shard
    // Releases buffered in memory, over all workers; fewer when they are long (the segment
    // budget of bulk_build.cpp).
    std::size_t commit_every = 2000;
    bool extract = true;
};

struct BulkBuildTally {
    std::size_t added = 0;
    std::map<std::string, std::size_t> skipped; // reason -> count
};

/// The value of schema::metadata_extraction_key for an index built with or without extraction.
[[nodiscard]] std::string extraction_metadata(bool extract);

/// Builds a complete database of `files` from nothing. Each worker takes the next file,
/// prepares it and writes it to a shard database of its own, so that neither the text work
/// nor Xapian's writes wait on one thread; the shards are then merged by Xapian's compactor,
/// which also leaves the tables fully packed. Throws IndexError when a database cannot be
/// written (the output is then incomplete and must not be used); problems with single files
/// go to the observer (called from one thread at a time) and the tally.
[[nodiscard]] BulkBuildTally bulk_build(const FoundFiles& files,
                                        const BulkBuildOptions& options, IndexObserver& observer);

} // namespace pressdex
