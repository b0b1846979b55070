import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../../support/official-layer.js";
import { lastAnswerText } from "../../support/questions.js";

// The whole official layer loads once, before the first question, however busy the machine.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// After "what do dental hygienists make", "and is it stressful" gave the same figures again. The figures
// hold nothing on working life: the follow-up says so plainly for the thread's occupation and offers what
// they do hold, without the figure block again; as a role's answer says it has nothing on it.
describe.skipIf(!officialLayerInstalled)("working life asked after an occupation's figures", () => {
  it.each([
    ["and is it stressful", "whether the work is stressful"],
    ["how are the hours", "working hours"],
    ["is it remote?", "remote work"],
    ["what about work life balance", "work-life balance"],
    ["are they happy", "job satisfaction"],
  ])("%s: nothing on it, said for the occupation, no figures again", (asked, aspect) => {
    const text = saidWithLayer("what do dental hygienists make", asked);
    expect(text).toContain(`The knowledge base has nothing on ${aspect} for Dental Hygienists.`);
    expect(text).toContain("pay, job outlook and what it takes to start");
    expect(text).not.toContain("Median annual wage");
  });

  it("keeps the thread on the occupation for the next question", () => {
    const text = saidWithLayer(
      "what do dental hygienists make",
      "is it stressful lol",
      "ok whats the outlook",
    );
    expect(text).toContain("Projected employment change, dental hygienists");
  });

  it("still weighs the stress against the figures when asked if it is worth it", () => {
    const text = saidWithLayer("what do IT managers make these days?", "is it worth the stress tho");
    expect(text).toContain("Median annual wage");
  });
});

describe("working life asked after a role's figures", () => {
  it("says the knowledge has nothing on it for the role, then what the role does", () => {
    const text = lastAnswerText("what does a data scientist make", "are they happy");
    expect(text).toContain("nothing on job satisfaction for a Data Scientist");
    expect(text).toContain("What a Data Scientist does");
  });
});
