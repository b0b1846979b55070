import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { answerText, lastAnswerText } from "../support/questions.js";

// Round fixA (British and Australian English, people aged 40-60): trade slang, a support desk's line, a
// careers adviser reporting on IT, a bare checklist, the quickest way in, and a service left for one
// occupation.

describe.skipIf(!officialLayerInstalled)("British and Australian trade slang", () => {
  it.each([
    ["what does a sparky earn over there", "Electricians (SOC 47-2111)"],
    ["sparkie salary", "Electricians (SOC 47-2111)"],
    ["plumbo salary", "Plumbers, Pipefitters, and Steamfitters"],
  ])("%s", (asked, heading) => {
    expect(saidWithLayer(asked)).toContain(heading);
  });
});

describe("a support desk's line, as British desks name it", () => {
  it.each([
    "been doing 1st line support for 2 years, want to get to network administrator, what do i need",
    "first line support to network admin?",
    "im on second-line helpdesk, want to get to network admin",
  ])("%s", (asked) => {
    expect(answerText(asked)).toContain("From IT Support Specialist to Network Administrator");
  });

  it("reads the pay of a 2nd line support engineer as IT support's", () => {
    expect(answerText("2nd line support engineer salary")).toContain("IT Support Specialist pay");
  });

  it("leaves a first line manager and a first line of text alone", () => {
    expect(answerText("first line manager salary")).not.toContain("IT Support Specialist");
    expect(answerText("what's in the first line of support docs")).not.toContain("IT Support Specialist");
  });
});

describe("how long the job held was held, told beside a move", () => {
  it.each([
    [
      "been doing help desk for 2 years, want to get to network administrator, what do i need",
      "From IT Support Specialist to Network Administrator",
    ],
    [
      "been doing sysadmin for 3 years want to get to devops what do i need",
      "From System Administrator to DevOps Engineer",
    ],
    [
      "ive done qa for 4 yrs, want to get to software engineer, what do i need",
      "From QA Engineer to Software Engineer",
    ],
  ])("%s", (asked, heading) => {
    expect(answerText(asked)).toContain(heading);
  });

  it("keeps experience asked in words of its own", () => {
    for (const asked of [
      "i'm a help desk tech for 2 years, how much experience do i need for network admin",
      "how many years of experience do i need for network administrator",
      "what experience do i need to go from help desk to network admin",
    ])
      expect(answerText(asked), asked).toContain("Experience for a Network Administrator");
  });
});

describe("what a careers adviser said of IT", () => {
  it.each([
    "my uni careers advisor said IT is oversaturated, is that true?",
    "my careers adviser told me IT is saturated",
    "a recruiter told me IT is oversaturated",
  ])("%s", (asked) => {
    const text = answerText(asked);
    expect(text).toContain("Fastest growing IT roles");
    expect(text).not.toContain("Career Counselors");
  });

  it("keeps the adviser's own pay asked of", () => {
    expect(saidWithLayer("careers advisor salary")).toContain("Career Counselors and Advisors (SOC 21-1012)");
    expect(saidWithLayer("careers advisor said it was a bad idea, what do careers advisors earn")).toContain(
      "Career Counselors and Advisors (SOC 21-1012)",
    );
  });
});

describe("a checklist asked of a role", () => {
  it.each([
    ["whats the checklist for ml", "Skills for a Machine Learning Engineer"],
    ["ml checklist?", "Skills for a Machine Learning Engineer"],
    ["whats the check list for devops", "Skills for a DevOps Engineer"],
    ["any checklist for a network admin", "Skills for a Network Administrator"],
  ])("%s", (asked, heading) => {
    expect(answerText(asked)).toContain(heading);
  });

  it("leaves a checklist of a piece of work, or of the first days, as it was read", () => {
    for (const q of [
      "deployment checklist for devops",
      "soc2 audit checklist",
      "is there a hardening checklist for linux servers",
      "checklist for my first week as an sre",
    ])
      expect(answerText(q), q).not.toContain("Skills for");
  });

  it("leaves a checklist of steps as the way in", () => {
    expect(answerText("give me a checklist to become an ml engineer")).toContain(
      "How to become a Machine Learning Engineer",
    );
  });
});

describe("the quickest way in, asked after the way into a role or the field", () => {
  it("is the way into the thread's role", () => {
    expect(lastAnswerText("how do i become a data scientist", "whats the fastest way in")).toContain(
      "How to become a Data Scientist",
    );
    expect(lastAnswerText("i want to get into IT", "whats the quickest way in")).toContain(
      "Getting started as an IT Support Specialist",
    );
  });

  it("asks which of the roles listed, after the roles that need the least to enter", () => {
    const text = lastAnswerText("i want to get into tech", "what's the quickest way in");
    expect(text).toContain("Which of these roles do you mean?");
    expect(text).not.toContain("Computer Systems Analyst › Overview");
  });

  it("leaves a role's career path asked as a path", () => {
    expect(answerText("whats the fastest path in sre career")).toContain(
      "Career path for a Site Reliability Engineer",
    );
    // A step up asked after "the quickest way in" is the path on (review27).
    for (const q of [
      "quickest way in to get promoted as a data engineer",
      "whats the fastest way in data engineering to get senior",
    ])
      expect(answerText(q), q).toContain("Career path for a Software Data Engineer");
  });
});

describe.skipIf(!officialLayerInstalled)("a service left for one occupation", () => {
  it.each([
    [
      "20 years in army logistics, what would I earn as an IT project manager",
      "Project Management Specialists (SOC 13-1082)",
      "army",
    ],
    ["20 years in the army, what would I earn as a nurse", "Registered Nurses (SOC 29-1141)", "army"],
    ["leaving the army, what do electricians make", "Electricians (SOC 47-2111)", "army"],
    ["ex military, how do i become an electrician", "Electricians (SOC 47-2111)", "military"],
  ])("%s", (asked, heading, service) => {
    const text = saidWithLayer(asked);
    expect(text).toContain(heading);
    expect(text).toContain(`No figures for time in the ${service}`);
    expect(text).not.toContain("Soldiers");
    expect(text).not.toContain("To get into tech from");
  });

  it("keeps a move from the service into a role", () => {
    expect(answerText("army vet, thinking network administrator")).toContain(
      "From army vet to Network Administrator",
    );
  });
});
