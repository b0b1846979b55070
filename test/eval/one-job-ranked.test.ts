import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// left5 #4: "web dev pay" then "which one pays the most" gave Web Developers' figures again, as if one job
// topped a list of one. Where the thread holds one job alone, which ones is asked back; after a comparison
// or a ranking the pick is among those still.
describe("which one pays the most, after one job alone", () => {
  it.skipIf(!officialLayerInstalled).each([
    [["web dev pay", "which one pays the most"], "was about Web Developers alone"],
    [["data scientist salary", "which pays the most"], "was about Data Scientist alone"],
    [["nurse salary", "which pays more"], "was about Registered Nurses alone"],
  ])("%j: which jobs, asked back", (messages, held) => {
    const said = saidWithLayer(...messages);
    expect(said).toContain("Which jobs do you mean?");
    expect(said).toContain(held);
    expect(said).not.toContain("Median annual wage");
  });

  it.skipIf(!officialLayerInstalled).each([
    [["swe vs data analyst pay", "which one pays the most"], "Pay: Software Engineer vs Data Analyst"],
    [
      ["web dev vs data analyst pay", "which one pays the most"],
      "The higher of the two medians is Data Analyst's",
    ],
    [
      ["frontend pay?", "and backend", "which one pays the most"],
      "Front-End Developer vs Back-End Developer",
    ],
    [["data scientist salary", "which pays more"], "Compare Data Scientist with which role?"],
  ])("%j: the pick among those set out", (messages, said) => {
    expect(saidWithLayer(...messages)).toContain(said);
  });

  it.skipIf(!officialLayerInstalled)("leaves which employer pays the most to the role's pay", () => {
    const said = saidWithLayer("data scientist salary", "which company pays the most");
    expect(said).toContain("no pay figures by location or company for Data Scientist");
  });
});
