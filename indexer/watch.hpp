#pragma once

// Live folders: `pressdex-index --watch FOLDER...` indexes the folders, then follows them
// with inotify and brings the index up to date with each batch of changes.

#include "indexer/indexer.hpp"

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>

namespace pressdex {

struct WatchOptions {
    // A batch is written once no change has come for `settle`, or `longest_wait` after its
    // first change if changes keep coming: together with the write itself, a change is in
    // the index well within two seconds.
    std::chrono::milliseconds settle{150};
    std::chrono::milliseconds longest_wait{700};
    // Every `rescan`, the folders are also walked whole, for what inotify cannot see:
    // changes made by other machines on a network filesystem, and folders beyond the inotify
    // watch limit. Zero: never (but still every minute while folders are left unwatched).
    std::chrono::seconds rescan{600};
    // How often a root that was removed is looked for again.
    std::chrono::milliseconds look_for_missing{250};
};

/// What watch_folders tells its caller, besides what the indexer does (IndexObserver).
class WatchObserver : public IndexObserver {
  public:
    /// A run is done: the first one (`first`, a full update of the folders), or a batch.
    virtual void on_indexed(const IndexSummary& summary, bool first) = 0;
    /// Watching from now on: `folders` folders are followed.
    virtual void on_watching(std::size_t folders) = 0;
    /// Something about the watching itself the user must hear, in one line: the inotify
    /// watch limit reached (and what is done about it), a root removed or back.
    virtual void on_notice(const std::string& message) = 0;
};

/// Indexes `options.roots` as Indexer::run does, then follows them: each file written
/// (closed after writing), created, touched, moved in or out, renamed or removed below the
/// roots, and each folder created, moved or removed, is collected; once changes settle
/// (WatchOptions) they are written as one batch by Indexer::update. Hidden files and folders
/// and symbolic links are passed over as the walk does; the index folder is not watched.
///
/// One writer at a time, as for any run: the index's lock is taken for the first run (or
/// waited for, with `options.wait`) and for each batch (always waited for), so a
/// `pressdex-index --wait` run can go in between. Being killed at any moment is safe: the
/// index keeps its last committed state, and the next start's first run catches up.
///
/// A root that is removed has its releases removed; it is looked for again every
/// `look_for_missing`, and indexed and followed again when it is back. When the inotify
/// watch limit is reached, on_notice says so once, and the folders left unwatched are
/// walked every `rescan` (every minute if that is zero) until they can all be watched.
///
/// Runs until `stop` returns true (asked at least once a second) or an error is thrown:
/// pressdex::Error when a root does not exist at the start, IndexError as Indexer::run.
void watch_folders(IndexOptions options, const WatchOptions& watch, WatchObserver& observer,
                   const std::function<bool()>& stop = {});

} // namespace pressdex
