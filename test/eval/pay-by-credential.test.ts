import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "is cissp worth it for pay", "does it pay to learn kubernetes": no source measures pay by certification
// or skill. Said first, then what the sources have: the role's pay and what they say of certifications, or
// which roles list the skill. A role's own figure for what a skill adds stays the answer.
const cases: [string, string[]][] = [
  [
    "does having aws certs raise pay for a cloud architect",
    [
      "No source measures pay by certification",
      "Cloud Architect pay",
      "$134,050",
      "names no certification for Cloud Architect",
    ],
  ],
  [
    "is cissp worth it for pay",
    [
      "none says what CISSP adds to pay",
      "Information Security Analyst pay",
      "$129,180",
      "professional security certification",
    ],
  ],
  ["will a ccna get me a raise", ["none says what CCNA adds to pay", "Network Administrator pay", "$99,130"]],
  [
    "do certifications increase salary for security analysts",
    ["No source measures pay by certification", "$129,180"],
  ],
  [
    "does it pay to learn kubernetes",
    [
      "No source measures what Kubernetes adds to pay",
      "Roles whose sources list Kubernetes: Lead Machine Learning Engineer",
    ],
  ],
  [
    "does learning python increase salary for data analysts",
    ["No source measures what Python adds to Data Analyst pay", "Data Analyst pay"],
  ],
  ["does generative ai raise pay for mle", ["Generative AI expertise can raise pay by: up to 50%"]],
];

describe("pay by certification or skill", () => {
  it.each(cases)("%s", (asked, said) => {
    const text = lastAnswerText(asked);
    for (const s of said) expect(text).toContain(s);
  });

  it("reads AWS before a word of credentials as who certifies, not the employer", () => {
    expect(lastAnswerText("does having aws certs raise pay for a cloud architect")).not.toContain("Amazon");
  });

  it("says nothing unmeasured where pay is asked without a credential", () => {
    expect(lastAnswerText("security analyst salary")).not.toContain("No source measures");
  });
});
