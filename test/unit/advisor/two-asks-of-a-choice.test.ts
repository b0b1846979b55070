import { describe, expect, it } from "vitest";
import { answerText } from "../../support/questions.js";

// A choice between two roles asked two things in one message lost the comparison: "x vs y pay? and which
// one needs a masters" gave one role's education, "devops or site reliability, whats the diff + who makes
// more" one role's path note, and a choice by someone who holds a CCNP the education of one role.
describe("two asks of a choice between roles", () => {
  it("answers the pay of both, then which one needs a master's", () => {
    const text = answerText("data sceintist vs data anaylst pay? and which one needs a masters");
    expect(text).toContain("Pay: Data Scientist vs Data Analyst");
    expect(text).toContain("Neither has a master's degree");
    expect(text.indexOf("Pay: Data Scientist")).toBeLessThan(text.indexOf("Neither has"));
  });

  it.each([
    "devosp engneer or site reliablity, whats the diff + who makes more",
    "devops engineer or site reliability, whats the diff & who makes more",
  ])("compares the two roles, pay among the rest: %s", (asked) => {
    const text = answerText(asked);
    expect(text).toContain("DevOps Engineer vs Site Reliability Engineer");
    expect(text).toContain("Pay:");
  });

  it("keeps the pay alone where the difference asked is in pay", () => {
    expect(answerText("devops vs sre, whats the pay diff")).toContain(
      "Pay: DevOps Engineer vs Site Reliability Engineer",
    );
  });

  it.each([
    "cloud archtect or netwrok architect for a guy w/ a CCNP and 9 yrs in networking?",
    "i have a CCNP, cloud architect or network architect?",
  ])("compares the roles when the certification is the asker's own: %s", (asked) => {
    expect(answerText(asked)).toContain("Cloud Architect vs Network Architect");
  });

  it("still answers certifications asked of a choice", () => {
    expect(answerText("cloud architect vs network architect, which certs matter?")).toContain(
      "Education for a Cloud Architect",
    );
  });
});
