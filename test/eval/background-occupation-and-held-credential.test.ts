import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { understand } from "../support/questions.js";

beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// u104 #9: the occupation told as the asker's own led the answer; the one asked of leads it now.
describe("an occupation held, told beside the one asked of", () => {
  it.skipIf(!officialLayerInstalled).each([
    [
      "im a former police officer, retired after 20 yrs on the job. what do private investigators make",
      "Private Detectives and Investigators (SOC 33-9021): official US figures",
      "Beside Police and Sheriff's Patrol Officers",
    ],
    [
      "i was a nurse for 15 years. what do medical coders make",
      "Medical Records Specialists (SOC 29-2072): official US figures",
      "Beside Registered Nurses",
    ],
  ])("%s: the one asked leads", (asked, heading, beside) => {
    const said = saidWithLayer(asked);
    expect(said.startsWith(heading), said.slice(0, 80)).toBe(true);
    expect(said).toContain(beside);
  });

  it.skipIf(!officialLayerInstalled)("keeps the order named where neither is told as one's own", () => {
    expect(saidWithLayer("accountant vs bookkeeper pay")).toMatch(/^Accountants and Auditors/);
  });
});

// u104 #10: a credential held (lapsed) beside skills asked turned the question into one of certifications.
describe("skills asked beside a credential only held", () => {
  it("stays a skills question", () => {
    for (const q of [
      "what skills do i need for IT nowadays? i got my A+ back in 2009 then spent 12 yrs raising kids, pretty sure its expired",
      "what skills does a network admin need, i got my ccna last year",
    ])
      expect(understand(q).intent, q).toBe("skills");
  });

  it("keeps certifications asked", () => {
    expect(understand("what certifications do i need for IT").intent).toBe("education");
    expect(understand("i have my a+, what certs and skills should i get next for IT").intent).toBe(
      "education",
    );
  });
});
