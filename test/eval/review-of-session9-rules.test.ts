import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// A read-only review of this session's rules found them reading ordinary words too broadly; each case was
// answered right at the session's first commit, and is again.
describe("rules of the session kept to what they were for", () => {
  it("takes weekend words as the side activity's, not the job said before 'and'", () => {
    const text = lastAnswerText(
      "i teach high school math and tutor on weekends, could i become a data analyst",
    );
    expect(text).toContain("to Data Analyst");
    expect(text).toContain("From ");
  });

  it("reads 'which one' with a skill said as background as the question it asks", () => {
    const text = lastAnswerText(
      "compare sre and devops engineer",
      "which one has more job openings, i know kubernetes",
    );
    expect(text).not.toContain("Kubernetes for a");
    expect(text).toContain("openings");
  });

  it("answers the duties asked beside a skill the person enjoys", () => {
    expect(lastAnswerText("i enjoy sql, what does a data engineer do")).toContain(
      "What a Software Data Engineer does",
    );
  });

  it("reads 'full stack' in a role's name as no tech stack", () => {
    expect(lastAnswerText("whats the day to day like for a full stack developer")).toContain(
      "What a Full Stack Developer does",
    );
  });

  it("compares two roles when the comparison is asked in so many words beside an opinion", () => {
    expect(lastAnswerText("is sre or swe more interesting work, and how do they compare overall")).toContain(
      "Site Reliability Engineer vs Software Engineer",
    );
  });

  it("cites the figures the IT pay ranking's note gives for the broad sense", () => {
    const text = lastAnswerText("how much do IT people make");
    expect(text).toContain("Engineering Manager ($175,140)");
    expect(text).toContain("oes113021.htm");
  });
});
