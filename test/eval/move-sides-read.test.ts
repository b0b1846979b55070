import { describe, expect, it } from "vitest";
import { occupationsOf } from "../../src/official/data.js";
import { realKnowledge } from "../support/knowledge.js";
import { answerText, lastAnswerText } from "../support/questions.js";

// Moves read from words that name their sides loosely — "go for", "going back to ic", "leaving …
// for", a field held ("im in analytics"), short names people type ("netadmin", "appsec", "de", "dev"), and
// an occupation outside tech named first ("cashier wanting to get into tech, maybe help desk?"). Each is
// answered as a move: both sides' pay and outlook, then what to learn.
const answer = lastAnswerText;

/** The official median a role's first occupation has in the knowledge, as the answers write it. */
function median(roleId: string): string {
  const kb = realKnowledge();
  const role = kb.roleById.get(roleId);
  const pay = role ? occupationsOf(role, kb.official)[0]?.pay?.median : undefined;
  if (typeof pay !== "number") throw new Error(`no official median for ${roleId}`);
  return `$${pay.toLocaleString("en-US")}`;
}

/** What a move's answer shows: its heading, both sides' pay and outlook. */
function expectMove(text: string, from: string, to: string, medians: string[]) {
  expect(text).toMatch(new RegExp(`^From ${from} to ${to}`));
  expect(text).toContain("Pay side by side");
  expect(text).toContain("Outlook side by side");
  for (const m of medians) expect(text).toContain(m);
}

describe("a move whose end is named by words of going for it", () => {
  it("reads 'go for' a role after the thread's role as the move from it", () => {
    const text = answer("im a dba", "should i go for data architect");
    expectMove(text, "Database Administrator", "Data Architect", [
      median("database-administrator"),
      median("data-architect"),
    ]);
  });

  it("reads 'go' right before a role, with a short name for where it starts", () => {
    const text = answerText("netadmin wanting to go cloud architect");
    expectMove(text, "Network Administrator", "Cloud Architect", [
      median("network-administrator"),
      median("cloud-architect"),
    ]);
  });

  it("leaves 'go for' that is not before a role alone", () => {
    expect(answerText("what certs should i go for as a devops engineer")).not.toContain("Pay side by side");
  });
});

describe("a move back, or away for something", () => {
  it("reads 'going back to ic swe' as the move to the software engineer", () => {
    expectMove(
      answerText("eng manager going back to ic swe? thoughts"),
      "Engineering Manager",
      "Software Engineer",
      [median("engineering-manager"), median("software-engineer")],
    );
  });

  it("reads 'for' a role after a word of leaving as where the move leads", () => {
    const text = answerText("research scientist leaving academia-ish work for data science, worth it?");
    expectMove(text, "Computer and Information Research Scientist", "Data Scientist", [
      median("research-scientist"),
      median("data-scientist"),
    ]);
  });
});

describe("a move whose sides are short names or fields", () => {
  it("reads 'de' as the data engineer and 'manual testing' as QA", () => {
    expectMove(answerText("de -> ds worth it"), "Software Data Engineer", "Data Scientist", [
      median("software-data-engineer"),
      median("data-scientist"),
    ]);
    expectMove(
      answerText("is moving from manual testing to data science a good idea"),
      "QA Engineer",
      "Data Scientist",
      [median("qa-engineer"), median("data-scientist")],
    );
  });

  it("reads 'appsec' as the security engineer", () => {
    expectMove(answerText("swe interested in moving to appsec"), "Software Engineer", "Security Engineer", [
      median("software-engineer"),
      median("security-engineer"),
    ]);
    expect(answerText("netadmin salary")).toContain("Network Administrator");
  });

  it("reads a field held ('im in analytics') as the analyst, with the roles weighed as options from it", () => {
    const text = answerText("im in analytics, ds or de — which should i move into");
    expect(text).toContain("Options from Data Analyst, side by side.");
    expect(text).toContain(median("data-scientist"));
    expect(text).toContain(median("software-data-engineer"));
  });

  it("reads a bare 'dev' as where a move leads as the software engineer, as 'developer' is", () => {
    for (const q of ["should i switch from qa to dev", "qa to dev worth it?"])
      expectMove(answerText(q), "QA Engineer", "Software Engineer", [
        median("qa-engineer"),
        median("software-engineer"),
      ]);
    // Still a longer name when one goes on from it.
    expect(answerText("should i switch from qa to dev ops")).not.toContain("to Software Engineer");
  });
});

describe("a move from an occupation outside tech", () => {
  it("sets the occupation beside the role for 'work in' a field and for a job named first", () => {
    for (const [q, start] of [
      ["i work in customer service, could i move into it support", "customer service"],
      ["cashier wanting to get into tech, maybe help desk?", "cashier"],
    ] as const) {
      const text = answerText(q);
      expect(text).toMatch(new RegExp(`^From ${start} to IT Support Specialist`, "i"));
      expect(text).toContain("Pay side by side");
      expect(text).toContain(median("it-support-specialist"));
    }
  });
});
