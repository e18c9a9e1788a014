#include "indexer/prepare.hpp"

#include "indexer/read_release.hpp"
#include "pressdex/error.hpp"

namespace pressdex {

Prepared prepare(const FoundFile& file, const IndexedFile* known, DocumentBuilder& builder,
                 bool extract_facts) {
    Prepared result;
    result.file = &file;
    const std::string path = file.path.string();
    try {
        const std::string bytes = read_file_bytes(file); // only if still the file the walk saw
        result.source = SourceFile{path, file.type, file.stat, content_hash(bytes)};
        if (known && known->hash == result.source.content_hash) {
            result.outcome = Prepared::Outcome::same_content;
            return result;
        }
        const Release release = decode_release(bytes, file.type, path);
        const extract::Facts facts =
            extract_facts ? extract::extract_facts(release.title, extraction_text(release)) : extract::Facts{};
        result.doc = builder.build(release, result.source, facts);
        result.quote_docs = builder.build_quotes(release, result.source, facts);
        result.outcome = known ? Prepared::Outcome::update : Prepared::Outcome::add;
    } catch (const FileError& e) {
        result.failure = e.reason();
    } catch (const std::exception& e) {
        // A bug or resource failure on one file must not end the run.
        result.failure = std::string("cannot index: ") + e.what();
    }
    return result;
}

} // namespace pressdex
