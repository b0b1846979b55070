import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../../support/questions.js";

// "mobile dev pay in austin vs nyc?" is one role in two places: with no figures for either, its national
// figures stand beside; the thread stays on that one role, never a pair of it set against itself.
describe("one role's pay in two places, then follow-ups", () => {
  const places = "mobile dev pay in austin vs nyc? thinking of relocating";

  it("gives the national figures where neither place has any", () => {
    const text = lastAnswerText(places);
    expect(text).toContain("Mobile Developer, national");
    expect(text).toContain("its national figures, for the whole US, are above");
  });

  it("answers 'entry education?' with the role's education, and its outlook once", () => {
    expect(lastAnswerText(places, "entry education?")).toMatch(/^Education for a Mobile Developer/);
    const outlook = lastAnswerText(
      places,
      "entry education?",
      "and the job outlook, is mobile still a thing",
    );
    expect(outlook.match(/Outlook for a Mobile Developer/g)).toHaveLength(1);
    expect(outlook).not.toContain("Mobile Developer vs Mobile Developer");
  });

  it("reads a level beside a topic's word as that topic, not pay", () => {
    expect(lastAnswerText("devops engineer salary", "skills for juniors?")).toMatch(
      /^Skills for a DevOps Engineer/,
    );
  });
});
