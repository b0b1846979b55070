import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// "pay for a junior web dev": an official occupation's pay asked at a level says first that there is no
// figure for that level, as a curated role's answer does, then gives the occupation's figures.

describe("an official occupation's pay asked at a level", () => {
  it("says there is no figure for that level before the occupation's figures", () => {
    const text = answerText("whats the typical pay for a junior web dev");
    expect(text).toMatch(/^Web Developers \(SOC 15-1254\)/);
    expect(text).toContain("No entry level figures");
    expect(text).toContain("Median annual wage, web developers");
  });

  it("says nothing of levels where none was asked", () => {
    expect(answerText("web dev salary")).not.toMatch(/No \w+ level figures/);
  });
});
