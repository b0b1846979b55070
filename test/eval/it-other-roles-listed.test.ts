import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug (r76): "what else is there in IT" after a sysadmin's work was read as soft skills and asked back
// "About System Administrator?"; "what other IT jobs are there" gave the best paid ranking. Both ask which
// other jobs the field has: its roles, the thread's role left out.
describe("the IT field's other roles asked", () => {
  it("lists the other IT roles after one, leaving the thread's role out", () => {
    const text = lastAnswerText("what does a sysadmin do", "what else is there in IT");
    expect(text).toContain("The other IT roles I know, beside System Administrator");
    expect(text).toContain("career role network administrator");
    expect(text).not.toContain("career role system administrator");
    expect(text).not.toContain("About System Administrator?");
  });

  it("reads a lower-case 'in it' ending such a question as the field, not the thread's role", () => {
    for (const q of ["what else is there in it", "what other jobs are there in it"]) {
      const text = lastAnswerText("what does a sysadmin do", q);
      expect(text).toContain("The other IT roles I know, beside System Administrator");
      expect(text).not.toContain("Roles I know\n");
    }
  });

  it("reads 'what other IT jobs are there' as the list, not a ranking", () => {
    const text = lastAnswerText("network admin pay", "what other IT jobs are there");
    expect(text).toContain("The other IT roles I know, beside Network Administrator");
    expect(text).not.toContain("Best paid IT roles");
  });

  it("lists every IT role where the thread has none, and still ranks 'good' IT jobs", () => {
    expect(lastAnswerText("what else is out there in IT")).toContain(
      "The IT roles I know, IT support the usual way in",
    );
    expect(lastAnswerText("what good IT jobs are there")).toContain("Best paid IT roles");
  });
});
