import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/advisor/answers.js";
import { ask } from "../../src/advisor/ask.js";
import { renderText } from "../../src/render/plain-text.js";
import { parseCommand } from "../../src/understanding/command-grammar.js";
import { realKnowledge } from "../support/knowledge.js";
import { thread } from "../support/questions.js";

// Replies in a thread that lean on what the bot just said: a topic picked after its question back, one of
// the roles or occupations it listed, "either" of two roles, a level after an employer.
const kb = realKnowledge();

const last = (answers: Answer[]) => renderText(answers.at(-1) as Answer);

describe("a reply to the bot's question back about the thread's role", () => {
  it("answers a topic typed alone for the role it asked about", () => {
    for (const reply of ["salary", "salary pls", "pay"]) {
      const answers = thread("what does a network architect do", "hmm and?", reply);
      expect(renderText(answers[1] as Answer)).toContain("About Network Architect?");
      expect(last(answers)).toContain("Network Architect pay");
      expect(last(answers)).toContain("$134,050");
    }
    expect(last(thread("what does a security engineer do", "ok what else", "the path"))).toContain(
      "Career path for a Security Engineer",
    );
  });

  it("answers the topic for both roles when it asked back about two", () => {
    const pay = thread("mle vs swe", "hmm and?", "salary");
    expect(renderText(pay[1] as Answer)).toContain("About Machine Learning Engineer and Software Engineer?");
    expect(last(pay)).toContain("Pay: Machine Learning Engineer vs Software Engineer");
    expect(last(thread("mle vs swe", "hmm and?", "path"))).toContain("Career path for a Software Engineer");
  });

  it("keeps a bare command's saved-role meaning where no question back came before", () => {
    expect(parseCommand(kb, "salary pls")).toEqual({ kind: "salary" });
    expect(last(thread("salary"))).toContain("Which role?");
  });

  it("remembers what it offered for the next message only", () => {
    const asked = ask(kb, "hmm and?", {
      context: { roles: ["cloud-architect"], intent: "responsibilities" },
    });
    expect(asked.context.offered).toEqual(["cloud-architect"]);
    expect(ask(kb, "what does it pay", { context: asked.context }).context.offered).toBeUndefined();
  });
});

describe("a reply that picks one of what the bot listed", () => {
  it("picks a role by its place in the thread, with the thread's question asked of it", () => {
    const pay = thread(
      "data analyst or data scientist - which pays better",
      "and in seattle?",
      "the second one",
    );
    expect(last(pay)).toContain("Data Scientist pay");
    expect(last(pay)).toContain("The knowledge base has no Seattle, WA figure for Data Scientist.");
    expect(last(pay)).not.toContain("Data Analyst");
    expect(last(thread("cloud architect or network architect", "the second one - what does it pay"))).toMatch(
      /^Network Architect pay/,
    );
  });

  it("describes the side of a comparison picked, or asks back about the thread's role, when the reply asks nothing else", () => {
    // One side of a comparison picked is that role described: a comparison of one role is no question.
    const side = last(thread("frontend vs backend dev, which skills matter", "the first one"));
    expect(side).toContain("What a Front-End Developer does");
    expect(side).not.toContain("About Front-End Developer?");
    const vague = last(thread("what does a qa engineer do", "the first one"));
    expect(vague).toContain("About QA Engineer?");
    expect(vague).not.toContain("Hi! I'm Career Advisor");
  });

  // As the bot's question back about a title O*NET lists under two occupations leaves the thread (the
  // committed official figures hold only the curated roles' occupations, so the title is left out here).
  const occupationsOffered = { roles: [], intent: "salary" as const, offered: ["15-1252", "15-1253"] };

  it("picks an occupation the bot asked about by a word of its title", () => {
    const picked = ask(kb, "the testers one", { context: occupationsOffered });
    expect(picked.answer).toMatchObject({ kind: "occupation", soc: "15-1253" });
    expect(renderText(picked.answer)).toContain("$104,300");
    expect(ask(kb, "the first one", { context: occupationsOffered }).answer).toMatchObject({
      soc: "15-1252",
    });
  });

  it("asks again which occupation when a follow-up picks none of them", () => {
    const again = ask(kb, "how long to get there", { context: occupationsOffered });
    expect(again.answer.kind).toBe("clarify");
    expect(renderText(again.answer)).toContain("Software Quality Assurance Analysts and Testers (15-1253)");
    const still = ask(kb, "is that normal", { context: again.context });
    expect(renderText(still.answer)).toContain("Which occupation do you mean");
  });

  it("picks a role the bot offered when the question named none it could tell apart", () => {
    expect(last(thread("sde salary", "the second one"))).toContain("Software Engineer pay");
    expect(last(thread("analyst salary", "the second one"))).toContain("Information Security Analyst pay");
  });
});

describe("the thread's roles in other words", () => {
  it('reads "either" as the two roles compared, and keeps them for the next question', () => {
    const answers = thread(
      "data scientist vs mle",
      "does either need a phd",
      "which is easier to break into",
    );
    const education = renderText(answers[1] as Answer);
    expect(education).toContain("Education for a Data Scientist");
    expect(education).toContain("many in the field hold advanced degrees");
    // Both roles weighed on what their official occupations ask to enter.
    expect(last(answers)).toContain("Data Scientist asks less education to enter");
    expect(last(answers)).toContain(
      "Machine Learning Engineer (as Computer and Information Research Scientists)",
    );
    expect(last(thread("devops vs sre", "does either need a degree"))).toContain(
      "Education for a Site Reliability Engineer",
    );
  });

  it('reads "software dev" as a software engineer, and keeps that role for the thread', () => {
    const answers = thread("thinking about becoming a software dev", "that role pays well right?");
    expect(renderText(answers[0] as Answer)).toContain("Software Engineer");
    expect(last(answers)).toContain("$135,980");
  });

  it("answers the growth of the thread's role, however few words ask it", () => {
    expect(last(thread("tell me about full stack devs", "the growth tho?"))).toContain(
      "Outlook for a Full Stack Developer",
    );
  });
});

describe("a level asked at an employer whose figures are not by level", () => {
  it("gives the level's figures for the role and says the employer has none of that level", () => {
    for (const answers of [
      thread("ml engineer salary at meta", "what about remote", "and senior?"),
      thread("mle salary", "at meta?", "and senior?"),
      thread("senior mle salary at meta"),
    ]) {
      const text = last(answers);
      expect(text).toContain("No senior level figures at Meta");
      expect(text).toContain("$177,177 – $184,000");
      expect(text).toContain("$231,000 – $338,000");
    }
    // A level the employer has figures for is answered from them, as before.
    expect(last(thread("entry level mle salary at meta"))).not.toContain("No entry");
  });
});
