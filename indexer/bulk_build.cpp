#include "indexer/bulk_build.hpp"

#include "common/schema.hpp"
#include "indexer/document.hpp"
#include "indexer/prepare.hpp"
#include "indexer/xapian_reason.hpp"
#include "pressdex/error.hpp"

#include <xapian.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

namespace pressdex {
namespace fs = std::filesystem;

namespace {

// What the workers share: the next file to take, and the observer behind a lock.
class SharedProgress {
  public:
    SharedProgress(std::size_t total, IndexObserver& observer)
        : total_(total), observer_(observer) {}

    void failed(const FoundFile& file, const std::string& reason) {
        const std::lock_guard lock(mutex_);
        ++tally_.skipped[reason];
        observer_.on_warning(file.path.string(), reason);
    }

    // Indexed, but not all of it (an attachment skipped, text cut short): said, not counted.
    void note(const FoundFile& file, const std::string& note) {
        const std::lock_guard lock(mutex_);
        observer_.on_warning(file.path.string(), note);
    }

    void done(bool added) {
        const std::lock_guard lock(mutex_);
        if (added) ++tally_.added;
        observer_.on_progress(++done_, total_);
    }

    BulkBuildTally tally() {
        const std::lock_guard lock(mutex_);
        return tally_;
    }

  private:
    std::mutex mutex_;
    std::size_t total_;
    std::size_t done_ = 0;
    IndexObserver& observer_;
    BulkBuildTally tally_;
};

// Xapian holds a segment's postings and positions in memory until its one flush, about 125
// bytes per distinct term of each document. A segment is closed after `segment_size`
// releases or this many terms per release on average, whichever comes first, so that a run
// of long releases (newsramp's have 730 distinct terms, 820 with their quotes; grimmer-
// senate's 600) cannot raise the peak memory. Counting releases alone, it grew with the
// folder: a larger folder has more runs of long releases, and the longest sets the peak.
constexpr std::size_t terms_per_release = 600;

// A worker's output: a run of small databases ("segments"), each written once, in one
// flush, and never updated. Appending to one growing database would make every flush merge
// into its tables; the compactor merges all segments in one pass at the end instead.
} // namespace

std::string extraction_metadata(bool extract) {
    return extract ? std::to_string(schema::extraction_version) : std::string("none");
}

namespace {

class SegmentWriter {
  public:
    SegmentWriter(fs::path work_dir, std::size_t worker, std::size_t segment_size, std::string extraction)
        : work_dir_(std::move(work_dir)), worker_(worker),
          segment_size_(std::max<std::size_t>(segment_size, 1)),
          segment_terms_(segment_size_ * terms_per_release), extraction_(std::move(extraction)) {}

    void add(const Prepared& prepared) {
        for (const PreparedRelease& release : prepared.releases) {
            if (!db_) open_next();
            // Every path is new to this database, so add, not replace: no unique-term lookup.
            db_->add_document(release.doc);
            count_spelling_words(release.doc, spelling_); // for "did you mean" (issue 6)
            terms_in_segment_ += release.doc.termlist_count();
            for (const Xapian::Document& quote : release.quote_docs) {
                db_->add_document(quote);
                terms_in_segment_ += quote.termlist_count();
            }
            if (++in_segment_ >= segment_size_ || terms_in_segment_ >= segment_terms_)
                close_current();
        }
    }

    void finish() { close_current(); }

    [[nodiscard]] const std::vector<fs::path>& segments() const { return segments_; }

  private:
    void open_next() {
        segments_.push_back(work_dir_ / ("segment-" + std::to_string(worker_) + "-" +
                                         std::to_string(segments_.size())));
        db_.emplace(segments_.back().string(),
                    Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS | Xapian::DB_NO_SYNC);
        db_->set_metadata(std::string(schema::metadata_schema_key), std::to_string(schema::version));
        db_->set_metadata(std::string(schema::metadata_extraction_key), extraction_);
        in_segment_ = 0;
        terms_in_segment_ = 0;
    }

    void close_current() {
        if (!db_) return;
        add_spelling_counts(*db_, spelling_);
        db_->commit();
        db_->close();
        db_.reset();
    }

    fs::path work_dir_;
    std::size_t worker_;
    std::size_t segment_size_;
    std::size_t segment_terms_;
    std::string extraction_; // metadata_extraction_key's value
    std::optional<Xapian::WritableDatabase> db_;
    std::size_t in_segment_ = 0;
    std::size_t terms_in_segment_ = 0;
    SpellingCounts spelling_; // the segment's, added at its close
    std::vector<fs::path> segments_;
};

// The workers' malloc arenas keep the pages of their last segments' buffers after the
// threads end, and the compaction allocates anew in the main arena: without this, the two
// added up at the peak (the compaction's share growing with the number of segments).
void return_free_memory() {
#ifdef __GLIBC__
    ::malloc_trim(0);
#endif
}

} // namespace

BulkBuildTally bulk_build(const FoundFiles& files, const BulkBuildOptions& options,
                          IndexObserver& observer) {
    const std::size_t jobs = std::max<std::size_t>(options.jobs, 1);
    SharedProgress progress(files.size(), observer);
    std::atomic<std::size_t> next_file{0};
    std::atomic<bool> stop{false};
    std::mutex error_mutex;
    std::exception_ptr first_error;
    std::vector<std::vector<fs::path>> segments(jobs);

    const auto work = [&](std::size_t worker) {
        try {
            SegmentWriter shard(options.work_dir, worker, options.commit_every / jobs,
                                extraction_metadata(options.extract));
            DocumentBuilder builder; // one per thread: a TermGenerator is not shareable
            for (std::size_t i = next_file++; i < files.size() && !stop; i = next_file++) {
                const FoundFile file = files[i];
                const Prepared prepared = prepare(file, nullptr, builder, options.extract);
                if (prepared.outcome == Prepared::Outcome::failed)
                    progress.failed(file, prepared.failure);
                else
                    shard.add(prepared);
                for (const std::string& note : prepared.notes) progress.note(file, note);
                progress.done(prepared.outcome != Prepared::Outcome::failed);
            }
            shard.finish();
            segments[worker] = shard.segments();
        } catch (...) {
            stop = true;
            const std::lock_guard lock(error_mutex);
            if (!first_error) first_error = std::current_exception();
        }
    };
    std::vector<std::thread> workers;
    for (std::size_t w = 0; w < jobs; ++w) workers.emplace_back(work, w);
    for (std::thread& worker : workers) worker.join();
    return_free_memory();

    const std::string output = options.output.string();
    try {
        if (first_error) std::rethrow_exception(first_error);
        Xapian::Database all;
        for (const auto& worker_segments : segments)
            for (const fs::path& segment : worker_segments)
                all.add_database(Xapian::Database(segment.string()));
        if (all.size() == 0) {
            // No file could be indexed: still an index, empty.
            Xapian::WritableDatabase empty(output, Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
            empty.set_metadata(std::string(schema::metadata_schema_key), std::to_string(schema::version));
            empty.set_metadata(std::string(schema::metadata_extraction_key), extraction_metadata(options.extract));
            empty.commit();
        } else {
            all.compact(output, Xapian::DB_BACKEND_GLASS | Xapian::DBCOMPACT_MULTIPASS |
                                    Xapian::Compactor::FULL);
        }
    } catch (const Xapian::Error& e) {
        throw IndexError(options.index_name, "cannot write the new index (" + xapian_reason(e) +
                                                 "); the index is left as it was");
    }
    return progress.tally();
}

} // namespace pressdex
