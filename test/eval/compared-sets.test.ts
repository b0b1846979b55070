import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// A question about roles just set side by side is about those roles: weighed by what it asks, each one's
// part given, never every role ranked nor a question back.
const answer = lastAnswerText;

describe("a question about the roles just compared", () => {
  it("weighs two or three compared roles by growth", () => {
    const three = answer("front end vs back end vs full stack", "which grows fastest");
    expect(three).toContain("Back-End Developer and Full Stack Developer grow fastest");
    expect(three).toContain("Outlook for a Front-End Developer");
    expect(three).not.toContain("Fastest growing roles");
    expect(answer("front end vs back end", "which grows fastest")).toContain(
      "Back-End Developer grows faster",
    );
    expect(answer("front end vs back end", "which of these jobs is growing fastest")).toContain(
      "Back-End Developer grows faster",
    );
  });

  it("weighs them by pay when pay is asked", () => {
    expect(answer("front end vs back end", "which pays best")).toContain(
      "Pay: Front-End Developer vs Back-End Developer",
    );
  });

  it("still ranks every role when the question asks about jobs in general", () => {
    expect(answer("front end vs back end", "which jobs grow fastest")).toContain("Fastest growing roles");
  });

  it("gives the skills of each", () => {
    const text = answer("sysadmin vs network admin", "skills for each?");
    expect(text).toContain("Skills for System Administrator and Network Administrator");
    expect(text).not.toContain("Pick what you want to know");
  });

  it("answers whether the thread's role pays more than one named with their pay and a verdict", () => {
    const text = answer(
      "whats the career path for a qa engineer",
      "does it pay more than software engineering",
    );
    expect(text).toContain("Pay: QA Engineer vs Software Engineer");
    expect(text).toContain("On these figures Software Engineer pays more.");
  });
});

describe("schooling weighed after a comparison", () => {
  it("reads 'which needs more school' as education, each role's shown", () => {
    const text = answer("compare data analyst and data scientist", "which needs more school");
    expect(text).toContain("Education for a Data Analyst");
    expect(text).toContain("Education for a Data Scientist");
    expect(text).not.toContain("What they do:");
  });
});
