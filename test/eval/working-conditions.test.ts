import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// "do sres need to be on call at all times" answered the outlook: "need" read as whether the role is
// needed. What the people in a role must do (on call, weekends, nights, travel) is a question of the work:
// the knowledge has nothing on it, said first, then what the role does.
describe("what the people in a role must do is the work, not the job market", () => {
  it.each([
    ["do sres need to be on call at all times", "on-call duty", "What a Site Reliability Engineer does"],
    ["do sres get paged a lot", "on-call duty", "What a Site Reliability Engineer does"],
    ["do data scientists have to travel", "travel", "What a Data Scientist does"],
    ["how often do cloud architects travel", "travel", "What a Cloud Architect does"],
    ["do qa engineers work nights", "working hours", "What a QA Engineer does"],
    ["do devops engineers work weekends", "working hours", "What a DevOps Engineer does"],
  ])("%s", (asked, aspect, duties) => {
    const text = answerText(asked);
    expect(text).toContain(`The knowledge base has nothing on ${aspect} for`);
    expect(text).toContain(duties);
    expect(text).not.toContain("Outlook for");
  });

  it("reads it of the thread's role ('do they have to be on call' after what an sre does)", () => {
    expect(lastAnswerText("what does an sre do", "do they have to be on call")).toContain(
      "nothing on on-call duty for a Site Reliability Engineer",
    );
  });

  it("says no source judges the stress, then the duties ('is a dba job stressful')", () => {
    expect(answerText("is a dba job stressful")).toContain(
      "The sources give no opinion on whether working as a Database Administrator is stressful. What a Database Administrator does:",
    );
  });

  it.each(["do companies still need sres", "does anyone need dbas anymore"])(
    "%s: whether the role is needed is still its outlook",
    (asked) => {
      expect(answerText(asked)).toContain("Outlook for");
    },
  );

  it("reads the travel business as no working life ('i work in the travel industry, how do i become a data analyst')", () => {
    expect(answerText("i work in the travel industry, how do i become a data analyst")).not.toContain(
      "nothing on travel",
    );
  });
});
