import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "is it a lot more than mid" after a role's pay at senior level: the role's pay at the two levels side by
// side (or said to have none at either, with the figures for all levels), never what the role does.
describe("a level set against the thread's level", () => {
  it("weighs the two levels where the role has none", () => {
    const text = lastAnswerText(
      "im an sre and my manager keeps telling me to go for it (the senior promo). what does it pay at senior level",
      "is it a lot more than mid tho",
    );
    expect(text).toContain("no Site Reliability Engineer pay figures for mid level or senior level");
    expect(text).toContain("$116,580");
    expect(text).not.toContain("What a Site Reliability Engineer does");
  });

  it("sets the two levels' figures side by side where the role has them", () => {
    const text = lastAnswerText("mle entry level pay", "how does that compare to senior");
    expect(text).toContain("Senior level: $177,177 – $184,000");
    expect(text).toContain("Entry level: $96,000 – $152,601");
    expect(text).not.toContain("with which role");
  });
});
