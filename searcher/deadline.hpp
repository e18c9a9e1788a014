#pragma once

// A search's time limit (SearchOptions::time_limit).
//
// Xapian 1.4's Enquire::set_time_limit only stops check_at_least from being honoured once
// the time is up ("There's not currently a way to force the match to end after a certain
// time", xapian/enquire.h); a query that matches much of a large archive (a wide wildcard,
// a long OR) still reads every posting list to the end. So each bounded pass filters its
// query by a posting source that matches every document until the deadline and then ends:
// Xapian's AND then ends too, and get_mset() returns the best of the documents looked at
// so far, as if they were all the matches. The source is only asked about documents the
// query's other terms already matched (it claims every document, so it never leads the
// AND), which costs a virtual call per candidate and a clock read per 16.
//
// A remote shard's xapian-tcpsrv cannot run a posting source it was not built with, so
// over remote shards the deadline falls back to Enquire::set_time_limit alone.

#include <xapian.h>

#include <chrono>
#include <memory>

namespace pressdex {

class Deadline {
  public:
    using clock = std::chrono::steady_clock;

    /// No limit: bound() returns its query as it is, passed() is always false.
    Deadline() = default;
    /// Ends `limit` from now; a limit of zero or less means none. With `remote`, queries
    /// are not filtered (see above), only Enquire time limits are set.
    Deadline(std::chrono::nanoseconds limit, bool remote);

    /// Whether there is a limit.
    [[nodiscard]] bool set() const noexcept { return state_ != nullptr; }
    /// Whether the deadline has passed (reads the clock).
    [[nodiscard]] bool passed() const;
    /// Whether a bounded pass was ended by the deadline, or a pass was skipped for it
    /// (skip()): the results then count only what was looked at.
    [[nodiscard]] bool cut_short() const noexcept;
    /// Records that a pass was left out because the deadline had passed.
    void skip() const;

    /// `query` filtered so that matching ends at the deadline (no filter without a limit).
    [[nodiscard]] Xapian::Query bound(const Xapian::Query& query) const;
    /// Over remote shards, gives `enquire` the time left (Xapian's own limit, which only
    /// drops check_at_least); nothing for local indexes.
    void limit(Xapian::Enquire& enquire) const;

    struct State; // shared with the posting sources, one per shard

  private:
    std::shared_ptr<State> state_;
};

} // namespace pressdex
