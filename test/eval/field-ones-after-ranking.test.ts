import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// words-f: "what about the network ones" after a ranking was read as the ML market; a field's word before
// "ones", "jobs" or "roles" names that field's roles, ranked by what the thread's ranking (or the role's pay
// or outlook) asked, or asked back which of them for another question of one role.
describe("a field's roles asked after a ranking", () => {
  it.each([
    [
      ["jobs in IT that pay well without much coding?", "what about the network ones"],
      "Best paid roles (network)",
    ],
    [["which roles pay best", "and the cloud ones?"], "Best paid roles (cloud)"],
    [["fastest growing jobs", "what about the data ones"], "Fastest growing roles (data)"],
    [["best paid jobs", "what about the security roles"], "Best paid roles (security)"],
  ])("ranks the field's roles: %j", (messages, title) => {
    const text = lastAnswerText(...messages);
    expect(text).toContain(title);
    expect(text).not.toContain("Demand for ML engineers");
  });

  it.each([
    [["data analyst salary", "what about the network ones"], "Best paid roles (network)"],
    [["is data analyst growing", "what about the security roles"], "Fastest growing roles (security)"],
  ])("ranks the field's roles by a role's pay or outlook asked before: %j", (messages, title) => {
    expect(lastAnswerText(...messages)).toContain(title);
  });

  it("asks which of the field's roles after another question of one role", () => {
    const text = lastAnswerText("what does a data analyst do", "and the cloud jobs?");
    expect(text).toContain("Which cloud role do you mean?");
    expect(text).toContain("career role cloud architect");
  });

  it("leaves 'the cloud ones' after a role's skills to that role's cloud tools", () => {
    const text = lastAnswerText("what skills does a data analyst need", "what about the cloud ones");
    expect(text).not.toContain("Best paid roles");
    expect(text).toContain("Data Analyst");
  });
});

// Past bug: "which IT jobs are network ones" ranked every IT role, the field word left unread, and
// "which of those needs the fewest certs" then compared its first three as roles. "Those" are every role
// the ranking listed, weighed by what their sources say of certifications, which no source counts.
describe("the roles a ranking listed, weighed by their certifications", () => {
  it.each(["which IT jobs are network ones", "what are the network jobs in IT"])(
    "reads the field's word of %s",
    (question) => {
      expect(lastAnswerText(question)).toContain("Best paid roles (network)");
    },
  );

  it.each([
    ["which IT jobs are network ones", "which of those needs the fewest certs"],
    ["best paid network jobs", "which of them needs the least certifications"],
  ])("weighs every role listed: %s, %s", (...messages) => {
    const text = lastAnswerText(...messages);
    expect(text).toContain("No source counts how many certifications a role needs");
    // The network roles are those "network" names (r85: before, also every role one of whose other names
    // has it, Cloud Architect first).
    for (const role of ["Network Architect", "Network Administrator"])
      expect(text).toMatch(new RegExp(`for an? ${role}:`));
    expect(text).not.toMatch(/^Network Architect vs/m);
  });

  it("weighs only the roles listed, not others of the thread", () => {
    const text = lastAnswerText("best paid IT jobs", "of those, which needs fewest certs");
    expect(text).toContain("for a System Administrator:");
    expect(text).not.toContain("Cloud Architect");
  });
});
