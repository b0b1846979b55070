import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Unseen check: "tools for ml in prod? `kubeflow` still a thing?" gave the ML engineer's outlook: "still a
// thing" read as the role's. Said right after a skill, it asks whether the skill is used, checked of the
// role as "do ml engineers use kubeflow" is; tools asked beside it keep the question one of tools.
describe("a skill asked whether still in use", () => {
  it("checks the skill of the role", () => {
    for (const [asked, heading] of [
      ["tools for ml in prod? `kubeflow` still a thing?", "Kubeflow for a Machine Learning Engineer"],
      ["is spark still a thing for data engineers?", "Apache Spark for a Software Data Engineer"],
      ["tools for devops? jenkins still a thing?", "Jenkins for a DevOps Engineer"],
      ["is kubeflow still around for lead ml engineers", "Kubeflow for a Lead Machine Learning Engineer"],
    ] as const)
      expect(answerText(asked), asked).toContain(heading);
  });

  it("leaves the role's own 'still a thing' its outlook", () => {
    for (const [asked, heading] of [
      ["is data engineering still a thing?", "Outlook for a Software Data Engineer"],
      ["dba, is it still a thing in 2025?", "Outlook for a Database Administrator"],
    ] as const)
      expect(answerText(asked), asked).toContain(heading);
  });
});
