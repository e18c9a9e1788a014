#pragma once

#include "pressdex/searcher.hpp"

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

namespace pressdex {

/// Counts the values of one value slot over every matching document; a slot may hold
/// several values separated by schema::facet_separator (a release quotes several people).
class FacetSpy final : public Xapian::MatchSpy {
  public:
    explicit FacetSpy(Xapian::valueno slot) : slot_(slot) {}
    void operator()(const Xapian::Document& doc, double weight) override;
    [[nodiscard]] std::vector<FacetCount> top(std::size_t limit) const;

  private:
    Xapian::valueno slot_;
    std::map<std::string, std::size_t> counts_;
};

/// The value slot behind a facet name ("speaker", "org", "year"); throws QueryError for
/// another name.
[[nodiscard]] Xapian::valueno facet_slot(const std::string& name);

} // namespace pressdex
