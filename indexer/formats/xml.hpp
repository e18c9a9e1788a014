#pragma once

// XML as the format readers parse it (pugixml), safely: no DTD is read, so no entity is ever
// declared, expanded or fetched; a document that declares entities is refused outright
// rather than read with them left out.

#include <pugixml.hpp>

#include <string>
#include <string_view>

namespace pressdex::formats {

/// Parses `xml` (a part of `path`, a file of kind "DOCX", "ODT", "feed"). Throws FileError
/// naming `path` when it is not well-formed, or declares entities in a DOCTYPE.
[[nodiscard]] pugi::xml_document parse_xml(const std::string& xml, const std::string& path,
                                           std::string_view kind);

/// Runs of white space (no-break spaces too) as one space, trimmed.
[[nodiscard]] std::string collapse_spaces(std::string_view text);

} // namespace pressdex::formats
