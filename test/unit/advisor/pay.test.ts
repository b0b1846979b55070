import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../../src/advisor/ask.js";
import { renderText } from "../../../src/render/plain-text.js";
import { renderMessage } from "../../../src/slack/blocks/message.js";
import { realKnowledge } from "../../support/knowledge.js";

// What a pay answer claims from its figures: a verdict only where the figures tell the roles apart, and a
// label that says what the figure is for.
const text = (q: string) => renderText(answerQuestion(realKnowledge(), q));

describe("pay comparisons", () => {
  it("gives no 'pays more' verdict between roles that share one official occupation's figure", () => {
    const out = text("data analyst or data scientist which pays more");
    expect(out).toContain("Both figures are the same official occupation's (data scientists)");
    expect(out).not.toMatch(/pays more\./);
  });

  it("says so under a comparison's pay too, in the text and in Slack", () => {
    expect(text("compare data analyst data scientist")).toContain(
      "Both figures are the same official occupation's (data scientists)",
    );
    expect(text("compare mle swe")).not.toContain("the same official occupation's");
    const slack = JSON.stringify(
      renderMessage(answerQuestion(realKnowledge(), "compare data analyst data scientist")),
    );
    expect(slack).toContain("Both figures are the same official occupation");
  });

  it("still names the higher-paid role where the figures differ, and which first figure is higher where they do not compare", () => {
    expect(text("qa engineer vs security analyst pay")).toContain(
      "On these figures Information Security Analyst pays more.",
    );
    expect(text("mle vs swe pay")).toContain(
      "so they do not compare one-to-one; of the first figure each, Software Engineer's is higher.",
    );
  });

  it("gives no verdict between roles whose official figures come from overlapping occupations", () => {
    const out = text("security analyst vs security engineer, which pays more");
    expect(out).toContain(
      "Their official figures overlap (both take in information security analysts), so they do not show which one is ahead.",
    );
    expect(out).not.toMatch(/pays more\./);
  });
});

describe("pay at a level and a place", () => {
  it("labels the place's figure as all levels' when the sources give the level apart", () => {
    const out = text("senior ml salary seattle");
    expect(out).toContain("Machine Learning Engineer, Seattle, WA (all levels): $173,517");
    expect(out).toContain("Senior level: $177,177 – $184,000");
  });
});
