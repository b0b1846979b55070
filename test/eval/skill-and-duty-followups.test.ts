import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// A follow-up that asks whether the thread's role needs a skill, or whether its people do
// something, is answered from the role's skills or duties, whatever topic its other words pull toward.

describe("a skill checked after a pick of one role", () => {
  it("says whether the picked role's sources name it, not its outlook or pay", () => {
    const threads = [
      ["how do devops engineers and SREs differ tbh", "and which one has more openings"],
      ["devops vs sre pay"],
    ];
    for (const start of threads)
      for (const ask of [
        "ok the devops one. is `kubernetes` a must?",
        "ok the devops one. do i need kubernetes?",
      ]) {
        const text = lastAnswerText(...start, ask);
        expect(text).toContain("Kubernetes for a DevOps Engineer:");
        expect(text).toContain("The sources for DevOps Engineer do not name Kubernetes");
        expect(text).not.toContain("Outlook for a DevOps Engineer");
        expect(text).not.toContain("DevOps Engineer pay:");
      }
  });
});

describe("a skill named alone, narrowed or set against another", () => {
  it("checks the skill narrowed to ('and linux specifically?') in the role's lists", () => {
    const text = lastAnswerText("what does a systems administrator need to know", "and linux specifically?");
    expect(text).toContain("Yes: the sources list Linux among a System Administrator's technical skills.");
    expect(text).not.toContain("“specifically”");
  });

  it("says which of two skills the role's sources name and which they do not", () => {
    const text = lastAnswerText("skills needed for big data engineers", "spark or flink?");
    expect(text).toContain("Yes: the sources list Apache Spark among a Big Data Software Engineer's");
    expect(text).toContain("The sources for Big Data Software Engineer do not name Flink");
    const both = lastAnswerText("skills for a data scientist", "python or r?");
    expect(both).toContain("the sources list Python among a Data Scientist's");
    expect(both).toContain("the sources list R among a Data Scientist's");
  });

  it("offers the skills button once", () => {
    const text = lastAnswerText("skills for a devops engineer", "and docker specifically?");
    expect(text.match(/career skills devops engineer/g)).toHaveLength(1);
  });
});

describe("whether the thread's role's people do something", () => {
  it("is answered from the role's duties, saying what they do not name", () => {
    const clients = lastAnswerText("duties of a product manager?", "do they work with clients");
    expect(clients).toContain("The knowledge base has nothing on “clients” for Product Manager.");
    expect(clients).toContain("What a Product Manager does:");
    const people = lastAnswerText("what kinds of things does a lead ml engineer do", "do they manage people");
    expect(people).toContain("What a Lead Machine Learning Engineer does:");
    expect(people).toContain("Mentor junior engineers");
    expect(people).not.toContain("Soft skills ›");
    const team = lastAnswerText("what does a software engineering manager do", "do they lead a team");
    expect(team).toContain("What an Engineering Manager does:");
    expect(team).not.toContain("Pick what you want to know");
  });

  it("leaves what they need, use or earn to those topics", () => {
    expect(lastAnswerText("what does a data analyst do", "do they need a degree")).toContain(
      "Education for a Data Analyst",
    );
    expect(lastAnswerText("what does a data analyst do", "do they make good money")).toContain(
      "Data Analyst pay",
    );
    expect(lastAnswerText("what does a data analyst do", "do they use python")).toContain(
      "Python for a Data Analyst",
    );
  });
});

describe("a question after a pick or a ranking, read for what it asks", () => {
  it("is the way into the role picked, not what it does nor field-wide ML text", () => {
    for (const ask of ["the architect one, how do you get there", "how do you become the architect one"]) {
      const text = lastAnswerText("network architect vs network admin, whats better", ask);
      expect(text).toMatch(/(How to become|Getting started as) a Network Architect/);
      expect(text).not.toContain("ML trends");
    }
  });

  it("is the move from the role named to the thread's, with no timeline invented", () => {
    const text = lastAnswerText(
      "network architect vs network admin, whats better",
      "the architect one, how do you get there",
      "how long does that take from network admin",
    );
    expect(text).toContain("From Network Administrator to Network Architect");
    expect(text).toContain("The sources give no timeline for this move");
  });

  it("sets a role asked where it fits beside those the thread weighed", () => {
    const text = lastAnswerText(
      "fe dev salary?",
      "be dev?",
      "full stack?",
      "ok which of those 3 is the most in demand",
      "and the mobile devs, where do they fit in",
    );
    expect(text).toContain("Mobile Developer 15.8% (software developers)");
    expect(text).toContain("Front-End Developer 7.5% (web developers)");
    expect(text).not.toContain("ML trends");
  });
});

describe("a comparison weighed by something no source measures, or a role as both together", () => {
  it("says no source counts meetings, for fewer meetings or a hatred of them", () => {
    for (const ask of ["which has fewer meetings", "which one would you pick if you hate meetings 😅"]) {
      const text = lastAnswerText("engineering manager vs product manager", ask);
      expect(text).toContain("No source says which has more meetings; what each role does is below.");
      expect(text).toContain("Engineering Manager vs Product Manager");
    }
  });

  it("is what the role named does when asked if it is a combination of both", () => {
    for (const start of ["front end vs back end developer", "Salary of the backend one in the US?"]) {
      const text = lastAnswerText(start, "thanks. is full stack a combination of both?");
      expect(text).toContain("What a Full Stack Developer does:");
      expect(text).not.toContain("Outlook for a Full Stack Developer");
    }
  });
});
