import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Past bug: "IT"/"it" in a first message with no thread. A title IT qualifies is read whole; "it" opening a
// choice is the field; "information technology" spelt out is the field; "should i go into IT" weighs the
// field; what a field question weighs that no source holds (a place, remote work, gender) is said, not dropped.
// (The tests' knowledge holds the curated roles' occupations only: an occupation's own figures are the eval
// corpus's.)

describe("a title the field qualifies", () => {
  it.each([
    ["whats an it asset manager", "IT asset managers"],
    ["IT asset manager pay", "IT asset managers"],
    // An IT trainer is one of O*NET's Training and Development Specialists: with no layer, that named job.
    ["IT trainer salary", "IT Trainers"],
    ["how much does an it trainer make", "IT Trainers"],
  ])("%s is declined as the IT job it is, with the IT roles closest", (q, job) => {
    const text = answerText(q);
    expect(text).toContain(`I don't cover ${job} yet.`);
    expect(text).toMatch(/closest roles I know: .*IT Support Specialist/);
  });

  it("an IT ops engineer is closest to DevOps", () => {
    const text = answerText("IT ops engineer - what do they do day to day");
    expect(text).toContain("I don't cover IT ops engineers yet.");
    expect(text).toMatch(/closest roles I know: DevOps Engineer/);
  });
});

describe("'it' opening a choice, with no thread", () => {
  it.each(["it or data science?", "it or data science, which is better"])(
    "%s sets the field against the role",
    (q) => {
      expect(answerText(q)).toContain("IT covers several roles. Compare Data Scientist with which IT role?");
    },
  );

  it.each([
    ["it or teaching which career is better", "“teaching”"],
    ["career in it or nursing", "“nursing”"],
  ])("%s asks which IT role to set beside the occupation, not a move", (q, other) => {
    const text = answerText(q);
    expect(text).toContain(`Which IT role do you want to set beside ${other}`);
    expect(text).not.toContain("To get into tech from");
  });
});

describe("information technology spelt out", () => {
  it.each([
    "computer science or information technology degree",
    "information technology vs computer science which is better",
    "should i study information technology or computer science",
  ])("%s is IT against computer science", (q) => {
    const text = answerText(q);
    expect(text).toContain("IT names a field of work; computer science is a subject of study.");
    expect(text).not.toContain("ML engineers");
  });
});

describe("whether to go into IT", () => {
  it.each(["Should I go into IT? 🤔", "should i get into IT", "should i go into it"])(
    "%s ranks the IT roles by growth",
    (q) => {
      expect(answerText(q)).toContain("Fastest growing IT roles");
    },
  );

  it("a way in asked beside it stays the way in", () => {
    expect(answerText("should i get into it with no degree")).toContain(
      "Best paid roles that need no degree",
    );
  });
});

describe("what a field question weighs that no source holds", () => {
  it.each(["entry level IT salary texas", "IT salary texas entry level"])(
    "%s says Texas has no figure",
    (q) => {
      const text = answerText(q);
      expect(text).toContain("IT support is the usual way into IT");
      expect(text).toContain(
        "The knowledge base has no Texas (Austin, Dallas) figure for IT Support Specialist.",
      );
    },
  );

  it("remote IT jobs: remote work is left aside, said", () => {
    expect(answerText("remote IT jobs pay well?")).toContain(
      "The knowledge holds nothing on remote work, so this answer leaves it aside.",
    );
  });

  it.each(["is IT a good career for women", "is data science good for women"])(
    "%s says gender is left aside",
    (q) => {
      expect(answerText(q)).toContain(
        "The knowledge holds nothing on gender, so this answer leaves it aside.",
      );
    },
  );
});
