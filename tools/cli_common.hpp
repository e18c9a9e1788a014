#pragma once

// Pieces every command-line front end shares: where the index lives by default, how the
// command line is parsed, and how an outcome becomes a message and an exit status.
//
// The exit-status contract, the same for every pressdex tool (README, man pages):
//   0  success (and --help, --version)
//   1  failure: the index cannot be opened, read or written (missing, damaged, locked by
//      another writer, disk full), a folder or file to index does not exist
//   2  usage error: an unknown option, a bad option value, a missing argument, or a query
//      that cannot be understood
// Nothing else: CLI11's own codes (105 for a bad value, 109 for an unknown option...) are
// mapped here, never returned.

#include <CLI/CLI.hpp>

#include <optional>
#include <string>

namespace pressdex::cli {

enum ExitStatus : int { exit_ok = 0, exit_failure = 1, exit_usage = 2 };

/// The index folder when --index is not given: $PRESSDEX_INDEX, else ./index.
[[nodiscard]] std::string default_index_dir();

/// Parses the command line into `app`'s options. Returns nothing when the program should go
/// on, else the status to exit with right away: exit_ok after --help or --version (printed
/// on stdout), exit_usage after a usage error (one line on stderr, see print_usage_error).
[[nodiscard]] std::optional<int> parse_command_line(const char* program, CLI::App& app, int argc,
                                                    const char* const* argv);

/// An option check: a whole number of `minimum` or more ("--batch: 0 is not a whole number
/// of 1 or more"; "-1" is refused, where CLI11 would wrap it round to a huge unsigned).
[[nodiscard]] CLI::Validator at_least(unsigned minimum);

/// Prints "PROGRAM: MESSAGE" on stderr.
void print_error(const char* program, const std::string& message);

/// Prints "PROGRAM: MESSAGE (--help for more)" on stderr: a usage error.
void print_usage_error(const char* program, const std::string& message);

/// True when the stream is a terminal (progress, colour and bold are for people only).
[[nodiscard]] bool is_terminal(int fd);

} // namespace pressdex::cli
