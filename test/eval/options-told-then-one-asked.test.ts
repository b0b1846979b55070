import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "looking at network architect and security engineer roles. whats the network architect pay like?": a
// sentence telling of the roles weighed, then a question of one of them, asks that one; "and the other one?"
// next asks it of the rest. Before, the two roles' common skills were answered, and the follow-up got the
// other role's duties.
describe("roles told as options, then a question of one", () => {
  it("answers the question of the one asked", () => {
    const text = lastAnswerText(
      "looking at `network architect` and `security engineer` roles. whats the network architect pay like?",
    );
    expect(text).toContain("Network Architect pay");
    expect(text).not.toContain("have in common");
  });

  it("asks the same of the other one next", () => {
    const text = lastAnswerText(
      "looking at network architect and security engineer roles. whats the network architect pay like?",
      "and the other one?",
    );
    expect(text).toContain("Security Engineer pay");
  });

  it("keeps both where the question weighs one against the other, or tells of a move", () => {
    expect(lastAnswerText("comparing sre and devops. is sre paid more?")).toContain(
      "Pay: Site Reliability Engineer vs DevOps Engineer",
    );
    expect(lastAnswerText("deciding between frontend and backend. which one pays more?")).toContain(
      "Pay: Front-End Developer vs Back-End Developer",
    );
    expect(
      lastAnswerText("im a data analyst and want to be a data engineer. what does a data engineer make?"),
    ).toContain("Data Analyst");
  });
});
