import { describe, expect, it } from "vitest";
import { builtInLanguage } from "../../src/understanding/intent/language.js";
import { realKnowledge } from "../support/knowledge.js";
import { lastAnswerText } from "../support/questions.js";

// Short follow-ups about one tool, certification or a degree in a thread about a role: whether that role
// needs it, by what its sources say, never a question back or the last answer again.
const answer = lastAnswerText;

describe("a follow-up naming a tool, in a thread about a role", () => {
  it("checks the tool for the thread's role, by the name people type for it", () => {
    for (const followUp of ["k8s required?", "is kubernetes required?", "kubernetes?", "what about k8s"]) {
      const text = answer("devops skills", followUp);
      expect(text).toContain("Kubernetes for a DevOps Engineer");
      expect(text).toContain("The sources for DevOps Engineer do not name Kubernetes");
      expect(text).not.toContain("Pick what you want to know");
    }
    expect(answer("data scientist skills", "python?")).toContain(
      "the sources list Python among a Data Scientist's technical skills",
    );
  });

  it("checks each tool of a choice between two", () => {
    const text = answer("front end dev skills 2025", "react or vue?");
    expect(text).toContain("React and Vue for a Front-End Developer");
    expect(text).toContain("do not name React");
    expect(text).toContain("do not name Vue");
    expect(text).not.toContain("Pick what you want to know");
  });

  it("leaves a follow-up that names a role, pay or certifications to their own answers", () => {
    expect(answer("devops skills", "and sre?")).toContain("Skills for a Site Reliability Engineer");
    expect(answer("devops skills", "does kubernetes pay more")).not.toContain("Kubernetes for a");
    expect(answer("devops skills", "aws certs?")).toContain("DevOps Engineer");
    expect(answer("devops skills", "aws certs?")).not.toContain("AWS for a");
  });
});

describe("a follow-up naming a certification", () => {
  it("says first whether the role's sources name it, then what they say of certifications", () => {
    const text = answer("it support specialist certs worth getting?", "is comptia a+ enough");
    expect(text).toContain("The sources for IT Support Specialist do not name CompTIA A+");
    expect(text).toContain("A high school diploma with relevant IT certifications can be enough");
    expect(answer("security analyst certs", "is security+ enough")).toContain(
      "do not name CompTIA Security+",
    );
    expect(answer("what does a network admin do", "is the ccna worth it?")).toContain(
      "The sources for Network Administrator do not name CCNA",
    );
  });
});

describe("a follow-up asking about having no degree", () => {
  it("says plainly that the sources describe no way in without one, with BLS's entry education", () => {
    const text = answer("how do i become a machine learning engineer", "without a degree?");
    expect(text).toContain(
      "Without a degree: none of the sources describes a way in as a Machine Learning Engineer",
    );
    expect(text).toContain("Typical entry-level education for data scientists in the US: bachelor's degree");
    expect(answer("sre pay", "no degree?")).toContain("Without a degree:");
  });

  it("says so where BLS's entry education needs no degree", () => {
    const text = answer("it support without a degree?");
    expect(text).toContain(
      "BLS gives some college, no degree as the typical entry-level education for computer user support specialists",
    );
    expect(text).toContain("A high school diploma with relevant IT certifications can be enough");
  });

  it("leaves a question of what the role needs as it was", () => {
    expect(answer("do i need a degree to be a data analyst")).not.toContain("Without a degree");
  });
});

describe("the other names of skills", () => {
  it("each stand for a skill the role files or the kinds of skill name", () => {
    const language = builtInLanguage();
    const named = new Set([
      ...realKnowledge().knowledge.roles.flatMap((r) => [
        ...r.skills.technical,
        ...r.skills.frameworks,
        ...r.skills.tools,
      ]),
      ...language.skillKinds.flatMap((k) => k.members),
    ]);
    for (const skill of Object.keys(language.skillAliases)) expect(named).toContain(skill);
  });
});
