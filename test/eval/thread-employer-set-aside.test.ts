import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Found by an unseen check (r92): after a sysadmin's pay at Kroger, "ok and pay in denver if not kroger" read
// "kroger" as a job no list knows (a word ending in "-er") and answered "I don't cover krogers yet". The
// thread's employer said again is that employer; after "not" it is set aside.
describe("the thread's employer said again in lower case", () => {
  it("is set aside after 'not', the role's pay there asked", () => {
    const text = lastAnswerText(
      "recruiter from Kroger pinged me for a sysadmin role, what does comp look like there",
      "ok and pay in denver if not kroger",
    );
    expect(text).not.toContain("I don't cover");
    expect(text).toContain("System Administrator pay");
    expect(text).toContain("Denver");
  });

  it("is still read as a job where the thread named no such employer", () => {
    expect(lastAnswerText("sysadmin pay", "and for a dog groomer?")).not.toContain(
      "System Administrator pay:",
    );
  });
});
