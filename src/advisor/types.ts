import type { Citation } from "../knowledge/figures.js";
import type { SkillGroup } from "../knowledge/schema.js";

export type { Citation };

export interface RoleRef {
  id: string;
  name: string;
}

/** A figure ready to show: its label, the formatted value, and where it came from. */
export interface FigureView {
  label: string;
  value: string;
  citation: Citation;
  baseOnly?: boolean;
  highlight?: boolean;
}

export interface SkillList {
  group: SkillGroup;
  label: string;
  items: string[];
}

/** What the user has saved, as the advisor needs it. */
export interface UserContext {
  location?: string;
  level?: string;
  role?: string;
  visibility?: "private" | "channel";
  /** Skill ids the user has ticked in any checklist. */
  ticked: ReadonlySet<string>;
}

export const anonymousUser: UserContext = { ticked: new Set() };

interface Base {
  /** Commands (as typed after /career) that make a natural next step. */
  followups: string[];
}

export interface HelpAnswer extends Base {
  kind: "help";
  commands: { usage: string; description: string }[];
  examples: string[];
}

export interface RolesAnswer extends Base {
  kind: "roles";
  roles: (RoleRef & { aliases: string[]; summary: string })[];
}

export interface RoleCard extends Base {
  kind: "role";
  role: RoleRef;
  summary: string;
  responsibilities: string[];
  skills: SkillList[];
  education: string[];
  experience: string[];
  pay: FigureView[];
  payMissing?: string;
  related: RoleRef[];
  learnMore: { title: string; url: string }[];
  citations: Citation[];
}

export interface ComparisonRow {
  topic: string;
  values: string[];
}

export interface Comparison extends Base {
  kind: "compare";
  roles: RoleRef[];
  rows: ComparisonRow[];
  sharedSkills: string[];
  distinctSkills: { role: RoleRef; items: string[] }[];
  pay: { role: RoleRef; figures: FigureView[]; missing?: string }[];
  curated?: { differences: { topic: string; text: string }[]; citation: Citation };
  citations: Citation[];
}

export interface SalaryAnswer extends Base {
  kind: "salary";
  role: RoleRef;
  /** The figure the user asked for (level and/or location), when the knowledge has one. */
  answer?: FigureView;
  levels: { id: string; name: string; figure: FigureView; extra: FigureView[] }[];
  locations: { id: string; name: string; figure: FigureView; extra: FigureView[] }[];
  totalComp: FigureView[];
  companies: { company: string; figures: FigureView[] }[];
  headline: FigureView[];
  modifiers: FigureView[];
  government: FigureView[];
  notes: string[];
  /** Plain statements about what is missing ("no figure for Boston"). */
  gaps: string[];
  /** Which saved preferences filled in the request. */
  usedPreferences: string[];
  citations: Citation[];
}

export interface ChecklistItem {
  id: string;
  text: string;
  done: boolean;
}

export interface Checklist extends Base {
  kind: "checklist";
  role: RoleRef;
  groups: { group: SkillGroup; label: string; items: ChecklistItem[] }[];
  done: number;
  total: number;
  usedPreferences: string[];
}

export interface CareerPath extends Base {
  kind: "path";
  role: RoleRef;
  into: string[];
  ladder: string[];
  beyond: string[];
  advice: string[];
  gettingStarted: string[];
  related: RoleRef[];
}

export interface SkillGap extends Base {
  kind: "gap";
  from: RoleRef;
  to: RoleRef;
  toLearn: { group: SkillGroup; label: string; items: ChecklistItem[] }[];
  alreadyHave: string[];
  ticked: string[];
  curated?: { differences: { topic: string; text: string }[]; citation: Citation };
}

export interface TrendsAnswer extends Base {
  kind: "trends";
  trends: { id: string; name: string; summary: string }[];
  figures: FigureView[];
  adoption: { industry: string; uses: string[] }[];
  citations: Citation[];
}

export interface QuestionAnswer extends Base {
  kind: "answer";
  question: string;
  found: boolean;
  /** The direct answer in one or two sentences, when the question maps onto structured knowledge. */
  headline?: string;
  facts: string[];
  sections: { title: string; lines: string[] }[];
  citations: Citation[];
}

export interface RoleProblem extends Base {
  kind: "role-problem";
  typed: string;
  problem: "ambiguous" | "unknown" | "missing";
  options: RoleRef[];
}

export interface UsageProblem extends Base {
  kind: "usage";
  command: string;
  problem: string;
  usage: string;
}

/** A short confirmation or explanation (preferences saved, digest subscribed, …). */
export interface Notice extends Base {
  kind: "notice";
  title: string;
  lines: string[];
  tone: "info" | "success" | "warning";
}

export interface PrefsAnswer extends Base {
  kind: "prefs";
  location?: string;
  level?: string;
  role?: RoleRef;
  visibility: "private" | "channel";
}

export interface DigestAnswer extends Base {
  kind: "digest";
  date: string;
  trend: { id: string; name: string; summary: string; index: number; of: number };
  figure: FigureView;
  tip: { kind: "best practice" | "challenge" | "soft skill"; title: string; text: string };
  spotlight: { role: RoleRef; figure: FigureView };
}

export type Answer =
  | HelpAnswer
  | RolesAnswer
  | RoleCard
  | Comparison
  | SalaryAnswer
  | Checklist
  | CareerPath
  | SkillGap
  | TrendsAnswer
  | QuestionAnswer
  | RoleProblem
  | UsageProblem
  | Notice
  | PrefsAnswer
  | DigestAnswer;
