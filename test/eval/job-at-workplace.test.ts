import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// Jobs named the way people say them: with the kind of place ("shift lead at a warehouse"), with no head of
// their own ("loss prevention"), or by a title BLS counts only in a combined occupation ("retail buyers").
describe.skipIf(!officialLayerInstalled)("jobs named by their place or line of work", () => {
  it("reads a job at a kind of place as the title they make", () => {
    expect(saidWithLayer("shift lead at a warehouse, want to move into tech")).toContain(
      "To get into tech from First-Line Supervisors of Transportation and Material Moving Workers",
    );
    expect(saidWithLayer("im a manager at a restaurant, want to get into tech")).toContain(
      "To get into tech from Food Service Managers",
    );
    // A role at a kind of employer stays the role.
    expect(saidWithLayer("software engineer at a bank, want to switch to data science")).toContain(
      "From Software Engineer to Data Scientist",
    );
  });

  it("asks which occupation a line of work with no head means", () => {
    const text = saidWithLayer("loss prevention pay");
    expect(text).toContain("Private Detectives and Investigators (33-9021)");
    expect(text).not.toContain("I don't cover");
  });

  it("gives a retail buyer BLS's combined buyers and purchasing agents", () => {
    expect(saidWithLayer("what do retail buyers make")).toContain(
      "Buyers and Purchasing Agents (SOC 13-1020)",
    );
    expect(saidWithLayer("what do buyers make")).toContain("Procurement Clerks");
  });
});
