#pragma once

#include "indexer/indexer.hpp"

#include <chrono>
#include <cstdio>

namespace pressdex::cli {

/// Reports an index run on stderr: one line per warning, and on a terminal a progress line
/// (files done, rate, time left) redrawn at most ten times a second.
class IndexProgress final : public IndexObserver {
  public:
    explicit IndexProgress(bool show_progress);
    ~IndexProgress() override;

    void on_warning(const std::string& path, const std::string& reason) override;
    void on_progress(std::size_t done, std::size_t total) override;

  private:
    void clear_line();

    bool show_progress_;
    bool line_drawn_ = false;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_draw_;
};

} // namespace pressdex::cli
