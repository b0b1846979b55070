import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// eval:noise: chat's short words were misread: "r it helpdesk techs in demand" (market, not the outlook),
// "what positions r in ur knowledge base" (refused), "ppl skills needed" (skills, not soft skills). They are
// spelt out before the question is read, except where they name something else: R the language, an RN.
describe("chat's short words", () => {
  it("reads 'r', 'u', 'ur', 'ppl', 'hw', 'cn', 'idk' as the words they stand for", () => {
    expect(answerText("r it support techs in demand")).toContain("Outlook for an IT Support Specialist");
    expect(answerText("what positions r in ur knowledge base")).toContain("Roles I know");
    for (const [typed, inFull] of [
      ["ppl skills needed for a data scientist", "people skills needed for a data scientist"],
      ["which industries r adopting machine learning", "which industries are adopting machine learning"],
      ["what else can u tell me abt sre", "what else can you tell me about sre"],
      ["hw much does an sre make", "how much does an sre make"],
      ["cn i become a data analyst without a degree", "can i become a data analyst without a degree"],
      [
        "idk which pays more, data analyst or data engineer",
        "i don't know which pays more, data analyst or data engineer",
      ],
      ["is devops worth it tho, bc i like coding", "is devops worth it though, because i like coding"],
    ] as const) {
      const [short, full] = [understand(typed), understand(inFull)];
      expect([short.intent, short.roles.map((r) => r.id)], typed).toEqual([
        full.intent,
        full.roles.map((r) => r.id),
      ]);
    }
  });

  it("keeps R the language and RN the nurse", () => {
    expect(understand("learn r or python for data science").entities.masked).toContain("r");
    expect(understand("do data analysts use r?").entities.masked).toContain("r");
    expect(understand("rn salary in texas").entities.masked).not.toContain("now");
    expect(understand("rn of 6 years, considering data analytics").entities.masked).not.toContain("now");
    expect(understand("what does a data analyst earn rn").entities.masked).not.toContain("rn");
  });

  // "ok what about growth tho, which one has more openings" after a move: "tho" named the topic the knowledge
  // had nothing on ("though"); it is a filler word, and the question is the two roles' openings.
  it("reads 'tho' as no topic", () => {
    const said = lastAnswerText(
      "ive been a qa engineer for 6 yrs, thinking of moving into data analytics. worth it?",
      "ok what about growth tho, which one has more openings",
    );
    expect(said).toContain("On BLS's projected openings each year, 2024–34, Data Analyst has more");
    expect(said).not.toContain("though");
  });
});
