import type { Citation } from "../knowledge/core/figure-text.js";
import type { Figure, SkillGroup } from "../knowledge/core/schema.js";
import type { RankingMetric } from "../understanding/intent/ranking-request.js";

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
  /** The figure's numbers as the knowledge gives them, for the pay charts; absent for a figure in words. */
  amount?: Pick<Figure, "value" | "min" | "max" | "qualifier" | "openEnded" | "unit">;
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
  /** Said under the row: what its values show side by side ("Data Scientist grows faster: …"). */
  note?: string;
}

export interface Comparison extends Base {
  kind: "compare";
  /** Said first: how the question was read ("Options from System Administrator: …"). */
  note?: string;
  /** The role held that the roles compared are options from ("sysadmin here. sre or cloud architect?"). */
  from?: RoleRef;
  /** The occupation held that the roles compared are options from ("RN 10 yrs, cybersecurity or data analyst"). */
  fromOccupation?: { soc: string; name: string; typed: string };
  roles: RoleRef[];
  rows: ComparisonRow[];
  sharedSkills: string[];
  distinctSkills: { role: RoleRef; items: string[] }[];
  /** Of three roles, skills two of them need and the third does not, by the two. */
  partlyShared: { roles: RoleRef[]; items: string[] }[];
  pay: { role: RoleRef; figures: FigureView[]; missing?: string }[];
  /** Said under the pay when the roles' figures are one official occupation's. */
  payNote?: string;
  curated?: { differences: { topic: string; text: string }[]; citation: Citation };
  citations: Citation[];
}

/** The heading of the skills every compared role needs: "both" is wrong for three. */
export function sharedSkillsLabel(c: Comparison): string {
  return c.roles.length > 2 ? "Skills all three need" : "Skills both need";
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
  /** The level and place the request itself named (no saved preference), for the thread's next question. */
  asked?: { level?: string; place?: string };
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

/** For someone weighing a move: both roles' pay and outlook side by side, shown before the gap. */
export interface MoveWeighing {
  pay: PayComparison;
  outlook: { role: RoleRef; lines: string[] }[];
  citations: Citation[];
}

export interface SkillGap extends Base {
  kind: "gap";
  /** Where the move starts: a curated role, or an official occupation (`fromOccupation`, id its SOC code). */
  from: RoleRef;
  fromOccupation?: boolean;
  to: RoleRef;
  /** Said first: how the start of a move from outside the curated roles was read. */
  note?: string;
  weighing?: MoveWeighing;
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
  /** The roles the question was about, as understood (for the anonymous record of what is asked). */
  about?: RoleRef[];
  /** Roles the answer offered as where to go next (role ids, in order), for a reply to pick or weigh them. */
  offered?: string[];
  /** The official occupation (SOC code) a title asked about was read as, which the thread goes on with. */
  occupation?: string;
  /**
   * The official occupations (SOC codes) the answer set side by side, in the order it names them ("which one
   * has more openings" after two occupations in turn): the thread goes on with `occupation` and the other
   * beside it, for the next question weighing the two, and a reply that picks one.
   */
  occupationsWeighed?: string[];
  /**
   * What the question asked that the knowledge holds nothing on ("remote", "working hours", "stressful"),
   * said first in the headline: in a message of several questions, a part answered so is one of its own.
   */
  unheld?: string;
}

/** Pay of two or three roles side by side, each figure on its own line, and which is higher where comparable. */
export interface PayComparison extends Base {
  kind: "pay-compare";
  /** Said first: a side the question named that is not compared ("I could not read “blorpt” as a role I know"). */
  note?: string;
  roles: { role: RoleRef; figures: FigureView[]; missing?: string }[];
  /** Which role the figures put higher, when each has a figure of the same kind; else why not. */
  verdict: string;
  /** The roles' ids from the highest paid down, where the verdict ranks them, for "the cheaper one". */
  byPay?: string[];
  citations: Citation[];
}

/**
 * An amount the person was offered or earns, set against the figures the advisor has for the role or
 * occupation: where it stands among the official percentiles (else a curated range), and no more.
 */
export interface PayWeighed extends Base {
  kind: "pay-weighed";
  /** The role or occupation the amount is set against, as the answer names it. */
  subject: string;
  role?: RoleRef;
  /** The roles it was set against, a verdict each, where the thread held several ("any of them"). */
  roles?: RoleRef[];
  /** The official occupation (SOC code) it was set against, where the subject is no curated role. */
  soc?: string;
  /** The amount as stated ("$82,000 a year", "$38.00 an hour", "$95,000 – $110,000 a year"). */
  stated: string;
  /** An hourly amount by the year, and how it was worked out. */
  yearly?: string;
  /**
   * The amount as placed among the annual figures ("$79,040 a year ($38.00 an hour)"), and how many points of
   * `scale` are below it: one amount, or a range's two ends, low end first.
   */
  placed: { amount: string; below: number }[];
  /** Where the amount stands, a sentence for each set of figures it was set against (each end of a range). */
  verdicts: string[];
  /** The official percentiles it was set against, lowest first. */
  scale: FigureView[];
  /** Curated figures it was set against (the level or place asked, or a range where no official one is). */
  against: FigureView[];
  /**
   * Said before where the amount stands: the employers or kinds of employer named that have no figures, so
   * the figures below read as the general ones they are ("No figures for Amazon: …").
   */
  lead: string[];
  /** What the figures are and are not: national or another level than asked, base pay, no word on fairness. */
  notes: string[];
  citations: Citation[];
}

/**
 * A question the advisor does not cover, said plainly: an occupation it has no role for (with the closest
 * roles it does know and any government figures for that very occupation), or something unrelated.
 */
export interface OutOfScope extends Base {
  kind: "out-of-scope";
  reason: "uncovered" | "off-topic";
  /**
   * What an off-topic question asked for that the advisor does not do, when it is one it names: work on code,
   * or writing a document (a cover letter, a resume, an email).
   */
  declined?: "code" | "writing";
  /** The role a declined request was for ("a cover letter for a QA job"): what it can say of it is offered. */
  role?: RoleRef;
  /** The occupation as the advisor names it ("Product Manager"), or as typed when no list knows it. */
  occupation?: string;
  nearest: RoleRef[];
  /** Official figures for the occupation itself, when the knowledge has them. */
  figures: FigureView[];
  citations: Citation[];
  /** Said when official figures for occupations beyond the curated roles are not loaded, and how to load them. */
  officialNote?: string;
  /**
   * A place outside the US named with a title no list knows ("a feldsher back in ukraine"): the title is
   * likely that country's own, of no US occupation, and no figure held is that place's.
   */
  abroad?: string;
  /**
   * A way of working named as the job ("is freelance a good career"): how work is done, which no occupation's
   * figures stand for; the answer asks for the work itself.
   */
  wayOfWorking?: string;
}

/**
 * An occupation the official layer has but no curated role covers ("registered nurses", "15-1251"): its
 * official figures, each with its release, and no more than the agencies say.
 */
export interface OccupationAnswer extends Base {
  kind: "occupation";
  /** The occupation's official title and 6-digit SOC code. */
  title: string;
  soc: string;
  /** How the question's words led here, when they were not the official title ("IT manager" is one of O*NET's titles for …). */
  matchNote?: string;
  pay: FigureView[];
  outlook: FigureView[];
  /** Typical entry education and experience, in words. */
  entry: FigureView[];
  /** O*NET's hot technologies, standing in for a checklist. */
  tools?: FigureView;
  /** Related occupations O*NET names. */
  related: string[];
  /** Curated roles that name this occupation (their checklists apply). */
  curated: RoleRef[];
  /** Curated roles the question set it against ("actuary vs data scientist"), kept for the thread. */
  comparedRoles?: string[];
  /** Another occupation the question set it beside (a SOC code), kept for the thread likewise. */
  comparedOccupation?: string;
  /** Says what is missing: no curated checklist, figures BLS did not publish. */
  notes: string[];
  /** O*NET's required credit (CC BY 4.0), when O*NET data is shown. */
  attribution?: string;
  citations: Citation[];
}

/** Roles or occupations ranked by one official figure ("which roles pay the most", "fastest growing jobs"). */
export interface RankingAnswer extends Base {
  kind: "ranking";
  metric: RankingMetric;
  /** "entry level IT jobs": the roles that need no degree, asked as the ones to start in. */
  entryLevel?: true;
  /** "lowest paying jobs": ranked from the lowest figure up. */
  lowestFirst?: true;
  /** The curated roles (by their official occupations), or every occupation in the layer. */
  scope: "roles" | "occupations";
  /** A word the rows were narrowed to ("data"), when the question named one. */
  filter?: string;
  /** A field whose roles alone were ranked ("IT"). */
  field?: string;
  /** Said above the rows, before any figure: that a place abroad named has none ("India is outside the US…"). */
  lead?: string;
  rows: { name: string; role?: RoleRef; occupation: string; soc: string; figure: FigureView }[];
  /** What was left out or could not be ranked, and how to widen the list. */
  notes: string[];
  citations: Citation[];
}

/** A question back when the advisor cannot tell what was meant: each option a command, shown as a button. */
export interface Clarification extends Base {
  kind: "clarify";
  prompt: string;
  /** What the options stand for, in their order (role ids or SOC codes), so that a reply can pick one. */
  offered?: string[];
  /**
   * The occupation (SOC code) the one picked is to be set beside ("is IT or nursing better paid": which IT
   * role, beside Registered Nurses), kept as the thread's occupation for the reply.
   */
  beside?: string;
  /** The role a move starts from, when the question back asked where the move leads ("should i leave qa"). */
  leaving?: string;
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
  /** `because`: the rising item in this workspace the trend was picked for, if it was. */
  trend: { id: string; name: string; summary: string; index: number; of: number; because?: string };
  figure: FigureView;
  tip: { kind: "best practice" | "challenge" | "soft skill"; title: string; text: string };
  spotlight: { role: RoleRef; figure: FigureView };
  /** What this workspace explored this week (only items at least three people asked about). */
  thisWeek?: {
    /** `asked`: how many questions (or ticks) were about it this week. */
    roles: { name: string; asked: number }[];
    comparisons: { name: string; asked: number }[];
    skills: { name: string; asked: number }[];
    rising: { name: string; asked: number; lastWeek: number }[];
  };
  /** What the knowledge added or updated since the channel's last digest, with sources. */
  changes?: { newRoles: { name: string; source: string }[]; updatedRoles: string[]; figures: string[] };
  /** The newest items of the channel's feeds not posted there before. */
  news?: {
    title: string;
    link?: string;
    source: string;
    published?: string;
    id?: string;
    feedUrl?: string;
  }[];
}

/**
 * Two or three questions asked in one message ("how much do they make? and do u need a degree for it"), each
 * of a different kind, each answered as if asked alone, in the order asked.
 */
export interface BothAnswers extends Base {
  kind: "both";
  parts: [Answer, Answer, ...Answer[]];
}

export type Answer =
  | BothAnswers
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
  | PayComparison
  | PayWeighed
  | OutOfScope
  | OccupationAnswer
  | RankingAnswer
  | Clarification
  | RoleProblem
  | UsageProblem
  | Notice
  | PrefsAnswer
  | DigestAnswer;
