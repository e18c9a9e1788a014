#include "tools/cli_common.hpp"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

namespace pressdex::cli {

std::string default_index_dir() {
    const char* from_environment = std::getenv("PRESSDEX_INDEX");
    return from_environment && *from_environment ? from_environment : "index";
}

void print_error(const char* program, const std::string& message) {
    std::cerr << program << ": " << message << '\n';
}

bool is_terminal(int fd) { return ::isatty(fd) == 1; }

} // namespace pressdex::cli
