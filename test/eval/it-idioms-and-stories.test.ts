import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "it" in idioms that carry the question ("money in it", "make it as", "worth it or overhyped",
// "been in it 3 years"), IT as someone's background or one side of a comparison, and "IT"/"it" in capitals
// or beside each other. Each answer is the question asked, never a word's other sense.
const answer = lastAnswerText;

describe("an idiom with 'it' that carries the question", () => {
  it("reads 'money in it' and 'pay any good' as the role's pay", () => {
    for (const turns of [
      ["whats a dba do", "is there money in it?"],
      ["data engineer duties", "any money in it?"],
      ["is it's pay any good? the sysadmin one i mean"],
    ]) {
      const text = answer(...turns);
      expect(text).toMatch(/^\S.* pay:$/m);
      expect(text).toContain("Median annual wage");
      expect(text).not.toMatch(/^Outlook for/m);
    }
  });

  it("reads 'make it as' and 'hack it in' as getting in, age said unmeasured, no pay", () => {
    const frontEnd = answer("can a 40 yr old make it as a front end dev");
    expect(frontEnd).toContain("How to become a Front-End Developer");
    expect(frontEnd).toContain("The knowledge holds nothing on age");
    expect(frontEnd).not.toContain("Median annual wage");
    const field = answer("could i hack it in IT without being good at maths");
    expect(field).toContain("IT support is the usual way into IT");
    expect(field).not.toContain("Best paid roles");
  });

  it("keeps 'hack it as' with a skills question on the skills", () => {
    expect(answer("not sure i could hack it as an sre tbh, what skills would i need")).toContain(
      "Skills for a Site Reliability Engineer",
    );
  });

  it("reads 'worth it or overhyped' about one role as its outlook, no comparison", () => {
    for (const q of [
      "cybersecurity analyst, worth it or overhyped?",
      "devops engineer, worth it or overrated?",
    ]) {
      const text = answer(q);
      // Doubted as hype, the outlook says first that the sources measure jobs and openings, not hype.
      expect(text).toMatch(/^(?:The sources measure jobs and openings, not hype; [^\n]* )?Outlook for an? /m);
      expect(text).not.toMatch(/^What an? .* does:$/m);
    }
  });

  it("reads 'been in it 3 years, what's next' as the thread role's path, no question back", () => {
    const text = answer("im a QA tester rn", "been in it 3 years, what's next for me");
    expect(text).toContain("Career path for a QA Engineer");
    expect(text).not.toContain("Pick what you want to know");
  });
});

describe("IT told as a background or set against a role", () => {
  it("asks which IT role a move starts from, no ranking of every role", () => {
    for (const q of [
      "been doing IT for the council for 6 years, want more money. what should i move into?",
      "been in IT for 10 years, want more money. what should i move into?",
    ]) {
      const text = answer(q);
      expect(text).toContain("Which IT role");
      expect(text).not.toContain("Best paid roles");
    }
  });

  it("asks which IT role someone retraining as a role comes from", () => {
    const text = answer(
      "my mum's been in IT her whole life (mainframes) and wants to retrain as a data analyst at 55, is that mad?",
    );
    expect(text).toContain("Which IT role are you in now?");
    expect(text).toContain("gap it support specialist to data analyst");
  });

  it("asks which IT role to set against the thread's role or a role named with IT's", () => {
    expect(answer("software engineer salary", "vs IT?")).toContain(
      "Compare Software Engineer with which IT role?",
    );
    expect(answer("data analyst skills", "vs IT?")).toContain("Compare Data Analyst with which IT role?");
    expect(answer("whats IT's median pay vs software engineering's")).toContain(
      "Compare Software Engineer with which IT role?",
    );
  });

  it("answers 'which IT jobs lead to it' with the ways into the thread's role", () => {
    const text = answer("cloud architect pay", "which IT jobs lead to it?");
    expect(text).toContain("Getting started as a Cloud Architect");
    expect(text).not.toContain("ML engineer");
    expect(answer("sre salary", "what roles feed into it?")).toContain(
      "How to become a Site Reliability Engineer",
    );
  });

  it("reads 'what led to that number?' as no way into the role", () => {
    for (const followUp of ["what led to that number?", "what led to that?"]) {
      const text = answer("cloud architect pay", followUp);
      expect(text, followUp).not.toContain("Getting started as a Cloud Architect");
    }
  });
});

describe("the words after IT, and capitals", () => {
  it("reads 'IT sector jobs' and 'the scope of IT' as IT's roles by growth", () => {
    for (const q of [
      "which IT sector jobs are growing fastest",
      "which IT industry jobs are growing fastest",
      "What is the scope of IT in US for freshers?",
    ]) {
      const text = answer(q);
      expect(text).toContain("Fastest growing IT roles");
      expect(text).toContain("IT Support Specialist");
      expect(text).not.toMatch(/matching “/);
    }
  });

  it("reads 'the scope of' a role as its outlook", () => {
    expect(answer("what is the scope of data analyst in india")).toContain("Outlook for a Data Analyst");
  });

  it("reads 'the scope of work' as the extent of the work, not the field's prospects", () => {
    for (const q of ["what is the scope of work in IT?", "what's the scope of the work in IT"])
      expect(answer(q), q).not.toContain("Fastest growing IT roles");
    expect(answer("what is the scope of work in IT support?")).toContain(
      "What an IT Support Specialist does",
    );
  });

  it("reads 'is it support a good career' as IT support, in capitals or not", () => {
    for (const q of ["PLS HELP IS IT SUPPORT A GOOD CAREER OR NOT 😭", "is it support a good career"])
      expect(answer(q)).toContain("Outlook for an IT Support Specialist");
    expect(answer("data analyst salary", "is it support a good career")).toContain(
      "Outlook for an IT Support Specialist",
    );
  });

  it("reads 'what is it exactly' after one role as that role, in capitals or not", () => {
    for (const q of ["WHAT IS IT EXACTLY", "what is it"]) {
      const text = answer("heard of SRE?", q);
      expect(text).toContain("What a Site Reliability Engineer does");
      expect(text).not.toContain("outside what I know");
    }
  });
});

describe("two questions in one message", () => {
  it("answers the degree asked, the opinion heard said unmeasured", () => {
    const text = answer("heard product manager is chill, does it need a cs degree");
    expect(text).toContain("The sources give no opinion on whether working as a Product Manager is chill.");
    expect(text).toContain("Education for a Product Manager");
  });

  it("says a remote question of a role outside ML finds only ML's sections, in words about that role", () => {
    const text = answer("security engineer salary", "and is it remote friendly");
    expect(text).toContain("“remote” comes up only in its sections on machine learning work");
    expect(text).not.toContain("it mentions it only");
  });
});
