import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// left5 #3: "raytheon data analyst salary", "boeing network architect salary" gave the role's general
// figures as if they were the employer's. One word no list, no English and no tool list holds, heading a
// role named whole (two words or more) and its pay, is the employer; an employer named in words of English
// ("state farm") is listed. A tool, a people or a place heading the role is none.
describe("one word heading a role's pay", () => {
  it.skipIf(!officialLayerInstalled).each([
    ["boeing network architect salary", "No figures for Boeing", "Network Architect"],
    ["raytheon data analyst salary", "No figures for Raytheon", "Data Analyst"],
    ["state farm it support salary", "No figures for State Farm", "IT Support Specialist"],
    ["lockheed software engineer pay", "No figures for Lockheed Martin", "Software Engineer"],
  ])("%s: no figures for the employer, then the role's", (asked, first, role) => {
    const said = saidWithLayer(asked);
    expect(said).toContain(first);
    expect(said).toContain(`General figures for ${role}`);
  });

  it
    .skipIf(!officialLayerInstalled)
    .each([
      "golang software engineer salary",
      "splunk security analyst salary",
      "ccna network engineer salary",
      "swiss software engineer salary",
      "israeli data scientist salary",
      "fulltime data analyst salary",
      "federal it support salary",
      "insurance qa engineer pay",
    ])("%s: no employer", (asked) => {
    expect(saidWithLayer(asked)).not.toContain("No figures for");
  });
});
