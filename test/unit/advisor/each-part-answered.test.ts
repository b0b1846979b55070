import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../../support/official-layer.js";
import { answerText, thread } from "../../support/questions.js";

// "whats qa pay? do they need a degree? and is it remote friendly?" answered the pay and the degree, the
// remote part dropped: a part the knowledge has nothing on was no question of its own. Each part now gets
// the answer it would get alone, "nothing on that" among them, in the order asked.
describe("every part of a message of several questions is answered", () => {
  it.each([
    [
      "whats qa pay? do they need a degree? and is it remote friendly?",
      ["QA Engineer pay:", "Education for a QA Engineer:", "no figures on “remote” for QA Engineer"],
    ],
    [
      "how much do sres make and what are the hours like?",
      ["Site Reliability Engineer pay:", "nothing on working hours for a Site Reliability Engineer"],
    ],
    [
      "is qa remote friendly? and is it stressful?",
      [
        "no figures on “remote” for QA Engineer",
        "no opinion on whether working as a QA Engineer is stressful",
      ],
    ],
    [
      "whats the pay for a network admin? do they work weekends? and do i need a degree?",
      [
        "Network Administrator pay:",
        "nothing on working hours for a Network Administrator",
        "Education for a Network Administrator:",
      ],
    ],
    // A "which" after a choice already asked of asks another thing of it.
    [
      "sre vs devops, which is less stressful and which pays more",
      [
        "no opinion on whether working as a Site Reliability Engineer or a DevOps Engineer is stressful",
        "Pay: Site Reliability Engineer vs DevOps Engineer",
      ],
    ],
  ])("%s", (q, said) => {
    const text = answerText(q);
    const at = said.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it("answers no part of chatter as a question", () => {
    const [remote] = thread("whats qa pay? thanks! also is it remote friendly?");
    expect(remote?.kind === "both" && remote.parts.length).toBe(2);
    const [thanks] = thread("thanks! also what do software engineers make?");
    expect(thanks?.kind).not.toBe("both");
  });

  it("says nothing on a thing once where the answer to the whole says it already", () => {
    const [work] = thread("what does a qa do? is it stressful?");
    expect(work?.kind).toBe("answer");
  });
});

describe.skipIf(!officialLayerInstalled)("an occupation asked several things at once", () => {
  it("says first what the official figures hold nothing on, every part of it", () => {
    expect(saidWithLayer("what does a pharmacist earn, is it remote, and how stressful is it?")).toContain(
      "The knowledge base has nothing on remote work and whether the work is stressful for Pharmacists",
    );
    expect(saidWithLayer("how much do nurses make and what are the hours like?")).toContain(
      "nothing on working hours for Registered Nurses",
    );
  });

  it("says so in a follow-up about the occupation, every part of it", () => {
    expect(saidWithLayer("how much do nurses make?", "is it remote? and what are the hours like")).toContain(
      "nothing on remote work and working hours for Registered Nurses",
    );
  });

  it("says so for remote work asked alone, as for working life", () => {
    expect(saidWithLayer("is nursing remote friendly?")).toContain(
      "nothing on remote work for Registered Nurses",
    );
  });
});
