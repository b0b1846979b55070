import { describe, expect, it } from "vitest";
import { anonymousUser } from "../../src/advisor/answers.js";
import { converse } from "../../src/advisor/converse.js";
import { realKnowledge } from "../support/knowledge.js";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// Pay asked at an employer the knowledge has no figures for, in words the frames did not read before:
// "what X pays …" (no "does"), an example after a noun for employers ("companies like zillow pay …"), an
// everyday word that is a listed employer's name asked what it pays ("does target pay good"), a kind of
// employer after a list of roles, the thread's pay asked again "at google", and employers named together
// carried together. Each answer says first that there are no figures for the employer, then the general
// ones, labelled; with no role anywhere, it asks which role.
describe("pay at an employer, in more of the ways people ask it", () => {
  it("reads the employer of “what X pays” and of an example after a noun for employers", () => {
    for (const [q, employer] of [
      [
        "anyone know what progressive insurance pays software devs in the cleveland area??",
        "Progressive Insurance",
      ],
      ["what acme logistics pays data analysts", "Acme Logistics"],
      ["companies like zillow pay data analysts how much", "Zillow"],
      ["what do firms like kirkland pay dbas", "Kirkland"],
    ] as const) {
      const text = answerText(q);
      expect(text, q).toContain(`No figures for ${employer}`);
      expect(text, q).toContain("pay:");
    }
  });

  it("reads no employer in a word of how pay goes, nor in a job that pays", () => {
    expect(understand("at senior level does ml still pay more than regular swe").company).toBeUndefined();
    expect(understand("what nursing pays these days").company).toBeUndefined();
    expect(understand("what does a data analyst make").company).toBeUndefined();
  });

  it("reads the job an employer pays in a long message", () => {
    // (The tests' knowledge has no official layer for occupations outside tech: the reading is checked.)
    const u = understand("*quick one* what does kaiser pay RNs in the bay area");
    expect(u.company).toBe("Kaiser");
    expect(u.entities.uncovered.map((o) => o.typed)).toEqual(["rns"]);
  });

  it("asks which role at an everyday-word employer, then keeps it for the role picked", () => {
    const first = answerText("does target pay good for tech jobs? their hq is in minneapolis");
    expect(first).toContain("No figures for Target");
    expect(first).toContain("Which role at Target do you mean?");
    const text = lastAnswerText(
      "does target pay good for tech jobs? their hq is in minneapolis",
      "software engineer",
    );
    expect(text).toContain("No figures for Target");
    expect(text).toContain("General figures for Software Engineer");
    // An occupation named in reply keeps the employer too.
    const kb = realKnowledge();
    const asked = "does target pay good for tech jobs? their hq is in minneapolis";
    const turn = converse(kb, { kind: "ask", question: asked }, undefined, anonymousUser);
    const nurse = understand("registered nurse", turn.context);
    expect(nurse.company).toBe("Target");
    // A ranking asked at an employer stays a ranking.
    expect(understand("which jobs pay best at google").intent).not.toBe("salary");
  });

  it("gives the thread's pay at an employer or a kind of employer, said to be no one's own", () => {
    const listed = lastAnswerText(
      "what jobs in IT pay best without having to code much",
      "do any of those pay good at a hospital system like cleveland clinic",
    );
    expect(listed).toContain("No figures by kind of company");
    expect(listed).toContain("hospital systems");
    const google = lastAnswerText(
      "moving into ml from swe, what do i actually need to learn",
      "at senior level does ml still pay more than regular swe",
      "what does that look like at google",
    );
    expect(google).toContain("No figures for Google");
    expect(google).toContain("The pay below is general, not Google's");
  });

  it("reads a name alone before a clause asking of “they” as an employer, after a role's pay", () => {
    const text = lastAnswerText("what does a data analyst make", "costco, how they compare");
    expect(text).toContain("No figures for Costco");
    expect(text).toContain("General figures for Data Analyst");
    // A word of English there is no name: "sure, how do they compare" names no employer.
    expect(lastAnswerText("what does a data analyst make", "sure, how do they compare")).not.toContain(
      "No figures for",
    );
  });

  it("keeps employers named together for a follow-up, and one asked alone alone", () => {
    expect(lastAnswerText("google vs meta new grad swe tc, who pays more", "and senior?")).toContain(
      "No figures for Meta or Google",
    );
    const inTurn = lastAnswerText("amazon data engineer salary?", "and at meta?", "and senior?");
    expect(inTurn).toContain("No figures for Meta:");
    expect(inTurn).not.toContain("Amazon");
  });
});
