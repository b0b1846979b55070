import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "what does a dba do" → "what about a network admin" → "which is harder to get into" weighed
// only the network admin. Roles asked about one at a time are one set weighed on their ways in, as they are
// on pay and growth.
const cases: [string[], string[]][] = [
  [
    ["what does a dba do", "what about a network admin", "which is harder to get into"],
    ["Database Administrator (as Database Administrators)", "Network Administrator (as Network and Computer"],
  ],
  [
    ["sre salary", "and a security analyst?", "which is easier to break into"],
    [
      "Site Reliability Engineer (as Computer Occupations",
      "Information Security Analyst (as Information Security",
    ],
  ],
];

describe("ease of entry weighed over roles asked in turn", () => {
  it.each(cases)("%j", (messages, said) => {
    const text = lastAnswerText(...messages);
    for (const s of said) expect(text).toContain(s);
  });
});
