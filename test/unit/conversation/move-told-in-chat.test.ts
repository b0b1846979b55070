import { beforeAll, describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../../support/official-layer.js";
import { lastAnswerText } from "../../support/questions.js";

// Moves told the way chat tells them: "tier 2 helpdesk" counts a tier (its "2" is no "to", which turned the
// move around: from SRE to IT support), and a reply naming the role a move was asked to lead to, with a
// question of its own ("would i take a pay cut"), asks it of the move (before: the role's pay alone).
describe("moves told in chat", () => {
  it.each(["from support to sre? im tier 2 helpdesk rn", "support to sre? im tier 2 helpdesk rn"])(
    "%s starts at IT support",
    (asked) => {
      expect(lastAnswerText(asked)).toContain("From IT Support Specialist to Site Reliability Engineer");
    },
  );

  it("still reads a 2 between two roles as to", () => {
    expect(lastAnswerText("qa 2 devops worth it")).toContain("QA Engineer to DevOps Engineer");
  });
});

describe.skipIf(!officialLayerInstalled)("a reply that picks a move's end and asks more", () => {
  beforeAll(() => {
    saidWithLayer("hi");
  }, 120_000);

  it("sets the job held beside the role picked", () => {
    const text = saidWithLayer(
      "im a hs math teacher (9 yrs), how do i get into data?",
      "data analyst i think. would i take a pay cut tho",
    );
    expect(text).toContain("to Data Analyst");
    expect(text).toContain("Pay side by side");
    expect(text).toContain("Secondary School Teachers");
  });
});
