#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace pressdex {

enum class FileType { txt, md, html };

[[nodiscard]] std::string_view to_string(FileType type);

/// The type pressdex reads a file as, from its extension (case-insensitive), if any.
[[nodiscard]] std::optional<FileType> file_type_of(const std::filesystem::path& path);

struct FileStat {
    std::uint64_t size = 0;
    std::int64_t mtime_ns = 0;
    // Which file the path named when the walk saw it (0, 0: not known). A file read later
    // must still be that one: a folder on its path may have been swapped for a link to
    // somewhere else in the meantime.
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
};

/// A release file found by the walk.
struct FoundFile {
    std::filesystem::path path; // absolute, lexically normal
    FileType type;
    FileStat stat;
};

/// Something the walk passed over, and why ("hidden", "unsupported file type",
/// "symbolic link (not followed)", "cannot read folder: ..."). `warning` is true for what a
/// user should hear about (an unreadable folder), false for what is only counted.
struct SkippedPath {
    std::filesystem::path path;
    std::string reason;
    bool warning = false;
};

/// Walks the given roots (folders, or single files) recursively, without following symbolic
/// links, and returns the release files sorted by path; everything passed over goes to
/// on_skip. Throws pressdex::Error if a root does not exist.
[[nodiscard]] std::vector<FoundFile>
find_release_files(const std::vector<std::filesystem::path>& roots,
                   const std::function<void(const SkippedPath&)>& on_skip);

/// size and mtime of a file, as the walk records them; nothing if it cannot be stat'ed.
[[nodiscard]] std::optional<FileStat> stat_file(const std::filesystem::path& path);

/// The absolute, lexically normal form of a root given on the command line.
[[nodiscard]] std::filesystem::path absolute_root(const std::filesystem::path& root);

} // namespace pressdex
