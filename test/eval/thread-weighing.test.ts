import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Follow-ups that weigh what the thread has covered: two roles asked about one after the other, options
// from the role held, a word of pay or growth alone, a pick by an ordinal alone.
const answer = lastAnswerText;

describe("weighing what the thread has covered", () => {
  it("sets the two roles asked about one after the other side by side", () => {
    expect(answer("what does an EM do", "and a PM?", "who makes more")).toContain(
      "Pay: Engineering Manager vs Product Manager",
    );
    expect(
      answer(
        "tell me about infosec analysts",
        "growth?",
        "and security engineers?",
        "which has more openings",
      ),
    ).toContain("Computer occupations, all other counts many jobs besides Security Engineer");
  });

  it("answers a word of growth or pay alone for the thread's role or roles", () => {
    expect(answer("tell me about infosec analysts", "growth?")).toContain(
      "Outlook for an Information Security Analyst",
    );
    expect(answer("compare data analyst, data scientist and data engineer", "which earns most")).toContain(
      "Pay: Data Analyst vs Data Scientist vs Software Data Engineer",
    );
  });

  it("weighs options from the role held, said in the same message or before", () => {
    expect(answer("i'm a data analyst. data science or product management next?")).toContain(
      "Options from Data Analyst",
    );
    expect(answer("i work as a qa analyst", "thinking devops or sre next")).toContain(
      "Options from QA Engineer",
    );
    // Two roles compared with no role held are only compared.
    expect(answer("mle vs swe", "which pays more")).not.toContain("Options from");
  });

  it("reads an option picked after options from the role held as the move to it", () => {
    const options =
      "been a data analyst for 3 yrs. should i switch to product manager or data scientist? :thinking_face:";
    expect(answer(options)).toContain("For what each move takes, pick its skill gap below");
    for (const [pick, to] of [
      ["the first one", "Product Manager"],
      ["how about the first one", "Product Manager"],
      ["2nd", "Data Scientist"],
      ["the data scientist one", "Data Scientist"],
    ] as const) {
      const text = answer(options, pick);
      expect(text, pick).toMatch(new RegExp(`^From Data Analyst to ${to}`));
      expect(text, pick).not.toContain(`What a ${to} does`);
    }
    // A skill checked after the move is checked of where it leads.
    expect(answer("sysadmin here. cloud architect or devops?", "2nd", "kubernetes needed?")).toContain(
      "Kubernetes for a DevOps Engineer",
    );
  });

  it("picks by an ordinal alone", () => {
    expect(answer("frontend vs mobile dev", "the 2nd")).toContain("What a Mobile Developer does");
    expect(answer("frontend vs mobile dev", "how about the first one")).toContain(
      "What a Front-End Developer does",
    );
  });

  it("reads chat's 'em' for 'them' after a word that takes one", () => {
    expect(
      answer("what tools does a data engineer use", "what about a data architect", "any overlap between em?"),
    ).toContain("What Software Data Engineer and Data Architect have in common");
  });
});

describe("a role set beside the thread's occupation", () => {
  it("keeps the occupation and sets the role's median beside it", () => {
    // The committed figures hold the curated roles' occupations only: Web Developers is one of them.
    const text = answer("what do web developers make", "vs a dba?");
    expect(text).toContain("Web Developers (SOC 15-1254)");
    expect(text).toContain("Beside Database Administrator");
  });
});

describe("an occupation set beside another or a role", () => {
  it("says which grows faster on the same release's projections", () => {
    const text = answer("what do web developers make", "vs a dba?");
    expect(text).toMatch(
      /Projected employment change, 2024–34: -?[\d.]+% here, -?[\d.]+% for Database Administrator\./,
    );
    expect(text).toMatch(/Web Developers grow (faster|and Database Administrator declines)/);
  });
});

describe("fresh-user round 8", () => {
  it("reads a question ending on a verb of earning as pay", () => {
    expect(answer("whats a junior ml engineer make")).toContain("Machine Learning Engineer, Entry level");
  });

  it("weighs the thread's two roles for 'which one is more technical'", () => {
    expect(answer("pm vs em?", "which one is more technical")).toContain(
      "Product Manager vs Engineering Manager",
    );
  });

  it("reads an engineer's move 'into management' as the move into engineering management", () => {
    const text = answer("how do i move from swe into management");
    expect(text).toContain("From Software Engineer to Engineering Manager");
  });

  it("says a role's files name no tools rather than showing skills under a heading of tools", () => {
    expect(answer("what does an sre do", "what tools do they use")).toContain(
      "The knowledge base lists no tools or frameworks for Site Reliability Engineer",
    );
  });
});

describe("two occupations set side by side", () => {
  it("keeps the one set beside for a follow-up that weighs them", () => {
    // The committed figures hold the curated roles' occupations only; one no role is named after, by its code.
    const text = answer("what do web developers make", "vs 15-1299?", "which is growing faster");
    expect(text).toContain("Computer Occupations, All Other (SOC 15-1299)");
    expect(text).toMatch(/Beside Web Developers: .*Projected employment change/);
  });
});
