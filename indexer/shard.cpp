#include "indexer/shard.hpp"

#include "pressdex/error.hpp"

#include <xxhash.h>

#include <algorithm>
#include <charconv>

namespace pressdex {
namespace fs = std::filesystem;

namespace {

// Enough for any archive; small enough that "4294967295" is refused rather than misread.
constexpr unsigned max_shards = 65536;

[[noreturn]] void bad_shard(std::string_view text, const std::string& why) {
    throw Error("bad shard '" + std::string(text) + "': " + why + ", e.g. 1/4");
}

unsigned parse_number(std::string_view text, std::string_view digits) {
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size())
        bad_shard(text, "expected K/N, two whole numbers");
    return value;
}

bool is_within(const fs::path& file, const fs::path& root) {
    return std::mismatch(root.begin(), root.end(), file.begin(), file.end()).first == root.end();
}

} // namespace

Shard parse_shard(std::string_view text) {
    const auto slash = text.find('/');
    if (slash == std::string_view::npos) bad_shard(text, "expected K/N");
    const unsigned index = parse_number(text, text.substr(0, slash));
    const unsigned count = parse_number(text, text.substr(slash + 1));
    if (count < 1 || count > max_shards)
        bad_shard(text, "N must be between 1 and " + std::to_string(max_shards));
    if (index < 1 || index > count) bad_shard(text, "K must be between 1 and N");
    return Shard{index, count};
}

std::uint64_t shard_hash(std::string_view relative_path) {
    return XXH3_64bits(relative_path.data(), relative_path.size());
}

bool in_shard(std::string_view relative_path, const Shard& shard) {
    return shard_hash(relative_path) % shard.count == shard.index - 1;
}

std::string shard_key(const fs::path& file, const std::vector<fs::path>& absolute_roots) {
    for (const fs::path& root : absolute_roots) {
        if (file == root) return file.filename().generic_string();
        if (is_within(file, root)) return file.lexically_relative(root).generic_string();
    }
    // Not under any root (cannot happen for what the walk returns): the whole path is still
    // a stable key.
    return file.generic_string();
}

void keep_shard(FoundFiles& files, const std::vector<fs::path>& roots, const Shard& shard) {
    if (shard.count == 1) return;
    std::vector<fs::path> absolute_roots;
    absolute_roots.reserve(roots.size());
    for (const fs::path& root : roots) absolute_roots.push_back(absolute_root(root));
    files.keep_if([&](std::string_view path) {
        return in_shard(shard_key(fs::path(path), absolute_roots), shard);
    });
}

} // namespace pressdex
