import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// "netadmin -> cloud architect", "what about network architect instead", "which one pays more": the two ends
// of the thread's moves from one start, their pay set against each other (it was the last move's sides, the
// start among them, as if the person had asked whether network architect pays more than their own job).
describe.skipIf(!officialLayerInstalled)("which of two moves' ends pays more", () => {
  it("sets the two ends' pay side by side, not the start's", () => {
    const text = saidWithLayer(
      "netadmin -> cloud architect, worth it",
      "what about network architect instead",
      "which one pays more",
    );
    expect(text).toContain("Pay: Cloud Architect vs Network Architect");
    expect(text).toContain("so they do not tell these roles apart");
    expect(text).not.toContain("Network Administrator:");
  });

  it("reads other words of pay the same way", () => {
    const cases: [string[], string][] = [
      [
        ["sysadmin to devops", "how about sre instead", "which pays better"],
        "Pay: DevOps Engineer vs Site Reliability Engineer",
      ],
      [
        ["swe to mle", "and data scientist instead?", "which of them makes more"],
        "Pay: Machine Learning Engineer vs Data Scientist",
      ],
      [
        ["qa to software engineer", "what about data analyst instead", "which one is better paid"],
        "Pay: Software Engineer vs Data Analyst",
      ],
    ];
    for (const [messages, said] of cases) expect(saidWithLayer(...messages), messages.at(-1)).toContain(said);
  });

  it("leaves one move's sides weighed by pay as they were", () => {
    expect(saidWithLayer("netadmin -> cloud architect, worth it", "which one pays more")).toContain(
      "Pay: Cloud Architect vs Network Administrator",
    );
  });

  it("leaves the moves weighed by ease to the options side by side", () => {
    const text = saidWithLayer(
      "sysadmin to devops",
      "how about sre instead",
      "which is the easier jump of the two",
    );
    expect(text).toContain("Options from System Administrator, side by side.");
  });
});
