import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug (r74): "ok what do they start at" after the IT roles ranked by growth asked back which role, read
// as what they do; "they" are the roles ranked, and what they start at is their starting pay.
describe("what the roles of a ranking start at", () => {
  it("is each ranked role's pay, said to have no entry level figure", () => {
    const text = lastAnswerText("fastest growing IT roles", "ok what do they start at");
    expect(text).toContain("The knowledge base has no entry level figure for IT Support Specialist.");
    expect(text).toContain("computer user support specialists");
    expect(text).toContain("network and computer systems administrators");
    expect(text).not.toContain("Which of these roles do you mean?");
  });
});

// Past bug (r74): "TCS vs google L3, how big is the gap" answered what a software engineer does.
describe("offers from two employers weighed", () => {
  it.each([
    "got 2 new grad swe offers - TCS (US client site) vs google L3. how big is the gap realistically??",
    "swe offers from infosys vs microsoft, whats the difference",
  ])("%s", (asked) => {
    const text = lastAnswerText(asked);
    expect(text).toMatch(/No figures for (TCS or Google|Infosys or Microsoft)/);
    expect(text).toContain("Software Engineer pay");
    expect(text).not.toContain("What a Software Engineer does");
  });
});

// Past bug (r74): "what if i do ml instead, amazon pays more for that?" after a back-end developer's pay gave
// MLE pay by place, ranked; it weighs the role taken instead against the thread's.
describe("a role taken instead, said to pay more", () => {
  it("sets both roles' pay side by side", () => {
    const text = lastAnswerText(
      "how much grab pay for backend?",
      "how about amazon for same role",
      "what if i do ml instead, amazon pays more for that?",
    );
    expect(text).toContain("Pay: Back-End Developer vs Machine Learning Engineer");
    expect(text).toContain("No figures for Amazon");
    expect(text).not.toContain("pay by location, highest first");
  });
});

// Past bug (r74): "their analysts start around 70k, is that normal for a data analyst?" gave the general
// figures without placing the 70k among them.
describe("an amount asked whether it is normal", () => {
  it("is weighed against the figures", () => {
    const text = lastAnswerText(
      "the deloitte booth guy said their analysts start around 70k, is that normal for a data analyst?",
    );
    expect(text).toContain("where $70,000 a year stands");
    expect(text).toContain("No figures for Deloitte");
  });
});

// Past bug (r74): "how much grab pay for backend" read no employer ("grab" is an everyday word), and
// "salesforce APM salary" asked which role.
describe("employers and short names in a pay question", () => {
  it("reads Grab between how much and pay, but not grab as a verb", () => {
    expect(lastAnswerText("how much grab pay for data analyst")).toContain("No figures for Grab");
    expect(lastAnswerText("grab a coffee and tell me what a data analyst does")).not.toContain("Grab");
  });

  it("reads APM as Product Manager", () => {
    expect(lastAnswerText("salesforce APM salary")).toContain(
      "No figures for Salesforce: the knowledge base has no Salesforce pay figures for Product Manager.",
    );
  });
});
