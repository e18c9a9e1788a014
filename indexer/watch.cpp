#include "indexer/watch.hpp"

#include "indexer/walk.hpp"
#include "pressdex/error.hpp"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <unordered_map>
#include <vector>

namespace pressdex {
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// What a watched folder reports: a file closed after writing, created (a hard link, or the
// start of a copy: the close that follows gives its final content), touched or chmod'ed,
// moved in or out, removed; a folder created, moved or removed; the folder itself removed or
// moved. IN_MODIFY is left out on purpose: it comes once per write() of a file being
// written, and the close after the last one is what counts.
constexpr std::uint32_t folder_events = IN_CREATE | IN_CLOSE_WRITE | IN_ATTRIB | IN_MOVED_FROM |
                                        IN_MOVED_TO | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF |
                                        IN_ONLYDIR | IN_DONT_FOLLOW | IN_EXCL_UNLINK;
// A root that is a single file is watched itself.
constexpr std::uint32_t file_events =
    IN_CLOSE_WRITE | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_DONT_FOLLOW;

// While folders are left unwatched (the watch limit) and no --rescan is set, they are
// walked this often.
constexpr std::chrono::seconds rescan_while_unwatched{60};

bool is_hidden_name(std::string_view name) {
    return !name.empty() && name.front() == '.';
}

bool is_at_or_below(const std::string& path, const std::string& top) {
    return path.size() >= top.size() && path.compare(0, top.size(), top) == 0 &&
           (path.size() == top.size() || top.back() == '/' || path[top.size()] == '/');
}

std::string watch_limit() {
    // Per user namespace; in the first namespace the same number as the sysctl named.
    std::ifstream in("/proc/sys/user/max_inotify_watches");
    std::string limit;
    in >> limit;
    return limit.empty() ? "?" : limit;
}

class InotifyFd {
  public:
    InotifyFd() : fd_(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {
        if (fd_ < 0)
            throw Error(std::string("cannot watch folders: ") + std::strerror(errno) +
                        (errno == EMFILE ? " (the inotify instance limit, "
                                           "fs.inotify.max_user_instances, is reached)"
                                         : ""));
    }
    ~InotifyFd() { ::close(fd_); }
    InotifyFd(const InotifyFd&) = delete;
    InotifyFd& operator=(const InotifyFd&) = delete;
    [[nodiscard]] int get() const { return fd_; }

  private:
    int fd_;
};

// The watches: which folder each watch descriptor stands for, the changed paths collected
// since the last batch, and the roots that are gone for now.
class Watches {
  public:
    Watches(const std::vector<fs::path>& roots, const fs::path& index_dir, WatchObserver& observer,
            std::chrono::seconds rescan)
        : index_dir_(index_dir.string()), observer_(observer), rescan_(rescan) {
        for (const fs::path& root : roots)
            roots_.push_back({root.string(), false});
    }

    [[nodiscard]] int fd() const { return inotify_.get(); }
    [[nodiscard]] std::size_t watched() const { return wd_of_.size(); }
    [[nodiscard]] bool has_pending() const { return !pending_.empty(); }
    [[nodiscard]] bool any_root_missing() const {
        return std::any_of(roots_.begin(), roots_.end(), [](const Root& r) { return r.missing; });
    }
    [[nodiscard]] bool unwatched() const { return limit_reached_; }

    /// Watches every root and every folder below it; says once when the watch limit stops it.
    void watch_all() {
        const bool was_limited = limit_reached_;
        limit_reached_ = false;
        for (Root& root : roots_)
            if (!root.missing)
                watch_tree(root.path);
        if (was_limited && !limit_reached_)
            observer_.on_notice("every folder is watched again");
    }

    /// When the next batch is due, given the changes collected.
    [[nodiscard]] Clock::time_point batch_due(const WatchOptions& options) const {
        return std::min(last_change_ + options.settle, first_change_ + options.longest_wait);
    }

    /// The collected paths, without those below another one of them; and forgets them.
    std::vector<fs::path> take_pending() {
        std::vector<fs::path> paths;
        for (const std::string& path : pending_) {
            bool covered = false;
            for (fs::path up = fs::path(path).parent_path(); !covered && up.has_relative_path();
                 up = up.parent_path())
                covered = pending_.count(up.string()) > 0;
            if (!covered)
                paths.emplace_back(path);
        }
        pending_.clear();
        return paths;
    }

    /// All roots, for a full update (a rescan, or after the kernel's queue overflowed).
    void queue_roots() {
        for (const Root& root : roots_)
            queue(root.path);
    }

    /// Reads and handles every event the kernel has queued.
    void read_events() {
        alignas(inotify_event) char buffer[64 * 1024];
        for (;;) {
            const ssize_t length = ::read(inotify_.get(), buffer, sizeof buffer);
            if (length < 0 && errno == EINTR)
                continue;
            if (length <= 0)
                return; // EAGAIN: all read
            for (const char* at = buffer; at < buffer + length;) {
                const auto* event = reinterpret_cast<const inotify_event*>(at);
                handle(*event);
                at += sizeof(inotify_event) + event->len;
            }
        }
    }

    /// Roots that were removed and are back: watched and indexed again.
    void look_for_missing_roots() {
        for (Root& root : roots_) {
            if (!root.missing)
                continue;
            std::error_code ec;
            const auto status = fs::symlink_status(root.path, ec);
            if (ec || !(fs::is_directory(status) || fs::is_regular_file(status)))
                continue;
            root.missing = false;
            watch_tree(root.path);
            queue(root.path);
            observer_.on_notice(root.path + " is back: indexing it and following it again");
        }
    }

  private:
    struct Root {
        std::string path;
        bool missing;
    };

    void queue(const std::string& path) {
        const auto now = Clock::now();
        if (pending_.empty())
            first_change_ = now;
        last_change_ = now;
        pending_.insert(path);
    }

    // Adds a watch on `top` and each folder below it, as the walk enters them: not hidden
    // ones, no symbolic links, and not the index folder (its writes are no news).
    void watch_tree(const std::string& top) {
        std::vector<std::string> folders{top};
        while (!folders.empty() && !limit_reached_) {
            const std::string folder = std::move(folders.back());
            folders.pop_back();
            if (is_at_or_below(folder, index_dir_))
                continue;
            std::error_code ec;
            const auto status = fs::symlink_status(folder, ec);
            if (ec)
                continue; // gone meanwhile: its parent's event says so
            const bool is_folder = fs::is_directory(status);
            if (!is_folder && !fs::is_regular_file(status))
                continue;
            if (!add_watch(folder, is_folder ? folder_events : file_events) || !is_folder)
                continue;
            for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
                const fs::path& path = it->path();
                std::error_code type_ec;
                if (!is_hidden_name(path.filename().native()) && !it->is_symlink(type_ec) &&
                    it->is_directory(type_ec))
                    folders.push_back(path.string());
            }
        }
    }

    bool add_watch(const std::string& path, std::uint32_t mask) {
        const int wd = ::inotify_add_watch(inotify_.get(), path.c_str(), mask);
        if (wd < 0) {
            if (errno == ENOSPC) {
                limit_reached_ = true;
                // Said once per time it happens, not once per folder it happens to.
                if (!limit_told_)
                    observer_.on_notice(
                        "cannot follow " + path +
                        " and folders after it: the inotify watch "
                        "limit (" +
                        watch_limit() +
                        " watches for this user) is reached; "
                        "they are walked every " +
                        std::to_string(
                            (rescan_.count() > 0 ? rescan_ : rescan_while_unwatched).count()) +
                        " seconds instead (raise sysctl fs.inotify.max_user_watches to follow "
                        "them live)");
                limit_told_ = true;
            }
            return false; // also a folder gone or unreadable meanwhile: the walk reports those
        }
        // The same folder under a new name (inotify gives an inode one descriptor).
        if (const auto old = path_of_.find(wd); old != path_of_.end())
            wd_of_.erase(old->second);
        path_of_[wd] = path;
        wd_of_[path] = wd;
        return true;
    }

    // Stops watching `top` and everything below it (moved away or removed).
    void forget_tree(const std::string& top) {
        for (auto it = wd_of_.lower_bound(top); it != wd_of_.end();) {
            // Sorted bytewise, "a/b-c" falls between "a/b" and "a/b/x": skip what is not below.
            if (it->first.compare(0, top.size(), top) != 0)
                break;
            if (!is_at_or_below(it->first, top)) {
                ++it;
                continue;
            }
            ::inotify_rm_watch(inotify_.get(), it->second); // EINVAL if the kernel dropped it
            path_of_.erase(it->second);
            it = wd_of_.erase(it);
        }
    }

    Root* root_at(const std::string& path) {
        for (Root& root : roots_)
            if (root.path == path)
                return &root;
        return nullptr;
    }

    void handle(const inotify_event& event) {
        if (event.mask & IN_Q_OVERFLOW) {
            // Changes were lost: watch what may be new, and look at everything.
            watch_all();
            queue_roots();
            return;
        }
        const auto found = path_of_.find(event.wd);
        if (found == path_of_.end())
            return; // a watch already forgotten
        const std::string path = found->second;
        if (event.mask & IN_IGNORED) { // the kernel dropped it (removed, unmounted)
            wd_of_.erase(path);
            path_of_.erase(found);
            return;
        }
        if (event.len == 0 || event.name[0] == '\0') {
            handle_self(path, event.mask);
            return;
        }
        const std::string_view name(event.name);
        if (is_hidden_name(name))
            return;
        const std::string changed = path + '/' + std::string(name);
        if (event.mask & IN_ISDIR) {
            if (event.mask & (IN_DELETE | IN_MOVED_FROM))
                forget_tree(changed);
            else
                watch_tree(changed); // created, moved in, permissions changed
        }
        queue(changed);
    }

    // An event on a watched folder (or file root) itself.
    void handle_self(const std::string& path, std::uint32_t mask) {
        Root* root = root_at(path);
        if (root && (mask & (IN_DELETE_SELF | IN_MOVE_SELF))) {
            forget_tree(path);
            root->missing = true;
            queue(path);
            observer_.on_notice(path + " was removed or moved away: its releases leave the "
                                       "index; it is followed again when it is back");
        } else if (root) {
            // A file root written or replaced: watch whatever file now has its name.
            forget_tree(path);
            watch_tree(path);
            if (!wd_of_.count(path))
                root->missing = true;
            queue(path);
        } else if (mask & (IN_DELETE_SELF | IN_MOVE_SELF)) {
            // Its parent's event came first and was handled; this watch is stale.
            forget_tree(path);
        }
    }

    InotifyFd inotify_;
    std::vector<Root> roots_;
    std::string index_dir_;
    WatchObserver& observer_;
    std::chrono::seconds rescan_;
    std::unordered_map<int, std::string> path_of_;
    std::map<std::string, int> wd_of_;
    std::set<std::string> pending_;
    Clock::time_point first_change_;
    Clock::time_point last_change_;
    bool limit_reached_ = false;
    bool limit_told_ = false;
};

} // namespace

void watch_folders(IndexOptions options, const WatchOptions& watch, WatchObserver& observer,
                   const std::function<bool()>& stop) {
    for (fs::path& root : options.roots)
        root = absolute_root(root);
    Watches watches(options.roots, absolute_root(options.index_dir), observer, watch.rescan);
    // Watching starts before the first run, so that nothing changed during it is missed:
    // what changes meanwhile is the first batch.
    watches.watch_all();
    observer.on_indexed(Indexer(options).run(observer), true);
    observer.on_watching(watches.watched());

    // From now on: no rebuild, and the lock is waited for (a one-off run is short).
    options.rebuild = false;
    options.wait = true;
    const auto rescan_every = [&] {
        if (watches.unwatched() && watch.rescan.count() == 0)
            return Clock::duration(rescan_while_unwatched);
        return Clock::duration(watch.rescan);
    };
    auto next_rescan = Clock::now() + rescan_every();
    for (;;) {
        if (stop && stop())
            return;
        const auto now = Clock::now();
        auto wake = now + std::chrono::seconds(1);
        if (watches.has_pending())
            wake = std::min(wake, watches.batch_due(watch));
        if (watches.any_root_missing())
            wake = std::min(wake, now + watch.look_for_missing);
        if (rescan_every().count() > 0)
            wake = std::min(wake, next_rescan);
        const auto timeout = std::chrono::duration_cast<std::chrono::milliseconds>(wake - now);
        pollfd fd{watches.fd(), POLLIN, 0};
        if (::poll(&fd, 1, static_cast<int>(std::max<std::int64_t>(timeout.count(), 0))) > 0)
            watches.read_events();
        if (watches.any_root_missing())
            watches.look_for_missing_roots();
        if (rescan_every().count() > 0 && Clock::now() >= next_rescan) {
            watches.watch_all(); // and folders the watch limit left out, if it allows now
            watches.queue_roots();
            next_rescan = Clock::now() + rescan_every();
        }
        if (watches.has_pending() && Clock::now() >= watches.batch_due(watch)) {
            const std::vector<fs::path> paths = watches.take_pending();
            observer.on_indexed(Indexer(options).update(paths, observer), false);
        }
    }
}

} // namespace pressdex
