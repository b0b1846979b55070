import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// "vs amazon? their recruiters keep messaging me": hirers said to message, call or reach out to the asker
// are who is in touch, not the job asked of. Before, the answer was Human Resources Specialists' pay, not
// the thread's role at Amazon.
describe.skipIf(!officialLayerInstalled)("hirers in touch with the asker", () => {
  it("are no job asked of", () => {
    const text = saidWithLayer(
      "how much does a data analyst make at a credit union like ours in fargo",
      "vs amazon? their recruiters keep messaging me",
    );
    expect(text).toContain("No figures for Amazon");
    expect(text).toContain("Data Analyst pay");
    expect(text).not.toContain("Human Resources Specialists");
  });

  it("leaves recruiters asked of as the job", () => {
    expect(saidWithLayer("how much do recruiters make")).toContain("Human Resources Specialists");
  });
});
