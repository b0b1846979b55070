import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bugs: "what IT jobs would suit them" after "my cousin is an electrician" ranked the best paid IT
// roles, unasked: the jobs weighed for someone coming to the field are those that need least to enter. And
// "i'm a fresher, which IT role has best scope" asked back which IT role: "best scope" is the prospects,
// the IT roles ranked by outlook.

describe("IT jobs weighed for someone", () => {
  it.each([
    ["my cousin is an electrician", "what IT jobs would suit them"],
    ["my dad is a truck driver", "which IT jobs would be good for him"],
    ["my sister's a nurse", "what IT roles could she do"],
  ])("%s → %s", (first, followUp) => {
    const answer = lastAnswerText(first, followUp);
    expect(answer).toContain("Entry-level roles: those that need no degree");
    expect(answer).toContain("IT Support Specialist");
    expect(answer).not.toContain("Best paid IT roles");
  });

  it("keeps pay asked for someone a pay ranking", () => {
    expect(lastAnswerText("my cousin is an electrician", "which IT jobs pay best for him")).toContain(
      "Best paid IT roles",
    );
  });
});

describe("the IT role with the best scope", () => {
  it.each([
    "i'm a fresher, which IT role has best scope",
    "im a fresher which IT job has more scope",
    "which IT field has good scope for freshers",
  ])("%s ranks IT roles by outlook", (q) => {
    const answer = lastAnswerText(q);
    expect(answer).toContain("Fastest growing IT roles");
    expect(answer).not.toContain("Which IT role do you mean?");
  });

  it("keeps the scope of work a role's duties", () => {
    expect(lastAnswerText("what is the scope of work for a sysadmin")).toContain(
      "What a System Administrator does",
    );
  });
});
