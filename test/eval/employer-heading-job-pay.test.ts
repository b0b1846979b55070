import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// Past bug: "kaiser permanente data analyst salary", written as a job board's headline, gave Data Analyst's
// general figures with no word of Kaiser Permanente, as if they were its own; "costco IT jobs pay" gave the
// IT ranking, and "how much does costco pay for IT jobs" "I don't cover costcos". An employer heading a job's
// pay (a name no list knows, an everyday one like "target", or one ending in "clinic") is said to have no
// figures first.
const headlines: [string, string, string][] = [
  ["kaiser permanente data analyst salary", "No figures for Kaiser Permanente", "not Kaiser Permanente's"],
  ["target data analyst salary", "No figures for Target", "not Target's"],
  ["mayo clinic security analyst salary", "No figures for Mayo Clinic", "$129,180"],
  ["data analyst salary at mayo clinic", "No figures for Mayo Clinic", "Data Analyst pay"],
  ["how much does costco pay for IT jobs", "No figures for Costco", "Which IT role at Costco do you mean?"],
];

// A word of where, or in what business, the job is heads its pay too, and is no employer.
const noEmployer: [string, string][] = [
  ["canadian data analyst salary", "Canadian"],
  ["overseas data analyst salary", "Overseas"],
  ["fintech network administrator salary", "Fintech"],
  // One unknown word: a tool, a certificate or a kind of the job (the session's review).
  ["golang developer salary", "Golang"],
  ["dutch software engineer salary", "Dutch"],
  ["comptia help desk salary", "Comptia"],
];

describe("an employer heading a job's pay", () => {
  it.skipIf(!officialLayerInstalled).each(headlines)("%s", (asked, first, then) => {
    const text = saidWithLayer(asked);
    expect(text).toContain(first);
    expect(text).toContain(then);
    expect(text).not.toContain("I don't cover");
  });

  it.skipIf(!officialLayerInstalled).each(noEmployer)("%s", (asked, word) => {
    expect(saidWithLayer(asked)).not.toContain(`No figures for ${word}`);
  });
});
