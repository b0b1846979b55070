import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/advisor/answers.js";
import type { Role } from "../../src/knowledge/core/schema.js";
import { occupationsOf } from "../../src/official/data.js";
import { renderText } from "../../src/render/plain-text.js";
import { realKnowledge } from "../support/knowledge.js";
import { lastAnswerText, thread } from "../support/questions.js";

// One role picked from the two a thread just showed: by its place with words before it ("just
// the second one"), as "the other one", two at once ("from the first to the second"), by a head noun of its
// name ("architects"); a topic named with "needed"; "compare them" of the roles asked in turn; getting in
// without a degree said with BLS's entry education. Figures are read from the knowledge.
const kb = realKnowledge();
const role = (id: string) => kb.roleById.get(id) as Role;
const usd = (n: number) => `$${n.toLocaleString("en-US")}`;
const official = (id: string) => occupationsOf(role(id), kb.official)[0];
const median = (id: string) => usd(official(id)?.pay?.median as number);
const text = (answers: Answer[], at: number) => renderText(answers[at] as Answer);

describe("one of two roles picked, then a topic", () => {
  it("reads 'just the second one, what skills' as the second role's skills only", () => {
    const answer = lastAnswerText(
      "swe vs data scientist pay",
      "which one is growing faster",
      "just the second one, what skills",
    );
    expect(answer).toContain("Skills for a Data Scientist");
    for (const skill of role("data-scientist").skills.technical.slice(0, 3)) expect(answer).toContain(skill);
    expect(answer).not.toContain("Software Engineer");
  });

  it("reads 'only the first one, pay?' as the first role's pay", () => {
    const answer = lastAnswerText("swe vs ds", "only the first one, pay?");
    expect(answer).toContain("Software Engineer pay");
    expect(answer).not.toContain("Data Scientist");
  });

  it("reads a place in figures or without its 'one' as a pick, never a role or a job called '2nd'", () => {
    const compared =
      "whats the difference btwn ml and data science? and which is easier to get into from a math degree";
    for (const reply of ["ok pay for the 2nd", "pay for #2", "the 2nd, pay?", "what does the second pay"]) {
      const answer = lastAnswerText(compared, reply);
      expect(answer).toContain("Data Scientist pay");
      expect(answer).toContain(median("data-scientist"));
      expect(answer).not.toContain("Machine Learning Engineer");
      expect(answer).not.toMatch(/role called|I don't cover/);
    }
    expect(lastAnswerText(compared, "1st pay")).toContain("Machine Learning Engineer pay");
    expect(lastAnswerText(compared, "salary of the last")).toContain("Data Scientist pay");
    expect(lastAnswerText(compared, "ok pay for the 3rd")).toContain("There were only two");
  });

  it("reads 'the other one' as the role set beside the thread's, or the one a pick left out", () => {
    const beside = lastAnswerText(
      "do i need a phd to be a research scientist",
      "pay?",
      "vs mle",
      "the other one, skills",
    );
    expect(beside).toContain("Skills for a Machine Learning Engineer");
    expect(beside).not.toContain("Research Scientist");
    const left = thread("data scientist vs data analyst", "the first one, skills", "the other one");
    expect(text(left, 1)).toContain("Skills for a Data Scientist");
    expect(text(left, 2)).toContain("Skills for a Data Analyst");
  });

  it("reads 'from the first to the second' as the move between the two, either way", () => {
    const move = lastAnswerText(
      "network admin or network architect",
      "how do i go from the first to the second",
    );
    expect(move).toContain("From Network Administrator to Network Architect");
    expect(move).toContain(median("network-administrator"));
    expect(move).toContain(median("network-architect"));
    const back = lastAnswerText("sre vs devops", "from the second to the first, how?");
    expect(back).toContain("From DevOps Engineer to Site Reliability Engineer");
  });

  it("says BLS's entry education when getting in with no degree is asked of the one picked", () => {
    const answer = lastAnswerText(
      "swe vs data scientist pay",
      "just the second one, what skills",
      "how do i get into it with no degree",
    );
    expect(answer).toContain("Without a degree");
    expect(answer).toContain(
      `data scientists in the US: ${official("data-scientist")?.outlook?.education?.toLowerCase()}`,
    );
    expect(answer).not.toContain("no getting-started tips");
    expect(answer).not.toContain("Software Engineer");
  });

  it("says it for each of two roles when both are the thread's", () => {
    const answer = lastAnswerText("swe vs ds", "how do i get into it with no degree");
    expect(answer).toContain("Education for a Software Engineer");
    expect(answer).toContain("Education for a Data Scientist");
    expect(answer).not.toContain("no getting-started tips");
  });
});

describe("a role of the thread named by the head noun of its name", () => {
  it("reads 'architects' after network admin vs network architect as the architect alone", () => {
    const answers = thread(
      "network admin or network architect",
      "how do i go from the first to the second",
      "in texas what do architects make",
      "outlook?",
    );
    const pay = text(answers, 2);
    expect(pay).toContain("Network Architect pay");
    expect(pay).toContain("no Texas (Austin, Dallas) figure for Network Architect");
    expect(pay).toContain(median("network-architect"));
    expect(pay).not.toContain("Network Administrator");
    expect(text(answers, 3)).toContain("Outlook for a Network Architect");
    expect(text(answers, 3)).not.toContain("Network Administrator");
  });

  it("picks none where the head ends both roles' names", () => {
    const answer = lastAnswerText("sre vs devops", "what do engineers make");
    expect(answer).toContain("Site Reliability Engineer");
    expect(answer).toContain("DevOps Engineer");
  });
});

describe("a topic word followed by a word of need", () => {
  it("reads 'skills needed?' as the thread's role's skills, never a role called 'needed'", () => {
    const answer = lastAnswerText("sre salary", "skills needed?");
    expect(answer).toContain("Skills for a Site Reliability Engineer");
    expect(answer).not.toContain('role called "needed"');
    const afterMove = lastAnswerText(
      "ux designer salary",
      "thinking of switching to frontend dev",
      "skills required?",
    );
    expect(afterMove).toContain(role("front-end-developer").skills.technical[0]);
    expect(afterMove).not.toContain("I don't know a role called");
  });
});

describe("'compare them'", () => {
  it("compares the two roles the thread asked about in turn", () => {
    const answer = lastAnswerText(
      "what does it take to become a lead ml engineer",
      "certs?",
      "and distinguished?",
      "compare them",
    );
    expect(answer).toContain("Lead Machine Learning Engineer vs Distinguished Machine Learning Engineer");
    expect(answer).not.toContain("needs a fix");
  });

  it("asks which role to compare with when the thread holds one", () => {
    const answer = lastAnswerText("sre salary", "compare them");
    expect(answer).toContain("Compare Site Reliability Engineer with which role?");
    expect(answer).not.toContain("needs a fix");
  });
});
