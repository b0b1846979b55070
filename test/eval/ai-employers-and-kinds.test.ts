import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/advisor/answers.js";
import { renderText } from "../../src/render/plain-text.js";
import { answerText, thread } from "../support/questions.js";

// "ai" as a role, misspelt employers and job links, kinds of employer: each as a user sees the answer.
const last = (answers: Answer[]) => renderText(answers.at(-1) as Answer);
const aiSaid = "“AI” is answered for Machine Learning Engineer";

describe('"ai" alone in a question of roles or pay', () => {
  it("answers for Machine Learning Engineer and says so", () => {
    for (const q of [
      "how much does ai pay these days",
      "ai salary",
      "ai engineer pay",
      "ai engineer salary",
    ]) {
      const text = answerText(q);
      expect(text, q).toContain(aiSaid);
      expect(text, q).toContain("Machine Learning Engineer pay");
      expect(text, q).not.toContain("Computer and Information Research Scientist pay");
    }
  });

  it("keeps the thread's role where AI is only the topic of a follow-up", () => {
    for (const follow of [
      "will it survive all the ai hype?",
      "cheers. is it a dying job with all the AI stuff",
    ]) {
      const text = last(thread("qa engineer salary", follow));
      expect(text, follow).toContain("Outlook for a QA Engineer");
      expect(text, follow).not.toContain("Machine Learning Engineer");
    }
  });

  it("sets the machine learning engineer against the other role", () => {
    const outlook = answerText("ai or devops, which is more future proof");
    expect(outlook).toContain(aiSaid);
    expect(outlook).toContain("Outlook for a Machine Learning Engineer");
    expect(outlook).toContain("Outlook for a DevOps Engineer");
    const pay = answerText("ai or cloud architect, which pays more");
    expect(pay).toContain("Pay: Machine Learning Engineer vs Cloud Architect");
  });

  it("gives the machine learning engineer's entry-level pay for entry level ai jobs", () => {
    for (const q of ["entry level ai jobs pay?", "entry level ml jobs pay?"])
      expect(answerText(q), q).toContain("Machine Learning Engineer, Entry level: $96,000 – $152,601");
  });

  it("leaves ai the topic a topic", () => {
    expect(answerText("ai trends")).not.toContain(aiSaid);
    expect(answerText("will ai replace devs")).not.toContain("Outlook for a Machine Learning Engineer");
    const analysts = answerText("is ai taking over data analyst jobs?");
    expect(analysts).toContain("Outlook for a Data Analyst");
    expect(analysts).not.toContain("Machine Learning Engineer");
  });
});

describe("an employer misspelt or named in a job link", () => {
  it("says there are no figures for the employer before the general ones", () => {
    for (const [q, name] of <[string, string][]>[
      ["netflx senior swe comp?? heard its insane", "Netflix"],
      ["amazn data engineer comp?", "Amazon"],
      ["googel sre salary bands?", "Google"],
      ["microsft devops salary", "Microsoft"],
      ["amazon.jobs posting for a backend dev, what would that pay?", "Amazon"],
      ["saw a careers.microsoft.com listing for a data scientist, typical pay?", "Microsoft"],
      [
        "saw this <https://www.amazon.jobs/en/jobs/2231907|amazon.jobs> posting for a frontend dev, what would that earn?",
        "Amazon",
      ],
    ])
      expect(answerText(q), q).toContain(`No figures for ${name}`);
  });

  it("reads no employer in a word of work one slip from a name", () => {
    expect(answerText("strip club bouncer pay")).not.toContain("Stripe");
  });
});

describe("kinds of employer", () => {
  it("says there are no figures for banks, Big 4 or consulting firms", () => {
    const banks = answerText("how much do banks pay cloud architects");
    expect(banks).toContain("No figures by kind of company");
    expect(banks).toContain("at banks");
    expect(banks).toContain("$134,050");
    expect(answerText("what do investment banks pay data scientists")).toContain("at banks");
    expect(answerText("consulting firms salary for data analysts")).toContain("at consulting firms");
  });

  it("puts a kind named in a follow-up in place of the thread's employer", () => {
    for (const first of [
      "whats a big 4 data analyst salary like. deloitte/pwc/ey that kind of thing",
      "how much does google pay a data scientist?",
    ]) {
      const text = last(thread(first, "and at a startup?"));
      expect(text, first).toContain("at startups");
      expect(text, first).not.toMatch(/Deloitte|Google/);
    }
  });

  it("keeps a consultant a title, not a kind of employer", () => {
    expect(answerText("IT consultant salary")).not.toContain("kind of company");
  });
});
