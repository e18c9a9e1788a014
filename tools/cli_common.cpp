#include "tools/cli_common.hpp"

#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string>

namespace pressdex::cli {

std::string default_index_dir() {
    const char* from_environment = std::getenv("PRESSDEX_INDEX");
    return from_environment && *from_environment ? from_environment : "index";
}

std::optional<int> parse_command_line(const char* program, CLI::App& app, int argc,
                                      const char* const* argv) {
    // "Usage: pressdex-search ...", not the path the program was started by.
    app.name(program);
    try {
        app.parse(argc, argv);
        return std::nullopt;
    } catch (const CLI::Success& e) {
        // --help or --version: CLI11 prints them on stdout, and they are not errors.
        app.exit(e);
        return exit_ok;
    } catch (const CLI::ParseError& e) {
        // Every other CLI11 error is a usage error, whatever its own exit code.
        print_usage_error(program, e.what());
        return exit_usage;
    }
}

CLI::Validator at_least(unsigned minimum) {
    return CLI::Validator(
        [minimum](const std::string& value) -> std::string {
            const bool digits = !value.empty() && value.size() < 19 &&
                                value.find_first_not_of("0123456789") == std::string::npos;
            if (digits && std::stoull(value) >= minimum) return {};
            return value + " is not a whole number of " + std::to_string(minimum) + " or more";
        },
        "N >= " + std::to_string(minimum), "at least " + std::to_string(minimum));
}

void print_error(const char* program, const std::string& message) {
    std::cerr << program << ": " << message << '\n';
}

void print_usage_error(const char* program, const std::string& message) {
    std::cerr << program << ": " << message << " (--help for more)\n";
}

bool is_terminal(int fd) { return ::isatty(fd) == 1; }

} // namespace pressdex::cli
