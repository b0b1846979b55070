import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { answerText } from "../support/questions.js";

// "is it hard to get into it with no degree": getting into the field said with no "how", the degree lacking
// only how the person starts, asks the way in (before: the roles that need no degree, ranked by pay).
describe("getting into the field with no degree, said with no 'how'", () => {
  it("answers the way into IT, not a ranking", () => {
    const asked = [
      "is it tough to break into it without a degree",
      "can i get into it with no degree",
      "is a network+ worth it or pointless, trying to break into it with no degree",
      "how hard is it to get into tech with no college degree",
    ];
    for (const q of asked) {
      const text = answerText(q);
      expect(text, q).not.toContain("Best paid roles that need no degree");
      expect(text, q).toMatch(/IT Support Specialist|Software Engineer|tech/);
    }
  });

  it("still ranks the jobs that need no degree when they are what is asked", () => {
    expect(answerText("which jobs need no degree")).toContain("Best paid roles that need no degree");
  });
});

// "what do retail sales workers make": a field's name followed by a noun for its people is the field's
// occupation (before: declined as not covered); "who makes more" asked of a job leads with its pay.
describe.skipIf(!officialLayerInstalled)("a field's people and a later, longer title", () => {
  it("reads a field's workers, staff or people as its occupation, their pay asked", () => {
    const cases: [string, string][] = [
      ["what do retail sales workers even make nationally", "Median annual wage, retail salespersons (US)"],
      ["how much do hr staff make", "Median annual wage, human resources specialists (US)"],
      [
        "what do marketing people earn",
        "Median annual wage, market research analysts and marketing specialists",
      ],
    ];
    for (const [q, said] of cases) {
      const text = saidWithLayer(q);
      expect(text, q).toContain(said);
      expect(text, q).not.toContain("I don't cover");
      expect(text, q).not.toContain("hold no description of what");
    }
  });

  it("takes the title said in more words after a one-word field of the same job", () => {
    const cases: [string, string][] = [
      ["is teaching a good plan b? what do high school teachers earn", "Secondary School Teachers"],
      ["is teaching worth it? what do elementary school teachers make", "Elementary School Teachers"],
      [
        "thinking about teaching as a backup, how much do middle school teachers earn",
        "Middle School Teachers",
      ],
    ];
    for (const [q, said] of cases) {
      const text = saidWithLayer(q);
      expect(text, q).toContain(said);
      expect(text, q).not.toContain("Which one?");
    }
  });
});

// "is ml oversaturated for juniors rn": how crowded a job is for those starting asks its outlook, not entry
// pay, nor (read as a guess) what the job does.
describe("a job asked as crowded for those starting", () => {
  it("gives the role's outlook", () => {
    const asked: [string, string][] = [
      ["is ml oversaturated for new grads rn, be honest", "Outlook for a Machine Learning Engineer"],
      ["is data science oversaturated for juniors rn", "Outlook for a Data Scientist"],
      ["is ml saturated for entry level right now", "Outlook for a Machine Learning Engineer"],
    ];
    for (const [q, said] of asked) {
      const text = answerText(q);
      expect(text, q).toContain(said);
      expect(text, q).not.toContain("Entry level: $");
    }
  });
});
