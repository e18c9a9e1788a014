#include "indexer/extract/facts.hpp"

#include "indexer/extract/acronyms.hpp"
#include "indexer/extract/attribution.hpp"
#include "indexer/extract/document.hpp"
#include "indexer/extract/org_candidates.hpp"
#include "indexer/extract/org_merge.hpp"
#include "indexer/extract/people.hpp"
#include "indexer/extract/quotes.hpp"

#include <algorithm>
#include <exception>
#include <optional>

namespace pressdex::extract {
namespace {

constexpr std::size_t max_body = 2u << 20; // 2 MiB: no release is longer

Facts run(const Model& model, std::string_view title, std::string_view body,
          std::vector<FeatureRow>* rows) {
    using namespace detail;
    if (body.size() > max_body) body = body.substr(0, max_body);
    const Document doc(title, body);
    const People people(doc);
    Attribution attribution = attribute(doc, find_quotes(doc.paragraphs), people, model, rows);

    OrgContext context;
    context.people = &people;
    for (const Speaker& s : attribution.speakers) context.speakers.push_back(s.name);
    context.speaker_organisations = attribution.speaker_organisations;
    // read only for a long form in "s": reading every release's words costs 0.5% of the run
    std::optional<bool> no_apostrophe_kept;
    for (const Paragraph& p : doc.paragraphs) {
        std::vector<AcronymDef> defs = find_acronym_defs(p.text, p.tokens);
        for (AcronymDef& def : defs) {
            if (!def.long_form.ends_with('s') || def.acronym.ends_with('s')) continue;
            if (!no_apostrophe_kept) no_apostrophe_kept = apostrophes_lost(doc) || !writes_apostrophe(doc);
            // elsewhere an "s" is a plural's ("Exchange-Traded Funds (ETF)")
            if (*no_apostrophe_kept) def.long_form = without_lost_possessive(def.long_form);
        }
        context.acronyms.insert(context.acronyms.end(), defs.begin(), defs.end());
    }
    Facts facts;
    facts.organisations = merge_organisations(org_candidates(doc, context), context.acronyms, model, rows);
    // a speaker is never an organisation
    std::erase_if(facts.organisations, [&](const Organisation& o) {
        const std::string key = org_key(o.name);
        return std::any_of(attribution.speakers.begin(), attribution.speakers.end(),
                           [&](const Speaker& s) { return org_key(s.name) == key; });
    });
    facts.speakers = std::move(attribution.speakers);
    facts.quotes = std::move(attribution.quotes);
    return facts;
}

} // namespace

Extractor::Extractor(Model model) : model_(std::move(model)) {}

Facts Extractor::extract(std::string_view title, std::string_view body) const {
    try {
        return run(model_, title, body, nullptr);
    } catch (const std::exception&) {
        return {}; // never let odd input escape
    }
}

std::vector<FeatureRow> Extractor::features(std::string_view title, std::string_view body) const {
    std::vector<FeatureRow> rows;
    try {
        (void)run(model_, title, body, &rows);
    } catch (const std::exception&) {
    }
    return rows;
}

Facts extract_facts(std::string_view title, std::string_view body) {
    static const Extractor extractor;
    return extractor.extract(title, body);
}

} // namespace pressdex::extract
