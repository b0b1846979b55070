import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { lastAnswerText } from "../support/questions.js";

// The whole official layer loads once, before the first question, however busy the machine.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// Jobs "for a beginner" are those to start in, ranked as entry-level jobs are; a job said held ("pastor
// here") beside them is who asks (before: Clergy's figures, or the best paid IT roles).
describe("jobs for a beginner", () => {
  it.skipIf(!officialLayerInstalled)("ranks the roles to start in, whoever asks", () => {
    for (const q of [
      "pastor here, been leading a small congregation ~15 yrs and the church cant afford me much longer which jobs in IT are ok for a total beginner and what do they pay",
      "which IT jobs are good for beginners",
      "best IT jobs for a beginner",
      "barista here, which tech jobs are good for beginners",
    ]) {
      const text = saidWithLayer(q);
      expect(text, q).toContain("Entry-level roles");
      expect(text, q).toContain("IT Support Specialist");
      expect(text, q).not.toContain("(SOC ");
    }
  });
});

// Two roles set side by side and one asked for by what sets them apart ("which is easier to get into",
// "which pays more"): their comparison, the occupation held only who asks (before: the occupation's card).
// Asked of what suits the one asking ("which is realistic for me") the options stay weighed from it.
describe("roles compared by someone who holds an occupation", () => {
  it.skipIf(!officialLayerInstalled)("compares the roles", () => {
    const easier = saidWithLayer(
      "been driving otr for 11 yrs, back is shot. netwrok admnistrator or cyber secuirty analyst which one is easier to get into for someone with no degree",
    );
    expect(easier).toContain("Network Administrator asks less related work experience to enter");
    expect(easier).not.toContain("Heavy and Tractor-Trailer Truck Drivers (SOC");
    const pays = saidWithLayer("im a nurse, data analyst vs it support which pays more");
    expect(pays).toContain("Pay: Data Analyst vs IT Support Specialist");
  });

  it.skipIf(!officialLayerInstalled)("keeps the options from the occupation without such a measure", () => {
    expect(saidWithLayer("im a nurse, data analyst or it support?")).toContain("Beside Data Analyst");
  });
});

// A role named and one of the thread's roles picked after a word of becoming: the move from the one named
// to the one picked (before: the named role's skills, the pick dropped).
describe("a role named becoming the one picked", () => {
  it("is the move between them", () => {
    expect(
      lastAnswerText(
        "databse admin vs data archtect whats the actual difference and pay",
        "what skills would a dba need to become the 2nd one",
      ),
    ).toContain("From Database Administrator to Data Architect");
    expect(
      lastAnswerText("devops engineer vs sre pay", "how would a devops engineer become the second one"),
    ).toContain("From DevOps Engineer to Site Reliability Engineer");
  });
});
