import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../../support/questions.js";

// After a pair compared and a question of one of them, "what do they each pay at entry level … dont care
// about senior numbers" answered one role at entry and senior level; "what tools show up for each … from my
// sysadmin class" answered for System Administrator.
describe("'each' after a pair compared", () => {
  it("is both roles of the pair, at the level asked, not at one set aside", () => {
    const text = lastAnswerText(
      "frnt end devloper vs ful stack devoloper which one pays more",
      "do i need sql and docker for full stack or is that overkill",
      "what do they each pay at entry level specifically? dont care about senior numbers yet",
    );
    expect(text).toContain("Front-End Developer");
    expect(text).toContain("Full Stack Developer");
    expect(text).not.toContain("Senior level");
  });

  it("is not a role named as what a class was about", () => {
    const text = lastAnswerText(
      "site relaibility eng vs devpos engineer, which pays better",
      "what tools show up for each, i only know linux and a bit of bash from my sysadmin class",
    );
    expect(text).toContain("Site Reliability Engineer");
    expect(text).toContain("DevOps Engineer");
    expect(text).not.toContain("Linux for a System Administrator");
  });
});
