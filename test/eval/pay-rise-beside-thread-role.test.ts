import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "whats the pay jump if i go sysadmin" after IT support's pay: how far pay goes up in another role is both
// roles' pay side by side (before: the sysadmin's pay alone, or the whole move).
describe("how far pay goes up in another role, after a role's pay", () => {
  it("sets the thread's role and the one named side by side by pay", () => {
    for (const q of ["whats the pay jump if i go sysadmin", "how much more would i make as a sysadmin"]) {
      const text = lastAnswerText("what does IT support pay", q);
      expect(text, q).toContain("Pay: IT Support Specialist vs System Administrator");
      expect(text, q).toContain("$61,860");
      expect(text, q).toContain("$99,130");
    }
  });
});
