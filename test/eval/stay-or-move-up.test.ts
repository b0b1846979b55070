import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Whether people stay in the thread's role or go on from it ("is it a job people stay in long term or do
// they usually move up") asks where the role leads: its path, never a question back of which role.
describe("whether people stay in the thread's role or move on", () => {
  it("is the role's path, after its pay asked in a place", () => {
    const text = lastAnswerText(
      "our dept is hiring an *IT support specialist* and HR wants a defensible salary range, what's the national median?",
      "what is it in boston",
      "is it a job people stay in long term or do they usually move up? dont want to hire someone who leaves in 8 months tbh",
    );
    expect(text).toContain("Career path for an IT Support Specialist");
    expect(text).not.toContain("Which role do you mean?");
  });

  it("is the role's path, however it is asked", () => {
    expect(lastAnswerText("network administrator", "is it a stepping stone or a career")).toContain(
      "Career path for a Network Administrator",
    );
    expect(
      lastAnswerText("system administrator salary", "do ppl stick with it or leave after a year"),
    ).toContain("Career path for a System Administrator");
  });
});
