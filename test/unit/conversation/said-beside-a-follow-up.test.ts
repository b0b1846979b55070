import { beforeAll, describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../../support/official-layer.js";
import { lastAnswerText } from "../../support/questions.js";

// What a follow-up says beside what it asks: an aside after it ("lol my cousin lives there", read as off
// topic before), "their" for the employer an occupation was asked at (dropped before), remote work or a
// visa weighed, which the knowledge holds nothing on (passed over before).
describe("what a follow-up says beside what it asks", () => {
  it("reads a place with an aside after it as the pay there", () => {
    const text = lastAnswerText(
      "how much do data engineers make starting out",
      "what about toronto lol my cousin lives there",
    );
    expect(text).toContain("No figures for Toronto (outside the US");
    expect(text).not.toContain("outside what I know about");
  });

  it("says remote work is not held when it weighs two roles compared", () => {
    const text = lastAnswerText("mobil dev vs fullstack", "which of those is easiest to get remote");
    expect(text).toContain("The knowledge holds nothing on remote work");
  });

  it("says visas are not held when a role's answer is asked of one", () => {
    const text = lastAnswerText(
      "what tools should i learn for ml",
      "also can i get an h1b with that, im international",
    );
    expect(text).toContain("The knowledge holds nothing on visas");
  });
});

describe.skipIf(!officialLayerInstalled)("an employer asked of an occupation", () => {
  beforeAll(() => {
    saidWithLayer("hi");
  }, 120_000);

  it("stays for a role asked of it next", () => {
    const text = saidWithLayer(
      "do warehouse associates at amazon make decent money? i pick at a fulfillment center",
      "what about their devops engineers lol how far off is that",
    );
    expect(text).toContain("No figures for Amazon");
    expect(text).toContain("DevOps Engineer");
  });
});

// "how does that compare to what i make as a nurse manager" after an IT director's pay: the occupation
// named set beside the thread's (before: its figures alone, the comparison asked left out).
describe.skipIf(!officialLayerInstalled)("an occupation compared in words with the thread's", () => {
  it("sets the thread's occupation beside it", () => {
    const text = saidWithLayer(
      "IT director salary? our hospital is posting one and im curious what it pays",
      "how does that compare to what i make as a nurse manager",
    );
    expect(text).toContain("Medical and Health Services Managers");
    expect(text).toContain("Beside Computer and Information Systems Managers");
  });
});
