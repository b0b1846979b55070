import type { KnowledgeBase } from "../../knowledge/base.js";
import { cite, figureLine } from "../../knowledge/core/figure-text.js";
import type { Role } from "../../knowledge/core/schema.js";
import { stem, tokenize } from "../../knowledge/core/text.js";
import { type SearchHit, SectionIndex } from "../../knowledge/search.js";
import type { Topic } from "../../knowledge/sections.js";
import { questionWords } from "../../understanding/words/entity-words.js";
import type { Citation, QuestionAnswer } from "../answers.js";
import { alias, isMlRole, uniqueCitations } from "../parts/answer-parts.js";
import { factAnswer } from "../parts/fact-answer.js";

/** Words that say what kind of question it is, not what it is about: they never decide a search hit. */
const generic = new Set(
  "trend trends trending practice practices best challenge challenges problem problems biggest main common face faces facing soft skill skills ml machine learning ai engineer engineers engineering role roles job jobs career careers work good top tell list give know need".split(
    " ",
  ),
);
/** Words that say when ("right now", "these days", "latest", "in 2025"): every trend is of now, so they pick none. */
const timeWords = new Set(
  "now right current currently today nowadays lately latest recent recently days these this year years moment".split(
    " ",
  ),
);
const isTime = (w: string) => timeWords.has(w) || /^20\d\d$/.test(w);
/** Words that join a question to one before it ("also is it remote friendly"): they are about nothing. */
const joiners = new Set(["also", "plus"]);
/** Words that say how often or how surely ("is it remote friendly usually"): they are about nothing either. */
const hedges = new Set("usually typically generally normally mostly often really actually even".split(" "));
const isGeneric = (w: string) =>
  w.length < 3 || questionWords.has(w) || generic.has(w) || joiners.has(w) || hedges.has(w) || isTime(w);

/** Kinds of thinking a skill is named by: "critical thinking", "systems thinking". */
const thinkingKinds = new Set(
  "critical analytical strategic systems system design creative logical computational lateral".split(" "),
);

/**
 * "thinking abt cloud architect is it worth it", "been thinking of devops": "thinking" as considering, a
 * word of how the question is asked, never the skill of critical thinking; only a kind of thinking named
 * ("critical thinking", "systems thinking") is one.
 */
const consideringSaid = (words: readonly string[], i: number) =>
  /^(?:think|thinking|thinkin)$/.test(words[i] ?? "") && !thinkingKinds.has(words[i - 1] ?? "");

const general = ["trend", "best-practice", "challenge", "soft-skill", "market"] as const;

/** Sections on these topics that the question's own words point at, best first. */
export function searchSections(
  kb: KnowledgeBase,
  question: string,
  only: Topic[] | undefined,
  roleIds: string[] = [],
  extraGeneric: (w: string) => boolean = () => false,
): SearchHit[] {
  const words = tokenize(question);
  const query = words
    .filter((w, i) => !isGeneric(w) && !extraGeneric(w) && !consideringSaid(words, i))
    .join(" ");
  if (query === "") return [];
  const hits = kb.index
    .search(query, { roleIds, ...(only ? { only } : {}) }, 3)
    .filter((h) => SectionIndex.isRelevant(h, words, (w) => isGeneric(w) || extraGeneric(w)));
  const top = hits[0];
  return top ? hits.filter((h) => h.score >= top.score * 0.6).slice(0, 2) : [];
}

/**
 * Where the knowledge names a term that is no role ("devsecops"): each line naming it, with the section it
 * stands in ("DevOps Engineer › Career path"), and the sources of those sections; at most two.
 */
export function mentionsOf(kb: KnowledgeBase, term: string): { lines: string[]; citations: Citation[] } {
  const words = tokenize(term);
  const names = (line: string) => words.every((w) => tokenize(line).includes(w));
  const hits = searchSections(kb, term, undefined).filter((h) => h.section.lines.some(names));
  const lines = hits.flatMap((h) =>
    h.section.lines.filter(names).map((line) => `${h.section.title}: “${line}”`),
  );
  const citations = hits.flatMap((h) =>
    h.section.sourceIds.map((id) => cite(kb.sources, id, kb.sources.get(id)?.asOf ?? "undated")),
  );
  return { lines: lines.slice(0, 2), citations: uniqueCitations(citations) };
}

export function sectionAnswer(
  kb: KnowledgeBase,
  question: string,
  hits: SearchHit[],
  followups: string[],
): QuestionAnswer {
  return {
    kind: "answer",
    question,
    found: true,
    facts: [],
    sections: hits.map((h) => ({ title: h.section.title, lines: h.section.lines })),
    citations: uniqueCitations(
      hits.flatMap((h) =>
        h.section.sourceIds.map((id) => cite(kb.sources, id, kb.sources.get(id)?.asOf ?? "undated")),
      ),
    ),
    followups,
  };
}

/** Field-wide advice (trends, practices, challenges, soft skills): the part asked about, else all of it. */
export function fieldAnswer(
  kb: KnowledgeBase,
  question: string,
  topic: "trend" | "best-practice" | "challenge" | "soft-skill",
  roleWords: (w: string) => boolean,
): QuestionAnswer {
  const hits = searchSections(kb, question, [topic], [], roleWords);
  const followups = ["trends", "roles", "help"];
  if (hits.length > 0) return sectionAnswer(kb, question, hits, followups);
  const k = kb.knowledge;
  switch (topic) {
    case "trend":
      return factAnswer(
        question,
        `The ${k.trends.trends.length} trends shaping ML engineering:`,
        k.trends.trends.map((t) => `${t.name}: ${t.summary}`),
        [cite(kb.sources, k.trends.source, k.trends.asOf)],
        followups,
      );
    case "best-practice":
      return factAnswer(
        question,
        "Best practices for ML engineering:",
        k.bestPractices.groups.map((g) => `${g.name}: ${g.practices.join("; ")}`),
        [cite(kb.sources, k.bestPractices.source, k.bestPractices.asOf)],
        followups,
      );
    case "challenge":
      return factAnswer(
        question,
        "The biggest challenges ML engineers face:",
        k.challenges.challenges.map((c) => `${c.name}: ${c.points.join("; ")}`),
        [cite(kb.sources, k.challenges.source, k.challenges.asOf)],
        followups,
      );
    case "soft-skill":
      return factAnswer(
        question,
        "Soft skills that matter in ML engineering:",
        k.softSkills.skills.map((s) => `${s.name}: ${s.summary}`),
        [cite(kb.sources, k.softSkills.source, k.softSkills.asOf)],
        followups,
      );
  }
}

/**
 * Market questions: the figure whose label shares most words with the question first ("how fast are job
 * postings growing" → the LinkedIn postings figure), an industry's adoption when one is named, else all.
 */
export function marketAnswer(kb: KnowledgeBase, question: string): QuestionAnswer {
  const m = kb.knowledge.market;
  const asked = new Set(
    tokenize(question)
      .filter((w) => !isGeneric(w))
      .map(stem),
  );
  const overlap = (text: string) => tokenize(text).filter((w) => asked.has(stem(w))).length;
  const followups = ["trends", "roles", "salary mle"];
  const citations = [
    ...m.figures.map((f) => cite(kb.sources, f.source, f.asOf)),
    cite(kb.sources, m.source, m.asOf),
  ];
  const industry = m.adoption.find((a) => asked.has(stem(a.industry.toLowerCase())));
  if (industry)
    return factAnswer(
      question,
      `Where ML is being adopted in ${industry.industry}: ${industry.uses.join(", ")}.`,
      m.adoption.filter((a) => a !== industry).map((a) => `${a.industry}: ${a.uses.join(", ")}`),
      [cite(kb.sources, m.source, m.asOf)],
      followups,
    );
  const ranked = m.figures.map((f) => ({ f, score: overlap(f.label) })).sort((a, b) => b.score - a.score);
  const best = ranked[0];
  const lines = m.figures.map((f) => figureLine(kb.sources, f));
  if (best && best.score > 0) {
    const bestLine = figureLine(kb.sources, best.f);
    return factAnswer(
      question,
      bestLine,
      lines.filter((l) => l !== bestLine),
      citations,
      followups,
    );
  }
  const adoptionAsked = [
    "adopt",
    "adopted",
    "adoption",
    "industry",
    "industries",
    "sector",
    "sectors",
    "where",
  ].some((w) => asked.has(stem(w)));
  if (adoptionAsked)
    return factAnswer(
      question,
      "Where ML is being adopted:",
      [...m.adoption.map((a) => `${a.industry}: ${a.uses.join(", ")}`), ...m.economicImpact],
      [cite(kb.sources, m.source, m.asOf)],
      followups,
    );
  return factAnswer(
    question,
    "Demand for ML engineers:",
    [...lines, ...m.outlook, `In-demand skills: ${m.inDemandSkills.join("; ")}`],
    citations,
    followups,
  );
}

/** Field-wide sections whose sources are about machine learning work alone. */
const mlFieldTopics: ReadonlySet<Topic> = new Set<Topic>(["trend", "best-practice", "challenge", "market"]);

/** A role whose work is machine learning: named so, or with machine learning among its technical skills. */
export const doesMlWork = (r: Role) =>
  isMlRole(r) || r.skills.technical.some((t) => /\bmachine learning\b/i.test(t));

/** A question no intent covers ("what is MLOps"): the sections its words point at, if any. */
export function searchAnswer(
  kb: KnowledgeBase,
  question: string,
  roleIds: string[],
  preferGeneral: boolean,
  roleWord: (w: string) => boolean = () => false,
): QuestionAnswer | undefined {
  const hits = preferGeneral ? searchSections(kb, question, [...general], [], roleWord) : [];
  // With roles named, another role's section would answer for them ("what does meta pay swes" is not the
  // ML engineer's pay at Meta): only theirs and the field's own sections answer.
  const ours = (h: SearchHit) =>
    roleIds.length === 0 ||
    h.section.roleIds.length === 0 ||
    h.section.roleIds.some((id) => roleIds.includes(id));
  // The roles' own names say which role, not what about it ("day to day of an mle").
  const found =
    hits.length > 0 ? hits : searchSections(kb, question, undefined, roleIds, roleWord).filter(ours);
  return found.length > 0 ? sectionAnswer(kb, question, found, ["roles", "trends", "help"]) : undefined;
}

/**
 * "what about remote?", "is it remote friendly" in a thread about a role (or about the roles just compared:
 * "and remote?" after "systems analyst or data analyst pay"): where the knowledge has something on the
 * words asked only in its field-wide sections (the ML trends' remote work), none in the roles' own files,
 * says first that it has nothing on them for the roles, every one named, then what it has. Undefined where
 * the words find nothing field-wide, or find a role's own section (which the question's reading answers better).
 */
export function beyondRole(
  kb: KnowledgeBase,
  question: string,
  roles: readonly Role[],
  asked: (w: string) => boolean,
): QuestionAnswer | undefined {
  const [role] = roles;
  const words = tokenize(question).filter((w) => !isGeneric(w) && !asked(w));
  if (!role || words.length === 0) return undefined;
  const ids = roles.map((r) => r.id);
  const hits = searchSections(kb, words.join(" "), undefined, ids);
  if (hits.some((h) => h.section.roleIds.some((id) => ids.includes(id)))) return undefined;
  // A field-wide section about what was asked: a word asked in its title ("Remote work and global
  // collaboration"), not one in passing ("catch" problems early). Another role's section says nothing of this one.
  const sameWord = (a: string, b: string) =>
    a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));
  const inTitle = (w: string, h: SearchHit) =>
    tokenize(h.section.title).some((t) => sameWord(stem(t), stem(w)));
  const about = hits.filter((h) => h.section.roleIds.length === 0 && words.some((w) => inTitle(w, h)));
  const topic = words.filter((w) => about.some((h) => inTitle(w, h)));
  if (about.length === 0) return undefined;
  // The field-wide trends, practices, challenges and market are machine learning's: they say nothing of
  // another role ("ML developers increasingly work remotely" is no fact about IT support).
  const names = roles.map((r) => r.name).join(" or ");
  if (!roles.some(doesMlWork) && about.every((h) => mlFieldTopics.has(h.section.topic)))
    return {
      kind: "answer",
      question,
      found: true,
      headline: `The knowledge base has no figures on “${topic.join(" ")}” for ${names}, and nothing else on it for ${roles.length > 1 ? "these roles" : "this role"}: “${topic.join(" ")}” comes up only in its sections on machine learning work, which say nothing of ${names}.`,
      unheld: topic.join(" "),
      facts: [],
      sections: [],
      citations: [],
      followups: [`role ${alias(role)}`, `path ${alias(role)}`, "help"],
    };
  return {
    ...sectionAnswer(kb, question, about, ["roles", "trends", "help"]),
    headline: `The knowledge base has no figures on “${topic.join(" ")}” for ${names}. What it has on it:`,
    unheld: topic.join(" "),
  };
}
