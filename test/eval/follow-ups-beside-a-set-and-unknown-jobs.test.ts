import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { lastAnswerText, understand } from "../support/questions.js";

// Found by an unseen round (r84): "how does ml stack up vs those two" after two roles' pay set MLE beside the
// first only; "ok what about youtubers lol" after plumbers' pay gave the plumbers' figures again; "what does
// atlassian pay em's" read no role ("em" as "them").
describe("follow-ups beside a set, and jobs no list knows", () => {
  it("sets a role named against 'those two', 'both' or 'them' beside every role of the thread", () => {
    expect(
      lastAnswerText("cloud architect vs network architect pay", "how does ml stack up vs those two"),
    ).toContain("Pay: Cloud Architect vs Network Architect vs Machine Learning Engineer");
    expect(lastAnswerText("swe vs devops", "is sre better than both")).toContain(
      "Software Engineer vs DevOps Engineer vs Site Reliability Engineer",
    );
  });

  it("keeps a role set against the thread's one role as a pair", () => {
    expect(lastAnswerText("swe pay", "how does sre compare with it")).not.toContain(" vs DevOps");
  });

  it("asks the thread's question of a job weighed next that no list knows", () => {
    const text = lastAnswerText("swe pay", "what about youtubers");
    expect(text).toContain("I don't cover youtubers yet");
    expect(text).not.toContain("What a Software Engineer does");
  });

  it.skipIf(!officialLayerInstalled)("never repeats the thread's occupation for it", () => {
    const text = saidWithLayer("plumber pay", "ok what about youtubers lol");
    expect(text).toContain("I don't cover youtubers yet");
    expect(text).not.toContain("Plumbers, Pipefitters");
  });

  it("reads 'em's' as engineering managers", () => {
    for (const q of ["what does atlassian pay em's", "what does atlassian pay em’s"])
      expect(
        understand(q).roles.map((r) => r.id),
        q,
      ).toEqual(["engineering-manager"]);
  });
});
