import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "is it related to management" after a QA engineer's duties showed the duties alone: whether
// they name the thing asked is said first.
const cases: [string, string, string][] = [
  [
    "what does a qa engineer do",
    "is it related to management",
    "The duties the sources list for a QA Engineer do not name management.",
  ],
  [
    "what does a qa engineer do",
    "is it security related",
    "The duties the sources list for a QA Engineer do not name security.",
  ],
  // The word after the pronoun is said of the thread's role: never spelt into another role's name
  // ("security engineer", an O*NET title of fire alarm installers); where the duties do not name it, the
  // skills that do are said.
  [
    "what does a network engineer do",
    "is it security related",
    "The duties the sources list for a Network Architect do not name security; the skills they list do: Network security.",
  ],
  ["what does a network engineer do", "does it involve security", "What a Network Architect does:"],
  [
    "what does a security analyst do",
    "is it related to networks",
    "The duties the sources list for an Information Security Analyst name networks.",
  ],
];

describe("whether a role's duties name a thing", () => {
  it.each(cases)("%s → %s", (first, asked, said) => {
    const text = lastAnswerText(first, asked);
    expect(text).toContain(said);
    expect(text).toContain("does:");
    expect(text).not.toContain("Fire Alarm");
  });
});
