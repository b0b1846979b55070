import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// Moves worded as who someone is and where they are thinking of going ("im a data scientist considering
// going into product"), as the usual "X to Y" moves are answered: both roles' pay and outlook, then the gap.
const answer = lastAnswerText;
const ids = (q: string) => understand(q).roles.map((r) => r.id);

describe("a move into a field named by one word", () => {
  it("reads a word that begins one role's name, after 'into', as that role", () => {
    const text = answerText("hey <@U0BOT> im a data scientist considering going into product, worth it?");
    expect(text).toMatch(/^From Data Scientist to Product Manager/);
    expect(text).toContain("Pay side by side");
    expect(answerText("im a qa engineer considering going into product")).toMatch(
      /^From QA Engineer to Product Manager/,
    );
    expect(answerText("data analyst wanting to move to mobile")).toMatch(
      /^From Data Analyst to Mobile Developer/,
    );
    // The role's whole name still reads as itself.
    expect(answerText("im a data scientist considering going into product management")).toMatch(
      /^From Data Scientist to Product Manager/,
    );
  });

  it("reads 'ai' as where a move leads as the machine learning engineer, as 'ml' is", () => {
    expect(answerText("mobile dev wanting to get into ai")).toMatch(
      /^From Mobile Developer to Machine Learning Engineer/,
    );
    expect(answerText("swe wanting to get into ml")).toMatch(
      /^From Software Engineer to Machine Learning Engineer/,
    );
    // AI the subject of a question is no role.
    expect(ids("will ai replace software engineers")).toEqual(["software-engineer"]);
  });

  it("still asks which role where the word is shared by several roles' names", () => {
    expect(answerText("sysadmin for 8 years, want to move to cloud")).toContain(
      "Which cloud role do you want to move to from System Administrator?",
    );
    expect(answerText("network admin wanting to get into management")).toContain(
      "Which management role do you want to move to from Network Administrator?",
    );
  });
});

describe("a move that starts from a short name", () => {
  it("reads 'ds' as the data scientist it starts from", () => {
    const text = answerText("ds to senior applied scientist ads ranking, doable?");
    expect(text).toMatch(/^From Data Scientist to Senior Applied Scientist \(Ads Ranking\)/);
    expect(ids("ds vs mle")).toEqual(["data-scientist", "machine-learning-engineer"]);
    // Data structures are no data scientist.
    expect(ids("how much ds and algo do i need for swe interviews")).toEqual(["software-engineer"]);
    expect(ids("ds&a prep for a swe job")).toEqual(["software-engineer"]);
  });
});

describe("a move from where the thread is", () => {
  it("weighs a role named as a next step as the move from the thread's role", () => {
    for (const followUp of [
      "would security analyst be a good next step",
      "would security analyst be a good step up",
      // "make sense" is no question of pay.
      "would moving to security analyst make sense",
    ])
      expect(answer("im a network administrator", followUp)).toMatch(
        /^From Network Administrator to Information Security Analyst/,
      );
    // Alone, "a good next step" has no start: the role's path.
    expect(answerText("would security analyst be a good next step")).toMatch(
      /^Career path for an Information Security Analyst/,
    );
  });

  it("reads 'from that' with where a move leads as the move from the thread's occupation", () => {
    const text = answer(
      "how much do web developers make",
      "could i realistically become a data analyst from that",
    );
    expect(text).toMatch(/^From Web Developers to Data Analyst/);
    expect(text).toContain("$92,650");
  });
});

describe("a move to options", () => {
  it("compares the options after 'to' from the role before it", () => {
    const text = answerText("data engineer → data scientist or mle?");
    expect(text).toMatch(/^Data Scientist vs Machine Learning Engineer/);
    expect(text).toContain("Options from Software Data Engineer, side by side.");
    expect(text).toContain("gap software data engineer to data scientist");
    expect(answerText("from qa to devops or sre")).toContain("Options from QA Engineer, side by side.");
  });
});
