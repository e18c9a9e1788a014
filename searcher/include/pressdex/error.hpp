#pragma once

// The errors pressdex libraries throw. Every one derives from pressdex::Error, so a caller
// that only wants a message can catch that; the subclasses let a caller react by kind.
// No Xapian or ICU exception crosses a pressdex library boundary: they are translated into
// these at the point where the context (which file, which query, which index) is known.
// The classes are exported from libpressdex so that a catch in a program matches what the
// library throws.

#include "pressdex/export.hpp"

#include <stdexcept>
#include <string>

namespace pressdex {

/// Root of every pressdex error. what() is one line, meant to be shown to a user as is.
class PRESSDEX_EXPORT Error : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

/// A query the user typed cannot be understood (unbalanced quote, bad date, empty query...).
/// what() names the query's problem; query() gives back the query text.
class PRESSDEX_EXPORT QueryError : public Error {
  public:
    QueryError(std::string query, const std::string& message)
        : Error(message), query_(std::move(query)) {}
    [[nodiscard]] const std::string& query() const noexcept { return query_; }

  private:
    std::string query_;
};

/// The index cannot be opened, read or written: missing, not a pressdex index, a schema
/// version this build does not know, locked by another writer, disk full...
/// what() names the index (folder, stub file or tcp://HOST:PORT; several, comma-separated,
/// when a search over several indexes fails).
class PRESSDEX_EXPORT IndexError : public Error {
  public:
    IndexError(std::string index_path, const std::string& message)
        : Error(index_path + ": " + message), index_path_(std::move(index_path)) {}
    [[nodiscard]] const std::string& index_path() const noexcept { return index_path_; }

  private:
    std::string index_path_;
};

/// One input file cannot be read or understood. The indexer skips the file and goes on.
/// what() names the file.
class PRESSDEX_EXPORT FileError : public Error {
  public:
    FileError(std::string file_path, const std::string& reason)
        : Error(file_path + ": " + reason), file_path_(std::move(file_path)), reason_(reason) {}
    [[nodiscard]] const std::string& file_path() const noexcept { return file_path_; }
    [[nodiscard]] const std::string& reason() const noexcept { return reason_; }

  private:
    std::string file_path_;
    std::string reason_;
};

} // namespace pressdex
