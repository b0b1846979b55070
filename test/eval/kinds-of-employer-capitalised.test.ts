import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "Software Engineer salary at Big Companies" gave the general figures with no word of the kind
// of employer, which "salary at big tech" says. Big and small companies are kinds of employer, in capitals
// or not, and no figures are by kind.
describe("a kind of employer, capitalised or not", () => {
  it.each([
    ["Data Scientist pay at Large Companies", "large companies"],
    ["data scientist salary at big firms", "big companies"],
    ["devops engineer salary at Small Companies", "small companies"],
    ["Data Analyst salary at Startups", "startups"],
  ])("%s → no figures by kind", (asked, kind) => {
    const text = lastAnswerText(asked);
    expect(text).toContain("No figures by kind of company");
    expect(text).toContain(`at ${kind.replace(/^large/, "big").replace(/firms$/, "companies")}`);
  });
});
