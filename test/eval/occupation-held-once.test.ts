import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { answerText, understand } from "../support/questions.js";

// An occupation held once ("i was a store manager"), told before a role said held now ("i'm basically a qa
// engineer"), is the story, not where a move starts: before, the move from General and Operations Managers
// was answered and the QA engineer the question weighed was lost.
describe("an occupation held once, before a role held now", () => {
  it("is no side of the question", () => {
    const u = understand(
      "i was a store manager for 8 yrs then got moved to systems at HQ. my boss says i'm basically a qa engineer. qa engineer vs devops engineer, who's right?",
    );
    expect(u.entities.uncovered).toEqual([]);
    expect(u.roles.map((r) => r.id)).toEqual(["qa-engineer", "devops-engineer"]);
  });

  it("leaves the move from the role held now", () => {
    const text = answerText(
      "i was a store manager for 8 yrs, now im basically a qa engineer. should i aim for devops engineer?",
    );
    expect(text).toContain("From QA Engineer to DevOps Engineer");
  });
});

describe.skipIf(!officialLayerInstalled)("an occupation held now", () => {
  it("still starts the move", () => {
    const text = saidWithLayer("im a librarian, should i move into data analyst?");
    expect(text).toContain("From Librarians and Media Collections Specialists to Data Analyst");
  });
});
