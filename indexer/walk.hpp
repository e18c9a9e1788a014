#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pressdex {

/// eml and mbox are both type "email" in the index; feed is an RSS 2.0 or Atom file.
enum class FileType { txt, md, html, pdf, docx, odt, eml, mbox, feed };

/// The type's name in the index (type: queries, the stored "type" field).
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

/// The release files a walk found, sorted by path. Held compactly because the list lives for
/// the whole run and grows with the folder: a std::filesystem::path keeps each component of
/// its path as a path of its own, so a std::vector<FoundFile> of 108,777 files held 67 MB;
/// here a file costs its path's bytes and a 48-byte entry (13 MB for those files).
/// operator[] makes the FoundFile of one file when it is needed.
class FoundFiles {
  public:
    void add(std::string_view path, FileType type, const FileStat& stat);

    [[nodiscard]] std::size_t size() const { return entries_.size(); }
    [[nodiscard]] bool empty() const { return entries_.empty(); }
    [[nodiscard]] FoundFile operator[](std::size_t i) const;
    [[nodiscard]] std::string_view path(std::size_t i) const { return path_of(entries_[i]); }
    [[nodiscard]] const FileStat& stat(std::size_t i) const { return entries_[i].stat; }

    /// Sorts by path, component by component as std::filesystem::path compares, and drops
    /// repeats of a path.
    void sort_unique();

    /// Keeps only the files whose path `keep` accepts.
    void keep_if(const std::function<bool(std::string_view path)>& keep);

  private:
    struct Entry {
        std::size_t offset = 0; // of the path in paths_
        std::uint32_t length = 0;
        FileType type = FileType::txt;
        FileStat stat;
    };
    [[nodiscard]] std::string_view path_of(const Entry& entry) const {
        return std::string_view(paths_).substr(entry.offset, entry.length);
    }

    std::string paths_; // every path, one after the other
    std::vector<Entry> entries_;
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
[[nodiscard]] FoundFiles
find_release_files(const std::vector<std::filesystem::path>& roots,
                   const std::function<void(const SkippedPath&)>& on_skip);

/// size and mtime of a file, as the walk records them; nothing if it cannot be stat'ed.
[[nodiscard]] std::optional<FileStat> stat_file(const std::filesystem::path& path);

/// The absolute, lexically normal form of a root given on the command line.
[[nodiscard]] std::filesystem::path absolute_root(const std::filesystem::path& root);

} // namespace pressdex
