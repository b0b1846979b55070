import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Two parts of one message that lead to the same section: what each has nothing on is said, then the
// section once, never twice in one reply.
const times = (text: string, part: string) => text.split(part).length - 1;

describe("two parts of a message that show the same section", () => {
  it("says what each part has nothing on, then shows the role's duties once", () => {
    const text = answerText("is being a software engineer stressful? and do they work weekends?");
    expect(text).toContain("no opinion on whether working as a Software Engineer is stressful");
    expect(text).toContain("nothing on working hours for a Software Engineer");
    expect(times(text, "What a Software Engineer does:")).toBe(1);
    expect(times(text, "Own the team's infrastructure and lead product development.")).toBe(1);
    const devops = answerText("is devops stressful and what are the hours like?");
    expect(times(devops, "What a DevOps Engineer does:")).toBe(1);
    expect(devops).toContain("nothing on working hours for a DevOps Engineer");
  });

  it("keeps two parts that show different things as two", () => {
    const text = answerText("how much do IT support ppl make? & do u need a degree for it");
    expect(text).toContain("IT Support Specialist pay:");
    expect(text).toContain("Education for an IT Support Specialist");
  });
});
