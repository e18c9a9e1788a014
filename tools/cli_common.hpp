#pragma once

// Pieces both command-line front ends share: where the index lives by default, and how a
// library error becomes a message and an exit status.

#include <string>

namespace pressdex::cli {

enum ExitStatus : int { exit_ok = 0, exit_failure = 1, exit_usage = 2 };

/// The index folder when --index is not given: $PRESSDEX_INDEX, else ./index.
[[nodiscard]] std::string default_index_dir();

/// Prints "PROGRAM: MESSAGE" on stderr.
void print_error(const char* program, const std::string& message);

/// True when the stream is a terminal (progress, colour and bold are for people only).
[[nodiscard]] bool is_terminal(int fd);

} // namespace pressdex::cli
