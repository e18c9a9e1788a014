#include "indexer/indexer.hpp"

#include "common/schema.hpp"
#include "indexer/document.hpp"
#include "indexer/read_release.hpp"
#include "indexer/walk.hpp"
#include "pressdex/error.hpp"

#include <xapian.h>

#include <algorithm>
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

// What the index remembers of a file, read back from its value slots.
struct IndexedFile {
    Xapian::docid docid = 0;
    std::string size;
    std::string mtime;
    std::string hash;
};

using IndexedFiles = std::unordered_map<std::string, IndexedFile>;

IndexedFiles read_indexed_files(const Xapian::Database& db) {
    IndexedFiles files;
    files.reserve(db.get_doccount());
    for (auto it = db.valuestream_begin(schema::slot_path); it != db.valuestream_end(schema::slot_path);
         ++it)
        files[*it].docid = it.get_docid();
    std::unordered_map<Xapian::docid, IndexedFile*> by_docid;
    by_docid.reserve(files.size());
    for (auto& [path, file] : files) by_docid[file.docid] = &file;
    const auto fill = [&](Xapian::valueno slot, std::string IndexedFile::*member) {
        for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it)
            if (auto found = by_docid.find(it.get_docid()); found != by_docid.end())
                found->second->*member = *it;
    };
    fill(schema::slot_size, &IndexedFile::size);
    fill(schema::slot_mtime, &IndexedFile::mtime);
    fill(schema::slot_hash, &IndexedFile::hash);
    return files;
}

bool is_pressdex_or_empty_folder(const fs::path& dir) {
    std::error_code ec;
    if (!fs::exists(dir, ec)) return true;
    if (!fs::is_directory(dir, ec)) return false;
    if (fs::is_empty(dir, ec)) return true;
    return fs::exists(dir / "iamglass", ec) || fs::exists(dir / "iamchert", ec);
}

Xapian::WritableDatabase open_for_writing(const IndexOptions& options) {
    const std::string dir = options.index_dir.string();
    if (!is_pressdex_or_empty_folder(options.index_dir))
        throw IndexError(dir, "exists and is not an index; refusing to write into it");
    try {
        Xapian::WritableDatabase db(
            dir, options.rebuild ? Xapian::DB_CREATE_OR_OVERWRITE : Xapian::DB_CREATE_OR_OPEN);
        const std::string schema = db.get_metadata(std::string(schema::metadata_schema_key));
        if (db.get_doccount() > 0 && schema != std::to_string(schema::version))
            throw IndexError(dir, "was built by an incompatible pressdex (index schema '" + schema +
                                      "', this build writes " + std::to_string(schema::version) +
                                      "); rebuild it with --rebuild");
        db.set_metadata(std::string(schema::metadata_schema_key), std::to_string(schema::version));
        return db;
    } catch (const Xapian::DatabaseLockError&) {
        throw IndexError(dir, "is being updated by another pressdex-index process");
    } catch (const Xapian::Error& e) {
        throw IndexError(dir, "cannot open for writing: " + e.get_msg());
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

// What a worker made of one file that needed reading.
struct Prepared {
    enum class Outcome { add, update, same_content, failed } outcome = Outcome::failed;
    const FoundFile* file = nullptr;
    SourceFile source;
    Xapian::Document doc;
    std::vector<Xapian::Document> quote_docs;
    std::string failure; // for Outcome::failed
};

// Read, hash, decode, parse and build: everything about one file that does not touch the
// database, so that workers can do it in parallel. `known` is the file's entry in the index
// as the run began, if any.
Prepared prepare(const FoundFile& file, const IndexedFile* known, DocumentBuilder& builder,
                 bool extract_facts) {
    Prepared result;
    result.file = &file;
    const std::string path = file.path.string();
    try {
        const std::string bytes = read_file_bytes(file.path);
        result.source = SourceFile{path, file.type, file.stat, content_hash(bytes)};
        if (known && known->hash == result.source.content_hash) {
            result.outcome = Prepared::Outcome::same_content;
            return result;
        }
        const Release release = decode_release(bytes, file.type, path);
        const extract::Facts facts =
            extract_facts ? extract::extract_facts(release.title, release.body) : extract::Facts{};
        result.doc = builder.build(release, result.source, facts);
        result.quote_docs = builder.build_quotes(release, result.source, facts);
        result.outcome = known ? Prepared::Outcome::update : Prepared::Outcome::add;
    } catch (const FileError& e) {
        result.failure = e.reason();
    } catch (const std::exception& e) {
        // A bug or resource failure on one file must not end the run.
        result.failure = std::string("cannot index: ") + e.what();
    }
    return result;
}

std::size_t worker_count(std::size_t requested) {
    if (requested > 0) return requested;
    const unsigned cores = std::thread::hardware_concurrency();
    return cores > 0 ? cores : 1;
}

// One run's state: the database, what it held when the run began, and the tally.
class Run {
  public:
    Run(const IndexOptions& options, IndexObserver& observer)
        : options_(options), observer_(observer), db_(open_for_writing(options)),
          indexed_(read_indexed_files(db_)) {}

    IndexSummary execute() {
        const auto files = find_release_files(options_.roots, [this](const SkippedPath& skip) {
            ++summary_.skipped[skip.reason];
            if (skip.warning) observer_.on_warning(skip.path.string(), skip.reason);
        });
        // Unchanged size and mtime: not read at all.
        std::vector<const FoundFile*> to_read;
        for (const FoundFile& file : files) {
            const IndexedFile* known = find_indexed(file);
            if (known) seen_.insert(file.path.string());
            if (known && known->size == std::to_string(file.stat.size) &&
                known->mtime == std::to_string(file.stat.mtime_ns))
                ++summary_.unchanged;
            else
                to_read.push_back(&file);
        }
        done_ = files.size() - to_read.size();
        observer_.on_progress(done_, files.size());
        prepare_and_apply(to_read, files.size());
        remove_vanished();
        commit();
        summary_.documents = db_.get_termfreq(std::string(schema::term_kind_release));
        return summary_;
    }

  private:
    const IndexedFile* find_indexed(const FoundFile& file) const {
        const auto it = indexed_.find(file.path.string());
        return it == indexed_.end() ? nullptr : &it->second;
    }

    // Workers prepare the next chunk of files while this thread writes the current one to
    // the database: Xapian's writes, not the text work, are the slowest stage, so they
    // must overlap.
    void prepare_and_apply(const std::vector<const FoundFile*>& to_read, std::size_t total) {
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
                        results[i - begin] = prepare(*to_read[i], find_indexed(*to_read[i]),
                                                     builder, options_.extract);
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
        switch (prepared.outcome) {
        case Prepared::Outcome::failed:
            // The file keeps its earlier version in the index, if it had one.
            ++summary_.skipped[prepared.failure];
            observer_.on_warning(prepared.file->path.string(), prepared.failure);
            return;
        case Prepared::Outcome::same_content:
            remember_new_mtime(indexed_.at(path).docid, prepared.source);
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
    void remember_new_mtime(Xapian::docid docid, const SourceFile& source) {
        guard_writes([&] {
            Xapian::Document doc = db_.get_document(docid);
            doc.add_value(schema::slot_mtime, std::to_string(source.stat.mtime_ns));
            doc.add_value(schema::slot_size, std::to_string(source.stat.size));
            db_.replace_document(docid, doc);
        });
        count_change();
    }

    // The release replaces its earlier version; its quotes replace all its earlier quotes.
    void write(const std::string& path, const Prepared& prepared) {
        guard_writes([&] {
            db_.replace_document(unique_id_term(path), prepared.doc);
            if (prepared.outcome == Prepared::Outcome::update) db_.delete_document(quote_of_term(path));
            for (const Xapian::Document& quote : prepared.quote_docs) db_.add_document(quote);
        });
        count_change();
    }

    void remove_vanished() {
        std::vector<std::string> roots;
        for (const fs::path& root : options_.roots) roots.push_back(absolute_root(root).string());
        for (const auto& [path, file] : indexed_) {
            if (seen_.count(path) || !is_under(path, roots)) continue;
            guard_writes([&] {
                db_.delete_document(file.docid);
                db_.delete_document(quote_of_term(path));
            });
            ++summary_.removed;
            count_change();
        }
    }

    void count_change() {
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
                                 e.get_msg());
        }
    }

    const IndexOptions& options_;
    IndexObserver& observer_;
    Xapian::WritableDatabase db_;
    IndexedFiles indexed_;
    std::unordered_set<std::string> seen_;
    IndexSummary summary_;
    std::size_t changes_since_commit_ = 0;
    std::size_t done_ = 0;
};

} // namespace

Indexer::Indexer(IndexOptions options) : options_(std::move(options)) {}

IndexSummary Indexer::run(IndexObserver& observer) {
    Run run(options_, observer);
    return run.execute();
}

} // namespace pressdex
