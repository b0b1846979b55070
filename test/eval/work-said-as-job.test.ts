import { describe, expect, it } from "vitest";
import { spellWorkAsJob } from "../../src/understanding/text/work-as-job.js";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// "is coding a good career", "is testing a dead end", "networking jobs salary": tech work named by what is
// done stands for the role or field of the people who do it (before: best practices, the ML market, "Which
// role?" or out of scope).
describe("tech work said as the job", () => {
  it("answers an activity of one role with that role", () => {
    expect(answerText("is coding a good career")).toContain("Outlook for a Software Engineer");
    expect(answerText("how much does programming pay")).toContain("Software Engineer pay");
    expect(answerText("is testing a dead end")).toContain("Outlook for a QA Engineer");
    expect(answerText("software testing salary")).toContain("QA Engineer pay");
    expect(answerText("what do testers make")).toContain("QA Engineer pay");
  });

  it("keeps the role for the thread's follow-ups", () => {
    expect(lastAnswerText("is coding a good career", "how much does it pay")).toContain(
      "Software Engineer pay",
    );
  });

  it("answers a field's work with the field's roles", () => {
    const text = answerText("networking jobs salary");
    expect(text).toContain("Best paid roles (network)");
    expect(text).toContain("Network Administrator");
    expect(text).not.toContain("Cloud Architect");
    expect(answerText("cloud computing jobs outlook")).toContain("Outlook for a Cloud Architect");
    expect(answerText("cloud computing jobs outlook")).not.toContain("machine learning market");
  });

  it("leaves the work as it is where it is no job asked of", () => {
    for (const q of ["python for coding", "unit testing tools", "networking skills for it support"])
      expect(spellWorkAsJob(q), q).toBe(q);
    expect(spellWorkAsJob("penetration testing jobs")).toBe("penetration testing jobs");
    expect(spellWorkAsJob("medical coding jobs")).toBe("medical coding jobs");
    expect(understand("medical coders, what do they make?").entities.roles).toEqual([]);
  });

  it("sets an activity against a role named beside it", () => {
    const text = answerText("is programing better paid than data analysys");
    expect(text).toContain("Pay: Software Engineer vs Data Analyst");
  });
});

// "what does cisco pay for networking", "which of those pays most", "what do people in security make": a
// field's roles ranked at an employer, weighed again, or asked of as its people.
describe("a field's roles asked of", () => {
  it("says first that a ranking at an employer is of general figures", () => {
    expect(answerText("what does cisco pay for networking")).toContain(
      "No figures for Cisco: rankings use no employer's pay, so the figures below are general, not Cisco's.",
    );
  });

  it("weighs the pay of the field's roles after they were ranked", () => {
    const text = lastAnswerText("networking jobs salary", "which of those pays most");
    expect(text).toContain("Pay: Network Architect vs Network Administrator");
    expect(text).not.toContain("What they do");
  });

  it("ranks a few roles' pay by their people, and asks back of many", () => {
    expect(answerText("what do people in security make")).toContain("Best paid roles (security)");
    expect(answerText("what do people in data make")).toContain("Which data role do you mean?");
  });
});

// "is cybersecurity worth getting into", "where can it lead", "is backend better payed": a line of work
// judged, where a job goes next, one role's pay weighed against the thread's.
describe("work judged, followed on and weighed", () => {
  it("judges a line of work worth getting into by its outlook, not the way in", () => {
    const text = answerText("is cybersecurity worth getting into");
    expect(text).toContain("Outlook for an Information Security Analyst");
    expect(text).not.toContain("Getting started");
  });

  it("reads 'where can it lead' as where the job goes next", () => {
    const text = lastAnswerText("is help desk a dead end", "where can it lead");
    expect(text).toContain("Career path for an IT Support Specialist");
    expect(text).not.toContain("senior level included");
  });

  it("keeps 'and lead?' the lead rung", () => {
    expect(lastAnswerText("what does an sre make", "and lead?")).toContain("lead level");
  });

  it("sets one role said to pay more beside the thread's", () => {
    expect(lastAnswerText("is frontend a good career still", "is backend better payed")).toContain(
      "Pay: Front-End Developer vs Back-End Developer",
    );
    // A move keeps the move's answer.
    expect(lastAnswerText("swe in nyc", "would switching to ml pay more here")).toContain(
      "From Software Engineer to Machine Learning Engineer",
    );
  });
});

// "how do i move into actual dev work": building software said as work, where a move leads, is the software
// engineer (before: "Which role do you want to move to from QA Engineer?").
describe("dev work as the end of a move", () => {
  it.each([
    "been doing manual QA for 3 years, how do i move into actual dev work",
    "how do i get into real dev work from qa",
    "been a manual tester 2 yrs, how to switch into dev work?",
    "qa tester wanting to move into proper coding work",
  ])("answers %s as the move from QA to software engineering", (question) => {
    expect(answerText(question)).toContain("From QA Engineer to Software Engineer");
  });

  it("leaves dev work said of a role's duties as asked", () => {
    expect(spellWorkAsJob("how much dev work does a devops engineer do")).toBe(
      "how much dev work does a devops engineer do",
    );
    expect(answerText("how much dev work does a devops engineer do")).toContain(
      "What a DevOps Engineer does",
    );
  });
});
