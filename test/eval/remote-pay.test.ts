import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "what about remote?" after "data scientist salary in austin" said there were no remote
// figures and gave none. No source splits pay by remote work: that is said first, then the role's national
// figures, labelled so, with the thread's city dropped (remote work is no city's).
describe("pay asked for remote work", () => {
  it.each([
    ["data scientist salary in austin", "what about remote?", "Data Scientist", "$120,230"],
    ["software engineer pay in seattle", "and remote?", "Software Engineer", "$135,980"],
    ["devops engineer salary in new york", "what if i work remotely", "DevOps Engineer", "$116,580"],
  ])("%s → %s", (first, asked, role, median) => {
    const text = lastAnswerText(first, asked);
    expect(text).toContain("No figures for remote work: no source splits pay by remote work");
    expect(text).toContain(`General (national) figures for ${role}`);
    expect(text).toContain(median);
    expect(text).not.toContain("Remote work and global collaboration");
  });

  it("reads remote named in the pay question itself", () => {
    expect(lastAnswerText("data scientist remote salary")).toContain(
      "no remote pay figures for Data Scientist",
    );
  });

  // Past bug: "what do qa engineers make in wfh jobs" gave duties ("no figures on make"): a verb of earning
  // with only remote work after it asks pay, as it does at the end of the question.
  it.each([
    ["what do qa engineers make in wfh jobs", "QA Engineer", "$104,300"],
    ["what do qa engineers make in remote jobs", "QA Engineer", "$104,300"],
    ["what do data analysts earn working remotely", "Data Analyst", "$120,230"],
  ])("%s", (asked, role, median) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(`no remote pay figures for ${role}`);
    expect(text).toContain(median);
    expect(text).not.toContain("no figures on “make");
  });

  it("leaves a question of whether the work can be remote to what the knowledge has on it", () => {
    expect(lastAnswerText("what does a data scientist do", "what about remote?")).toContain(
      "Remote work and global collaboration",
    );
  });
});
