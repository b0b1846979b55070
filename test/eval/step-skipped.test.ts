import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// Past bug: "can i become a devops engineer without being a dba first" was read as a move from DBA, and
// "do i need to be a sysadmin before devops" as one from DevOps to System Administrator. A job named as a
// step one may skip is no side of a move: the question asks the way into the other job.
const cases: [string, string, string][] = [
  [
    "can i become a devops engineer without being a dba first",
    "How to become a DevOps Engineer",
    "Database Administrator",
  ],
  ["do i need to be a sysadmin before devops", "How to become a DevOps Engineer", "System Administrator to"],
  [
    "can i be a data scientist without being a data analyst first",
    "How to become a Data Scientist",
    "Which analyst",
  ],
];

describe("a step one may skip on the way to a job", () => {
  it.each(cases)("%s", (asked, said, notSaid) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(said);
    expect(text).not.toContain(notSaid);
  });

  it("reads no step in a quality said with a preposition ('without being good at maths')", () => {
    expect(understand("could i hack it in IT without being good at maths").entities.masked).toContain("good");
  });

  it("keeps a question about being that job alone ('do i need to be a sysadmin first')", () => {
    expect(understand("do i need to be a sysadmin first").roles.map((r) => r.id)).toEqual([
      "system-administrator",
    ]);
  });
});
