import { describe, expect, it } from "vitest";
import { namedCertifications } from "../../src/understanding/words/certifications.js";
import { lastAnswerText } from "../support/questions.js";

// "CISSP vs Security+", "cissp or security+ first": certifications set side by side. Each is said to
// certify its role's work, and first that no source names them or compares certifications; then what the
// sources say of certifications for the role (each role's, where they differ).
const cases: [string, string[]][] = [
  [
    "CISSP vs Security+",
    [
      "CISSP and CompTIA Security+ both certify an Information Security Analyst's work",
      "compare no certifications",
      "Employers may prefer analysts who hold a professional security certification (BLS).",
    ],
  ],
  [
    "cissp or security+ first",
    ["not which to take first", "Certifications for an Information Security Analyst"],
  ],
  ["ccna vs network+", ["CCNA and CompTIA Network+ both certify a Network Administrator's work"]],
  [
    "ccna or security+",
    [
      "CCNA certifies a Network Administrator's work, CompTIA Security+ an Information Security Analyst's work",
      "Certifications for an Information Security Analyst",
    ],
  ],
];

describe("certifications compared", () => {
  it.each(cases)("%s", (asked, said) => {
    const text = lastAnswerText(asked);
    for (const s of said) expect(text).toContain(s);
  });

  it("sets them side by side for the role named, where they certify its work", () => {
    expect(lastAnswerText("security analyst certs, cissp or security+?")).toContain(
      "CISSP and CompTIA Security+ both certify an Information Security Analyst's work",
    );
    expect(lastAnswerText("network admin certs, cissp or security+?")).toContain(
      "Education for a Network Administrator",
    );
  });

  it("reads a certification written with its issuer as one", () => {
    expect(namedCertifications("comptia security+ worth it").map((c) => c.name)).toEqual([
      "CompTIA Security+",
    ]);
    expect(lastAnswerText("is cissp worth it")).toContain("whose work CISSP certifies");
  });
});
