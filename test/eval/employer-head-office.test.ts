import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText, thread } from "../support/questions.js";

// "what does a data scientist make", then "what about target corporate in mpls": asked which role. An
// employer's head office named in a follow-up ("what about <employer> corporate|hq") is that employer, said
// to have no figures before the thread role's general ones; "mpls" is Minneapolis, which has none either.
describe("an employer's head office, and Minneapolis by its short name", () => {
  it("reads the employer and the place of 'what about target corporate in mpls' after a role's pay", () => {
    const text = lastAnswerText("what does a data scientist make", "what about target corporate in mpls");
    expect(text).toContain(
      "No figures for Target: the knowledge base has no Target pay figures for Data Scientist.",
    );
    expect(text).toContain("No figures for Minneapolis");
    expect(text).toContain("$120,230");
    expect(text).not.toContain("Which role");
  });

  it.each(["how about target hq", "what about target headquarters", "what about at target corporate"])(
    "%s: the employer, after a role's pay",
    (asked) => {
      expect(lastAnswerText("sre pay", asked)).toContain("No figures for Target");
    },
  );

  it("reads the head office after 'at' too ('data analyst salary at target corporate in mpls')", () => {
    const text = answerText("data analyst salary at target corporate in mpls");
    expect(text).toContain("No figures for Target");
    expect(text).toContain("No figures for Minneapolis");
  });

  it.each([
    ["what about remote", "No figures for remote work"],
    ["what about senior", "no senior level figure"],
  ])("%s: an everyday word after 'what about' is no employer", (asked, said) => {
    const text = lastAnswerText("what does a data scientist make", asked);
    expect(text).toContain(said);
    expect(text).not.toMatch(/No figures for (?:Remote|Senior)\b/);
  });

  it("reads 'what about the other one' as no employer", () => {
    const [, other] = thread("what does a data scientist make", "what about the other one");
    expect(JSON.stringify(other)).not.toContain("No figures for The");
  });
});
