#pragma once

// Sharding: `pressdex-index --shard K/N` keeps a deterministic 1/N share of the files, so N
// processes or machines can each build one shard of a large archive and pressdex-search can
// search the shards together (docs/scale-out.md).
//
// A file belongs to shard K of N when XXH3-64 (seed 0) of its path relative to the root it
// was found under, as UTF-8 bytes with '/' separators, is K-1 modulo N. The path is relative
// so that machines that mount the archive at different places agree on the split; the hash
// is XXH3 because its output is frozen by its specification (xxHash 0.8 and later), so the
// split does not change with the library version. Every shard must be built with the same N
// and the same roots.

#include "indexer/walk.hpp"

#include <cstdint>
#include <filesystem>
#include <string_view>
#include <vector>

namespace pressdex {

/// Shard `index` (1-based) of `count`.
struct Shard {
    unsigned index = 1;
    unsigned count = 1;
};

/// Parses "K/N" with 1 <= K <= N (N at most 65536). Throws pressdex::Error with a one-line
/// reason ("bad shard '0/4': K must be between 1 and N, e.g. 1/4").
[[nodiscard]] Shard parse_shard(std::string_view text);

/// The hash that assigns a file to a shard: XXH3-64, seed 0, of `relative_path`.
[[nodiscard]] std::uint64_t shard_hash(std::string_view relative_path);

/// True when the file whose path relative to its root is `relative_path` (with '/'
/// separators) belongs to `shard`.
[[nodiscard]] bool in_shard(std::string_view relative_path, const Shard& shard);

/// The key a file is sharded by: its path relative to the first of `roots` that holds it,
/// with '/' separators; a root that is a single file gives its file name. `file` and the
/// roots are absolute and lexically normal (absolute_root, FoundFile::path).
[[nodiscard]] std::string shard_key(const std::filesystem::path& file,
                                    const std::vector<std::filesystem::path>& absolute_roots);

/// Keeps only the files of `shard` among those the walk found under `roots` (as given on the
/// command line); the indexer then treats the others as not present.
void keep_shard(FoundFiles& files, const std::vector<std::filesystem::path>& roots,
                const Shard& shard);

} // namespace pressdex
