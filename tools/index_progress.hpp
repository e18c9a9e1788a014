#pragma once

#include "indexer/indexer.hpp"
#include "indexer/watch.hpp"

#include <chrono>
#include <cstdio>
#include <ostream>

namespace pressdex::cli {

/// Reports an index run on stderr: one line per warning, and on a terminal a progress line
/// (files done, rate, time left) redrawn at most ten times a second.
class IndexProgress final : public IndexObserver {
  public:
    explicit IndexProgress(bool show_progress);
    ~IndexProgress() override;

    void on_warning(const std::string& path, const std::string& reason) override;
    void on_progress(std::size_t done, std::size_t total) override;

    /// Clears the progress line, so that the next line printed starts clean.
    void clear_line();

  private:

    bool show_progress_;
    bool line_drawn_ = false;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_draw_;
};

/// The line that ends a run: "added 2, updated 1, unchanged 324, removed 0, skipped 1
/// (1 hidden); 327 releases in the index".
void print_summary(std::ostream& out, const IndexSummary& summary);

/// Reports `pressdex-index --watch`: the first run as any run (progress on a terminal,
/// warnings, the summary line), then "watching N folders for changes", then one summary line
/// per batch that changed the index, and notices about the watching itself on stderr. Lines
/// are flushed at once: a log (journald) shows them as they happen.
class WatchReport final : public WatchObserver {
  public:
    explicit WatchReport(bool show_progress);

    void on_warning(const std::string& path, const std::string& reason) override;
    void on_progress(std::size_t done, std::size_t total) override;
    void on_indexed(const IndexSummary& summary, bool first) override;
    void on_watching(std::size_t folders) override;
    void on_notice(const std::string& message) override;

  private:
    IndexProgress first_run_;
    bool watching_ = false;
};

} // namespace pressdex::cli
