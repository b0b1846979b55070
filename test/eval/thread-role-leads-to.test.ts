import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug (r76): "can it lead to sysadmin" after help desk's pay gave the sysadmin's own career path, the
// start dropped. The thread's role leading to the one named is the move from it, as "will help desk lead to
// security" is: both sides' pay, then what to learn.
describe("the thread's role leading to another", () => {
  it("answers 'can it lead to X' with the move from the thread's role", () => {
    for (const [first, second, heading] of [
      ["help desk IT pay", "can it lead to sysadmin", "From IT Support Specialist to System Administrator"],
      ["qa engineer salary", "does that eventually lead into devops", "From QA Engineer to DevOps Engineer"],
      [
        "it support outlook",
        "would that get me to network admin",
        "From IT Support Specialist to Network Administrator",
      ],
    ] as const) {
      const text = lastAnswerText(first, second);
      expect(text).toContain(heading);
      expect(text).toContain("Pay side by side");
      expect(text).not.toMatch(/^Career path for/m);
    }
  });

  it("still gives a role's path where no role is named", () => {
    const text = lastAnswerText("whats a sysadmin make", "what jobs does it lead to");
    expect(text).not.toContain("Pay side by side");
  });
});
