import { describe, expect, it } from "vitest";
import type { Role } from "../../src/knowledge/core/schema.js";
import { realKnowledge } from "../support/knowledge.js";
import { lastAnswerText } from "../support/questions.js";

// "qa engineer role": a role's name followed by the word "role" is that role, as "role qa engineer"
// is; never the list of every role the word "role" alone asks for.
const kb = realKnowledge();
const role = (id: string) => kb.roleById.get(id) as Role;
const firstSentence = (r: Role) => r.summary.split(":")[0] as string;

describe("a role's name followed by the word 'role'", () => {
  it("answers with that role's summary, not the roles I know", () => {
    for (const [typed, id] of [
      ["qa engineer role", "qa-engineer"],
      ["sysadmin role", "system-administrator"],
      ["sysadmin role?", "system-administrator"],
    ] as const) {
      const text = lastAnswerText(typed);
      expect(text, typed).toContain(role(id).name);
      expect(text, typed).toContain(firstSentence(role(id)));
      expect(text, typed).not.toContain("Roles I know");
    }
  });

  it("keeps the role for the thread's next question", () => {
    const text = lastAnswerText("qa engineer role", "pay?");
    expect(text).toContain("QA Engineer pay");
  });

  it("still lists every role for the word alone", () => {
    expect(lastAnswerText("roles")).toContain("Roles I know");
  });
});
