import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/advisor/ask.js";
import { type KnowledgeBase, loadKnowledgeBase } from "../../src/knowledge/base.js";
import type { Role } from "../../src/knowledge/core/schema.js";
import { readSubset, writeLayer } from "../../src/official/files.js";
import { renderText } from "../../src/render/plain-text.js";
import { understanderFor } from "../../src/understanding/understand.js";
import { knowledgeDir } from "../support/knowledge.js";

// A job title is read whole, and an official occupation a curated role is answered as that role:
// "IT auditor" is an O*NET title of its own, not an auditor with "IT" dropped; a title under several
// occupations offers the curated role that is one of them, never says that role is not covered.
// The committed subset keeps only the titles each occupation holds alone, so the titles O*NET lists under
// several occupations are added to a layer built from it, as the full import has them.
const shared: Record<string, string[]> = {
  "15-1211": [
    "IT Auditor (Information Technology Auditor)",
    "IT Consultant (Information Technology Consultant)",
  ],
  "15-1212": [
    "IT Auditor (Information Technology Auditor)",
    "Information Technology Consultant (IT Consultant)",
  ],
  "15-1253": [
    "Information Technology Consultant (IT Consultant)",
    "Quality Assurance Engineer (QA Engineer)",
  ],
};

let work: string;
let kb: KnowledgeBase;
beforeAll(() => {
  const subset = readSubset(knowledgeDir);
  if (!subset) throw new Error("no committed official subset");
  const occupations = subset.occupations.map((o) =>
    o.onet && shared[o.soc]
      ? { ...o, onet: { ...o.onet, titles: [o.onet.titles, ...(shared[o.soc] ?? [])].join("\n") } }
      : o,
  );
  work = mkdtempSync(path.join(tmpdir(), "whole-titles-"));
  writeLayer(work, { ...subset, occupations });
  kb = loadKnowledgeBase(knowledgeDir, { officialDir: work });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const role = (id: string) => kb.roleById.get(id) as Role;
const understand = (q: string) => understanderFor(kb).understand(q);
const answer = (q: string) => renderText(answerQuestion(kb, q));

describe("a title with a word before an occupation's name", () => {
  it("is read whole: 'IT auditor' is the O*NET title, not the listed auditor", () => {
    const [asked] = understand("IT auditor salary?").entities.uncovered;
    expect(asked?.typed).toBe("it auditor");
    expect(asked?.official).toEqual(["15-1211", "15-1212"]);
    const text = answer("IT auditor salary?");
    expect(text).not.toContain("Accountants and Auditors");
    expect(text).toContain(`which I cover as ${role("systems-analyst").name}`);
    expect(text).toContain(`which I cover as ${role("security-analyst").name}`);
  });

  it("leaves an occupation's name alone where no longer title holds it", () => {
    expect(understand("auditor salary").entities.uncovered[0]?.typed).toBe("auditor");
  });
});

describe("a title O*NET lists under several occupations", () => {
  it("offers the curated role that is one of them, and never says it is not covered", () => {
    const text = answer("IT consultant salary");
    expect(text).not.toContain("I don't cover");
    expect(text).toContain(
      `Computer Systems Analysts (15-1211), which I cover as ${role("systems-analyst").name}`,
    );
    expect(text).toContain(`which I cover as ${role("qa-engineer").name}`);
    expect(text).toContain(`career role ${role("systems-analyst").name.toLowerCase()}`);
  });
});

describe("the curated role an official occupation is", () => {
  it("is the one called by the occupation's own title where several roles count it", () => {
    // Security Engineer counts Information Security Analysts too; Information Security Analyst is it.
    expect(understand("cyber security analyst salary").roles.map((r) => r.id)).toEqual(["security-analyst"]);
  });
});
