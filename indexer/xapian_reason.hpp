#pragma once

#include <xapian.h>

#include <string>

namespace pressdex {

/// A Xapian error as one line for a user: its message and, when a system call failed, the
/// system's reason ("Error writing block 62 (No space left on device)").
[[nodiscard]] inline std::string xapian_reason(const Xapian::Error& error) {
    std::string reason = error.get_msg();
    if (const char* system = error.get_error_string(); system && *system)
        reason += std::string(" (") + system + ")";
    return reason;
}

} // namespace pressdex
