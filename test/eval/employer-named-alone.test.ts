import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// An employer's name alone after a question ("is it just ticketing?? `servicenow`?") names a thing of that
// question, not an employer whose pay is asked: before, "No figures for ServiceNow" and the role's pay were
// added to the tools answer; and "i have no clue what …" was read as a topic ("nothing on “clue ticketing”").
describe("an employer named alone after a question", () => {
  it("adds no pay answer to a tools question", () => {
    const text = answerText(
      "tbh i have no clue what tools an IT helpdesk person uses all day, like is it just ticketing?? `servicenow`?",
    );
    expect(text).toContain("The knowledge base lists no tools or frameworks for IT Support Specialist");
    expect(text).not.toContain("No figures for ServiceNow");
    expect(text).not.toContain("clue");
  });

  it("still answers an employer's pay asked after a pay question", () => {
    expect(answerText("what does an sre make? google?")).toContain("No figures for Google");
  });

  it("says what is missing without the lead-in", () => {
    const text = answerText("i have no clue what a data architect does, is it mostly meetings?");
    expect(text).toContain("The knowledge base has nothing on “meetings” for Data Architect.");
  });
});
