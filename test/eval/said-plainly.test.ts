import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/advisor/answers.js";
import { renderText } from "../../src/render/plain-text.js";
import { answerText, lastAnswerText, thread } from "../support/questions.js";

// What an answer says about its own figures and lists must hold as written: no place offered and then
// found empty, no "both" over three roles, no skill called one role's own that another also needs, and no
// place asked for dropped from a ranking without a word.
const last = (answers: Answer[]) => renderText(answers.at(-1) as Answer);

describe("answers that say plainly what they show", () => {
  it("says once that a city and its state both lack figures, and gives the general ones", () => {
    const text = lastAnswerText("software data engineer salary", "in boston");
    expect(text).toContain("no Boston or Massachusetts pay figures for Software Data Engineer");
    expect(text).toContain("General figures for Software Data Engineer");
    expect(text).not.toContain("which contains it");
    expect(text).not.toContain("no Massachusetts figure");
    expect(text).toContain("$139,500");
  });

  it("still offers the state's figures where the role has them", () => {
    const text = lastAnswerText("mle salary", "in redmond");
    expect(text).toContain("Figures for Washington State, which contains it");
  });

  it("names the city asked, not another city near it", () => {
    for (const [question, city] of [
      ["mle salary in redmond", "Redmond"],
      ["mle salary in boulder", "Boulder"],
      ["swe pay in cupertino", "Cupertino"],
    ]) {
      const text = answerText(question as string);
      expect(text, question).toContain(`No figures for ${city}`);
      expect(text, question).not.toMatch(/Bellevue|Denver|Palo Alto/);
    }
  });

  it("heads three roles' shared skills for three, and lists skills two of them share apart", () => {
    const text = answerText("front end vs back end vs full stack");
    expect(text).toContain("Skills all three need:");
    expect(text).not.toContain("Skills both need");
    expect(text).toContain("Both Back-End Developer and Full Stack Developer: SQL");
    expect(text).toContain("Both Front-End Developer and Full Stack Developer: HTML, CSS, JavaScript");
    const only = text.split("\n").filter((l) => l.startsWith("Only "));
    expect(only).toHaveLength(3);
    for (const line of only) expect(line).not.toMatch(/\b(SQL|HTML|CSS)\b/);
    // Two roles keep their heading.
    expect(answerText("compare mle swe")).toContain("Skills both need: Python, Cloud computing");
  });

  it("says a ranking asked for in a place is national", () => {
    const text = answerText("entry level i.t. jobs in texas");
    expect(text).toContain("National figures: rankings are not by place, so Texas");
    expect(answerText("which roles pay the most")).not.toContain("National figures:");
  });

  it("says why a back-end developer's pay shows two occupations, and which comes first", () => {
    const text = answerText("back end developer salary");
    expect(text).toContain("Software developers is the nearest official one, and its figures come first");
    expect(text.indexOf("software developers (US)")).toBeLessThan(text.indexOf("web developers (US)"));
  });
});

describe("IT the field's future", () => {
  it("ranks the IT roles by growth, not every role", () => {
    for (const q of ["is IT dying", "whats the outlook for IT", "is IT a good career"]) {
      const text = answerText(q);
      expect(text, q).toContain("Fastest growing IT roles");
      expect(text, q).toContain("IT Support Specialist (as Computer User Support Specialists): -3.7%");
      expect(text, q).not.toContain("Data Scientist");
    }
    // Every role is still ranked when no field is named.
    expect(answerText("fastest growing roles")).toContain("Data Scientist");
  });
});

describe("an outlook comparison in words true to the figures", () => {
  it("says the role whose jobs shrink least declines less, never that it grows faster", () => {
    const out = last(thread("compare it support and sysadmin", "which has the better outlook"));
    expect(out).toContain("IT Support Specialist declines less: IT Support Specialist -3.7%");
    expect(out).not.toContain("grows faster");
  });

  it("says which grows and which declines where one does each", () => {
    const out = last(thread("compare it support and data analyst", "which has the better outlook"));
    expect(out).toContain("Data Analyst grows and IT Support Specialist declines: Data Analyst 33.5%");
  });
});
