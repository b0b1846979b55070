import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// Occupations BLS publishes as one where O*NET has several, so the layer holds no O*NET titles for them:
// a medical lab's technician (29-2010) was asked back among food science and chemical technicians, and a
// warehouse's shift lead (53-1047) was no job at all, a move into IT read as from nothing.
describe.skipIf(!officialLayerInstalled)("a job BLS counts under a combined code", () => {
  it("reads a medical lab technician as Clinical Laboratory Technologists and Technicians", () => {
    for (const q of [
      "med lab tech salary",
      "how much do med lab techs make",
      "medical laboratory scientist pay",
    ]) {
      const text = saidWithLayer(q);
      expect(text, q).toContain("Clinical Laboratory Technologists and Technicians (SOC 29-2010)");
      expect(text, q).not.toContain("Food Science Technicians");
    }
    expect(saidWithLayer("lab tech salary")).toContain("Food Science Technicians");
  });

  it("starts a move from it", () => {
    const text = saidWithLayer(
      "im a med lab tech, would the pay cut at first be worth it to become a data analyst",
    );
    expect(text).toContain("From Clinical Laboratory Technologists and Technicians to Data Analyst");
  });

  it("reads a warehouse shift lead as the job held, where a move into IT starts", () => {
    const text = saidWithLayer("im a warehouse shift lead, how do i get into IT");
    expect(text).toContain("First-Line Supervisors of Transportation and Material Moving Workers");
    expect(text).toContain("to IT Support Specialist");
  });
});
