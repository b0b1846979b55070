import { describe, expect, it } from "vitest";
import type { Role } from "../../src/knowledge/core/schema.js";
import { occupationsOf } from "../../src/official/data.js";
import { realKnowledge } from "../support/knowledge.js";
import { lastAnswerText } from "../support/questions.js";

// Long threads where the roles change: a pick of a role the thread named before the last answer
// ("back to the first one", "the analyst one again"), a pick by a word of a name inside the question ("for
// the network one"), a correction that takes one side back, the options after an occupation start, "fe dev"
// and "be dev", "the backend one in the US", "applied scientist (genai)". Figures are read from the knowledge.
const kb = realKnowledge();
const role = (id: string) => kb.roleById.get(id) as Role;
const usd = (n: number) => `$${n.toLocaleString("en-US")}`;
const median = (id: string) => usd(occupationsOf(role(id), kb.official)[0]?.pay?.median as number);

describe("a pick of a role the thread named before its last answer", () => {
  it("reads 'back to the first one' as the thread's first role", () => {
    const answer = lastAnswerText(
      "data analyst vs data scientist pay",
      "ok the second one, what skills",
      "what about data engineer, does it pay more than that?",
      "hmm back to the first one. what does a typical day look like",
    );
    expect(answer).toContain("What a Data Analyst does");
    expect(answer).not.toContain("Data Scientist");
    const again = lastAnswerText(
      "qa engineer vs devops pay",
      "what about cloud architect, does it pay more than that?",
      "ok going back to the first one, skills?",
    );
    expect(again).toContain("Skills for a QA Engineer");
  });

  it("reads 'the analyst one again' after two moves to another role as the analyst", () => {
    const answer = lastAnswerText(
      "security analyst vs security engineer day to day",
      "ok the engineer one. skills?",
      "network admin -> security engineer, is that a common route",
      "whats the outlook for the analyst one again",
    );
    expect(answer).toContain("Outlook for an Information Security Analyst");
    expect(answer).not.toContain("Network Administrator");
  });

  it("reads 'for the network one' inside a question as that role alone", () => {
    const answer = lastAnswerText(
      "sysadmin vs network admin pay",
      "what about in chicago for the network one",
    );
    expect(answer).toContain("Network Administrator pay");
    expect(answer).not.toContain("System Administrator");
    const genai = lastAnswerText(
      "research scientist vs applied scientist (genai)",
      "what does the genai one pay",
    );
    expect(genai).toContain("Principal Applied Scientist (Generative AI) pay");
  });

  it("keeps a role named in a pick's place as that role ('for the devops one')", () => {
    const answer = lastAnswerText(
      "qa engineer vs devops outlook",
      "what would i need to learn for the devops one",
    );
    expect(answer).toContain("Skills for a DevOps Engineer");
  });
});

describe("a correction takes back one side of a comparison", () => {
  it("replaces the side named after 'not'", () => {
    const second = lastAnswerText("sre vs devops", "no wait i meant cloud architect not devops");
    expect(second).toContain("Site Reliability Engineer vs Cloud Architect");
    expect(second).not.toContain("vs DevOps");
    const first = lastAnswerText("sre vs devops pay", "no wait i meant cloud architect not sre");
    expect(first).toContain("Pay: Cloud Architect vs DevOps Engineer");
    expect(first).not.toContain("Site Reliability");
    const growth = lastAnswerText(
      "sre vs devops pay",
      "sorry i meant cloud architect, not devops",
      "which one grows faster",
    );
    expect(growth).toContain("Cloud Architect grows faster");
    expect(growth).toContain("Site Reliability Engineer");
    expect(growth).not.toContain("DevOps Engineer 8.2%");
  });
});

describe("after an occupation start with two roles offered", () => {
  it("answers 'which pays more', 'easier to get into' and 'the analyst one' of the roles", () => {
    const start = "im a registered nurse, thinking about switching to data analyst or it support";
    const pay = lastAnswerText(start, "which pays more");
    expect(pay).toContain("Pay: Data Analyst vs IT Support Specialist");
    expect(pay).toContain(median("data-analyst"));
    expect(pay).toContain(median("it-support-specialist"));
    expect(lastAnswerText(start, "and which one is easier to get into")).toContain(
      "IT Support Specialist asks less education to enter",
    );
    expect(lastAnswerText(start, "what does the analyst one do day to day")).toContain(
      "What a Data Analyst does",
    );
  });
});

describe("'fe dev', 'be dev' and other short single questions", () => {
  it("reads 'fe dev' and 'be dev' as the front-end and back-end developers", () => {
    expect(lastAnswerText("fe dev salary?")).toContain("Front-End Developer pay");
    expect(lastAnswerText("fe dev salary?", "be dev?")).toContain("Back-End Developer pay");
    expect(lastAnswerText("be devs vs fe devs pay")).toContain(
      "Pay: Back-End Developer vs Front-End Developer",
    );
    expect(lastAnswerText("should i be dev or qa")).not.toContain("Back-End");
  });

  it("reads 'salary of the backend one in the US' as its general figures, no place of that name", () => {
    const answer = lastAnswerText("fe vs be developer for a fresher", "Salary of the backend one in the US?");
    expect(answer).toContain("Back-End Developer pay");
    expect(answer).not.toContain("I have no pay figures for");
    expect(lastAnswerText("salary of a data analyst in the US")).not.toContain("I have no pay figures for");
  });

  it("reads 'a staff engineer' after an engineering manager's pay as another kind of job, asking which", () => {
    const answer = lastAnswerText("engineering manager salary bay area", "what about for a staff engineer");
    expect(answer).toContain("Which engineer do you mean?");
    expect(answer).not.toContain("Engineering Manager");
    const same = lastAnswerText("mle salary", "what about for a senior engineer");
    expect(same).toContain("Machine Learning Engineer, Senior level");
  });

  it("reads 'applied scientist (genai)' as the generative AI applied scientist", () => {
    const answer = lastAnswerText(
      "research scientist vs applied scientist (genai) — is one a senior version?",
    );
    expect(answer).toContain("Principal Applied Scientist (Generative AI)");
    expect(answer).not.toContain("Which one?");
  });
});

describe("a comparison's third side that could be several roles", () => {
  const three = "mle vs reasearch scientist vs applied scientist, whats the actual difference";

  it("asks which one beside the two named, never comparing those two alone", () => {
    const asked = lastAnswerText(three);
    expect(asked).toContain('"applied scientist" could mean more than one role');
    expect(asked).toContain("compare mle research scientist senior applied scientist");
    expect(asked).not.toContain("Machine Learning Engineer vs Computer and Information Research Scientist");
  });

  it("sets the one picked beside them, and reads a pick with an employer as its pay there", () => {
    for (const reply of ["2nd", "senior applied scientist"])
      expect(lastAnswerText(three, reply), reply).toContain(
        "Machine Learning Engineer vs Computer and Information Research Scientist vs Senior Applied Scientist (Ads Ranking)",
      );
    const pay = lastAnswerText(three, "the last one at amazon?");
    expect(pay).toContain("No figures for Amazon");
    expect(pay).toContain("Senior Applied Scientist (Ads Ranking) pay");
    expect(pay).not.toContain("What a");
    const picked = lastAnswerText("mle vs research scientist", "the last one at amazon?");
    expect(picked).toContain("No figures for Amazon");
    expect(picked).toContain("Computer and Information Research Scientist pay");
  });
});
