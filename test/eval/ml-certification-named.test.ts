import { describe, expect, it } from "vitest";
import { answerText, understand } from "../support/questions.js";

// words-f: "certs for ml? is the aws ml specialty worth it" gave "AWS for a Machine Learning Engineer", the
// platform read as a skill. A platform's certification named in a question about certs is the
// certification: the role's certifications answer says whether its sources name it.
describe("a platform's certification named", () => {
  it.each([
    ["certs for ml? is the `aws ml specialty` worth it", "AWS Certified Machine Learning – Specialty"],
    [
      "is the gcp machine learning engineer cert worth it for an mle",
      "Google Cloud Professional Machine Learning Engineer",
    ],
  ])("%s is the ML role's certifications", (q, cert) => {
    const u = understand(q);
    expect(u.intent).toBe("education");
    expect(u.skillsAsked).toBeUndefined();
    const text = answerText(q);
    expect(text).toContain(`The sources for Machine Learning Engineer do not name ${cert}`);
    expect(text).not.toContain("AWS for a Machine Learning Engineer");
  });

  it("reads a vendor's certification with its own words between", () => {
    expect(answerText("certs for cloud architect? is the aws solutions architect cert worth it")).toContain(
      "The sources for Cloud Architect do not name AWS certification",
    );
  });

  it("keeps a platform asked as a skill a skill", () => {
    expect(understand("do ml engineers need aws").skillsAsked).toEqual(["AWS"]);
  });
});
