import { describe, expect, it } from "vitest";
import type { Role } from "../../src/knowledge/core/schema.js";
import { realKnowledge } from "../support/knowledge.js";
import { answerText, lastAnswerText } from "../support/questions.js";

// "is that considered IT?": answered from the advisor's own reading of IT, the roles it counts as IT
// (the answer to "what does IT stand for" lists them), never searched for the word "considered".
const kb = realKnowledge();
const role = (id: string) => kb.roleById.get(id) as Role;

describe("whether a role counts as IT", () => {
  it("says yes for one of IT's roles, the thread's when none is named", () => {
    const text = lastAnswerText("sysadmin", "is that considered IT?");
    expect(text).toContain(`Yes: ${role("system-administrator").name} is one of the roles I count as IT.`);
    expect(text).not.toContain("nothing on “considered”");
    expect(text).toContain(role("it-support-specialist").name);
    expect(answerText("is a database administrator an IT job?")).toContain(
      `Yes: ${role("database-administrator").name} is one of the roles I count as IT.`,
    );
  });

  it("says not in the narrow sense, but in the broad one, for a role outside it", () => {
    for (const [q, id] of [
      ["does data science count as IT", "data-scientist"],
      ["is software engineering considered IT", "software-engineer"],
    ] as const) {
      const text = answerText(q);
      expect(text, q).toContain(
        `Not in the narrow sense: ${role(id).name} is not one of the roles I count as IT`,
      );
      expect(text, q).toContain("in the broad sense many people use, the whole tech industry, it is");
    }
  });

  it("keeps the thread on the role asked of", () => {
    expect(lastAnswerText("sysadmin", "is that considered IT?", "and the pay?")).toContain(
      `${role("system-administrator").name} pay`,
    );
  });

  // "is that it?" asks whether that is all: only the field's "IT" (in capitals, or where the words around it
  // make it the field, as in "an it job") asks whether a role counts as IT.
  it("reads 'is that it?' as the pronoun, and IT in capitals or as the field as IT", () => {
    const yes = `Yes: ${role("system-administrator").name} is one of the roles I count as IT.`;
    for (const q of ["is that it?", "is that it? i thought IT was bigger"]) {
      const text = lastAnswerText("sysadmin", q);
      expect(text, q).not.toContain(yes);
      expect(text, q).not.toContain("Its roles I know");
    }
    for (const q of ["is that IT?", "is that an it job?"])
      expect(lastAnswerText("sysadmin", q), q).toContain(yes);
  });

  it("leaves 'I work in IT' as where the person works", () => {
    expect(answerText("i work in IT as a sysadmin, what should i learn next")).not.toContain("count as IT");
  });
});
