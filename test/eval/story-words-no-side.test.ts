import { describe, expect, it } from "vitest";
import { isMedian } from "../../src/advisor/parts/answer-parts.js";
import { realKnowledge } from "../support/knowledge.js";
import { answerText } from "../support/questions.js";

// A paragraph tells a story, and its other nouns (who gave advice, where the field is heading,
// the jobs held before, a word near an occupation's title) are no side of the question; a UK city is a
// place abroad.
const kb = realKnowledge();

/** A role's official median as the answers print it ("$61,860"). */
function medianOf(id: string): string {
  const value = kb.roleById.get(id)?.salary?.government?.find(isMedian)?.value;
  if (value === undefined) throw new Error(`no official median for ${id}`);
  return `$${value.toLocaleString("en-US")}`;
}

describe("words of the person's story", () => {
  it("reads no occupation from words run together ('i love data', 'at a hospital. it's')", () => {
    const text = answerText(
      "so i'm doing IT support but honestly i love data. is it worth going data analyst first or straight to data scientist? what do they each earn?",
    );
    expect(text).toContain("Options from IT Support Specialist");
    expect(text).not.toContain("Data Entry");
    for (const message of [
      "i'm a sysadmin at a hospital. it's fine. would cloud architect pay more?",
      "i work at a hospital as a data analyst. is data scientist a good move?",
    ])
      expect(answerText(message)).not.toMatch(/hospitalist/i);
  });

  it("takes no adviser as a side: 'the IT director at my place said', 'IT recruiter told me'", () => {
    const director = answerText(
      "so the IT director at my place said it'd be good for me to look at product management. i'm a systems analyst. is it a good move? does pm pay more?",
    );
    expect(director).toMatch(/^From Computer Systems Analyst to Product Manager$/m);
    expect(director).not.toContain("Computer and Information Systems Managers");
    const recruiter = answerText(
      "frontend dev. IT recruiter told me mobile is where it's at. is that true? do mobile devs make more?",
    );
    expect(recruiter).toContain("Front-End Developer vs Mobile Developer");
    expect(recruiter).toContain(medianOf("front-end-developer"));
  });

  it("reads where the field is heading as no option ('it's all going to AI')", () => {
    for (const message of [
      "my uncle says IT is dying and that it's all going to AI. i'm a network admin. is it smart to jump to security engineering now, or is that just as at risk?",
      "everyone says it's all going to AI. i'm a sysadmin. should i move to devops?",
    ]) {
      const text = answerText(message);
      expect(text).toMatch(/^From (Network|System) Administrator to (Security|DevOps) Engineer$/m);
      expect(text).not.toContain("Machine Learning Engineer");
    }
  });

  it("starts options from the job held now or last, not the history before it", () => {
    const now = answerText(
      "IT helpdesk → QA → now QA engineer for 2 yrs. It's been good but it's time. SWE or devops next, which pays better?",
    );
    expect(now).toContain("Options from QA Engineer");
    expect(now).not.toContain("IT Support Specialist");
    const spells = answerText(
      "my IT career: 2 yrs helpdesk, 3 yrs sysadmin. it's gone ok. should i go devops or security engineer? what pays better and which is growing faster?",
    );
    expect(spells).toContain("Options from System Administrator");
    expect(spells).toContain("DevOps Engineer vs Security Engineer");
    expect(
      answerText("helpdesk, then sysadmin, now devops engineer. should i go SRE or cloud architect?"),
    ).toContain("Options from DevOps Engineer");
  });
});

describe("a UK city", () => {
  it("is said to be outside the US before US figures", () => {
    for (const [message, city] of [
      [
        "Working in IT as a systems administrator in Manchester. It's decent but I think it's time to move on. Would cloud architect pay more, roughly?",
        "Manchester",
      ],
      ["how much does a software engineer make in Leeds?", "Leeds"],
    ] as const) {
      // A move's answer ("would cloud architect pay more" from the job held) says it as the pay does.
      const text = answerText(message);
      expect(text).toContain(city);
      expect(text).toContain("outside the US: every figure I hold is a US one");
    }
  });
});
