import { describe, expect, it } from "vitest";
import type { Role } from "../../src/knowledge/core/schema.js";
import { itRoles } from "../../src/knowledge/it-roles.js";
import { realKnowledge } from "../support/knowledge.js";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// "IT" the field asked whether it is worth entering, whether it includes a role, its best
// paid roles for someone who won't code; "it" the pronoun before a skill asked how hard it is; a working
// life question after an occupation's answer. Each answered from what the knowledge holds, and what it
// does not hold said so, never dropped.
const kb = realKnowledge();
const role = (id: string) => kb.roleById.get(id) as Role;
const it_ = itRoles(kb);
const entry = it_[0] as Role;

describe("whether IT is still a good field to get into", () => {
  it("gives the IT roles by growth, with the usual way in said", () => {
    for (const q of [
      "my nephew keeps asking me is IT still a good field to get into in 2026?",
      "is it worth getting into IT these days",
      "is IT a smart field to go into right now",
    ]) {
      const text = answerText(q);
      expect(text, q).toContain("Fastest growing IT roles");
      expect(text, q).toContain(`The usual way into IT is ${entry.name}`);
      expect(text, q).not.toContain(`How to become an ${entry.name}`);
      for (const r of it_) expect(text, q).toContain(r.name);
    }
  });

  it("leaves a certificate's worth to the certificates answer", () => {
    const text = answerText("what certs should i get to break into IT? is comptia a+ still worth it in 2026");
    expect(text).not.toContain("Fastest growing IT roles");
    expect(text).toContain(`Certifications for an ${entry.name}`);
  });
});

describe("whether IT includes a role", () => {
  it("answers for each role named from the advisor's own reading of IT, never a comparison", () => {
    const text = answerText(
      "does IT include software dev or is that its own thing? my mum says i do IT and i'm a backend dev",
    );
    for (const id of ["software-engineer", "back-end-developer"])
      expect(text).toContain(
        `Not in the narrow sense: ${role(id).name} is not one of the roles I count as IT`,
      );
    expect(text).not.toContain("What they do:");
    expect(answerText("does IT include database admins?")).toContain(
      `Yes: ${role("database-administrator").name} is one of the roles I count as IT.`,
    );
  });
});

describe("the best paid IT job for someone who doesn't want to code", () => {
  it("says the knowledge does not rate how much of the work is coding, beside the ranking", () => {
    for (const q of [
      "whats the best paid job in IT if you really don't want to code all day?",
      "best paying tech jobs without coding",
    ]) {
      const text = answerText(q);
      expect(text, q).toContain("The knowledge base has nothing on how much of the work is coding");
      expect(text, q).toContain("ranks by pay alone");
    }
    expect(answerText("which tech job has the least coding")).toContain(
      "nothing on how much of the work is coding for any role, so I cannot rank roles by it",
    );
  });
});

describe("how hard a skill is to pick up, asked of no role", () => {
  const listing = (skill: string) =>
    kb.knowledge.roles.filter((r) =>
      [...r.skills.technical, ...r.skills.frameworks, ...r.skills.tools].some(
        (s) => s.toLowerCase() === skill.toLowerCase(),
      ),
    );

  it("names the roles whose sources list it and says no source rates difficulty", () => {
    const text = answerText(
      "is it hard to pick up `kubernetes` if you're coming from a pure windows server background?",
    );
    expect(text).toContain("No source rates how hard Kubernetes is to learn");
    for (const r of listing("Kubernetes")) expect(text).toContain(r.name);
    // The background named is not what is asked.
    expect(text).not.toContain("Windows");
    expect(text).not.toContain("Which role do you mean?");
    const sql = answerText("is sql easy to pick up");
    expect(sql).toContain("No source rates how hard SQL is to learn");
    expect(sql).toContain((listing("SQL")[0] as Role).name);
  });

  it("reads the skill, not IT the field", () => {
    const u = understand("is it hard to learn python");
    expect(u.skillsAsked).toEqual(["Python"]);
    expect(u.entities.itField).toBeFalsy();
  });

  it("says difficulty is unrated for a role's skill too", () => {
    expect(lastAnswerText("devops skills", "is it hard to pick up kubernetes")).toContain(
      "No source rates how hard Kubernetes is to learn",
    );
  });
});

describe("whether an occupation is worth the stress", () => {
  it("says nothing measures stress, with the occupation's figures", () => {
    const text = lastAnswerText(
      "what do IT managers make these days?",
      "ok nice. is it worth the stress tho, he looks dead inside most days lol",
    );
    expect(text).toContain(
      "The knowledge base has nothing on stress and burnout for Computer and Information Systems Managers",
    );
    const median = kb.official?.bySoc.get("11-3021")?.pay?.median;
    expect(typeof median).toBe("number");
    expect(text).toContain(`$${(median as number).toLocaleString("en-US")}`);
  });

  it("leaves a burnt-out asker's move alone", () => {
    expect(
      answerText("nurse here (burnt out) — is moving into tech via IT support dumb? how big a pay cut"),
    ).not.toContain("nothing on stress");
  });
});
