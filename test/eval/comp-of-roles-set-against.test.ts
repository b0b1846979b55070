import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "fronend vs full stak devloper comp in nyc": two roles set against each other by total pay in a place are
// their pay side by side there (said to have none where it has none), not each one's pay in turn; a
// recruiter asking for a candidate is who asks, not a third job set beside them.
describe("total pay of two roles set against each other in a place", () => {
  const asked = "recruiter here, candidate asking fronend vs full stak devloper comp in nyc. got numbers?";

  it("sets the two roles side by side", () => {
    const text = lastAnswerText(asked);
    expect(text).toContain("Pay: Front-End Developer vs Full Stack Developer");
    expect(text).toContain("no New York City, NY figure for Front-End Developer or Full Stack Developer");
    expect(text).not.toContain("Human Resources Specialists");
  });

  it("keeps both roles when the place changes", () => {
    expect(lastAnswerText(asked, "ok and seattle")).toContain(
      "no Seattle, WA figure for Front-End Developer or Full Stack Developer",
    );
  });
});
