import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/advisor/answers.js";
import { renderText } from "../../src/render/plain-text.js";
import { thread } from "../support/questions.js";

// What a role does, with the lines restored from the agencies' own pages (O*NET OnLine's task statements,
// the Handbook's summary; docs/official-data.md) and those pages among the sources.
const answer = (question: string) => renderText(thread(question).at(-1) as Answer);

describe("what a role does, from the agencies' own pages", () => {
  it("lists a research scientist's modelling and design work, citing the O*NET OnLine pages it rests on", () => {
    const text = answer("what does a research scientist do");
    expect(text).toContain("Turn business, scientific and engineering problems into mathematical models");
    expect(text).toContain("Design computer systems, both the machines and the software");
    expect(text).toContain("<https://www.onetonline.org/find/score/15-1221.00?s=TBusiness%20technologies>");
    expect(text).toContain("<https://www.onetonline.org/find/score/15-1221.00?s=software%20development>");
  });

  it("lists a systems analyst's testing and training work, and a data scientist's data cleaning", () => {
    const analyst = answer("systems analyst responsibilities");
    expect(analyst).toContain("Test, maintain and monitor programs and systems");
    expect(analyst).toContain("Train staff and users");
    expect(analyst).toContain("<https://www.onetonline.org/link/summary/15-1211.00>");
    const scientist = answer("what does a data scientist do");
    expect(scientist).toContain("Clean and prepare raw data");
    expect(scientist).toContain("<https://www.onetonline.org/link/details/15-2051.00>");
  });

  it("says IT support keeps the networks running, from the Handbook page it cites", () => {
    const text = answer("it support specialist responsibilities");
    expect(text).toContain("Keep the organization's computer networks running.");
    expect(text).toContain("computer-support-specialists.htm");
  });
});
