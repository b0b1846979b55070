import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "is that role in demand", "are these roles growing": the word "role" pointed at the thread's role asks
// its outlook, never the list of roles the app knows.
const answer = lastAnswerText;

describe("the thread's role pointed at as 'that role' or 'these roles'", () => {
  it.each([
    ["dba salary", "is that role in demand", "Outlook for a Database Administrator"],
    ["what does a data architect do", "is the role in demand", "Outlook for a Data Architect"],
    ["skills for a qa engineer", "is this role growing", "Outlook for a QA Engineer"],
    ["sysadmin career path", "is that role growing", "Outlook for a System Administrator"],
    ["dba salary", "are these roles in demand", "Outlook for a Database Administrator"],
  ])("%s, then %s", (first, followUp, said) => {
    const text = answer(first, followUp);
    expect(text).toContain(said);
    expect(text).not.toContain("Roles I know");
  });

  it("weighs both roles of a pair", () => {
    const text = answer("sre vs devops", "are those roles in demand");
    expect(text).toContain("Outlook for a Site Reliability Engineer");
    expect(text).toContain("Outlook for a DevOps Engineer");
  });

  it("still lists the roles that grow when no role is pointed at", () => {
    expect(answer("which roles are in demand")).toContain("Fastest growing roles");
  });
});

describe("anything else asked of 'that role'", () => {
  it.each([
    [
      "what does an it support specialist do",
      "are these roles remote friendly",
      "no figures on “remote” for IT Support Specialist",
    ],
    [
      "what does an it support specialist do",
      "is that role remote",
      "no figures on “remote” for IT Support Specialist",
    ],
    ["what does an it support specialist do", "is that role hard", "About IT Support Specialist?"],
    [
      "dba salary",
      "is this job stressful",
      "The sources give no opinion on whether working as a Database Administrator is stressful",
    ],
  ])("%s, then %s", (first, followUp, said) => {
    const text = answer(first, followUp);
    expect(text).toContain(said);
    expect(text).not.toContain("Roles I know");
  });
});
