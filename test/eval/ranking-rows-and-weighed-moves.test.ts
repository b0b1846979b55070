import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { lastAnswerText } from "../support/questions.js";

// The whole official layer loads once, before the first question, however busy the machine.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// Past bugs: "the gap between that and the lowest one" after a pay ranking asked back which role (or gave
// a way in); the two rows picked are set side by side on pay, what the ranking weighed. And "how long would
// that take" after a nurse's pay set beside IT support's gave how to become a nurse: it is the move from
// nursing into IT support, whose answer says the sources give no timeline.

describe("two rows of a pay ranking picked for a gap", () => {
  it.each([
    ["what are the highest paying tech jobs", "the gap between that and the lowest one"],
    ["what are the highest paying tech jobs", "whats the difference between the top one and the bottom one"],
    ["top paying tech jobs", "how big is the gap between the first and the last one"],
  ])("%s → %s", (first, followUp) => {
    const answer = lastAnswerText(first, followUp);
    expect(answer).toContain("Pay: Engineering Manager vs Data Architect");
    expect(answer).not.toContain("Which of these roles");
  });

  it("sets the top and lowest IT roles' pay side by side", () => {
    expect(
      lastAnswerText("top paying it jobs", "how big is the gap between that one and the lowest"),
    ).toContain("Pay: Information Security Analyst vs IT Support Specialist");
  });

  it("keeps a skills gap on skills", () => {
    expect(
      lastAnswerText(
        "what are the highest paying tech jobs",
        "the skills gap between that and the lowest one",
      ),
    ).toContain("From Engineering Manager to Data Architect");
  });
});

describe.skipIf(!officialLayerInstalled)(
  "the time a move takes after an occupation's pay set beside a role's",
  () => {
    it.each([
      [
        "how does nurse pay compare to it support",
        "how long would that take",
        "From Registered Nurses to IT Support Specialist",
      ],
      [
        "nurse vs it support pay",
        "how long would it take to switch",
        "From Registered Nurses to IT Support Specialist",
      ],
      [
        "how does accountant pay compare to data analyst",
        "is it hard to make the switch?",
        "From Accountants and Auditors to Data Analyst",
      ],
    ])("%s → %s", (first, followUp, heading) => {
      const answer = saidWithLayer(first, followUp);
      expect(answer).toContain(heading);
      expect(answer).not.toContain("To become one, by BLS");
    });

    it("says the sources give no timeline", () => {
      expect(saidWithLayer("how does nurse pay compare to it support", "how long would that take")).toContain(
        "The sources give no timeline for this move",
      );
    });

    it("keeps a question naming the occupation about it", () => {
      expect(
        saidWithLayer("how does nurse pay compare to it support", "how long do nurses study"),
      ).not.toContain("From Registered Nurses to IT Support Specialist");
    });
  },
);
