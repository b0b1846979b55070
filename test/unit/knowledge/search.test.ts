import { describe, expect, it } from "vitest";
import { realKnowledge } from "../../support/knowledge.js";

const kb = realKnowledge();
const titles = (query: string) =>
  kb.index.search(query, { only: ["best-practice"] }, 2).map((h) => h.section.title);

describe("section search", () => {
  it("puts first the section that says the question's words side by side, over one with a word in its title", () => {
    // "Test training data for social bias" (Data management) against the title "Training and model development".
    expect(titles("handle training data")[0]).toBe("Best practices › Data management");
  });

  it("returns as many hits as asked for, past the hits a phrase re-ranks", () => {
    expect(kb.index.search("data", {}, 20).length).toBeGreaterThan(10);
  });

  it("leaves the title first when no section uses the question's phrase", () => {
    expect(titles("model training")[0]).toBe("Best practices › Training and model development");
  });
});
