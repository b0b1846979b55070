import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "is data or security more future proof", two fields and no role named, gave the ML market's
// figures. The fields stand for their roles: set side by side when few, else the field of many roles is
// asked back, which of its roles is meant (as "is data or ml more future proof" is).
const cases: [string, string[], string[]][] = [
  [
    "is data or security more future proof",
    ['"data" could mean more than one role: Data Analyst', "career role data scientist"],
    ["ML engineer"],
  ],
  [
    "is security or cloud the safer career",
    ["Information Security Analyst 28.5%", "Cloud Architect 11.9%"],
    ["ML engineer"],
  ],
  [
    "cloud or security which pays more",
    ['"cloud" could mean more than one role: Cloud Architect'],
    ["No source measures what Security adds"],
  ],
  ["security vs network", ['"security" could mean more than one role'], ["Hi! I'm Career Advisor"]],
  // Past bug: "networking", the field said as the work, is the network roles' field, against cloud.
  [
    "is cloud or networking more future proof",
    ["Network Administrator -4.2%", "Cloud Architect 11.9%"],
    ["ML engineer"],
  ],
  [
    "networking or cloud which has better future",
    ['"networking" could mean more than one role: Network Administrator or Network Architect'],
    ["outside what I know"],
  ],
];

describe("two fields set against each other", () => {
  it.each(cases)("%s", (asked, said, notSaid) => {
    const text = lastAnswerText(asked);
    for (const s of said) expect(text).toContain(s);
    for (const s of notSaid) expect(text).not.toContain(s);
  });
});
