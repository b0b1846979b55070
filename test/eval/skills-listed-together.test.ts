import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "i know sql and excel, what jobs can i get" listed SQL's roles and dropped Excel. Each skill
// listed with "and" beside one the knowledge names is asked of too: its roles, or that no role's sources list it.
describe("skills listed together", () => {
  it.each([
    "i know sql and excel, what jobs can i get",
    "i know excel and sql what roles can i do",
    "what jobs can i get if i know python, excel and sql",
  ])("%s → each skill answered", (asked) => {
    const text = lastAnswerText(asked);
    expect(text).toMatch(/Roles whose sources list SQL: \w/);
    expect(text).toContain("No role's sources list Excel.");
  });

  it("a word beside the list that names no skill is not taken for one", () => {
    const text = lastAnswerText("i know sql and love data, what jobs can i get");
    expect(text).toContain("Jobs that use SQL, by what the roles' sources list:");
    expect(lastAnswerText("i know sql and stuff what jobs can i get")).not.toContain("Stuff");
  });
});
