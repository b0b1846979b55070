import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// Jobs said by their work, their workplace or a loose title: "is welding still a good trade", "a warehouse
// job", "she drives the forklift", "call centre rep". Each is the occupation O*NET lists for it.
describe.skipIf(!officialLayerInstalled)("jobs said vaguely", () => {
  // The whole layer takes a while to load on a busy host: loaded once, before the first question.
  beforeAll(() => void knowledgeWithLayer(), 60_000);

  it("reads an activity asked of as a line of work as its doers' occupation", () => {
    const text = saidWithLayer(
      "is welding still a good trade or is it dying out? asking for my nephew in louisiana",
    );
    expect(text).toContain("Welders, Cutters, Solderers, and Brazers (SOC 51-4121)");
    expect(text).toContain("No figures for Louisiana");
    expect(text).not.toContain("“trade”");
    // Work of tech stays tech's ("testing" is QA's, not a tester's trade).
    expect(saidWithLayer("is testing a good career")).not.toContain("SOC");
  });

  it("reads a job named by its workplace, and a forklift driven", () => {
    const warehouse = saidWithLayer(
      "my daughter just got a warehouse job at the distribution center off 75, is that decent money",
    );
    expect(warehouse).toContain("Laborers and Freight, Stock, and Material Movers, Hand (SOC 53-7062)");
    expect(warehouse).not.toContain("ML engineer");
    const forklift = saidWithLayer(
      "my daughter just got a warehouse job at the distribution center off 75, is that decent money",
      "she drives the forklift",
    );
    expect(forklift).toContain("Industrial Truck and Tractor Operators (SOC 53-7051)");
    expect(saidWithLayer("i drive a forklift, could i get into IT")).toContain(
      "From Industrial Truck and Tractor Operators to IT Support Specialist",
    );
  });

  it("reads a call centre rep as a customer service representative", () => {
    expect(saidWithLayer("call centre rep salary")).toContain(
      "Customer Service Representatives (SOC 43-4051)",
    );
    expect(saidWithLayer("im a call center rep, could i move into IT")).toContain(
      "From Customer Service Representatives to IT Support Specialist",
    );
  });

  it("answers a move said between two roles of them, the occupation told beside it the story", () => {
    const text = saidWithLayer(
      "call centre rep 6 yrs, basically tier 1 tech support for an ISP. want to move up — is help desk → sysadmin the normal path?",
    );
    expect(text).toContain("From IT Support Specialist to System Administrator");
    expect(text).not.toContain("Telemarketers");
    // With no move between roles, the occupation is still where the move starts.
    expect(saidWithLayer("nurse to data analyst, pay?")).toContain("From Registered Nurses to Data Analyst");
  });
});
