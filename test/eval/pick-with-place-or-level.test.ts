import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// Past bug: "k the first one in sf" after two roles' openings gave both roles' pay in San Francisco: chat's
// "k" (and an acknowledgement such as "cool" or "sure") opening the reply hid its pick. A pick with a place
// or a level answers for the one picked, there.
describe("a pick with a place or a level", () => {
  const weighed = [
    "devops enginer or site reliabilty engineer for someone w 2 yoe?",
    "which has more openings",
  ];

  it.each([
    ["k the first one in sf", "DevOps Engineer", "San Francisco, CA"],
    ["kk the second one in sf", "Site Reliability Engineer", "San Francisco, CA"],
    ["cool, the 2nd in seattle", "Site Reliability Engineer", "Seattle, WA"],
    ["sure the first one in nyc", "DevOps Engineer", "New York City, NY"],
  ])("%s → the pay of %s in %s alone", (reply, role, place) => {
    const text = lastAnswerText(...weighed, reply);
    expect(text).toContain(`${role} pay:`);
    expect(text).toContain(`The knowledge base has no ${place} figure for ${role}.`);
    expect(text).not.toContain("Pay: DevOps Engineer vs Site Reliability Engineer");
  });

  it("asks the thread's question of the one picked at a level: the outlook at senior level, the pay after a comparison", () => {
    const outlook = lastAnswerText(
      "frontend dev or backend dev",
      "which has more openings",
      "the first one at senior level",
    );
    expect(outlook).toContain("Outlook for a Front-End Developer");
    expect(outlook).toContain("senior level included");
    expect(outlook).not.toContain("How to become");
    const pay = lastAnswerText("devops engineer or sre", "the first one at senior level");
    expect(pay).toContain("DevOps Engineer pay:");
    expect(pay).toContain("The knowledge base has no senior level figure for DevOps Engineer.");
  });

  it("reads 'k' opening a reply as 'ok', and leaves one that is part of something else alone", () => {
    expect(understand("k the first one in sf").text).toBe("ok the first one in sf");
    expect(understand("kk, and devops?").text).toBe("ok, and devops?");
    expect(understand("k-12 teacher salary").text).toBe("k-12 teacher salary");
    expect(understand("k8s engineer salary").text).toBe("k8s engineer salary");
  });
});
