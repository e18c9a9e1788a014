#pragma once

#include "indexer/shard.hpp"

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pressdex {

class IndexDirectory;

struct IndexOptions {
    std::filesystem::path index_dir;
    std::vector<std::filesystem::path> roots; // folders (or single files) to index
    bool rebuild = false;                     // start from an empty index
    std::size_t commit_every = 2000; // releases held in memory between writes to disk
    std::size_t jobs = 0;                     // worker threads; 0: one per core
    bool extract = true; // extract speakers, quotes and organisations (indexer/extract/)
    bool wait = false;   // another indexer holds the index: wait for it rather than fail
    // Index only this shard's files (indexer/shard.hpp); the others count as not present, so
    // a re-run removes any that an earlier run without --shard added.
    std::optional<Shard> shard;
};

struct IndexSummary {
    std::size_t added = 0;
    std::size_t updated = 0;
    std::size_t unchanged = 0;
    std::size_t removed = 0;
    std::map<std::string, std::size_t> skipped; // reason -> count
    std::size_t documents = 0;                  // in the index after the run

    /// The items (an mbox's messages, a feed's items, an email's attachments) of the
    /// container files counted as updated above: what each became. An unchanged item was
    /// neither extracted nor written again.
    struct ItemCounts {
        std::size_t added = 0;
        std::size_t updated = 0;
        std::size_t unchanged = 0;
        std::size_t removed = 0;
    };
    ItemCounts items;

    [[nodiscard]] std::size_t skipped_total() const;
};

/// What the indexer tells its caller while it runs. The library prints nothing itself.
class IndexObserver {
  public:
    virtual ~IndexObserver() = default;
    /// A file or folder was passed over for a reason the user should hear (unreadable, not
    /// text...). Called once per such path; the run goes on.
    virtual void on_warning(const std::string& path, const std::string& reason) = 0;
    /// `done` of `total` files looked at.
    virtual void on_progress(std::size_t done, std::size_t total) = 0;
};

/// Brings an index up to date with the release files under some folders.
///
/// The scan, step by step (after omindex): (1) walk the roots and list release files with
/// size and mtime; (2) read every indexed file's path, size, mtime and content hash from the
/// index's value slots; (3) a file whose size and mtime are unchanged is not read at all; one
/// whose size or mtime changed is read and hashed, and if the hash is unchanged (a touch, a
/// copy) only its mtime is updated, else it is parsed and replaced (a container's items
/// that read as before keep their documents: indexer/prepare.hpp); a new file is added;
/// (4) indexed files under the roots that the walk did not see are removed. Files under
/// other roots indexed earlier are left alone. Changes are committed every
/// `commit_every` documents, so an interrupted run keeps most of its work.
///
/// An index with no releases yet (or `rebuild`) is built instead as a new generation, in
/// parallel, and made live when complete (indexer/bulk_build.hpp, indexer/index_dir.hpp).
class Indexer {
  public:
    explicit Indexer(IndexOptions options);

    /// Throws pressdex::IndexError when the index cannot be opened or written (then the
    /// index keeps its last committed state), pressdex::Error when a root does not exist.
    /// Problems with single files are reported to the observer and counted, never thrown.
    IndexSummary run(IndexObserver& observer);

    /// Brings the index up to date for some paths only, as `pressdex-index --watch` does
    /// after each batch of changes (indexer/watch.hpp): `paths` are absolute, lexically
    /// normal paths below the roots, of files or folders that may have been added, changed
    /// or removed, none hidden or reached through a symbolic link. Each is looked at as the
    /// scan of run() would: a folder is walked, a file is read if its size or mtime
    /// changed, and indexed files at or below a path that is gone (or is now a symbolic
    /// link) are removed. Other files are not looked at. The summary counts these paths'
    /// files only, apart from `documents`. Throws as run() does; an index with no live
    /// generation yet gets what run() does.
    IndexSummary update(const std::vector<std::filesystem::path>& paths, IndexObserver& observer);

  private:
    IndexSummary run_locked(IndexDirectory& dir, IndexObserver& observer);

    IndexOptions options_;
};

} // namespace pressdex
