import { officialSourcePrefix } from "../official/figures.js";
import { figureLine } from "./core/figure-text.js";
import type { Figure, Knowledge, Role, Source } from "./core/schema.js";
import { slugify } from "./core/text.js";

export type Topic =
  | "overview"
  | "responsibilities"
  | "skills"
  | "tools"
  | "education"
  | "experience"
  | "salary"
  | "industries"
  | "path"
  | "outlook"
  | "getting-started"
  | "trend"
  | "soft-skill"
  | "best-practice"
  | "challenge"
  | "market"
  | "comparison";

/** A small titled piece of knowledge ("Machine Learning Engineer › Salary") that search can return whole. */
export interface Section {
  id: string;
  title: string;
  topic: Topic;
  roleIds: string[];
  lines: string[];
  sourceIds: string[];
}

function roleSections(role: Role, sources: ReadonlyMap<string, Source>, k: Knowledge): Section[] {
  const out: Section[] = [];
  const add = (topic: Topic, heading: string, lines: string[], sourceIds = role.sources) => {
    if (lines.length > 0)
      out.push({
        id: `${role.id}/${slugify(heading)}`,
        title: `${role.name} › ${heading}`,
        topic,
        roleIds: [role.id],
        lines,
        sourceIds,
      });
  };
  const figureLines = (figures: Figure[]) => figures.map((f) => figureLine(sources, f));
  add("overview", "Overview", [role.summary]);
  add("responsibilities", "Responsibilities", role.responsibilities);
  add("skills", "Skills", [
    ...(role.skills.technical.length ? [`Technical: ${role.skills.technical.join(", ")}`] : []),
    ...(role.skills.soft.length ? [`Soft skills: ${role.skills.soft.join(", ")}`] : []),
  ]);
  add("tools", "Tools and frameworks", [
    ...(role.skills.frameworks.length
      ? [`Frameworks and libraries: ${role.skills.frameworks.join(", ")}`]
      : []),
    ...(role.skills.tools.length ? [`Tools and platforms: ${role.skills.tools.join(", ")}`] : []),
  ]);
  add("education", "Education", role.education);
  add("experience", "Experience", role.experience);
  const s = role.salary;
  if (s) {
    const placeName = (id: string) => k.locations.find((l) => l.id === id)?.name ?? id;
    const pay = (heading: string, figures: Figure[], notes: string[] = []) =>
      add("salary", heading, [...figureLines(figures), ...notes], [...new Set(figures.map((f) => f.source))]);
    // Official statistics stay out of the search sections: pay questions get them in the structured pay
    // answer, and their lines would make "Salary" of every role the search hit of any question with "pay".
    pay(
      "Salary",
      [...s.headline, ...s.government.filter((f) => !f.source.startsWith(officialSourcePrefix))],
      s.notes,
    );
    pay(
      "Salary by level",
      s.levels.flatMap((l) => [l.figure, ...l.extra]),
    );
    pay(
      "Salary by location",
      s.locations.flatMap((l) => [l.figure, ...l.extra]),
      s.locations.length
        ? [`Places with figures: ${s.locations.map((l) => placeName(l.location)).join("; ")}`]
        : [],
    );
    pay("Total compensation", s.totalComp);
    pay(
      `Pay at companies (${s.companies.map((c) => c.company).join(", ")})`,
      s.companies.flatMap((c) => c.figures),
    );
    pay("What moves pay", s.modifiers);
  }
  add("industries", "Industries", role.industries.length ? [role.industries.join(", ")] : []);
  add("path", "Career path", [
    ...(role.path.into.length ? [`Into the role from: ${role.path.into.join(", ")}`] : []),
    ...(role.path.ladder.length ? [`Ladder: ${role.path.ladder.join(" → ")}`] : []),
    ...(role.path.beyond.length ? [`After it: ${role.path.beyond.join(", ")}`] : []),
    ...role.path.advice,
  ]);
  add("outlook", "Outlook", [...role.outlook.notes, ...figureLines(role.outlook.figures)]);
  add("getting-started", "Getting started", role.gettingStarted);
  return out;
}

/** Cuts the whole knowledge base into sections for the search index. */
export function buildSections(k: Knowledge, sources: ReadonlyMap<string, Source>): Section[] {
  const out = k.roles.flatMap((r) => roleSections(r, sources, k));
  for (const t of k.trends.trends)
    out.push({
      id: `trend/${t.id}`,
      title: `ML trends › ${t.name}`,
      topic: "trend",
      roleIds: [],
      lines: [t.summary],
      sourceIds: [k.trends.source],
    });
  for (const s of k.softSkills.skills)
    out.push({
      id: `soft-skill/${s.name}`,
      title: `Soft skills › ${s.name}`,
      topic: "soft-skill",
      roleIds: [],
      lines: [s.summary],
      sourceIds: [k.softSkills.source],
    });
  for (const g of k.bestPractices.groups)
    out.push({
      id: `best-practice/${g.name}`,
      title: `Best practices › ${g.name}`,
      topic: "best-practice",
      roleIds: [],
      lines: g.practices,
      sourceIds: [k.bestPractices.source],
    });
  for (const c of k.challenges.challenges)
    out.push({
      id: `challenge/${c.name}`,
      title: `Common challenges › ${c.name}`,
      topic: "challenge",
      roleIds: [],
      lines: c.points,
      sourceIds: [k.challenges.source],
    });
  const m = k.market;
  out.push({
    id: "market/demand",
    title: "Market › Demand for ML engineers",
    topic: "market",
    roleIds: [],
    lines: [...m.figures.map((f) => figureLine(sources, f)), ...m.outlook],
    sourceIds: [...new Set(m.figures.map((f) => f.source))],
  });
  out.push({
    id: "market/adoption",
    title: "Market › Where ML is being adopted",
    topic: "market",
    roleIds: [],
    lines: [
      ...m.adoption.map((a) => `${a.industry}: ${a.uses.join(", ")}`),
      ...m.economicImpact,
      `In-demand skills: ${m.inDemandSkills.join("; ")}`,
    ],
    sourceIds: [m.source],
  });
  const roleName = (id: string) => k.roles.find((r) => r.id === id)?.name ?? id;
  for (const c of k.comparisons)
    for (const d of c.differences)
      out.push({
        id: `comparison/${c.id}/${d.topic}`,
        title: `${c.roles.map(roleName).join(" vs ")} › ${d.topic}`,
        topic: "comparison",
        roleIds: [...c.roles],
        lines: [d.text],
        sourceIds: [c.source],
      });
  return out;
}
