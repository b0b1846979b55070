import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// "our office manager asked me what technical writers make": the job of whoever put the question to the
// person is who asked, not what is asked about; it is answered when asked about on its own. The occupations
// need the whole official layer.
describe.skipIf(!officialLayerInstalled)("a job named as who asked the question", () => {
  it("answers the job asked about, not the asker's", () => {
    const text = saidWithLayer(
      "our office manager asked me (lol) what technical writers make, shes thinking of switching. any data?",
    );
    expect(text).toContain("Technical Writers (SOC 27-3042)");
    expect(text).toContain("$90,390");
    expect(text).not.toContain("First-Line Supervisors of Office");
  });

  it("answers the asker's job when the thread then asks about it", () => {
    const text = saidWithLayer(
      "our office manager asked me (lol) what technical writers make, shes thinking of switching. any data?",
      "and what about her current job, office manager",
    );
    expect(text).toContain("First-Line Supervisors of Office and Administrative Support Workers");
  });

  it("reads the one job named with an asking word as the question's", () => {
    expect(saidWithLayer("our hr manager wonders what payroll clerks make")).toContain(
      "Payroll and Timekeeping Clerks (SOC 43-3051)",
    );
  });
});
