#include "indexer/indexer.hpp"

#include "common/schema.hpp"
#include "indexer/bulk_build.hpp"
#include "indexer/document.hpp"
#include "indexer/index_dir.hpp"
#include "indexer/prepare.hpp"
#include "indexer/walk.hpp"
#include "indexer/xapian_reason.hpp"
#include "pressdex/error.hpp"

#include <xapian.h>

#include <algorithm>
#include <functional>
#include <future>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace pressdex {
namespace fs = std::filesystem;

std::size_t IndexSummary::skipped_total() const {
    std::size_t total = 0;
    for (const auto& [reason, count] : skipped) total += count;
    return total;
}

namespace {

using IndexedFiles = std::unordered_map<std::string, IndexedFile>;

IndexedFiles read_indexed_files(const Xapian::Database& db) {
    IndexedFiles files;
    files.reserve(db.get_doccount());
    // Items of a container file are remembered under the container's path.
    std::unordered_map<Xapian::docid, std::string> container_of;
    for (auto it = db.valuestream_begin(schema::slot_container);
         it != db.valuestream_end(schema::slot_container); ++it)
        container_of.emplace(it.get_docid(), *it);
    std::unordered_map<Xapian::docid, IndexedFile*> by_docid;
    by_docid.reserve(db.get_doccount());
    for (auto it = db.valuestream_begin(schema::slot_path); it != db.valuestream_end(schema::slot_path);
         ++it) {
        const Xapian::docid docid = it.get_docid();
        if (const auto container = container_of.find(docid); container != container_of.end()) {
            IndexedFile& file = files[container->second];
            file.items.push_back({*it, docid, {}});
            by_docid[docid] = &file;
        } else {
            IndexedFile& file = files[*it];
            file.docid = docid;
            by_docid[docid] = &file;
        }
    }
    const auto fill = [&](Xapian::valueno slot, std::string IndexedFile::*member) {
        for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it)
            if (auto found = by_docid.find(it.get_docid()); found != by_docid.end())
                found->second->*member = *it;
    };
    fill(schema::slot_size, &IndexedFile::size);
    fill(schema::slot_mtime, &IndexedFile::mtime);
    fill(schema::slot_hash, &IndexedFile::hash);
    std::unordered_map<Xapian::docid, std::string> item_hashes;
    for (auto it = db.valuestream_begin(schema::slot_item_hash);
         it != db.valuestream_end(schema::slot_item_hash); ++it)
        item_hashes.emplace(it.get_docid(), *it);
    for (auto& [path, file] : files)
        for (IndexedItem& item : file.items)
            if (auto hash = item_hashes.find(item.docid); hash != item_hashes.end())
                item.hash = std::move(hash->second);
    return files;
}

Xapian::WritableDatabase open_generation(const fs::path& generation, const fs::path& index_dir) {
    try {
        Xapian::WritableDatabase db(generation.string(), Xapian::DB_OPEN);
        const std::string schema = db.get_metadata(std::string(schema::metadata_schema_key));
        if (schema != std::to_string(schema::version))
            throw IndexError(index_dir.string(),
                             "was built by an incompatible pressdex (index schema '" + schema +
                                 "', this build writes " + std::to_string(schema::version) +
                                 "); rebuild it with --rebuild");
        return db;
    } catch (const Xapian::DatabaseLockError&) {
        throw IndexError(index_dir.string(), "is locked by a process that is not pressdex-index");
    } catch (const Xapian::Error& e) {
        throw IndexError(index_dir.string(), "cannot open for writing: " + e.get_msg());
    }
}

// Whether the index's releases were extracted as this build extracts them (or, with
// --no-extract, not at all): an index built by other rules is built anew.
bool built_by_this_extraction(const fs::path& generation, const IndexOptions& options) {
    try {
        const std::string built = Xapian::Database(generation.string())
                                      .get_metadata(std::string(schema::metadata_extraction_key));
        return built == extraction_metadata(options.extract) || (!options.extract && built.empty());
    } catch (const Xapian::Error& e) {
        throw IndexError(options.index_dir.string(), "cannot read: " + xapian_reason(e));
    }
}

// `index_dir` names the index in the error: a damaged database is the index's failure (exit
// status 1), never an exception that escapes as something else.
std::size_t release_count(const fs::path& generation, const fs::path& index_dir) {
    try {
        return Xapian::Database(generation.string())
            .get_termfreq(std::string(schema::term_kind_release));
    } catch (const Xapian::Error& e) {
        throw IndexError(index_dir.string(), "cannot read: " + xapian_reason(e));
    }
}

IndexedFiles read_indexed_files(const Xapian::Database& db, const fs::path& index_dir) {
    try {
        return read_indexed_files(db);
    } catch (const Xapian::Error& e) {
        throw IndexError(index_dir.string(), "cannot read: " + xapian_reason(e));
    }
}

bool is_under(const std::string& path, const std::vector<std::string>& roots) {
    for (const std::string& root : roots) {
        if (path == root) return true;
        if (path.size() > root.size() && path.compare(0, root.size(), root) == 0 &&
            (root.back() == '/' || path[root.size()] == '/'))
            return true;
    }
    return false;
}

std::size_t worker_count(std::size_t requested) {
    if (requested > 0) return requested;
    const unsigned cores = std::thread::hardware_concurrency();
    return cores > 0 ? cores : 1;
}

void merge_skipped(IndexSummary& summary, const std::map<std::string, std::size_t>& skipped) {
    for (const auto& [reason, count] : skipped) summary.skipped[reason] += count;
}

// Brings the live generation up to date in place: changed files are re-read in parallel and
// written by this thread, committed in batches so an interrupted run keeps its work.
class IncrementalUpdate {
  public:
    IncrementalUpdate(const IndexOptions& options, IndexObserver& observer,
                      const fs::path& generation, IndexSummary& summary)
        : options_(options), observer_(observer),
          db_(open_generation(generation, options.index_dir)),
          indexed_(read_indexed_files(db_, options.index_dir)), summary_(summary) {}

    /// Returns the number of documents written or removed.
    std::size_t run(const FoundFiles& files) {
        // Unchanged size and mtime: not read at all.
        std::vector<FoundFile> to_read;
        for (std::size_t i = 0; i < files.size(); ++i) {
            const std::string path(files.path(i));
            const IndexedFile* known = find_indexed(path);
            if (known) seen_.insert(path);
            if (known && known->size == std::to_string(files.stat(i).size) &&
                known->mtime == std::to_string(files.stat(i).mtime_ns))
                ++summary_.unchanged;
            else
                to_read.push_back(files[i]);
        }
        done_ = files.size() - to_read.size();
        observer_.on_progress(done_, files.size());
        prepare_and_apply(to_read, files.size());
        remove_vanished();
        commit();
        summary_.documents = db_.get_termfreq(std::string(schema::term_kind_release));
        guard_writes([&] { db_.close(); });
        return changes_;
    }

    [[nodiscard]] std::size_t documents_before() const { return indexed_.size(); }

  private:
    const IndexedFile* find_indexed(const std::string& path) const {
        const auto it = indexed_.find(path);
        return it == indexed_.end() ? nullptr : &it->second;
    }

    // Workers prepare the next chunk of files while this thread writes the current one.
    void prepare_and_apply(const std::vector<FoundFile>& to_read, std::size_t total) {
        constexpr std::size_t chunk_size = 256;
        const std::size_t workers = worker_count(options_.jobs);
        const auto prepare_chunk = [this, &to_read, workers](std::size_t begin) {
            const std::size_t end = std::min(begin + chunk_size, to_read.size());
            std::vector<Prepared> results(end - begin);
            std::vector<std::future<void>> tasks;
            for (std::size_t w = 0; w < workers; ++w) {
                tasks.push_back(std::async(std::launch::async, [&, w] {
                    DocumentBuilder builder; // one per thread: TermGenerator is not shareable
                    for (std::size_t i = begin + w; i < end; i += workers)
                        results[i - begin] =
                            prepare(to_read[i], find_indexed(to_read[i].path.string()), builder,
                                    options_.extract);
                }));
            }
            for (auto& task : tasks) task.get();
            return results;
        };
        if (to_read.empty()) return;
        auto next = std::async(std::launch::async, prepare_chunk, 0);
        for (std::size_t begin = 0; begin < to_read.size(); begin += chunk_size) {
            std::vector<Prepared> current = next.get();
            if (begin + chunk_size < to_read.size())
                next = std::async(std::launch::async, prepare_chunk, begin + chunk_size);
            for (Prepared& prepared : current) {
                apply(prepared);
                observer_.on_progress(++done_, total);
            }
        }
    }

    void apply(Prepared& prepared) {
        const std::string& path = prepared.source.path.empty() ? prepared.file->path.string()
                                                               : prepared.source.path;
        for (const std::string& note : prepared.notes) observer_.on_warning(prepared.file->path.string(), note);
        switch (prepared.outcome) {
        case Prepared::Outcome::failed:
            // The file keeps its earlier version in the index, if it had one.
            ++summary_.skipped[prepared.failure];
            observer_.on_warning(prepared.file->path.string(), prepared.failure);
            return;
        case Prepared::Outcome::same_content:
            remember_new_mtime(indexed_.at(path), prepared.source);
            ++summary_.unchanged;
            return;
        case Prepared::Outcome::add:
        case Prepared::Outcome::update:
            write(path, prepared);
            ++(prepared.outcome == Prepared::Outcome::add ? summary_.added : summary_.updated);
            return;
        }
    }

    // A touched or copied file: same content, new mtime. Recording the mtime spares the next
    // run from reading it again.
    void remember_new_mtime(const IndexedFile& file, const SourceFile& source) {
        guard_writes([&] {
            if (file.docid != 0) set_file_values(file.docid, source);
            for (const IndexedItem& item : file.items) set_file_values(item.docid, source);
        });
        count_change();
    }

    // The file's size, mtime and hash on one of its documents; its terms are not touched, so
    // Xapian rewrites no posting list.
    void set_file_values(Xapian::docid docid, const SourceFile& source) {
        Xapian::Document doc = db_.get_document(docid);
        doc.add_value(schema::slot_mtime, std::to_string(source.stat.mtime_ns));
        doc.add_value(schema::slot_size, std::to_string(source.stat.size));
        doc.add_value(schema::slot_hash, source.content_hash);
        db_.replace_document(docid, doc);
    }

    // Removes one release with its quotes and its spelling data.
    void remove_release(const std::string& path, Xapian::docid docid) {
        note_release_removed(db_, db_.get_document(docid));
        db_.delete_document(docid);
        db_.delete_document(quote_of_term(path));
    }

    // Removes every release of an indexed file (its own and its items) with their quotes.
    void remove_releases(const std::string& path, const IndexedFile& file) {
        if (file.docid != 0) remove_release(path, file.docid);
        for (const IndexedItem& item : file.items) remove_release(item.path, item.docid);
    }

    // The file's releases replace its earlier ones, with their quotes; spelling words follow
    // the releases (issue 6: did you mean), the old version's out, the new version's in. In
    // a changed container (a grown mbox, an updated feed) an item that reads as before keeps
    // its document, given the container's new size, mtime and hash; an item gone from it
    // disappears; the others are written anew.
    void write(const std::string& path, const Prepared& prepared) {
        const bool update = prepared.outcome == Prepared::Outcome::update;
        guard_writes([&] {
            if (update) remove_replaced(path, indexed_.at(path), prepared);
            for (const PreparedRelease& release : prepared.releases) {
                if (release.kept_docid != 0) {
                    set_file_values(release.kept_docid, prepared.source);
                    continue;
                }
                db_.replace_document(unique_id_term(release.path), release.doc);
                note_release_added(db_, release.doc);
                for (const Xapian::Document& quote : release.quote_docs) db_.add_document(quote);
            }
        });
        if (update) count_items(indexed_.at(path), prepared);
        count_change();
    }

    // Of a changed file's indexed releases, removes all but the items kept.
    void remove_replaced(const std::string& path, const IndexedFile& file, const Prepared& prepared) {
        std::unordered_set<Xapian::docid> kept;
        for (const PreparedRelease& release : prepared.releases)
            if (release.kept_docid != 0) kept.insert(release.kept_docid);
        if (file.docid != 0) remove_release(path, file.docid);
        for (const IndexedItem& item : file.items)
            if (!kept.count(item.docid)) remove_release(item.path, item.docid);
    }

    // What became of a changed container's items (IndexSummary::items).
    void count_items(const IndexedFile& file, const Prepared& prepared) {
        const std::string& path = prepared.source.path;
        std::unordered_set<std::string_view> before, after;
        for (const IndexedItem& item : file.items) before.insert(item.path);
        for (const PreparedRelease& release : prepared.releases) {
            if (release.path == path) continue; // the file's own release, not an item
            after.insert(release.path);
            if (release.kept_docid != 0)
                ++summary_.items.unchanged;
            else
                ++(before.count(release.path) ? summary_.items.updated : summary_.items.added);
        }
        for (const std::string_view item : before) summary_.items.removed += after.count(item) == 0;
    }

    void remove_vanished() {
        std::vector<std::string> roots;
        for (const fs::path& root : options_.roots) roots.push_back(absolute_root(root).string());
        for (const auto& entry : indexed_) {
            // Named, not structured bindings: clang before 16 (Debian 12 has 14, which the
            // fuzz build uses) cannot capture those in a lambda.
            const std::string& path = entry.first;
            const IndexedFile& file = entry.second;
            if (seen_.count(path) || !is_under(path, roots)) continue;
            guard_writes([&] { remove_releases(path, file); });
            ++summary_.removed;
            count_change();
        }
    }

    void count_change() {
        ++changes_;
        if (++changes_since_commit_ >= options_.commit_every) commit();
    }

    void commit() {
        guard_writes([&] { db_.commit(); });
        changes_since_commit_ = 0;
    }

    template <typename F> void guard_writes(F&& write_step) {
        try {
            write_step();
        } catch (const Xapian::Error& e) {
            throw IndexError(options_.index_dir.string(),
                             "write failed, the index keeps its last committed state: " +
                                 xapian_reason(e));
        }
    }

    const IndexOptions& options_;
    IndexObserver& observer_;
    Xapian::WritableDatabase db_;
    IndexedFiles indexed_;
    std::unordered_set<std::string> seen_;
    IndexSummary& summary_;
    std::size_t changes_ = 0;
    std::size_t changes_since_commit_ = 0;
    std::size_t done_ = 0;
};

// In-place updates leave Xapian's tables partly empty; past this share of changed documents
// a compaction into a new generation (seconds) wins back the space.
constexpr double compact_after_changed_share = 0.2;

void compact_into_new_generation(IndexDirectory& dir, const fs::path& live,
                                 IndexObserver& observer) {
    const fs::path generation = dir.next_generation();
    try {
        Xapian::Database(live.string())
            .compact(generation.string(), Xapian::DB_BACKEND_GLASS | Xapian::Compactor::FULL);
    } catch (const Xapian::Error& e) {
        std::error_code ec;
        fs::remove_all(generation, ec);
        // The live generation is complete already; only the space is not won back.
        observer.on_warning(dir.path().string(),
                            "updated, but not compacted: " + xapian_reason(e));
        return;
    }
    dir.swap_to(generation);
}

// Updates the live generation in place for `files`, removing indexed files under
// `options.roots` that are not among them; then compacts after many changes.
void update_in_place(const IndexOptions& options, IndexDirectory& dir, const fs::path& live,
                     const FoundFiles& files, IndexObserver& observer, IndexSummary& summary) {
    IncrementalUpdate update(options, observer, live, summary);
    const std::size_t before = update.documents_before();
    const std::size_t changes = update.run(files);
    if (changes > 0 && changes >= compact_after_changed_share * static_cast<double>(before))
        compact_into_new_generation(dir, live, observer);
}

// The release files at or below `paths`, as the walk finds them. A path that is gone (also
// one that vanishes while this looks), a symbolic link or a special file holds none.
FoundFiles release_files_at(const std::vector<fs::path>& paths,
                            const std::function<void(const SkippedPath&)>& on_skip) {
    FoundFiles all;
    for (const fs::path& path : paths) {
        std::error_code ec;
        const auto status = fs::symlink_status(path, ec);
        if (ec || !(fs::is_directory(status) || fs::is_regular_file(status))) continue;
        FoundFiles found;
        try {
            found = find_release_files({path}, on_skip);
        } catch (const Error&) {
            continue; // removed since the look above: gone
        }
        for (std::size_t i = 0; i < found.size(); ++i)
            all.add(found.path(i), found[i].type, found.stat(i));
    }
    all.sort_unique();
    return all;
}

} // namespace

Indexer::Indexer(IndexOptions options) : options_(std::move(options)) {}

IndexSummary Indexer::update(const std::vector<fs::path>& paths, IndexObserver& observer) {
    IndexDirectory dir(options_.index_dir, options_.wait);
    const auto live = dir.live_generation();
    if (!live || options_.rebuild || !built_by_this_extraction(*live, options_)) return run_locked(dir, observer);
    IndexSummary summary;
    auto files = release_files_at(paths, [&](const SkippedPath& skip) {
        ++summary.skipped[skip.reason];
        if (skip.warning) observer.on_warning(skip.path.string(), skip.reason);
    });
    // Shards are keyed by the path below the roots given, not below the paths changed.
    if (options_.shard) keep_shard(files, options_.roots, *options_.shard);
    IndexOptions scope = options_;
    scope.roots = paths; // what is not found at or below these paths is gone
    update_in_place(scope, dir, *live, files, observer, summary);
    return summary;
}

IndexSummary Indexer::run(IndexObserver& observer) {
    IndexDirectory dir(options_.index_dir, options_.wait);
    return run_locked(dir, observer);
}

IndexSummary Indexer::run_locked(IndexDirectory& dir, IndexObserver& observer) {
    dir.remove_leftovers();
    IndexSummary summary;
    auto files = find_release_files(options_.roots, [&](const SkippedPath& skip) {
        ++summary.skipped[skip.reason];
        if (skip.warning) observer.on_warning(skip.path.string(), skip.reason);
    });
    // --shard K/N: files of other shards count as not present.
    if (options_.shard) keep_shard(files, options_.roots, *options_.shard);

    const auto live = dir.live_generation();
    if (!live && dir.has_legacy_tables() && !options_.rebuild)
        throw IndexError(options_.index_dir.string(),
                         "was built by an older pressdex (index schema 2); rebuild it with --rebuild");
    if (live && !options_.rebuild && release_count(*live, options_.index_dir) > 0) {
        if (built_by_this_extraction(*live, options_)) {
            update_in_place(options_, dir, *live, files, observer, summary);
            return summary;
        }
        // Older extraction rules: every release is extracted again, in a new generation.
        observer.on_warning(options_.index_dir.string(),
                            "was built by other extraction rules; extracting every release again");
    }

    // A new index, or a rebuild: build the next generation from nothing, in parallel, while
    // searches go on reading the live one.
    const fs::path work_dir = dir.make_work_dir();
    const fs::path generation = dir.next_generation();
    BulkBuildOptions bulk;
    bulk.work_dir = work_dir;
    bulk.output = generation;
    bulk.index_name = options_.index_dir.string();
    bulk.jobs = worker_count(options_.jobs);
    bulk.commit_every = options_.commit_every;
    bulk.extract = options_.extract;
    const auto discard_work = [&] {
        std::error_code ec;
        fs::remove_all(work_dir, ec);
    };
    BulkBuildTally tally;
    try {
        tally = bulk_build(files, bulk, observer);
    } catch (...) {
        // A full disk, say: the live generation was never touched; give the space back.
        discard_work();
        std::error_code ec;
        fs::remove_all(generation, ec);
        throw;
    }
    discard_work();
    dir.swap_to(generation);
    summary.added = tally.added;
    merge_skipped(summary, tally.skipped);
    summary.documents = release_count(generation, options_.index_dir);
    return summary;
}

} // namespace pressdex
