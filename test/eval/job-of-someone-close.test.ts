import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// The job of someone close, set against the asker's own ("my gf is a nurse and says she makes more than me as
// a junior dev"), is one side of a comparison: its official figures with the asker's role beside them. Before,
// it was read as the asker's job and answered as a move "From Registered Nurses to Software Engineer"; with
// "lol" mid-message the junior dev was lost, and "what do nurses make" after it was set beside "nurse" as a
// second side ("a title of this same occupation").
describe.skipIf(!officialLayerInstalled)("the job of someone close set against the asker's", () => {
  it.each([
    "my gf is a nurse and says she makes more than me as a junior dev, is that true?",
    "my gf is a nurse and keeps saying she makes more than me as a junior dev lol — is that true? what do nurses make",
  ])("%s → the nurse's figures beside the developer's", (asked) => {
    const text = saidWithLayer(asked);
    expect(text).toContain("Registered Nurses (SOC 29-1141): official US figures");
    expect(text).toContain("Beside Software Engineer: median annual wage, software developers (US)");
    expect(text).not.toContain("From Registered Nurses");
    expect(text).not.toContain("a title of this same occupation");
  });

  it("still reads a move asked for them", () => {
    expect(saidWithLayer("my mom is a nurse, could she become a data analyst?")).toContain(
      "From Registered Nurses to Data Analyst",
    );
  });

  it("weighs being one against a role, with no job held", () => {
    const text = saidWithLayer("is being an electrician better paid than IT support?");
    expect(text).toContain("Electricians (SOC 47-2111): official US figures");
    expect(text).toContain("Beside IT Support Specialist");
    expect(text).not.toContain("From Electricians");
  });
});
