import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "terraform required?" after a role was picked: whether the role's sources name the tool, said plainly
// where they do not, never "the knowledge base has nothing on terraform" and the role's duties.
const answer = lastAnswerText;

describe("a deployment tool no role's sources name, asked of the thread's role", () => {
  it("says the picked role's sources do not name it", () => {
    const text = answer("devops or cloud architect from sysadmin?", "the second one", "terraform required?");
    expect(text).toContain("The sources for Cloud Architect do not name Terraform");
  });

  it.each([
    ["cloud architect", "do i need terraform", "Cloud Architect do not name Terraform"],
    ["devops", "is ansible needed?", "DevOps Engineer do not name Ansible"],
    ["what does a devops engineer do", "jenkins required?", "DevOps Engineer do not name Jenkins"],
    ["sre", "do i need terraform for devops", "DevOps Engineer do not name Terraform"],
  ])("%s, then %s", (first, followUp, said) => {
    const text = answer(first, followUp);
    expect(text).toContain(said);
    expect(text).not.toContain("has nothing on");
  });
});
