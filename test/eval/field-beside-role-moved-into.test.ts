import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// Past bug: "should i go into ml or cloud" answered how to become a Machine Learning Engineer, cloud dropped:
// a move into a role or a field, from no role held, is the choice between them, the field's roles set
// beside the role as in "ml or cloud".
const roles = (q: string) => understand(q).roles.map((r) => r.id);

describe("a role or a field to go into", () => {
  it.each([
    [
      "should i go into ml or cloud",
      ["machine-learning-engineer", "big-data-cloud-engineer", "cloud-architect"],
    ],
    ["should i switch to devops or cloud", ["devops-engineer", "big-data-cloud-engineer", "cloud-architect"]],
    [
      "thinking of getting into ml or security",
      ["machine-learning-engineer", "security-analyst", "security-engineer"],
    ],
  ])("%s", (asked, expected) => {
    expect(understand(asked).intent).toBe("compare");
    expect(roles(asked)).toEqual(expected);
  });

  it("compares them side by side", () => {
    expect(lastAnswerText("should i go into ml or cloud")).toContain(
      "Machine Learning Engineer vs Big Data Cloud Engineer vs Cloud Architect",
    );
  });

  it("leaves a move from a role held to the move's answer", () => {
    expect(understand("from sysadmin to ml or cloud").intent).toBe("gap");
    expect(understand("i'm a sysadmin, should i go into ml or cloud").intent).toBe("gap");
  });

  it("leaves a move set against staying", () => {
    expect(understand("should i go into ml or stay").intent).toBe("gap");
  });
});
