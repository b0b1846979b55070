import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// r93 (people moving into tech from teaching, nursing, retail, warehouses, accounting).

// "what does amazon pay data analysts per hour?" gave BLS's hourly wages first and said only under "Annual
// pay:" that there are no Amazon figures: the hourly wages read as Amazon's. The employer with no figures is
// said first, as it is for annual pay.
describe("pay per hour at an employer with no figures", () => {
  it.skipIf(!officialLayerInstalled).each([
    ["what does amazon pay data analysts per hour?", "Amazon", "Data Analyst"],
    ["how much does target pay it support hourly", "Target", "IT Support Specialist"],
  ])("%s: says so before any hourly wage", (asked, employer, role) => {
    const said = saidWithLayer(asked);
    const none = said.indexOf(`No figures for ${employer}`);
    expect(none).toBeGreaterThanOrEqual(0);
    expect(none).toBeLessThan(said.indexOf("Median hourly wage"));
    expect(said).toContain(`General figures for ${role}, per hour:`);
    // Said once, not again under the annual figures.
    expect(said.split(`No figures for ${employer}`).length).toBe(2);
  });
});

// "i'm an accountant. what does amazon pay data analysts?", "nurse of 8 years. what does epic systems pay a
// data analyst?": read as a move from the job told, the employer was dropped and the general figures shown
// as if they were its. An employer where "does … pay" puts the payer is read whatever the rest leans to.
describe("an employer asked of by someone who says the job they hold", () => {
  it.skipIf(!officialLayerInstalled).each([
    ["i'm an accountant. what does amazon pay data analysts?", "Amazon"],
    ["nurse of 8 years. what does epic systems pay a data analyst?", "Epic Systems"],
    ["i'm an auditor at a big 4 firm. what does deloitte pay a data analyst?", "Deloitte"],
  ])("%s: no figures for the employer, said first", (asked, employer) => {
    expect(saidWithLayer(asked)).toContain(`No figures for ${employer}`);
  });
});

// "accountant, thinking data anaylst vs systems analsyt. which pays more", "nurse here. is ml harder to
// break into than data analyst?": the accountant's (or nurses') card came back, the two roles only beside it,
// or "which teacher?" was asked back. Two roles set against each other by what sets them apart, by someone
// who says the job they hold, are compared; the job is who asks.
describe("two roles weighed by someone who says the job they hold", () => {
  it
    .skipIf(!officialLayerInstalled)
    .each([
      "accountant, thinking data anaylst vs systems analsyt. which pays more",
      "accountant thinking data anaylst vs systems analsyt which pays more",
    ])("%s: compares the roles' pay", (asked) => {
    const said = saidWithLayer(asked);
    expect(said).toContain("Pay: Data Analyst vs Computer Systems Analyst");
    expect(said).not.toContain("Accountants and Auditors (SOC 13-2011)");
  });

  it
    .skipIf(!officialLayerInstalled)
    .each([
      "nurse here. is ml harder to break into than data analyst?",
      "teacher here. is ml harder to break into than data analyst?",
    ])("%s: sets the two roles' ways in side by side", (asked) => {
    const said = saidWithLayer(asked);
    expect(said).toContain("Data Analyst asks less education to enter");
    expect(said).not.toContain("Which one?");
  });

  it.skipIf(!officialLayerInstalled)("keeps the occupation's card where it is the other side", () => {
    expect(saidWithLayer("nurse here. do data analysts and it support make more than nurses?")).toContain(
      "Registered Nurses (SOC 29-1141)",
    );
    // A list, not a job told and then options: "accountant, data analyst or it support".
    expect(saidWithLayer("accountant, data analyst or it support which pays more")).toContain(
      "Accountants and Auditors (SOC 13-2011)",
    );
  });
});

// "i'm an accountant looking at data careers. what does a data architect do?" gave the move from
// accountant, with nothing on what a data architect does.
describe("what a role does, asked by someone who says the job they hold", () => {
  it.skipIf(!officialLayerInstalled).each([
    [
      "i'm an accountant looking at data careers. what does a data architect do?",
      "What a Data Architect does",
    ],
    ["nurse here. what does a data analyst actually do day to day?", "What a Data Analyst does"],
  ])("%s: the role's duties", (asked, heading) => {
    expect(saidWithLayer(asked)).toContain(heading);
  });

  it.skipIf(!officialLayerInstalled)("still weighs the move where one is asked", () => {
    expect(saidWithLayer("i'm a nurse, could i become a data analyst?")).toContain(
      "From Registered Nurses to Data Analyst",
    );
  });
});
