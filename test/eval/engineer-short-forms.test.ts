import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Found by an unseen check (r92): "sec engnr vs infosec anlyst $$" could not read "sec engnr" and asked back
// which role to compare. "engnr", like "engr", is a short form of "engineer" that job boards write.
describe("'engnr' for engineer", () => {
  it.each([
    ["sec engnr vs infosec anlyst $$", "Security Engineer vs Information Security Analyst"],
    ["data engnr vs data scientist", "Software Data Engineer vs Data Scientist"],
    ["security engnr salary", "Security Engineer pay"],
  ])("%s", (asked, said) => {
    expect(lastAnswerText(asked)).toContain(said);
  });
});
