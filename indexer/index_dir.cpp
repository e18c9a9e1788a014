#include "indexer/index_dir.hpp"

#include "pressdex/error.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <fstream>
#include <sstream>
#include <vector>

namespace pressdex {
namespace fs = std::filesystem;

namespace {

constexpr const char* stub_name = "XAPIANDB";
constexpr const char* lock_name = "pressdex.lock";
constexpr std::string_view generation_prefix = "gen-";
constexpr std::string_view work_prefix = "tmp-";

bool starts_with(const std::string& text, std::string_view prefix) {
    return text.compare(0, prefix.size(), prefix) == 0;
}

// The number of a "gen-N" folder name, or 0.
unsigned long generation_number(const std::string& name) {
    if (!starts_with(name, generation_prefix)) return 0;
    try {
        return std::stoul(name.substr(generation_prefix.size()));
    } catch (const std::exception&) {
        return 0;
    }
}

std::string who_am_i() {
    std::array<char, 256> host{};
    if (gethostname(host.data(), host.size() - 1) != 0) host[0] = '\0';
    const std::time_t now = std::time(nullptr);
    std::array<char, 32> when{};
    std::strftime(when.data(), when.size(), "%Y-%m-%d %H:%M:%S", std::localtime(&now));
    std::ostringstream out;
    out << "pid " << getpid() << " on " << host.data() << ", started " << when.data();
    return out.str();
}

std::string read_small_file(const fs::path& path) {
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    return line;
}

void sync_path(const fs::path& path, int flags) {
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace

bool is_index_or_empty_folder(const fs::path& dir) {
    std::error_code ec;
    if (!fs::exists(dir, ec)) return true;
    if (!fs::is_directory(dir, ec)) return false;
    if (fs::is_empty(dir, ec)) return true;
    for (const char* marker : {stub_name, lock_name, "iamglass", "iamchert"})
        if (fs::exists(dir / marker, ec)) return true;
    return false;
}

IndexDirectory::IndexDirectory(fs::path dir, bool wait) : dir_(std::move(dir)) {
    const std::string name = dir_.string();
    if (!is_index_or_empty_folder(dir_))
        throw IndexError(name, "exists and is not an index; refusing to write into it");
    std::error_code ec;
    fs::create_directories(dir_, ec);
    if (ec) throw IndexError(name, "cannot create the folder: " + ec.message());
    const fs::path lock_path = dir_ / lock_name;
    lock_fd_ = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (lock_fd_ < 0)
        throw IndexError(name, std::string("cannot create its lock file: ") + std::strerror(errno));
    // flock() locks belong to the open file, so they vanish with the process: a killed
    // indexer never leaves a stale lock behind.
    if (::flock(lock_fd_, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        if (error != EWOULDBLOCK) {
            ::close(lock_fd_);
            throw IndexError(name, std::string("cannot lock: ") + std::strerror(error));
        }
        const std::string holder = read_small_file(lock_path);
        if (!wait) {
            ::close(lock_fd_);
            throw IndexError(name, "is being updated by another pressdex-index (" +
                                       (holder.empty() ? std::string("unknown process") : holder) +
                                       "); try again when it ends, or use --wait");
        }
        if (::flock(lock_fd_, LOCK_EX) != 0) {
            ::close(lock_fd_);
            throw IndexError(name, std::string("cannot lock: ") + std::strerror(errno));
        }
    }
    const std::string me = who_am_i() + "\n";
    if (::ftruncate(lock_fd_, 0) == 0) {
        [[maybe_unused]] const auto written = ::pwrite(lock_fd_, me.data(), me.size(), 0);
    }
}

IndexDirectory::~IndexDirectory() {
    if (lock_fd_ >= 0) ::close(lock_fd_);
}

std::optional<fs::path> IndexDirectory::live_generation() const {
    std::istringstream stub(read_small_file(dir_ / stub_name));
    std::string backend, folder;
    if (!(stub >> backend >> folder) || generation_number(folder) == 0) return std::nullopt;
    std::error_code ec;
    if (!fs::is_directory(dir_ / folder, ec)) return std::nullopt;
    return dir_ / folder;
}

bool IndexDirectory::has_legacy_tables() const {
    std::error_code ec;
    return fs::exists(dir_ / "iamglass", ec) || fs::exists(dir_ / "iamchert", ec);
}

fs::path IndexDirectory::next_generation() const {
    unsigned long highest = 0;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir_, ec))
        highest = std::max(highest, generation_number(entry.path().filename().string()));
    return dir_ / (std::string(generation_prefix) + std::to_string(highest + 1));
}

fs::path IndexDirectory::make_work_dir() const {
    const fs::path work = dir_ / (std::string(work_prefix) + std::to_string(getpid()));
    std::error_code ec;
    fs::remove_all(work, ec);
    fs::create_directory(work, ec);
    if (ec) throw IndexError(dir_.string(), "cannot create a work folder: " + ec.message());
    return work;
}

void IndexDirectory::swap_to(const fs::path& generation) {
    const auto previous = live_generation();
    const fs::path stub = dir_ / stub_name;
    const fs::path stub_new = dir_ / (std::string(stub_name) + ".new");
    {
        std::ofstream out(stub_new, std::ios::trunc);
        out << "glass " << generation.filename().string() << '\n';
        out.close();
        if (!out) throw IndexError(dir_.string(), "cannot write " + stub_new.string());
    }
    // The new tables and stub reach the disk before the rename makes them live.
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(generation, ec)) sync_path(entry.path(), O_RDONLY);
    sync_path(generation, O_RDONLY | O_DIRECTORY);
    sync_path(stub_new, O_RDONLY);
    fs::rename(stub_new, stub, ec);
    if (ec) throw IndexError(dir_.string(), "cannot switch to the new index: " + ec.message());
    sync_path(dir_, O_RDONLY | O_DIRECTORY);

    // Readers that opened the old tables keep reading them (POSIX keeps unlinked files
    // alive while open); new readers follow the stub.
    if (has_legacy_tables()) {
        fs::remove(dir_ / "iamglass", ec);
        fs::remove(dir_ / "iamchert", ec);
        std::vector<fs::path> tables; // listed first: removing while iterating is unspecified
        for (const auto& entry : fs::directory_iterator(dir_, ec)) {
            const std::string ext = entry.path().extension().string();
            if (ext == ".glass" || ext == ".chert" || entry.path().filename() == "flintlock")
                tables.push_back(entry.path());
        }
        for (const fs::path& table : tables) fs::remove(table, ec);
    }
    if (previous && *previous != generation) fs::remove_all(*previous, ec);
}

void IndexDirectory::remove_leftovers() const {
    const auto live = live_generation();
    std::error_code ec;
    std::vector<fs::path> stale;
    for (const auto& entry : fs::directory_iterator(dir_, ec)) {
        const std::string name = entry.path().filename().string();
        const bool old_generation = generation_number(name) > 0 && (!live || entry.path() != *live);
        if (old_generation || starts_with(name, work_prefix) ||
            name == std::string(stub_name) + ".new")
            stale.push_back(entry.path());
    }
    for (const fs::path& path : stale) fs::remove_all(path, ec);
}

} // namespace pressdex
