#include "indexer/walk.hpp"

#include "pressdex/error.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

namespace pressdex {
namespace fs = std::filesystem;

std::string_view to_string(FileType type) {
    switch (type) {
    case FileType::txt: return "txt";
    case FileType::md: return "md";
    case FileType::html: return "html";
    case FileType::pdf: return "pdf";
    case FileType::docx: return "docx";
    case FileType::odt: return "odt";
    case FileType::eml:
    case FileType::mbox: return "email";
    case FileType::feed: return "feed";
    }
    return "txt";
}

std::optional<FileType> file_type_of(const fs::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext == ".txt" || ext == ".text") return FileType::txt;
    if (ext == ".md" || ext == ".markdown") return FileType::md;
    if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return FileType::html;
    if (ext == ".pdf") return FileType::pdf;
    if (ext == ".docx") return FileType::docx;
    if (ext == ".odt") return FileType::odt;
    if (ext == ".eml") return FileType::eml;
    if (ext == ".mbox") return FileType::mbox;
    if (ext == ".rss" || ext == ".atom" || ext == ".xml") return FileType::feed;
    return std::nullopt;
}

std::optional<FileStat> stat_file(const fs::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return std::nullopt;
    return FileStat{static_cast<std::uint64_t>(st.st_size),
                    static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 +
                        st.st_mtim.tv_nsec,
                    static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino)};
}

fs::path absolute_root(const fs::path& root) {
    std::error_code ec;
    fs::path absolute = fs::absolute(root, ec);
    if (ec) absolute = root;
    absolute = absolute.lexically_normal();
    // "corpus/" and "corpus" must name the same folder, or every file would be re-added.
    if (absolute.has_relative_path() && absolute.filename().empty())
        absolute = absolute.parent_path();
    return absolute;
}

namespace {

// std::filesystem::path's order, for the absolute, lexically normal paths the walk finds:
// component by component, which is byte order with '/' below every other byte ("a/b" before
// "a-b/c"), without splitting the paths into components.
bool path_less(std::string_view a, std::string_view b) {
    const auto [in_a, in_b] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
    if (in_b == b.end()) return false; // b is a or a prefix of it
    if (in_a == a.end() || *in_a == '/') return true;
    if (*in_b == '/') return false;
    return static_cast<unsigned char>(*in_a) < static_cast<unsigned char>(*in_b);
}

} // namespace

void FoundFiles::add(std::string_view path, FileType type, const FileStat& stat) {
    entries_.push_back({paths_.size(), static_cast<std::uint32_t>(path.size()), type, stat});
    paths_.append(path);
}

FoundFile FoundFiles::operator[](std::size_t i) const {
    const Entry& entry = entries_[i];
    return {fs::path(path_of(entry)), entry.type, entry.stat};
}

void FoundFiles::sort_unique() {
    std::sort(entries_.begin(), entries_.end(), [this](const Entry& a, const Entry& b) {
        return path_less(path_of(a), path_of(b));
    });
    entries_.erase(std::unique(entries_.begin(), entries_.end(),
                               [this](const Entry& a, const Entry& b) {
                                   return path_of(a) == path_of(b);
                               }),
                   entries_.end());
    // The list is complete and kept for the whole run: not the slack of its growth too.
    entries_.shrink_to_fit();
    paths_.shrink_to_fit();
}

void FoundFiles::keep_if(const std::function<bool(std::string_view path)>& keep) {
    FoundFiles kept; // copied rather than erased, so that the dropped paths' bytes go too
    for (const Entry& entry : entries_)
        if (keep(path_of(entry))) kept.add(path_of(entry), entry.type, entry.stat);
    *this = std::move(kept);
}

namespace {

bool is_hidden(const fs::path& path) {
    const std::string name = path.filename().string();
    return !name.empty() && name[0] == '.';
}

void consider_file(const fs::path& path, FoundFiles& found,
                   const std::function<void(const SkippedPath&)>& on_skip) {
    const auto type = file_type_of(path);
    if (!type) {
        on_skip({path, "unsupported file type", false});
        return;
    }
    const auto stat = stat_file(path);
    if (!stat) {
        on_skip({path, std::string("cannot stat: ") + std::strerror(errno), true});
        return;
    }
    found.add(path.native(), *type, *stat);
}

// A folder that can be listed but not entered would fail file by file: one warning instead.
void enter_folder(const fs::path& path, std::vector<fs::path>& folders,
                  const std::function<void(const SkippedPath&)>& on_skip) {
    if (::access(path.c_str(), R_OK | X_OK) == 0)
        folders.push_back(path);
    else
        on_skip({path, std::string("cannot read folder: ") + std::strerror(errno), true});
}

// Depth first, with a stack of folders rather than a recursive iterator: each folder is read
// whole and closed before its subfolders are, so nesting as deep as paths allow holds one
// folder open, and a folder that cannot be read (permissions, deleted meanwhile, too many
// open files) is reported and passed over while the walk goes on with the others.
void walk_folder(const fs::path& root, FoundFiles& found,
                 const std::function<void(const SkippedPath&)>& on_skip) {
    std::vector<fs::path> folders{root};
    while (!folders.empty()) {
        const fs::path folder = std::move(folders.back());
        folders.pop_back();
        std::vector<fs::directory_entry> entries;
        std::error_code ec;
        for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
            entries.push_back(*it);
        if (ec) on_skip({folder, "cannot read folder: " + ec.message(), true});
        for (const fs::directory_entry& entry : entries) {
            const fs::path& path = entry.path();
            if (is_hidden(path))
                on_skip({path, "hidden", false});
            else if (entry.is_symlink(ec))
                on_skip({path, "symbolic link (not followed)", false});
            else if (entry.is_directory(ec))
                enter_folder(path, folders, on_skip);
            else if (entry.is_regular_file(ec))
                consider_file(path, found, on_skip);
            else
                on_skip({path, "not a regular file", false});
        }
    }
}

} // namespace

FoundFiles find_release_files(const std::vector<fs::path>& roots,
                              const std::function<void(const SkippedPath&)>& on_skip) {
    FoundFiles found;
    for (const fs::path& given : roots) {
        const fs::path root = absolute_root(given);
        std::error_code ec;
        const auto status = fs::symlink_status(root, ec);
        if (ec || !fs::exists(status)) throw Error(given.string() + ": no such file or folder");
        if (fs::is_directory(fs::status(root, ec)))
            walk_folder(root, found, on_skip);
        else
            consider_file(root, found, on_skip);
    }
    // The same file given twice (a root inside another) is indexed once.
    found.sort_unique();
    return found;
}

} // namespace pressdex
