#include "indexer/extract/facts.hpp"

#include "indexer/extract/orgs.hpp"
#include "indexer/extract/paragraphs.hpp"
#include "indexer/extract/quotes.hpp"
#include "indexer/extract/speakers.hpp"

#include <exception>

namespace pressdex::extract {

// Pipeline: paragraphs -> quotes -> organisations (so that speakers can refuse organisation
// names) -> attribution of quotes and reported speech -> organisations finished with the
// speakers' organisations and their aliases.
Facts extract_facts(std::string_view title, std::string_view body) {
    Facts facts;
    try {
        constexpr std::size_t max_body = 2u << 20; // 2 MiB: no release is longer
        if (body.size() > max_body) body = body.substr(0, max_body);
        const std::vector<std::string> paragraphs = detail::split_paragraphs(body);
        const std::vector<detail::QuoteSpan> quotes = detail::find_quotes(paragraphs);
        const detail::ParagraphTokens tokens = detail::tokenize_each(paragraphs);
        const detail::SpeakerBook::Mentions mentions = detail::learn_mentions(tokens);
        detail::OrgCollector orgs;
        std::unordered_map<std::string, std::size_t> standalone;
        detail::find_title_subject(title, orgs, body);
        detail::find_organisations(paragraphs, tokens, orgs, standalone);
        detail::attribute_speech(paragraphs, tokens, quotes, orgs, mentions, facts);
        facts.organisations = orgs.finish(standalone);
        // a speaker is never an organisation
        // a speaker is never an organisation, nor is a speaker's surname ("Grady announced")
        std::erase_if(facts.organisations, [&](const Organisation& o) {
            if (o.name.find(' ') == std::string::npos) {
                std::string n = o.name;
                if (n.ends_with("'s")) n.resize(n.size() - 2);
                if (auto m = mentions.find(n); m != mentions.end() && !m->second.empty()) return true;
            }
            for (const auto& [sn, full] : mentions)
                if (full == o.name) return true;
            const std::string ok = detail::org_key(o.name);
            for (const auto& s : facts.speakers) {
                if (s.name == o.name) return true;
                const std::size_t sp = s.name.rfind(' ');
                if (sp != std::string::npos && detail::org_key(s.name.substr(sp + 1)) == ok) return true;
            }
            return false;
        });
    } catch (const std::exception&) {
        // never let odd input escape; keep whatever was found
    }
    return facts;
}

} // namespace pressdex::extract
