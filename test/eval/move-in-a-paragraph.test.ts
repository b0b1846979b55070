import { describe, expect, it } from "vitest";
import { isMedian } from "../../src/advisor/parts/answer-parts.js";
import { realKnowledge } from "../support/knowledge.js";
import { answerText, lastAnswerText } from "../support/questions.js";

// A move told in a paragraph ("in IT as a …", "QA analyst, 4 yrs.", "started in
// support, then …") keeps the job held as its start; its follow-ups stay on the move; a second question
// beside the pay is answered; an open destination ranks the roles the held job leads to.
const kb = realKnowledge();

/** A role's official median as the answers print it ("$61,860"). */
function medianOf(id: string): string {
  const value = kb.roleById.get(id)?.salary?.government?.find(isMedian)?.value;
  if (value === undefined) throw new Error(`no official median for ${id}`);
  return `$${value.toLocaleString("en-US")}`;
}

describe("the job held, told in a paragraph, is where the move starts", () => {
  it.each([
    "im in IT as a junior data analyst and it's not really for me. wondering about product manager. is it a good switch? does it pay more?",
    "im in IT as a data analyst. wondering about product manager. is it a good switch?",
  ])("'in IT as a …': %s", (q) => {
    expect(answerText(q)).toMatch(/^From Data Analyst to Product Manager$/m);
  });

  it.each([
    "QA analyst, 4 yrs. it's a grind. is IT support a step down from it? just want something calmer",
    "QA analyst, 4 yrs. is IT support a step down?",
  ])("a role opened on with how long it was held: %s", (q) => {
    const text = answerText(q);
    expect(text).toMatch(/^From QA Engineer to IT Support Specialist$/m);
    expect(text).toContain(medianOf("it-support-specialist"));
    expect(text).toContain(medianOf("qa-engineer"));
  });

  it("'started in support, then 4 yrs as a data analyst' is a history, not a question of getting started", () => {
    const text = answerText(
      "started in support, then 4 yrs as a data analyst. data scientist or data engineer next?",
    );
    expect(text).not.toContain("Getting started as");
    // The 4 yrs as a data analyst make it the job held: the two next steps are options from it.
    expect(text).toMatch(/^Data Scientist vs Software Data Engineer$/m);
    expect(text).toContain("Options from Data Analyst, side by side");
  });

  it("'how do i get started in data analytics' still asks how to get started", () => {
    expect(answerText("how do i get started in data analytics?")).toContain(
      "Getting started as a Data Analyst",
    );
  });
});

describe("roles set against each other are compared", () => {
  it("'a different job or just a title? does it pay differently?': duties, then pay from one occupation", () => {
    const text = answerText(
      "i'm a devops engineer and my team is being rebranded SRE. is it a different job or just a title? does it pay differently?",
    );
    expect(text).toMatch(
      /^(?:Site Reliability Engineer vs DevOps Engineer|DevOps Engineer vs Site Reliability Engineer)$/m,
    );
    expect(text).toContain("What they do:");
    expect(text).toContain("so they do not tell these roles apart");
  });

  it.each([
    "I'm a help desk analyst, been in IT 2 years. I want to get into it more seriously, like networking. network admin or network architect, what's the gap between them?",
    "i'm a help desk tech. network admin or network architect, what's the difference between them?",
  ])("options with what lies between them asked: %s", (q) => {
    const text = answerText(q);
    expect(text).toContain("Options from IT Support Specialist");
    expect(text).toContain(medianOf("network-architect"));
    expect(text).not.toContain("Getting started as");
  });

  it("'is it better to go X or Y first' from the job held: the options side by side", () => {
    const text = answerText(
      "i'm in IT, specifically network admin, and i'm debating security. is it better to go security analyst or security engineer first?",
    );
    expect(text).toContain("Options from Network Administrator");
  });
});

describe("follow-ups stay on the thread's move or options", () => {
  it.each(["ok and how long would that take", "how long does it usually take to get there"])("%s", (q) => {
    const text = lastAnswerText(
      "im a data analyst. wondering about product manager. is it a good switch?",
      q,
    );
    expect(text).toMatch(/^From Data Analyst to Product Manager$/m);
    expect(text).toContain("The sources give no timeline for this move");
  });

  it("'and which has more openings' after the options: the options' openings, not a question back", () => {
    const text = lastAnswerText(
      "i'm in IT, specifically network admin, and i'm debating security. is it better to go security analyst or security engineer first?",
      "and which has more openings",
    );
    expect(text).toContain("On BLS's projected openings each year");
    expect(text).not.toContain("Pick what you want to know");
  });

  it("'is the market ok for data analysts rn' after a move into it: its outlook", () => {
    const text = lastAnswerText(
      "i'm doing IT support. would data analyst be a realistic move? what does it pay?",
      "and is the market ok for data analysts rn",
    );
    expect(text).toContain("Outlook for a Data Analyst");
    expect(text).not.toContain("How to become");
  });

  it.each(["where do i start", "how do i get started"])("'%s' after a move: what it asks to learn", (q) => {
    const text = lastAnswerText(
      "i'm in IT support and i want to become a software engineer. is it realistic?",
      q,
    );
    expect(text).toMatch(/^From IT Support Specialist to Software Engineer$/m);
    expect(text).toContain("To learn:");
    expect(text).toContain("Education the sources give for Software Engineer");
    expect(text).not.toContain("Getting started as an IT Support Specialist");
  });
});

describe("a second question beside the move's pay is answered", () => {
  it.each([
    "i'm in IT support and i want to become a software engineer. is it realistic without a degree? what's the pay difference?",
    "i'm a qa tester and want to become a software engineer. can i do it without a degree? how much more would i make?",
  ])("without a degree: %s", (q) => {
    const text = answerText(q);
    expect(text).toContain("Without a degree: for Software Engineer");
    expect(text).toContain(medianOf("software-engineer"));
  });
});

describe("an open destination ranks the roles the job held leads to", () => {
  it.each([
    "IT support here. i want out but i don't know where to. it pays like 45k. what's the best paid role i could realistically move into?",
    "i'm a qa tester. what's the best paying role i could move into?",
  ])("by pay: %s", (q) => {
    const text = answerText(q);
    expect(text).toMatch(/^Best paid roles$/m);
    expect(text).toContain("the job you hold, and the roles its sources list as where to go next");
  });

  it("by growth, the held role among them: a safer role with a good outlook", () => {
    const text = answerText(
      "my IT job (sysadmin) is being outsourced and it's got me worried. what's a safer role to move into? something with good outlook",
    );
    expect(text).toMatch(/^Fastest growing roles$/m);
    expect(text).toContain("System Administrator");
    expect(text).not.toMatch(/^Outlook for a System Administrator/m);
  });
});
