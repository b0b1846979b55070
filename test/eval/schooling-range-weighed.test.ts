import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug (r79): "which needs more education" after "mle vs swe pay" said they ask the same schooling,
// a bachelor's each, then listed the master's BLS gives computer and information research scientists
// among MLE's own lines. A role counted in occupations of different entry education is weighed by both.
describe("schooling weighed where a role's official occupations differ", () => {
  it("more: the role whose range reaches higher may ask more, with both ends said", () => {
    const text = lastAnswerText("mle vs swe pay", "which needs more education");
    expect(text).toContain("Machine Learning Engineer may ask more schooling to enter");
    expect(text).toContain(
      "Machine Learning Engineer, bachelor's degree or master's degree (its official occupations differ)",
    );
    expect(text).not.toContain("They ask the same schooling");
  });

  it("less: the other one may ask less", () => {
    const text = lastAnswerText("ml vs ds", "which needs less school");
    expect(text).toContain("Data Scientist may ask less schooling to enter");
  });

  it("roles of one entry education each still ask the same", () => {
    const text = lastAnswerText("databse admin vs data archtect", "which needs more school");
    expect(text).toContain("They ask the same schooling to enter");
  });
});
