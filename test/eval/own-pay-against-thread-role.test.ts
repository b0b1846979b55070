import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Found by an unseen check (r91): after IT support's pay, "is it worth it vs the 52k i'm making now" answered
// with the job's outlook. The asker's own pay is set against the thread's job: where it stands in its pay.
describe("the asker's pay set against the thread's job", () => {
  it.each([
    [
      ["it support pay", "is it worth it vs the 52k im making now"],
      "IT Support Specialist pay: where $52,000 a year stands",
    ],
    [
      ["data analyst salary", "would it pay more than my 60k"],
      "Data Analyst pay: where $60,000 a year stands",
    ],
  ])("%j", (messages, said) => {
    expect(lastAnswerText(...messages)).toContain(said);
  });

  it("leaves 'is it worth it' alone to the job's outlook", () => {
    expect(lastAnswerText("qa engineer pay", "is it worth it")).toContain("Outlook for a QA Engineer");
  });
});
