import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Past bug: "do network architects need a CCIE?" gave the education with no word of the CCIE.

describe("a certificate asked of a role whose sources name none", () => {
  it("is said not to be named, before the role's education", () => {
    const text = answerText("do network architects need a CCIE?");
    expect(text).toContain("The sources for Network Architect do not name CCIE");
    expect(text).toContain("bachelor's degree");
  });
});
