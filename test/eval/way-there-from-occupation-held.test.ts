import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// "im a nurse", "what does a data analyst make", then "how would i get there from where i am": the way there,
// asked after one role's pay or work by someone who said the job they hold, starts from that job (before: how
// to become a data analyst from nothing, the nursing said two messages up forgotten).
describe("the way there from an occupation held, a role asked of between", () => {
  it.skipIf(!officialLayerInstalled)("is the move from the occupation held into the thread's role", () => {
    const text = saidWithLayer(
      "im a nurse",
      "what does a data analyst make",
      "how would i get there from where i am",
    );
    expect(text).toContain("From Registered Nurses to Data Analyst");
    expect(text).not.toContain("How to become a Data Analyst");
    expect(
      saidWithLayer("i work as a cashier", "what does it support do", "how would i make that jump"),
    ).toContain("From Cashiers to IT Support Specialist");
  });

  it.skipIf(!officialLayerInstalled)("reads what carries over as the same move", () => {
    expect(
      saidWithLayer("cashier here", "is data analyst in demand", "does any of my experience count"),
    ).toContain("From Cashiers to Data Analyst");
  });

  it.skipIf(!officialLayerInstalled)("keeps another role asked next as that role's same question", () => {
    const text = saidWithLayer("im a nurse", "what does a data analyst make", "what about data scientist?");
    expect(text).toContain("Data Scientist pay:");
    expect(text).not.toContain("From Registered Nurses");
  });

  it.skipIf(!officialLayerInstalled)("forgets the job held once two roles are weighed", () => {
    const text = saidWithLayer(
      "im a nurse",
      "what does a data analyst make",
      "vs data scientist",
      "how do i get there",
    );
    expect(text).not.toContain("From Registered Nurses");
  });
});
