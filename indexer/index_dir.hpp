#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace pressdex {

/// The layout of an index folder, and the one process allowed to change it.
///
///   INDEX/XAPIANDB       a Xapian stub file naming the live generation: "glass gen-7"
///   INDEX/gen-7/         the live Xapian database (what every reader opens, via the stub)
///   INDEX/pressdex.lock  flock()ed by the pressdex-index that is running; says who it is
///   INDEX/tmp-*/         work space of a running (or killed) build, removed on the next run
///
/// Readers open INDEX as a Xapian database and follow the stub. A writer either updates the
/// live generation in place (small changes, committed in batches) or builds a whole new
/// generation beside it and then swaps the stub with one rename(), so a reader sees the old
/// index or the new one and never a half-built one, and a crash at any moment leaves the
/// last good generation live.
class IndexDirectory {
  public:
    /// Creates the folder if needed and takes the writer's lock. Throws IndexError if the
    /// folder is something else than an index, or if another process holds the lock and
    /// `wait` is false (the message names that process); with `wait`, blocks until it ends.
    IndexDirectory(std::filesystem::path dir, bool wait);
    ~IndexDirectory();
    IndexDirectory(const IndexDirectory&) = delete;
    IndexDirectory& operator=(const IndexDirectory&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return dir_; }

    /// The live generation's database folder, if there is one.
    [[nodiscard]] std::optional<std::filesystem::path> live_generation() const;

    /// An index written by pressdex before generations (tables directly in INDEX).
    [[nodiscard]] bool has_legacy_tables() const;

    /// A new, not yet existing folder for the next generation.
    [[nodiscard]] std::filesystem::path next_generation() const;

    /// A fresh empty work folder (INDEX/tmp-<pid>), for shards being built.
    [[nodiscard]] std::filesystem::path make_work_dir() const;

    /// Makes `generation` (a complete, committed database in this folder) the live one, then
    /// removes the previous generation and any legacy tables.
    void swap_to(const std::filesystem::path& generation);

    /// Removes what killed runs left: work folders and generations the stub does not name.
    void remove_leftovers() const;

  private:
    std::filesystem::path dir_;
    int lock_fd_ = -1;
};

/// Whether `dir` may be used as an index folder: missing, empty, or already an index.
[[nodiscard]] bool is_index_or_empty_folder(const std::filesystem::path& dir);

} // namespace pressdex
