#include "indexer/near_duplicate.hpp"

#include <doctest/doctest.h>

using pressdex::near_duplicate_key;
using pressdex::Normalizer;

namespace {

const std::string story =
    "HeartBeam is reporting that the company is on the verge of revolutionizing cardiac "
    "diagnostics with its groundbreaking ECG technology. The company is actively preparing for "
    "clearance of its innovative 12-lead ECG synthesis software for arrhythmia assessment while "
    "executing comprehensive commercial readiness plans for a technology that could transform "
    "how heart health is monitored both in clinical and home settings. Plans will ensure that "
    "healthcare providers and patients can seamlessly integrate the system into workflows. "
    "The report details the steps taken this year, from the submission of the application to "
    "the regulator in January to the manufacturing partnership signed in the spring, and the "
    "hiring of a sales team of twenty people who will call on cardiology practices first. "
    "Early feedback from pilot sites in three states was positive: physicians said the "
    "credit-card sized device recorded signals that matched those of a standard machine in "
    "most of the cases reviewed, and patients found it easy to use at home without help. The "
    "company plans a limited launch in selected markets once clearance is granted, followed "
    "by a national rollout next year, and it will present new clinical data at two meetings "
    "this autumn, including a study of patients with recurring chest pain seen at emergency "
    "departments, where the speed of a reading can decide how quickly treatment begins.";

const std::string boilerplate =
    "\n\nAbout InvestorWire\n\nInvestorWire is a specialized communications platform with a "
    "focus on advanced wire-grade press release syndication for private and public companies "
    "and the investment community, one of many brands within the portfolio of the network.";

} // namespace

TEST_CASE("syndicated copies share a key") {
    const Normalizer n;
    const std::string a = "LOS ANGELES, CA - September 15, 2025 (NEWMEDIAWIRE) - " + story +
                          "\n\n###\n\nContact: press@example.com";
    const std::string b = "In its most recent update, " + story + boilerplate;
    const std::string key = near_duplicate_key(a, n);
    CHECK(key.size() == 16);
    CHECK(near_duplicate_key(b, n) == key);
    // Typography and case do not matter either: the text is folded first.
    std::string shouted = story;
    for (char& c : shouted) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    CHECK(near_duplicate_key(shouted, n) == near_duplicate_key(story, n));
}

TEST_CASE("different releases with the same boilerplate do not") {
    const Normalizer n;
    const std::string other =
        "Acme Robotics today announced a partnership with a regional logistics provider to "
        "deploy autonomous forklifts across twelve warehouses in the Midwest, starting with "
        "three sites in Ohio this spring. The company expects the rollout to cut handling "
        "costs and improve safety for warehouse staff working night shifts during the peak.";
    CHECK(near_duplicate_key(story + boilerplate, n) != near_duplicate_key(other + boilerplate, n));
    CHECK(near_duplicate_key(story, n) != near_duplicate_key(other, n));
}

TEST_CASE("too short a body has no key") {
    const Normalizer n;
    CHECK(near_duplicate_key("A short note of a few words.", n).empty());
    // Only boilerplate: nothing of its own to compare.
    CHECK(near_duplicate_key(boilerplate.substr(2), n).empty());
}
