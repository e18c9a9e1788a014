#include "tools/index_progress.hpp"

#include <cstdio>
#include <iostream>

namespace pressdex::cli {
namespace {

// A file name may hold any byte but "/" and NUL: control characters are written as \xNN so
// that a name can neither break its warning over two lines nor send escape sequences to
// the user's terminal.
std::string printable(const std::string& path) {
    std::string out;
    out.reserve(path.size());
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte != 0x7F) {
            out.push_back(c);
            continue;
        }
        char escaped[5];
        std::snprintf(escaped, sizeof escaped, "\\x%02x", byte);
        out += escaped;
    }
    return out;
}

} // namespace

IndexProgress::IndexProgress(bool show_progress)
    : show_progress_(show_progress), start_(std::chrono::steady_clock::now()) {}

IndexProgress::~IndexProgress() { clear_line(); }

void IndexProgress::clear_line() {
    if (line_drawn_) std::cerr << "\r\033[K" << std::flush;
    line_drawn_ = false;
}

void IndexProgress::on_warning(const std::string& path, const std::string& reason) {
    clear_line();
    std::cerr << "pressdex-index: warning: " << printable(path) << ": " << reason << '\n';
}

void IndexProgress::on_progress(std::size_t done, std::size_t total) {
    if (!show_progress_) return;
    const auto now = std::chrono::steady_clock::now();
    if (done != total && now - last_draw_ < std::chrono::milliseconds(100)) return;
    last_draw_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0.0;
    const double left = rate > 0 ? static_cast<double>(total - done) / rate : 0.0;
    char line[128];
    std::snprintf(line, sizeof line, "%zu/%zu files  %.0f files/s  %d:%02d left", done, total,
                  rate, static_cast<int>(left) / 60, static_cast<int>(left) % 60);
    std::cerr << "\r\033[K" << line << std::flush;
    line_drawn_ = true;
}

} // namespace pressdex::cli

namespace pressdex::cli {

void print_summary(std::ostream& out, const IndexSummary& summary) {
    out << "added " << summary.added << ", updated " << summary.updated << ", unchanged "
        << summary.unchanged << ", removed " << summary.removed << ", skipped "
        << summary.skipped_total();
    if (!summary.skipped.empty()) {
        out << " (";
        const char* separator = "";
        for (const auto& [reason, count] : summary.skipped) {
            out << separator << count << ' ' << reason;
            separator = ", ";
        }
        out << ')';
    }
    // A grown mbox or feed counts as one file updated; what became of its items is told apart.
    const IndexSummary::ItemCounts& items = summary.items;
    if (items.added + items.updated + items.unchanged + items.removed > 0)
        out << "; items of updated mboxes, feeds and emails: added " << items.added << ", updated "
            << items.updated << ", unchanged " << items.unchanged << ", removed " << items.removed;
    out << "; " << summary.documents << " releases in the index\n";
}

WatchReport::WatchReport(bool show_progress) : first_run_(show_progress) {}

void WatchReport::on_warning(const std::string& path, const std::string& reason) {
    first_run_.on_warning(path, reason);
}

void WatchReport::on_progress(std::size_t done, std::size_t total) {
    if (!watching_) first_run_.on_progress(done, total);
}

void WatchReport::on_indexed(const IndexSummary& summary, bool first) {
    // A batch that changed nothing (a file saved unchanged, an editor's backup file) is no news.
    if (!first && summary.added + summary.updated + summary.removed == 0) return;
    if (first) first_run_.clear_line();
    print_summary(std::cout, summary);
    std::cout << std::flush;
}

void WatchReport::on_watching(std::size_t folders) {
    watching_ = true;
    std::cout << "watching " << folders << (folders == 1 ? " folder" : " folders")
              << " for changes" << std::endl;
}

void WatchReport::on_notice(const std::string& message) {
    std::cerr << "pressdex-index: " << printable(message) << std::endl;
}

} // namespace pressdex::cli
