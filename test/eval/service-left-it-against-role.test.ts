import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// The whole official layer loads once, before the first question, however busy the machine.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// "out of the army next year, IT or cybersecurity?": IT set against a role by someone leaving the service is
// IT support (the way in) beside the role, the service no side of it (before: "I don't cover Soldiers yet").
describe("IT or a role, asked by someone leaving the service", () => {
  it.skipIf(!officialLayerInstalled)(
    "compares IT support with the role, saying no source counts the service",
    () => {
      const text = saidWithLayer("out of the army next year, IT or cybersecurity?");
      expect(text).toContain("IT Support Specialist vs Information Security Analyst");
      expect(text).toContain("No source I hold says how time in the army counts toward IT work.");
      expect(text).not.toContain("Soldiers");
    },
  );
});
