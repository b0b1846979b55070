import { beforeAll, describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../../support/official-layer.js";

// A job held said in passing ("8 yoe in accounting", "worked in kitchens for 10 years", "spent 12 years in
// kitchens as a line cook", "line cook wanting to get into web dev, frontend probably") is where a move to
// the role asked about starts: both sides' figures, then what to learn. Before, the way into the role was
// answered alone, or "which cook?" was asked back.
describe.skipIf(!officialLayerInstalled)("a job held said in passing", () => {
  // Loading the whole official layer and the reader built on it is slow on a busy machine: once, before
  // the questions are timed.
  beforeAll(() => {
    saidWithLayer("hi");
  }, 120_000);

  it.each([
    [
      "line cook wanting to get into web dev, frontend probably. how do i even start",
      "From Cooks, Restaurant to Front-End Developer",
    ],
    [
      "8 yoe in accounting, how do i get into data analytics",
      "From Accountants and Auditors to Data Analyst",
    ],
    [
      "8 years of experience in accounting, how do i get into data analytics",
      "From Accountants and Auditors to Data Analyst",
    ],
    ["worked in kitchens for 10 years, could i do data analysis", "From Cooks, Restaurant to Data Analyst"],
    ["worked retail 6 yrs, could i be a data analyst", "From Retail Salespersons to Data Analyst"],
    [
      "spent 12 years in kitchens as a line cook, could i do data analysis",
      "From Cooks, Restaurant to Data Analyst",
    ],
    ["i work at a bank as a teller, could i become a data analyst", "From Tellers to Data Analyst"],
    ["i was a line cook for 10 years, could i do data analysis", "From Cooks, Restaurant to Data Analyst"],
  ])("%s → %s", (asked, move) => {
    const text = saidWithLayer(asked);
    expect(text).toContain(move);
    expect(text).toContain("Pay side by side");
    expect(text).toContain("To learn");
  });

  it("answers the way in when no job is held", () => {
    const text = saidWithLayer("how do i get into data analytics");
    expect(text).toContain("Getting started as a Data Analyst");
    expect(text).not.toContain("side by side");
  });

  it("still asks which cook a question about line cooks means", () => {
    expect(saidWithLayer("line cook pay")).toContain("O*NET lists under several occupations");
  });

  it("keeps web developers set against front-end as one occupation's figures", () => {
    expect(saidWithLayer("web dev vs frontend pay")).toContain("Web Developers (SOC 15-1254)");
  });
});
