import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// Past bug: after a move from a lawyer into product management, "is pm pay even comparable to what i make
// now" gave the PM's pay alone. The move's end named again, set against the pay of the occupation held, is
// both sides' pay, as "does it pay more" is. (The answer needs the whole official layer; the tuning items
// t6164–t6165 check it where the layer is imported.)
describe("the pay held set against the move's end, named again", () => {
  it("reads both sides' pay: the occupation the move starts from, and the role", () => {
    const u = understand("would data analyst pay more than what i earn now", {
      roles: ["data-analyst"],
      occupation: "29-1141",
      intent: "gap",
    });
    expect(u.intent).toBe("payCompare");
    expect(u.fromOccupation).toBe("29-1141");
  });

  it("leaves a move between two roles answered for the role named, as before", () => {
    const text = lastAnswerText("swe to mle, what do i need", "how does mle pay compare to what i make now");
    expect(text).toContain("Machine Learning Engineer pay");
  });
});
