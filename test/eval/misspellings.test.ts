import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// eval:noise: questions typed with ordinary misspellings ("waht skils does a devops enginer need" read as
// soft skills, "wich pays more" as a role called "wich") were misread. Misspelt words are now spelt right
// before the question is read, against English's dictionary and the words the pipeline knows.
describe("ordinary words misspelt", () => {
  it("reads a misspelt question as the question spelt right", () => {
    for (const [typed, heading] of [
      ["waht skillz does a devops enginneer need?", "Skills for a DevOps Engineer"],
      ["skils for data analysts?", "Skills for a Data Analyst"],
      ["what skills are reqiured for a cloud architect", "Skills for a Cloud Architect"],
      ["salaray of a data analyst", "Data Analyst pay"],
      ["whats teh pay for a dba", "Database Administrator pay"],
      ["waht is the income of a data scienist", "Data Scientist pay"],
      ["wich careers are growing fastest", "Data Scientist"],
      ["is data science a good carrer", "Outlook for a Data Scientist"],
      ["waht does a securty analyst do", "What an Information Security Analyst does"],
    ] as const)
      expect(answerText(typed), typed).toContain(heading);
    expect(understand("waht does meta pay swes").intent).toBe("salary");
    expect(understand("waht does ETL stand for?").intent).not.toBe("offTopic");
  });

  it("reads a misspelt follow-up in its thread", () => {
    expect(lastAnswerText("data analyst or data scientist", "wich pays more")).toContain(
      "Pay: Data Analyst vs Data Scientist",
    );
    expect(lastAnswerText("should i go from senior swe to engineering manager", "pay diffrence?")).toContain(
      "Pay: Software Engineer vs Engineering Manager",
    );
    // The official layer may not be loaded here: the nurse is then "nurse", the move the same.
    expect(lastAnswerText("im a nurse", "waht about data analist?")).toMatch(
      /^From .*nurse.* to Data Analyst/im,
    );
  });

  it("leaves real words, names and the names of tools as typed", () => {
    // Each is one slip from a word the questions use ("word": "world", "thread": "threat", "rain": "train",
    // "stat": "start", "node": "note", "Rolando": "Orlando"), and none is a misspelling.
    const typed =
      "i hate meetings and the word count in this thread, is it nice to kill time when rain falls or were you tired";
    expect(understand(typed).entities.masked).toEqual(typed.replace(",", "").split(" "));
    const tools = "is node or rust or dart or kotlin or deno or scala or julia better, stat";
    expect(understand(tools).entities.masked).toEqual(tools.replace(",", "").split(" "));
    expect(understand("Rolando at work said").entities.masked).toContain("rolando");
    expect(understand("Rolando at work said").place).toBeUndefined();
  });
});
