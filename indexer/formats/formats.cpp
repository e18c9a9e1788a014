#include "indexer/formats/formats.hpp"

#include "indexer/read_release.hpp"
#include "pressdex/error.hpp"

#include <unordered_map>

namespace pressdex::formats {

bool is_binary_format(FileType type) {
    switch (type) {
    case FileType::txt:
    case FileType::md:
    case FileType::html: return false;
    default: return true;
    }
}

namespace {

FileReleases read_any(std::string_view bytes, FileType type, const std::string& path) {
    switch (type) {
    case FileType::txt:
    case FileType::md:
    case FileType::html: {
        FileReleases out;
        out.releases.push_back({path, type, decode_release(bytes, type, path), {}});
        return out;
    }
    case FileType::pdf: return read_pdf(bytes, path);
    case FileType::docx: return read_docx(bytes, path);
    case FileType::odt: return read_odt(bytes, path);
    case FileType::eml: return read_eml(bytes, path);
    case FileType::mbox: return read_mbox(bytes, path);
    case FileType::feed: return read_feed(bytes, path);
    }
    throw FileError(path, "unsupported file type");
}

} // namespace

FileReleases read_file_releases(std::string_view bytes, FileType type, const std::string& path) {
    FileReleases found = read_any(bytes, type, path);
    // Paths are unique ids in the index: two messages of one mbox with the same Message-ID
    // (a copy kept twice) are told apart by their order.
    std::unordered_map<std::string, int> seen;
    for (FileRelease& release : found.releases) {
        const int n = ++seen[release.path];
        if (n > 1) release.path += "~" + std::to_string(n);
    }
    if (found.releases.empty()) throw FileError(path, "no release in it");
    return found;
}

} // namespace pressdex::formats
