import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/advisor/answers.js";
import { renderText } from "../../src/render/plain-text.js";
import { thread } from "../support/questions.js";

// What a probe by fresh users of the Slack bot found answered wrong, each checked as the user reads it.
const last = (answers: Answer[]) => renderText(answers.at(-1) as Answer);

describe("an outlook comparison in words true to the figures", () => {
  it("says the role whose jobs shrink least declines less, never that it grows faster", () => {
    const out = last(thread("compare it support and sysadmin", "which has the better outlook"));
    expect(out).toContain("IT Support Specialist declines less: IT Support Specialist -3.7%");
    expect(out).not.toContain("grows faster");
  });

  it("says which grows and which declines where one does each", () => {
    const out = last(thread("compare it support and data analyst", "which has the better outlook"));
    expect(out).toContain("Data Analyst grows and IT Support Specialist declines: Data Analyst 33.5%");
  });
});
