import { describe, expect, it } from "vitest";
import type { Answer } from "../../../src/advisor/answers.js";
import { answerQuestion } from "../../../src/advisor/ask.js";
import { stem, tokenize } from "../../../src/knowledge/core/text.js";
import { renderText } from "../../../src/render/plain-text.js";
import { mentionsDropped, stripSlackMarkup } from "../../../src/understanding/text/slack-text.js";
import { realKnowledge } from "../../support/knowledge.js";
import { answerText, thread, understand } from "../../support/questions.js";

const kb = realKnowledge();

describe("normalising", () => {
  it("reads Slack markup as the words a person sees", () => {
    expect(
      stripSlackMarkup(
        mentionsDropped("<@U123> what does <#C1|ml-team> say about *MLOps* :rocket: <https://x.io|this>?"),
      ),
    ).toBe("what does ml-team say about  MLOps    this?");
  });

  it("stems plurals, possessives and verb forms with Porter2", () => {
    expect(["engineers", "engineer's", "engineer"].map((w) => stem(tokenize(w)[0] ?? ""))).toEqual([
      "engin",
      "engin",
      "engin",
    ]);
    expect(stem("hiring")).toBe(stem("hires"));
    expect(stem("c++")).toBe("c++");
  });
});

describe("entities", () => {
  it("finds a role however it is inflected", () => {
    for (const q of [
      "which industries hire lead machine learning engineers?",
      "what are lead ML engineers' tools",
      "lead machine learning engineer's education",
    ])
      expect(understand(q).roles.map((r) => r.id)).toEqual(["lead-machine-learning-engineer"]);
  });

  it("finds level, place and company", () => {
    const u = understand("what do senior ml engineers at meta make in seattle");
    expect([u.level, u.place, u.company]).toEqual(["senior", "seattle", "Meta"]);
  });

  it("tells which role a move starts from and which it aims at", () => {
    const a = understand("I'm a software engineer, what skills am I missing to become an ML engineer?");
    expect([a.from?.id, a.to?.id]).toEqual(["software-engineer", "machine-learning-engineer"]);
    const b = understand("how do I switch to data engineering from full stack development");
    expect([b.from?.id, b.to?.id]).toEqual(["full-stack-developer", "software-data-engineer"]);
  });

  it("finds occupations the knowledge does not cover, and a covered name wins over a title inside it", () => {
    expect(understand("how much do nurses make in Seattle").entities.uncovered[0]?.occupation.name).toBe(
      "Nurse",
    );
    expect(understand("what skills does a big data cloud engineer need").roles.map((r) => r.id)).toEqual([
      "big-data-cloud-engineer",
    ]);
    expect(understand("how big will the machine learning market be by 2027").entities.uncovered).toEqual([]);
  });

  it("reads a kind of skill", () => {
    expect(understand("which databases should a software data engineer know").entities.skillKind?.id).toBe(
      "databases",
    );
  });
});

describe("intent classification", () => {
  it.each([
    ["what should I learn to become a data science engineer", "gap"],
    ["what comes after lead machine learning engineer", "path"],
    ["which pays more, MLE or SWE?", "payCompare"],
    ["what do mle and swe have in common", "common"],
    ["which company pays ml engineers the most", "payRanking"],
    ["what are the biggest challenges ML engineers face", "challenge"],
    ["how fast are ML engineer job postings growing", "market"],
    ["whats the salery of a data engineer", "salary"],
  ])("%s → %s", (question, intent) => {
    const u = understand(question);
    expect(u.intent).toBe(intent);
    expect(u.confidence).toBeGreaterThan(0.3);
  });

  it("reads emoji, another language and questions with no career word in them as off topic", () => {
    for (const q of ["🍕🍕🍕", "機械学習", "what's the fastest land animal", "recipe for banana bread pls"])
      expect(answerQuestion(kb, q).kind).toBe("out-of-scope");
  });
});

describe("the defects of issue 10", () => {
  it.each([
    ["how much do nurses make in Seattle", "Nurses"],
    ["what does a platform engineer earn", "Platform Engineers"],
    ["how much does a ux designer make in Seattle", "UX Designers"],
  ])("%s → not covered, with no other role's figures", (question, name) => {
    const a = answerQuestion(kb, question);
    expect(a.kind).toBe("out-of-scope");
    const t = renderText(a);
    expect(t).toContain(`I don't cover ${name} yet`);
    expect(t).toContain("knowledge/README.md");
    expect(t).not.toMatch(/\$\d/);
  });

  it("names the closest covered roles for an uncovered tech role", () => {
    const a = answerQuestion(kb, "platform engineer salary in Seattle");
    expect(a.kind === "out-of-scope" && a.nearest.map((r) => r.id)).toContain("site-reliability-engineer");
  });

  it("gives an uncovered occupation's own official figures, labelled as that occupation's", () => {
    const t = answerText("how much does a cio make");
    expect(t).toContain("Computer and Information Systems Managers (SOC 11-3021): official US figures");
    expect(t).toContain("“cio” is read as Computer and Information Systems Managers");
    expect(t).toContain("$175,140 (BLS OEWS, May 2025");
  });
});

describe("the roles issue 14 added, which issue 10 answered as not covered", () => {
  it.each([
    ["what does a product manager earn", "Product Manager", "no salary figure for Product Manager"],
    ["devops engineer salary in Seattle", "DevOps Engineer", "Median annual wage, software developers (US)"],
    ["how much do data scientists make", "Data Scientist", "$120,230"],
    ["what does a site reliability engineer do", "Site Reliability Engineer", "service level objectives"],
    ["data analyst pay?", "Data Analyst", "$120,230"],
  ])("%s → answered from the %s role file", (question, name, fact) => {
    const a = answerQuestion(kb, question);
    expect(a.kind).not.toBe("out-of-scope");
    const t = renderText(a);
    expect(t).toContain(name);
    expect(t).toContain(fact);
    expect(t).not.toContain("I don't cover");
  });

  it("reads the names people type for the new roles", () => {
    for (const [typed, id] of [
      ["sre", "site-reliability-engineer"],
      ["pm", "product-manager"],
      ["em", "engineering-manager"],
      ["frontend", "front-end-developer"],
      ["front-end developer", "front-end-developer"],
      ["ios developer", "mobile-developer"],
      ["android dev", "mobile-developer"],
      ["sysadmin", "system-administrator"],
      ["dba", "database-administrator"],
      ["sdet", "qa-engineer"],
    ])
      expect(
        understand(`what skills does a ${typed} need`).roles.map((r) => r.id),
        typed,
      ).toEqual([id]);
  });

  it("still tells SDE (an alias of two roles) from SDET", () => {
    expect(understand("what skills does an sde need").roles.map((r) => r.id)).not.toContain("qa-engineer");
  });

  it.each([
    "what should I learn to move from swe to mle",
    "I'm a software engineer, what skills am I missing to become an ML engineer?",
  ])("%s → the skill gap", (question) => {
    const a = answerQuestion(kb, question);
    expect(a.kind).toBe("gap");
    if (a.kind !== "gap") return;
    expect([a.from.id, a.to.id]).toEqual(["software-engineer", "machine-learning-engineer"]);
    expect(renderText(a)).toContain("To learn:");
  });

  it("answers the lead MLE's industries for a plural question", () => {
    const t = answerText("which industries hire lead machine learning engineers?");
    expect(t).toContain("Lead Machine Learning Engineer");
    expect(t).toContain("Telecommunications");
  });

  it("names a data engineer's databases, tools included", () => {
    const t = answerText("which databases should a software data engineer know");
    expect(t).toMatch(/Databases a Software Data Engineer works with: .*MongoDB/);
    expect(t).toContain("NoSQL databases");
  });

  it("names a full stack developer's languages", () => {
    expect(answerText("what languages does a full stack developer work with")).toMatch(
      /Programming languages a Full Stack Developer works with: HTML, CSS, JavaScript/,
    );
  });

  it("lists the challenges ML engineers face", () => {
    const t = answerText("what are the biggest challenges ML engineers face");
    expect(t).toContain("Data quality and availability");
    expect(t).toContain("Data leakage and contamination");
  });

  it("answers job-posting growth with the LinkedIn figure first", () => {
    expect(answerText("how fast are ML engineer job postings growing").split("\n")[0]).toContain("9.8x");
  });

  it("puts each role's pay on its own lines when asked which pays more", () => {
    const lines = answerText("which pays more, MLE or SWE?").split("\n");
    const mle = lines.findIndex((l) => l.startsWith("Machine Learning Engineer:"));
    const swe = lines.findIndex((l) => l.startsWith("Software Engineer:"));
    expect(mle).toBeGreaterThan(-1);
    expect(swe).toBeGreaterThan(mle);
    expect(lines[mle + 1]).toContain("$133,336");
    expect(lines[swe + 1]).toContain("$135,980");
    expect(lines.join("\n")).toContain("do not compare one-to-one");
  });

  it("says which word of a comparison it does not know", () => {
    const a = thread("compare mle xyzzyq")[0] as Answer;
    expect(a.kind).toBe("role-problem");
    expect(renderText(a)).toContain('I don\'t know a role called "xyzzyq"');
  });
});

describe("conversation memory", () => {
  it("answers a follow-up about the thread's role", () => {
    const [, tools] = thread("role lead mle", "and which tools does it use?");
    expect(renderText(tools as Answer)).toContain(
      "Tools and frameworks a Lead Machine Learning Engineer uses",
    );
  });

  it("carries role, intent, place and level through a pay conversation", () => {
    const [, place, level] = thread("what does an ml engineer earn", "what about Seattle?", "senior?");
    expect(renderText(place as Answer)).toContain("Machine Learning Engineer, Seattle, WA: $173,517");
    // The sources give Seattle's figure for all levels and the senior figure apart: both, each labelled.
    const both = renderText(level as Answer);
    expect(both).toContain("Machine Learning Engineer, Seattle, WA (all levels): $173,517");
    expect(both).toContain("Senior level: $177,177 – $184,000");
  });

  it("compares the thread's role with another", () => {
    const [, compared] = thread("role lead mle", "compare it with swe");
    expect(compared?.kind).toBe("compare");
    expect(compared?.kind === "compare" && compared.roles.map((r) => r.id)).toEqual([
      "lead-machine-learning-engineer",
      "software-engineer",
    ]);
  });

  it("switches to the skills and to the pay of the thread's role", () => {
    const [, skills, pay] = thread(
      "tell me about data science engineers",
      "and the skills?",
      "how much does it pay?",
    );
    expect(renderText(skills as Answer)).toContain("Skills for a Data Science Engineer");
    expect(renderText(pay as Answer)).toContain("Data Science Engineer pay");
  });

  it("does not carry a role into a question about an uncovered one", () => {
    const [, nurse] = thread("salary mle", "and nurses?");
    expect(nurse?.kind).toBe("out-of-scope");
  });

  it("without a thread, asks which role a role question is about", () => {
    const a = answerQuestion(kb, "what tools does it use?");
    expect(a.kind).toBe("clarify");
    expect(a.followups[0]).toMatch(/^skills /);
  });
});
