import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// The whole official layer loads once, before the first question, however busy the machine.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// A role offered as "an easier jump" beside two compared is weighed with them by what each asks to enter
// (before: the challenges of the new role alone, the two compared forgotten).
describe.skipIf(!officialLayerInstalled)("a role offered as an easier jump", () => {
  it("is set beside the roles compared, by what each asks to enter", () => {
    const said = saidWithLayer(
      "it support vs data analyst for someone like me",
      "or would software qa be an easier jump",
    );
    expect(said).toMatch(/asks the least education to enter/);
    for (const role of ["IT Support Specialist", "Data Analyst", "QA Engineer"]) expect(said).toContain(role);
    expect(said).not.toMatch(/^What a QA Engineer does/m);
  });

  it("weighs two named roles so, with no word left unread", () => {
    const said = saidWithLayer("is qa an easier jump than data analyst");
    expect(said).toMatch(/to enter.*by BLS's Employment Projections/);
    expect(said).not.toMatch(/could not read/);
  });

  it("keeps a move's other ends weighed from its start", () => {
    const said = saidWithLayer(
      "sysadmin here, want to move into devops. what am i missing",
      "how about sre instead",
      "which is the easier jump of the two",
    );
    expect(said).toContain("Options from System Administrator");
  });
});

// A kind of job named in the plural ("analysts") after a question of another role or occupation is not the
// thread's (before: the database administrator's pay, or the nurses', answered as the analysts').
describe.skipIf(!officialLayerInstalled)("a kind of job named after another", () => {
  it("asks which analyst after a database administrator or a nurse", () => {
    for (const said of [
      saidWithLayer("what does a dba do", "what do analysts make"),
      saidWithLayer("im a nurse at kaiser", "what does epic pay analysts"),
    ]) {
      expect(said).toMatch(/Which analyst do you mean\?/);
      expect(said).not.toMatch(/Database Administrator pay|Registered Nurses/);
    }
  });

  it("reads a payer typed before a kind of job as the employer, not as a title", () => {
    const said = saidWithLayer("what does Epic pay analysts");
    expect(said).toMatch(/Which analyst do you mean\?/);
    expect(said).not.toMatch(/don't cover epics/i);
  });

  it("keeps the thread's role when its name ends in that kind", () => {
    expect(saidWithLayer("data analyst salary", "what do analysts make in texas")).toContain("Data Analyst");
  });
});

// What of one's job "counts" in a move is what carries over: the move's gap (before: the experience a
// Site Reliability Engineer needs).
describe.skipIf(!officialLayerInstalled)("what of my job counts", () => {
  it("is the move's gap from the role held", () => {
    expect(saidWithLayer("im a qa engineer thinking about sre", "does any of my experience count")).toContain(
      "From QA Engineer to Site Reliability Engineer",
    );
  });
});
