import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "it"/"IT" in follow-ups after a role. IT the field made the subject leaves the thread's role
// behind; "is either of them IT" asks of both roles; "it" with a start named is the move into the thread's
// role; "is it worth it", "is it hard to get", "is it beginner friendly" are the thread's role's outlook or
// way in, never a question back, its pay or the ML trends.
const answer = lastAnswerText;

describe("IT the field made the subject in a thread about a role", () => {
  it("ranks IT's roles by growth, not the thread's role's outlook", () => {
    for (const [first, followUp] of [
      ["tell me about security analyst", "what about IT in general, is it growing?"],
      [
        "sysadmin here, what's the outlook for system administrator",
        "is IT still a good career or is it dying",
      ],
      ["network admin salary", "how about IT as a whole, will it be automated?"],
    ] as const) {
      const text = answer(first, followUp);
      expect(text).toContain("Fastest growing IT roles");
      expect(text).not.toMatch(/^Outlook for/);
    }
  });

  it("asks which IT role for pay in a place, not the thread's role's pay there", () => {
    const text = answer("security analyst pay in texas", "and IT in general in texas?");
    expect(text).toContain("Which IT role do you mean?");
    expect(text).not.toContain("Information Security Analyst pay");
  });

  it("keeps a lower-case 'it' and an IT role named on the thread", () => {
    expect(answer("sysadmin salary", "is it stressful")).toContain("System Administrator");
    expect(answer("security analyst pay", "what about IT support?")).toContain("IT Support Specialist pay");
  });
});

describe("whether the thread's roles count as IT", () => {
  it("answers for both roles of a pair", () => {
    for (const [first, followUp] of [
      ["data scientist vs data engineer pay", "which is more IT"],
      ["cloud architect vs devops engineer, which pays more", "is either of them IT"],
      ["sre vs devops", "is either one IT?"],
    ] as const) {
      const text = answer(first, followUp);
      expect(text.match(/Not in the narrow sense/g)?.length).toBe(2);
    }
  });

  it("reads the field set beside IT as no role asked of", () => {
    const text = answer("whats the pay for a back end developer", "is that counted as IT or software?");
    expect(text).toContain(
      "Not in the narrow sense: Back-End Developer is not one of the roles I count as IT",
    );
    expect(text).not.toContain("vs Software Engineer");
    expect(answer("dba salary", "is it IT or more data")).toContain(
      "Yes: Database Administrator is one of the roles I count as IT.",
    );
  });
});

describe("'it' the thread's role with a start named", () => {
  it("is the move from the start to the thread's role", () => {
    expect(answer("tell me about devops", "and how do i get into it from IT support")).toContain(
      "From IT Support Specialist to DevOps Engineer",
    );
    expect(
      answer("mobile developer pay", "is it a good career for someone coming from IT support?"),
    ).toContain("From IT Support Specialist to Mobile Developer");
    expect(answer("security engineer outlook", "how do i get into it from sysadmin")).toContain(
      "From System Administrator to Security Engineer",
    );
  });
});

describe("'is it worth it' and 'is it hard to get' about the thread's role", () => {
  it("answers worth as the role's outlook, never a question back or a year's topic", () => {
    for (const [first, followUp, role] of [
      ["what does a qa engineer earn", "honestly is it even worth it", "QA Engineer"],
      ["how do i become a machine learning engineer", "is it worth it in 2026", "Machine Learning Engineer"],
      ["devops engineer pay", "is it worth it now", "DevOps Engineer"],
    ] as const) {
      const text = answer(first, followUp);
      expect(text).toContain(`Outlook for a ${role}`);
      expect(text).not.toContain("Pick what you want to know");
      expect(text).not.toContain("nothing on “2026”");
    }
  });

  it("answers getting in for 'hard to get' and 'beginner friendly'", () => {
    expect(answer("cloud architect pay", "is it hard to get")).toContain(
      "The sources do not rate how hard it is to become a Cloud Architect",
    );
    expect(answer("full stack developer skills needed", "is it beginner friendly??")).toContain(
      "How to become a Full Stack Developer",
    );
    expect(answer("qa engineer skills", "is it ok for a beginner")).toContain(
      "Getting started as a QA Engineer",
    );
  });

  it("keeps a certificate's worth its own answer", () => {
    expect(answer("devops pay", "is the ccna worth it")).not.toContain("Outlook for a DevOps Engineer");
  });
});
