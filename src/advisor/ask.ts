import type { KnowledgeBase } from "../knowledge/base.js";
import { citationText, cite, figureLine } from "../knowledge/figures.js";
import type { Role } from "../knowledge/schema.js";
import { generalTopics, type SearchHit, SectionIndex } from "../knowledge/search.js";
import type { Topic } from "../knowledge/sections.js";
import { editDistance, tokenize } from "../knowledge/text.js";
import { compareRoles } from "./compare.js";
import { salaryFor } from "./salary.js";
import type { Citation, FigureView, QuestionAnswer } from "./types.js";
import { anonymousUser } from "./types.js";
import { figureView, roleCitations, uniqueCitations } from "./views.js";

type Intent =
  | "compare"
  | "salary"
  | "totalComp"
  | "skills"
  | "tools"
  | "education"
  | "experience"
  | "industries"
  | "path"
  | "outlook"
  | "trend"
  | "bestPractice"
  | "challenge"
  | "softSkill"
  | "responsibilities"
  | "gettingStarted"
  | "market"
  | "location";

const intentWords: Record<Intent, string[]> = {
  compare: ["vs", "versus", "difference", "differences", "different", "compare", "comparison", "between"],
  salary: [
    "salary",
    "salaries",
    "pay",
    "paid",
    "pays",
    "earn",
    "earns",
    "earning",
    "earnings",
    "make",
    "makes",
    "compensation",
    "wage",
    "wages",
    "money",
    "income",
  ],
  totalComp: ["total", "package", "bonus", "bonuses", "stock", "equity", "tc"],
  skills: ["skill", "skills", "learn", "know"],
  tools: [
    "tool",
    "tools",
    "framework",
    "frameworks",
    "library",
    "libraries",
    "stack",
    "technologies",
    "platforms",
    "use",
  ],
  education: [
    "degree",
    "degrees",
    "education",
    "study",
    "phd",
    "masters",
    "master",
    "bachelor",
    "bachelors",
    "college",
    "university",
    "qualifications",
  ],
  experience: ["experience", "years"],
  industries: ["industry", "industries", "sector", "sectors"],
  path: ["path", "progression", "ladder", "promotion", "promoted", "next", "after", "advance", "become"],
  outlook: ["outlook", "growth", "demand", "jobs", "future", "prospects", "openings", "hiring", "employment"],
  trend: ["trend", "trends", "trending"],
  bestPractice: ["practice", "practices"],
  challenge: ["challenge", "challenges", "difficult", "hard", "problems", "pitfalls", "struggle"],
  softSkill: ["soft"],
  responsibilities: ["do", "does", "responsibilities", "responsibility", "duties", "day"],
  gettingStarted: ["start", "started", "begin", "tips", "getting", "break"],
  market: ["market", "postings", "adoption", "adopting", "adopted", "adopt", "size"],
  location: ["city", "cities", "location", "locations", "where", "places", "state", "states", "region"],
};

const questionWords = new Set(
  "a an and are as at be by can could do does for from how i im in is it me my of on or should the their them they this to was what whats when where which who why will with would you your much many much get typical average tell about please explain describe being been there any some more most".split(
    " ",
  ),
);

const weakTerms = new Set([
  "engineer",
  "engineers",
  "engineering",
  "role",
  "roles",
  "job",
  "career",
  "careers",
  "work",
  "good",
  "best",
  "people",
]);

/** Intents about the field as a whole rather than one role. */
const generalIntents: Intent[] = ["trend", "bestPractice", "challenge", "softSkill", "market"];
const generalWords = new Set(generalIntents.flatMap((i) => intentWords[i]));

const intentTopics: Partial<Record<Intent, Topic[]>> = {
  salary: ["salary"],
  totalComp: ["salary"],
  skills: ["skills"],
  tools: ["tools"],
  education: ["education"],
  experience: ["experience"],
  industries: ["industries"],
  path: ["path"],
  responsibilities: ["responsibilities", "overview"],
  trend: ["trend"],
  bestPractice: ["best-practice"],
  challenge: ["challenge"],
  softSkill: ["soft-skill"],
  outlook: ["outlook", "market"],
  gettingStarted: ["getting-started"],
  market: ["market"],
};

/** Intents named in the question; a misspelt trigger ("salery") counts only if it is not a real word of its own. */
function detectIntents(words: string[], known: ReadonlySet<string>): Set<Intent> {
  const found = new Set<Intent>();
  for (const word of words) {
    const mayBeTypo = word.length >= 5 && !known.has(word) && !questionWords.has(word);
    for (const [intent, triggers] of Object.entries(intentWords) as [Intent, string[]][])
      if (triggers.some((t) => t === word || (mayBeTypo && t.length >= 5 && editDistance(t, word, 1) <= 1)))
        found.add(intent);
  }
  return found;
}

const allIntentWords = new Set(Object.values(intentWords).flat());

function isIntentWord(word: string): boolean {
  return allIntentWords.has(word);
}

interface Entities {
  roles: Role[];
  /** Positions of the words that named a role: "stack" in "full stack developer" is not a question about tools. */
  roleWords: Set<number>;
  ambiguous: Role[][];
  level?: string;
  place?: string;
  company?: string;
}

function extractEntities(kb: KnowledgeBase, words: string[]): Entities {
  const skip = (w: string) => w === "" || questionWords.has(w) || isIntentWord(w);
  const masked = [...words];
  const mask = (start: number, end: number) => masked.fill("", start, end);
  const roles: Role[] = [];
  const ambiguous: Role[][] = [];
  const roleWords = new Set<number>();
  for (const m of kb.roleNames.findAll(words, skip)) {
    const found = m.entries.map((id) => kb.roleById.get(id)).filter((r): r is Role => r !== undefined);
    if (found.length === 1 && !roles.includes(found[0] as Role)) roles.push(found[0] as Role);
    if (found.length > 1) ambiguous.push(found);
    mask(m.start, m.end);
    for (let i = m.start; i < m.end; i++) roleWords.add(i);
  }
  const pick = (vocabulary: "levels" | "places" | "companies") => {
    const m = kb[vocabulary].findAll(masked, skip).find((x) => x.entries.length === 1);
    if (!m) return undefined;
    mask(m.start, m.end);
    return m.entries[0];
  };
  return {
    roles,
    roleWords,
    ambiguous,
    level: pick("levels"),
    place: pick("places"),
    company: pick("companies"),
  };
}

function factsFromFigures(figures: FigureView[]): string[] {
  return figures.map(
    (f) => `${f.label}: ${f.value} (${citationText(f.citation)}${f.baseOnly ? "; base pay only" : ""})`,
  );
}

function salaryAnswer(kb: KnowledgeBase, role: Role, e: Entities, intents: Set<Intent>) {
  const levelName = e.level ? kb.knowledge.levels.find((l) => l.id === e.level)?.name : undefined;
  const placeName = e.place ? kb.knowledge.locations.find((l) => l.id === e.place)?.name : undefined;
  const s = salaryFor(kb, role, { level: levelName, location: placeName }, anonymousUser);
  const facts: string[] = [];
  let headline: string | undefined;
  const company = e.company ? s.companies.find((c) => c.company === e.company) : undefined;
  if (company) {
    headline = `${role.name} pay at ${company.company}:`;
    facts.push(...factsFromFigures(company.figures));
  } else if (intents.has("location") && !s.answer && s.locations.length > 0) {
    const byValue = [...(role.salary?.locations ?? [])].sort(
      (a, b) => (b.figure.value ?? 0) - (a.figure.value ?? 0),
    );
    headline = `${role.name} pay by location, highest first:`;
    facts.push(...factsFromFigures(byValue.map((l) => figureView(kb, l.figure))));
  } else if (intents.has("totalComp") && s.totalComp.length > 0) {
    headline = `${role.name} total compensation:`;
    facts.push(...factsFromFigures(s.totalComp));
  } else if (s.answer) {
    const where = [levelName, placeName].filter(Boolean).join(", ");
    headline = `${role.name}, ${where}: ${s.answer.value} (${citationText(s.answer.citation)}).`;
    const level = s.levels.find((l) => l.id === e.level);
    if (level && placeName) facts.push(...factsFromFigures([level.figure]));
    if (level) facts.push(...factsFromFigures(level.extra));
    const place = s.locations.find((l) => l.id === e.place);
    if (place) facts.push(...factsFromFigures(place.extra));
  } else {
    const figures = s.headline.length
      ? s.headline
      : s.levels.length
        ? s.levels.map((l) => l.figure)
        : s.government;
    if (figures.length > 0) headline = `${role.name} pay:`;
    facts.push(...factsFromFigures(figures));
    if (s.modifiers.length > 0) facts.push(...factsFromFigures(s.modifiers));
  }
  return { headline, facts: [...s.gaps, ...facts], citations: s.citations };
}

function roleFacts(
  kb: KnowledgeBase,
  role: Role,
  intent: Intent,
): { headline: string; facts: string[] } | undefined {
  const list = (items: string[], what: string) =>
    items.length > 0 ? items : [`The knowledge base lists no ${what} for ${role.name}.`];
  const skills = role.skills;
  switch (intent) {
    case "skills":
      return {
        headline: `Skills for a ${role.name}:`,
        facts: list(
          [
            ...(skills.technical.length ? [`Technical: ${skills.technical.join(", ")}`] : []),
            ...(skills.frameworks.length
              ? [`Frameworks and libraries: ${skills.frameworks.join(", ")}`]
              : []),
            ...(skills.soft.length ? [`Soft skills: ${skills.soft.join(", ")}`] : []),
          ],
          "skills",
        ),
      };
    case "tools":
      return {
        headline: `Tools and frameworks a ${role.name} uses:`,
        facts: list(
          [
            ...(skills.frameworks.length
              ? [`Frameworks and libraries: ${skills.frameworks.join(", ")}`]
              : []),
            ...(skills.tools.length ? [`Tools and platforms: ${skills.tools.join(", ")}`] : []),
          ],
          "tools",
        ),
      };
    case "education":
      return {
        headline: `Education for a ${role.name}:`,
        facts: list(role.education, "education requirements"),
      };
    case "experience":
      return {
        headline: `Experience for a ${role.name}:`,
        facts: list(role.experience, "experience requirements"),
      };
    case "industries":
      return { headline: `Industries that hire a ${role.name}:`, facts: list(role.industries, "industries") };
    case "path":
      return {
        headline: `Career path for a ${role.name}:`,
        facts: list(
          [
            ...(role.path.into.length ? [`Into the role from: ${role.path.into.join(", ")}`] : []),
            ...(role.path.ladder.length ? [`Ladder: ${role.path.ladder.join(" → ")}`] : []),
            ...(role.path.beyond.length ? [`After it: ${role.path.beyond.join(", ")}`] : []),
            ...role.path.advice,
          ],
          "career path",
        ),
      };
    case "outlook":
      return {
        headline: `Outlook for a ${role.name}:`,
        facts: list(
          [...role.outlook.notes, ...role.outlook.figures.map((f) => figureLine(kb.sources, f))],
          "outlook figures",
        ),
      };
    case "gettingStarted":
      return {
        headline: `Getting started as a ${role.name}:`,
        facts: list(role.gettingStarted, "getting-started tips"),
      };
    case "responsibilities":
      return { headline: `What a ${role.name} does:`, facts: [role.summary, ...role.responsibilities] };
    default:
      return undefined;
  }
}

const roleIntentOrder: Intent[] = [
  "tools",
  "education",
  "experience",
  "industries",
  "gettingStarted",
  "path",
  "outlook",
  "skills",
  "responsibilities",
];

function followupsFor(roles: Role[], intents: Set<Intent>): string[] {
  const [a, b] = roles;
  if (a && b) return [`compare ${a.aliases[0]} ${b.aliases[0]}`, `gap ${a.aliases[0]} to ${b.aliases[0]}`];
  if (a)
    return [
      intents.has("salary") ? `salary ${a.aliases[0]}` : `role ${a.aliases[0]}`,
      `skills ${a.aliases[0]}`,
      `path ${a.aliases[0]}`,
    ];
  return ["roles", "trends", "help"];
}

/** Words that do not show what a question is about: too common, or only naming the kind of question. */
function isWeak(word: string): boolean {
  return word.length < 3 || weakTerms.has(word) || questionWords.has(word) || isIntentWord(word);
}

function trimQuestion(question: string): string {
  const flat = question.replace(/\s+/g, " ").trim();
  return flat.length > 300 ? `${flat.slice(0, 299)}…` : flat;
}

/** Answers a free question with the fact itself, from structured knowledge when it can, else from search. */
export function answerQuestion(kb: KnowledgeBase, question: string): QuestionAnswer {
  const words = tokenize(question.slice(0, 500));
  const e = extractEntities(kb, words);
  const intents = detectIntents(
    words.filter((_, i) => !e.roleWords.has(i)),
    kb.index.words,
  );
  const base = {
    kind: "answer" as const,
    question: trimQuestion(question),
    followups: followupsFor(e.roles, intents),
  };
  const answered = (
    headline: string | undefined,
    facts: string[],
    citations: Citation[],
  ): QuestionAnswer => ({
    ...base,
    found: true,
    ...(headline ? { headline } : {}),
    facts,
    sections: [],
    citations: uniqueCitations(citations),
  });

  if (e.ambiguous.length > 0 && e.roles.length === 0) {
    const names = e.ambiguous[0]?.map((r) => r.name) ?? [];
    return {
      ...answered(`That name could mean more than one role: ${names.join(" or ")}. Which one?`, [], []),
      followups: e.ambiguous[0]?.map((r) => `role ${r.name.toLowerCase()}`) ?? [],
    };
  }
  const [role, other] = e.roles;
  if (role && other && (intents.has("compare") || e.roles.length >= 2) && !intents.has("salary")) {
    const c = compareRoles(kb, e.roles.slice(0, 3));
    const facts = c.curated
      ? c.curated.differences.map((d) => `${d.topic}: ${d.text}`)
      : [
          `Shared skills: ${c.sharedSkills.join(", ") || "none in the knowledge base"}`,
          ...c.distinctSkills.map((d) => `Only ${d.role.name}: ${d.items.join(", ") || "—"}`),
        ];
    return answered(
      `${c.roles.map((r) => r.name).join(" vs ")}:`,
      facts,
      c.curated ? [c.curated.citation] : c.citations,
    );
  }
  const wantsPay =
    intents.has("salary") ||
    intents.has("totalComp") ||
    (role !== undefined && (e.place !== undefined || e.level !== undefined || e.company !== undefined));
  if (role && wantsPay) {
    const paid = e.roles.map((r) => salaryAnswer(kb, r, e, intents));
    return answered(
      paid
        .map((p) => p.headline)
        .filter(Boolean)
        .join(" ") || undefined,
      paid.flatMap((p) => p.facts),
      paid.flatMap((p) => p.citations),
    );
  }
  if (role && intents.has("softSkill")) {
    const general = kb.knowledge.softSkills;
    return answered(
      `Soft skills for a ${role.name}: ${role.skills.soft.join(", ") || "none listed for this role"}. What they mean in practice:`,
      general.skills.map((x) => `${x.name}: ${x.summary}`),
      [cite(kb.sources, general.source, general.asOf)],
    );
  }
  if (role) {
    const intent = roleIntentOrder.find((i) => intents.has(i));
    const facts = intent ? roleFacts(kb, role, intent) : undefined;
    if (facts) return answered(facts.headline, facts.facts, roleCitations(kb, role));
    if (!(["trend", "bestPractice", "challenge", "market"] as Intent[]).some((i) => intents.has(i))) {
      const overview = roleFacts(kb, role, "responsibilities");
      return answered(overview?.headline, (overview?.facts ?? []).slice(0, 4), roleCitations(kb, role));
    }
  }
  if (intents.has("trend")) {
    const roleWords = new Set(e.roles.flatMap((r) => r.aliases.concat(r.name).flatMap((a) => tokenize(a))));
    const generic = (w: string) => isWeak(w) || intentWords.trend.includes(w) || roleWords.has(w);
    const specific = kb.index
      .search(words.join(" "), { only: ["trend"] }, 3)
      .find((h) => h.section.topic === "trend" && SectionIndex.isRelevant(h, words, generic));
    if (specific) return sectionAnswer(kb, base, [specific]);
    const t = kb.knowledge.trends;
    return answered(
      `The ${t.trends.length} trends shaping ML engineering:`,
      t.trends.map((x) => `${x.name}: ${x.summary}`),
      [cite(kb.sources, t.source, t.asOf)],
    );
  }
  return searchAnswer(kb, question, words, intents, e, base);
}

function sectionAnswer(
  kb: KnowledgeBase,
  base: Pick<QuestionAnswer, "kind" | "question" | "followups">,
  hits: SearchHit[],
): QuestionAnswer {
  return {
    ...base,
    found: true,
    facts: [],
    sections: hits.map((h) => ({ title: h.section.title, lines: h.section.lines })),
    citations: uniqueCitations(
      hits.flatMap((h) =>
        h.section.sourceIds.map((id) => cite(kb.sources, id, kb.sources.get(id)?.asOf ?? "undated")),
      ),
    ),
  };
}

function searchAnswer(
  kb: KnowledgeBase,
  question: string,
  words: string[],
  intents: Set<Intent>,
  e: Entities,
  base: Pick<QuestionAnswer, "kind" | "question" | "followups">,
): QuestionAnswer {
  // Pay outranks everything else asked in the same breath ("how much can AI skills boost pay").
  const pay = intents.has("salary") || intents.has("totalComp");
  const topics = pay ? (["salary"] as Topic[]) : [...intents].flatMap((i) => intentTopics[i] ?? []);
  // Intent words ("pay", "skills") already chose the topics; searching for them too only costs time. Words
  // of the general intents ("adopted", "challenges") stay: they are what general sections are about.
  const query =
    words.filter((w) => !isWeak(w) || generalWords.has(w)).join(" ") || words.join(" ") || question;
  // Trends, practices, challenges and the market are not about one role: do not pull role sections up.
  const general = generalIntents.some((i) => intents.has(i));
  const roleIds = general ? [] : e.roles.map((r) => r.id);
  const relevant = (only?: Topic[]) =>
    kb.index
      .search(query, { roleIds, topics, only }, 3)
      .filter((h) => SectionIndex.isRelevant(h, words, isWeak));
  const focused = pay ? relevant(["salary"]) : general ? relevant([...generalTopics]) : [];
  const strong = focused.length > 0 ? focused : relevant();
  const top = strong[0];
  if (!top)
    return {
      ...base,
      found: false,
      facts: [],
      sections: [],
      citations: [],
      followups: ["roles", "trends", "compare mle swe"],
    };
  return sectionAnswer(kb, base, strong.filter((h) => h.score >= top.score * 0.6).slice(0, 2));
}
