#include "searcher/deadline.hpp"

#include <atomic>

namespace pressdex {

struct Deadline::State {
    clock::time_point end;
    bool remote = false;
    // Set by any source that ended at the deadline, or by skip(). A search runs on one
    // thread, but Xapian may clone a source per shard; atomic costs nothing here.
    std::atomic<bool> cut{false};

    bool passed() const { return clock::now() >= end; }
};

namespace {

// Matches every document until the deadline, then ends (see deadline.hpp). Weightless: it
// only ever sits under OP_FILTER.
class DeadlineSource final : public Xapian::PostingSource {
  public:
    explicit DeadlineSource(std::shared_ptr<Deadline::State> state) : state_(std::move(state)) {}

    void init(const Xapian::Database& db) override {
        db_ = db;
        docs_ = db.get_doccount();
        current_ = 0;
        ended_ = false;
        calls_ = 0;
        all_ = Xapian::PostingIterator();
        leading_ = false;
    }

    // It claims every document, so that Xapian's AND never lets it lead and estimates stay
    // those of the query alone.
    Xapian::doccount get_termfreq_min() const override { return docs_; }
    Xapian::doccount get_termfreq_est() const override { return docs_; }
    Xapian::doccount get_termfreq_max() const override { return docs_; }

    // Asked by AND about a document its other terms matched: it matches, until the time is up.
    bool check(Xapian::docid did, double) override {
        if (time_up()) return true; // at the end: a definite position
        current_ = did;
        return true;
    }

    // Only called when nothing else leads (a query of this source alone): walk the documents
    // that exist.
    void next(double) override {
        if (time_up()) return;
        if (!leading_) {
            all_ = db_.postlist_begin("");
            leading_ = true;
        } else {
            ++all_;
        }
        settle();
    }

    void skip_to(Xapian::docid did, double) override {
        if (time_up()) return;
        if (!leading_) {
            all_ = db_.postlist_begin("");
            leading_ = true;
        }
        all_.skip_to(did);
        settle();
    }

    bool at_end() const override { return ended_; }
    Xapian::docid get_docid() const override { return current_; }

    Xapian::PostingSource* clone() const override { return new DeadlineSource(state_); }
    std::string get_description() const override { return "DeadlineSource()"; }

  private:
    // The clock is read on the first call and then every 16th: a candidate costs far less
    // than a clock read, and 16 candidates far less than any useful limit.
    bool time_up() {
        if (ended_) return true;
        if ((calls_++ & 15) == 0 && state_->passed()) {
            ended_ = true;
            state_->cut = true;
        }
        return ended_;
    }

    void settle() {
        if (all_ == db_.postlist_end("")) ended_ = true;
        else current_ = *all_;
    }

    std::shared_ptr<Deadline::State> state_;
    Xapian::Database db_;
    Xapian::doccount docs_ = 0;
    Xapian::docid current_ = 0;
    Xapian::PostingIterator all_;
    bool leading_ = false;
    bool ended_ = false;
    unsigned calls_ = 0;
};

} // namespace

Deadline::Deadline(std::chrono::nanoseconds limit, bool remote) {
    if (limit <= std::chrono::nanoseconds::zero()) return;
    state_ = std::make_shared<State>();
    state_->end = clock::now() + limit;
    state_->remote = remote;
}

bool Deadline::passed() const { return state_ && state_->passed(); }

bool Deadline::cut_short() const noexcept {
    // Over remote shards nothing tells whether Xapian's own limit struck: the time being up
    // is the best sign there is.
    return state_ && (state_->cut || (state_->remote && state_->passed()));
}

void Deadline::skip() const {
    if (state_) state_->cut = true;
}

Xapian::Query Deadline::bound(const Xapian::Query& query) const {
    if (!state_ || state_->remote) return query;
    return Xapian::Query(Xapian::Query::OP_FILTER, query,
                         Xapian::Query((new DeadlineSource(state_))->release()));
}

void Deadline::limit(Xapian::Enquire& enquire) const {
    // Locally the posting source does it all; Xapian's limit would only add a timer per pass.
    if (!state_ || !state_->remote) return;
    const auto left = std::chrono::duration<double>(state_->end - clock::now()).count();
    // Xapian reads 0 as "no limit": a deadline already passed gets the shortest one.
    enquire.set_time_limit(left > 1e-6 ? left : 1e-6);
}

} // namespace pressdex
