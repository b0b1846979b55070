import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/advisor/answers.js";
import { renderText } from "../../src/render/plain-text.js";
import { renderMessage } from "../../src/slack/blocks/message.js";
import { lastAnswerText, thread, understand } from "../support/questions.js";

const answer = lastAnswerText;

describe("what to learn for one role", () => {
  it("never reads a word of a kind of skill as a misspelt role name", () => {
    for (const q of [
      "best programming language to learn for backend",
      "best programing language for backend",
    ])
      expect(understand(q).entities.roles.map((r) => r.id)).toEqual(["back-end-developer"]);
  });

  it("answers the role's skills, the kind of skill asked first", () => {
    const text = answer("best programming language to learn for backend");
    expect(text).toContain("Programming languages a Back-End Developer works with");
    expect(text).not.toContain("From Software Engineer");
    for (const q of ["what should i learn for backend", "what backend stuff should i pick up"])
      expect(answer(q)).toContain("Skills for a Back-End Developer");
  });

  it("reads the role a follow-up names in a thread about a move, not a challenge of ML", () => {
    const text = answer("frontend to fullstack how hard", "what backend stuff should i pick up");
    expect(text).toContain("Skills for a Back-End Developer");
    expect(text).not.toContain("Common challenges");
  });

  it("leaves a move and a question of time as they were", () => {
    expect(answer("what should I learn to become an ML engineer")).toContain(
      "How to become a Machine Learning Engineer",
    );
    expect(answer("what do I need to learn to go from data engineer to ml engineer")).toContain("From ");
  });
});

describe("a comparison of three with a side that names no role", () => {
  it("says which side it left out, in the text and in Slack", () => {
    const [compared] = thread("devops vs sre vs blorpt");
    const text = renderText(compared as Answer);
    expect(text).toContain("DevOps Engineer vs Site Reliability Engineer");
    expect(text).toContain("I could not read “blorpt” as a role I know");
    expect(JSON.stringify(renderMessage(compared as Answer).blocks)).toContain("I could not read “blorpt”");
    expect(answer("devops vs sre vs blorpt salary")).toContain("I could not read “blorpt”");
    expect(answer("compare devops vs sre vs blorpt")).toContain("I could not read “blorpt”");
  });

  it("says nothing of a title's last word left after a misspelt name ('big data clowd eng')", () => {
    const text = answer("last one: big data clowd eng vs big data sofware eng");
    expect(text).toContain("Big Data Cloud Engineer vs Big Data Software Engineer");
    expect(text).not.toContain("I could not read");
    expect(answer("swe vs blorpt eng")).toContain('I could not read "blorpt eng"');
  });

  it("says an occupation it has no figures for is not covered, and compares the roles", () => {
    const text = answer("devops vs sre vs platform eng");
    expect(text).toContain("DevOps Engineer vs Site Reliability Engineer");
    expect(text).toContain("I don't cover Platform Engineers yet");
  });

  it("reads a lone 'dev' on a side of its own as a software engineer, not in 'web dev' or 'backend dev'", () => {
    expect(answer("qa vs dev vs devops, which should i pick as a new grad")).toContain(
      "QA Engineer vs Software Engineer vs DevOps Engineer",
    );
    expect(answer("dev or qa, which pays more")).toContain("Pay: Software Engineer vs QA Engineer");
    expect(understand("backend dev vs frontend dev").entities.roles.map((r) => r.id)).toEqual([
      "back-end-developer",
      "front-end-developer",
    ]);
    expect(understand("web dev salary").entities.roles).toEqual([]);
  });

  it("says nothing of the words a comparison is made by, nor of a choice to stay", () => {
    for (const q of [
      "swe vs mle, pay or outlook",
      "swe or mle or something else",
      "should i pick swe or mle or stay in qa",
    ])
      expect(answer(q)).not.toContain("I could not read");
  });
});

describe("short forms of titles", () => {
  it("find the occupation the title spelt out finds, said to be read so", () => {
    const text = answer("web dev salary");
    expect(text).toContain("“web dev” is read as Web Developers (SOC 15-1254)");
    expect(text).toContain("$92,650");
  });

  it("find a role whose name is typed with them", () => {
    expect(answer("eng mgr salary")).toContain("Engineering Manager pay");
    expect(understand("product mgr salary").entities.roles.map((r) => r.id)).toEqual(["product-manager"]);
  });

  it("leave a follow-up's first word of a role's name to mean that role after an occupation", () => {
    for (const first of ["web dev salary", "web developer salary"])
      expect(answer(first, "and mobile?")).toContain("Mobile Developer pay");
  });
});

describe("a title of a curated role's own occupation", () => {
  it("is that role, with an article before 'it' making it the field", () => {
    expect(answer("what does an it systems analyst do")).toContain("What a Computer Systems Analyst does");
    expect(understand("the it department").entities.itField).toBe(true);
  });

  it("offers the closest curated roles for a title no role is named", () => {
    expect(answer("what does a cloud engineer actually do")).toContain(
      "Cloud Architect, DevOps Engineer, Big Data Cloud Engineer",
    );
  });

  it("picks from a question back ask its question of the one picked", () => {
    expect(answer("what does an analyst do", "the first one")).toContain("What a Data Analyst does");
    expect(answer("what skills does an analyst need", "the second one")).toContain(
      "Skills for an Information Security Analyst",
    );
  });
});

describe("a role likened to a name that is no role", () => {
  it("says the name is no role it knows, where the knowledge names it, and what the role does", () => {
    const text = answer("can u explain what devsecops is, is it the same as a security engineer");
    expect(text).toContain("I could not read “devsecops” as a role I know");
    expect(text).toContain("What a Security Engineer does");
    expect(text).toContain("DevOps Engineer › Career path");
    expect(text).not.toContain("Common challenges");
    expect(answer("is blorptology different from a data analyst")).toContain(
      "The knowledge says nothing of “blorptology”",
    );
  });

  it("leaves two roles likened to each other a comparison", () => {
    expect(answer("is a data engineer the same as a data scientist")).not.toContain("I could not read");
  });
});

describe("what a role should learn", () => {
  it("answers with the role's skills, not a search for the word learn", () => {
    for (const q of [
      "what should a data analyst learn",
      "what should an sre learn",
      "what do qa engineers need to learn",
    ]) {
      const text = answer(q);
      expect(text, q).toMatch(/^Skills for an? /);
      expect(text, q).not.toContain("Getting started");
    }
    // A kind of tool named stays a question of tools.
    expect(answer("which cloud platforms do big data cloud engineers work on")).toContain(
      "Cloud platforms a Big Data Cloud Engineer works with",
    );
  });
});
