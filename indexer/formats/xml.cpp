#include "indexer/formats/xml.hpp"

#include "pressdex/error.hpp"

namespace pressdex::formats {

pugi::xml_document parse_xml(const std::string& xml, const std::string& path, std::string_view kind) {
    pugi::xml_document doc;
    // parse_doctype keeps the DOCTYPE as a node, to be looked at, never acted upon: pugixml
    // knows only XML's five entities and character references.
    const unsigned options = (pugi::parse_default | pugi::parse_doctype) & ~pugi::parse_wnorm_attribute;
    const pugi::xml_parse_result result = doc.load_buffer(xml.data(), xml.size(), options);
    if (!result)
        throw FileError(path, "damaged " + std::string(kind) + " (XML not well-formed: " +
                                  result.description() + ")");
    for (const pugi::xml_node& node : doc.children())
        if (node.type() == pugi::node_doctype && std::string_view(node.value()).find("ENTITY") != std::string_view::npos)
            throw FileError(path, std::string(kind) + " XML declares entities (refused, never expanded)");
    return doc;
}

std::string collapse_spaces(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        // U+00A0, the no-break space word processors put after "Inc.", is a space too.
        const bool no_break = c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
        if (no_break) ++i;
        if (no_break || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = !out.empty();
            continue;
        }
        if (space) out.push_back(' ');
        space = false;
        out.push_back(c);
    }
    return out;
}

} // namespace pressdex::formats
