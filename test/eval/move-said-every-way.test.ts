import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// A move between two curated roles said in chat's many ways stays the move (both sides' pay and
// outlook, then the gap), and a follow-up on it keeps both sides.

describe("an outlook follow-up after a move", () => {
  it.each([
    [
      "Is it sensible to move from Network Administrator to Network Architect?",
      "what about the outlook for both",
    ],
    ["fullstack to devops: good idea?", "outlook for both?"],
    ["thinking of moving from dba to data architect", "are they growing?"],
  ])("gives both sides' outlook: %s / %s", (move, followUp) => {
    const text = lastAnswerText(move, followUp);
    expect(text).toMatch(
      /Outlook for an? (Network Administrator|Full Stack Developer|Database Administrator)/,
    );
    expect(text).toMatch(/Outlook for an? (Network Architect|DevOps Engineer|Data Architect)/);
    expect(text).toContain("On BLS's projections of employment change");
  });

  it("keeps both when one side has no outlook figures", () => {
    const text = lastAnswerText("swe → product manager, smart move or nah", "and outlook?");
    expect(text).toContain("Outlook for a Product Manager");
    expect(text).toContain("Outlook for a Software Engineer");
  });

  it("still answers one role's day-to-day for where the move leads", () => {
    const text = lastAnswerText("swe to mle", "what tools do they use");
    expect(text).not.toContain("Software Engineer");
  });
});

describe("the skills a move still needs, said as what the person lacks", () => {
  it.each(["skills i'm missing?", "skills gap?", "skills im lacking"])(
    "'%s' is the move's gap",
    (followUp) => {
      const text = lastAnswerText("data scientist wanting to be an mle, how do i bridge the gap", followUp);
      expect(text).toContain("From Data Scientist to Machine Learning Engineer");
      expect(text).toContain("To learn:");
      expect(text).not.toContain("I don't know a role called");
    },
  );

  it("still names a mistyped role after 'skills'", () => {
    expect(answerText("skills datscientist")).not.toContain("To learn:");
  });
});

describe("a move said in other ways", () => {
  it.each([
    [
      "current role: it support. target: sysadmin. advice?",
      "From IT Support Specialist to System Administrator",
    ],
    ["current role it support, target role sysadmin", "From IT Support Specialist to System Administrator"],
    ["dev ops to sre, good move?", "From DevOps Engineer to Site Reliability Engineer"],
    [
      "thinking of making the jump from dev ops to cloud architecture",
      "From DevOps Engineer to Cloud Architect",
    ],
    [
      "swe to ml eng or stay? money is the main thing for me",
      "From Software Engineer to Machine Learning Engineer",
    ],
    ["qa to sre or not?", "From QA Engineer to Site Reliability Engineer"],
  ])("%s", (question, heading) => {
    const text = answerText(question);
    expect(text).toContain(heading);
    expect(text).toContain("Pay side by side");
  });

  it.each([
    ["considering a switch: network admin to cloud", "Network Administrator"],
    ["sysadmin to cloud?", "System Administrator"],
  ])("asks which cloud role for a move into the field: %s", (question, held) => {
    const text = answerText(question);
    expect(text).toContain(`Which cloud role do you want to move to from ${held}?`);
    expect(text).toContain("cloud architect");
  });

  it("keeps roles set as options a comparison", () => {
    expect(answerText("data engineer or data scientist?")).not.toMatch(/^From /m);
  });
});
