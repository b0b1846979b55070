import { type Answer, type Citation, type FigureView, sharedSkillsLabel } from "../advisor/answers.js";
import { howToAddRole as howToAddLine, whatIDo as whatIDoLine } from "../advisor/occupations/scope.js";
import { citationText } from "../knowledge/core/figure-text.js";
import { withArticle } from "../knowledge/core/text.js";

const offTopicLine = "That's outside what I know about.";
/** Said for help with code or a program itself (debugging, writing, fixing), which people do ask a bot for. */
const codeLine =
  "Sorry, I can't debug or write code, or fix a program that fails: that is outside what I do.";
/** Said for a document asked to be written (a cover letter, a resume, a LinkedIn summary, an email). */
const writingLine = "Sorry, I don't write cover letters, resumes or emails: that is outside what I do.";

const rule = (title: string) => `${title}\n${"=".repeat(Math.min(title.length, 72))}`;
const bullet = (items: string[], mark = "-") => items.map((i) => `  ${mark} ${i}`);
const figure = (f: FigureView) =>
  `${f.highlight ? "» " : ""}${f.label}: ${f.value} (${citationText(f.citation)}${f.baseOnly ? "; base pay only" : ""})`;
const sources = (cs: Citation[]) =>
  cs.length
    ? ["", "Sources:", ...bullet(cs.map((c) => `${citationText(c)}${c.url ? ` <${c.url}>` : ""}`))]
    : [];
const next = (followups: string[]) =>
  followups.length ? ["", `Try: ${followups.map((f) => `career ${f}`).join("  ·  ")}`] : [];

/** Progress as a text bar: ▓▓▓░░░░░░░ 3/10. */
export function progressBar(done: number, total: number, width = 10): string {
  const filled = total === 0 ? 0 : Math.round((done / total) * width);
  return `${"▓".repeat(filled)}${"░".repeat(width - filled)} ${done}/${total}`;
}

const times = (n: number) => (n === 1 ? "once" : `${n} times`);

/** The knowledge's changes since a channel's last digest, as lines. */
export function changeLines(c: NonNullable<Extract<Answer, { kind: "digest" }>["changes"]>): string[] {
  const figures = c.figures.slice(0, 8);
  return [
    ...c.newRoles.map((r) => `New role: ${r.name}${r.source ? ` (${r.source})` : ""}`),
    ...(c.updatedRoles.length ? [`Updated: ${c.updatedRoles.join(", ")}`] : []),
    ...figures,
    ...(c.figures.length > figures.length ? [`and ${c.figures.length - figures.length} more figures`] : []),
  ];
}

/** The "this week here" section as lines, shared by the text and Slack renderers. */
export function thisWeekLines(w: NonNullable<Extract<Answer, { kind: "digest" }>["thisWeek"]>): string[] {
  const list = (items: { name: string; asked: number }[]) =>
    items.map((i) => `${i.name} (${times(i.asked)})`).join(", ");
  return [
    ...(w.roles.length ? [`Most explored roles: ${list(w.roles)}`] : []),
    ...(w.comparisons.length ? [`Most compared: ${list(w.comparisons)}`] : []),
    ...(w.skills.length ? [`Skills most ticked: ${list(w.skills)}`] : []),
    ...(w.rising.length
      ? [
          `Rising: ${w.rising.map((r) => `${r.name} (${times(r.asked)}, ${times(r.lastWeek).replace("0 times", "never")} the week before)`).join(", ")}`,
        ]
      : []),
  ];
}

/** The title of an amount set against a role's or an occupation's pay. */
export const payWeighedTitle = (a: Extract<Answer, { kind: "pay-weighed" }>) =>
  `${a.subject} pay: where ${a.stated} stands`;

/**
 * The points an amount was set against, lowest first, with the amount itself in its place among them: the
 * line the reader looks for; a range's two ends each in its place. `point` writes a point, `amount` an
 * amount's line with what it is ("the amount you gave", "the low end of the range you gave").
 */
export function withAmountPlaced<T>(
  a: Extract<Answer, { kind: "pay-weighed" }>,
  point: (f: FigureView) => T,
  amount: (placed: string, what: string) => T,
): T[] {
  const whats =
    a.placed.length === 2
      ? ["the low end of the range you gave", "the top of the range you gave"]
      : ["the amount you gave"];
  const lines: T[] = [];
  a.scale.forEach((f, i) => {
    a.placed.forEach((p, at) => {
      if (p.below === i) lines.push(amount(p.amount, whats[at] ?? ""));
    });
    lines.push(point(f));
  });
  a.placed.forEach((p, at) => {
    if (p.below >= a.scale.length) lines.push(amount(p.amount, whats[at] ?? ""));
  });
  return lines;
}

/** A ranking's title: "Best paid roles", "Fastest growing occupations (data)", "Best paid roles in tech". */
export function rankingTitle(a: Extract<Answer, { kind: "ranking" }>): string {
  const what = a.scope === "roles" ? `${a.field ? `${a.field} ` : ""}roles` : "occupations";
  const Whats = `${what[0]?.toUpperCase()}${what.slice(1)}`;
  const title = a.lowestFirst
    ? {
        pay: `Lowest paid ${what}`,
        growth: `Slowest growing ${what}`,
        openings: `${Whats} with the fewest openings each year`,
        noDegree: `Lowest paid ${what} that need no degree`,
      }[a.metric]
    : {
        pay: `Best paid ${what}`,
        growth: `Fastest growing ${what}`,
        openings: `${Whats} with the most openings each year`,
        noDegree: a.entryLevel
          ? `Entry-level ${what}: those that need no degree, best paid first`
          : `Best paid ${what} that need no degree`,
      }[a.metric];
  return `${title}${a.filter ? ` (${a.filter})` : ""}`;
}

/** Each row with its figure and release: "1. Software Engineer (as Software Developers): $135,980 (BLS OEWS, May 2025)". */
export function rankingRowText(row: Extract<Answer, { kind: "ranking" }>["rows"][number], i: number): string {
  const as = row.role && row.occupation !== row.name ? ` (as ${row.occupation})` : "";
  return `${i + 1}. ${row.name}${as}: ${row.figure.value} (${citationText(row.figure.citation)})`;
}

function rankingLines(a: Extract<Answer, { kind: "ranking" }>): string[] {
  return [
    rule(rankingTitle(a)),
    ...(a.lead ? [a.lead] : []),
    ...a.rows.map((r, i) => `  ${rankingRowText(r, i)}`),
    "",
    ...a.notes,
  ];
}

/** An official occupation's answer as lines, shared with the Slack renderer's fallback text. */
export function occupationLines(a: Extract<Answer, { kind: "occupation" }>): string[] {
  return [
    rule(`${a.title} (SOC ${a.soc}): official US figures`),
    ...(a.matchNote ? [a.matchNote, ""] : []),
    ...(a.pay.length ? ["Pay (base pay only):", ...bullet(a.pay.map(figure))] : []),
    ...(a.outlook.length ? ["Jobs and outlook:", ...bullet(a.outlook.map(figure))] : []),
    ...(a.entry.length ? ["Getting in:", ...bullet(a.entry.map(figure))] : []),
    ...(a.tools ? [figure(a.tools)] : []),
    ...(a.related.length ? [`Related occupations: ${a.related.join(", ")}`] : []),
    "",
    ...a.notes,
    ...(a.attribution ? [a.attribution] : []),
  ];
}

/** "Not covered" and "not what I do" answers, shared with the Slack renderer's wording. */
export function outOfScope(a: Extract<Answer, { kind: "out-of-scope" }>): string[] {
  if (a.reason === "off-topic" && a.declined === "writing")
    return [
      writingLine,
      a.role
        ? `What I can tell you is what the sources say ${withArticle(a.role.name)} needs and earns, to write it with:`
        : whatIDoLine,
    ];
  if (a.reason === "off-topic") return [a.declined === "code" ? codeLine : offTopicLine, whatIDoLine];
  if (a.wayOfWorking)
    return [
      `${a.wayOfWorking.charAt(0).toUpperCase()}${a.wayOfWorking.slice(1)} is a way of working, not a job of its own: the official figures count people who work that way in the occupation of the work they do, and no source I hold rates it as a career. Name the work to see its pay and outlook, e.g. “is ${a.wayOfWorking} worth it as a web developer”.`,
      "See every role I know with: career roles",
    ];
  return [
    a.abroad
      ? `I know no US occupation called “${a.occupation}”, and ${a.abroad} is outside the US: every figure I hold is a US one, so I have none for it there either. Name the US job you mean, or any occupation, and I'll give its US figures.`
      : `I don't cover ${a.occupation} yet.`,
    ...(a.figures.length
      ? [
          "",
          `US government figures for ${a.occupation} as an occupation:`,
          ...bullet(a.figures.map(figure)),
          "",
        ]
      : []),
    a.nearest.length
      ? `The closest roles I know: ${a.nearest.map((r) => r.name).join(", ")}.`
      : "See every role I know with: career roles",
    ...(a.abroad ? [] : [howToAddLine]),
    ...(a.officialNote ? [a.officialNote] : []),
    ...sources(a.citations),
  ];
}

function lines(a: Answer): string[] {
  switch (a.kind) {
    case "both":
      return a.parts.flatMap((part, i) => [...(i > 0 ? [""] : []), ...lines(part)]);
    case "occupation":
      return [...occupationLines(a), ...sources(a.citations)];
    case "ranking":
      return [...rankingLines(a), ...sources(a.citations)];
    case "help":
      return [
        rule("Career Advisor"),
        "Type any of these after /career (or after `career` on the command line):",
        ...a.commands.map((c) => `  ${c.usage.padEnd(48)} ${c.description}`),
        "",
        "Or just ask a question. Examples:",
        ...bullet(a.examples),
      ];
    case "roles":
      return [
        rule("Roles I know"),
        ...a.roles.map((r) => `  ${r.name.padEnd(44)} (${r.aliases.join(", ")})`),
      ];
    case "role":
      return [
        rule(a.role.name),
        a.summary,
        "",
        "Responsibilities:",
        ...bullet(a.responsibilities),
        "",
        ...a.skills.flatMap((s) => [`${s.label}: ${s.items.join(", ")}`]),
        ...(a.education.length ? ["", "Education:", ...bullet(a.education)] : []),
        ...(a.experience.length ? ["", "Experience:", ...bullet(a.experience)] : []),
        "",
        "Pay:",
        ...(a.payMissing ? bullet([a.payMissing]) : bullet(a.pay.map(figure))),
        ...(a.related.length ? ["", `Related roles: ${a.related.map((r) => r.name).join(", ")}`] : []),
        ...(a.learnMore.length
          ? ["", "Learn more:", ...bullet(a.learnMore.map((l) => `${l.title} <${l.url}>`))]
          : []),
        ...sources(a.citations),
      ];
    case "compare":
      return [
        rule(a.roles.map((r) => r.name).join(" vs ")),
        ...(a.note ? [a.note] : []),
        ...a.rows.flatMap((row) => [
          "",
          `${row.topic}:`,
          ...a.roles.map((r, i) => `  ${r.name}: ${row.values[i] ?? "—"}`),
          ...(row.note ? [`  ${row.note}`] : []),
        ]),
        "",
        `${sharedSkillsLabel(a)}: ${a.sharedSkills.join(", ") || "none in common in the knowledge base"}`,
        ...a.partlyShared.map(
          (p) => `Both ${p.roles.map((r) => r.name).join(" and ")}: ${p.items.join(", ")}`,
        ),
        ...a.distinctSkills.map((d) => `Only ${d.role.name}: ${d.items.join(", ") || "—"}`),
        "",
        "Pay:",
        ...a.pay.flatMap((p) => [
          `  ${p.role.name}:`,
          ...(p.missing ? bullet([p.missing], "  -") : bullet(p.figures.map(figure), "  -")),
        ]),
        ...(a.payNote ? [`  ${a.payNote}`] : []),
        ...(a.curated
          ? [
              "",
              `Key differences (${citationText(a.curated.citation)}):`,
              ...bullet(a.curated.differences.map((d) => `${d.topic}: ${d.text}`)),
            ]
          : []),
        ...sources(a.citations),
      ];
    case "salary":
      return [
        rule(`${a.role.name} pay`),
        ...(a.answer
          ? [`» ${a.answer.label}: ${a.answer.value} (${citationText(a.answer.citation)})`, ""]
          : []),
        ...(a.usedPreferences.length ? [`Using ${a.usedPreferences.join(" and ")}.`, ""] : []),
        ...a.gaps,
        ...(a.gaps.length ? [""] : []),
        ...(a.headline.length ? ["Headline:", ...bullet(a.headline.map(figure))] : []),
        ...(a.levels.length
          ? ["By level:", ...bullet(a.levels.flatMap((l) => [figure(l.figure), ...l.extra.map(figure)]))]
          : []),
        ...(a.locations.length
          ? [
              "By location:",
              ...bullet(a.locations.flatMap((l) => [figure(l.figure), ...l.extra.map(figure)])),
            ]
          : []),
        ...(a.totalComp.length ? ["Total compensation:", ...bullet(a.totalComp.map(figure))] : []),
        ...(a.companies.length
          ? ["Company examples:", ...bullet(a.companies.flatMap((c) => c.figures.map(figure)))]
          : []),
        ...(a.modifiers.length ? ["What moves pay:", ...bullet(a.modifiers.map(figure))] : []),
        ...(a.government.length
          ? [
              "US government statistics (base pay only; not comparable one-to-one with total compensation):",
              ...bullet(a.government.map(figure)),
            ]
          : []),
        ...(a.notes.length ? ["Notes:", ...bullet(a.notes)] : []),
        ...sources(a.citations),
      ];
    case "checklist":
      return [
        rule(`${a.role.name} skills checklist`),
        ...(a.usedPreferences.length ? [`Using ${a.usedPreferences.join(" and ")}.`] : []),
        `Progress: ${progressBar(a.done, a.total)}`,
        ...a.groups.flatMap((g) => [
          "",
          `${g.label}:`,
          ...g.items.map((i) => `  [${i.done ? "x" : " "}] ${i.text}`),
        ]),
      ];
    case "path":
      return [
        rule(`${a.role.name} career path`),
        ...(a.into.length ? [`Into the role from: ${a.into.join(", ")}`] : []),
        ...(a.ladder.length ? [`Ladder: ${a.ladder.join(" → ")}`] : []),
        ...(a.beyond.length ? [`After it: ${a.beyond.join(", ")}`] : []),
        ...(a.advice.length ? ["", "Advice:", ...bullet(a.advice)] : []),
        ...(a.gettingStarted.length ? ["", "Getting started:", ...bullet(a.gettingStarted)] : []),
        ...(a.into.length + a.ladder.length + a.beyond.length === 0
          ? ["The knowledge base has no progression ladder for this role."]
          : []),
        ...(a.related.length ? ["", `Related roles: ${a.related.map((r) => r.name).join(", ")}`] : []),
      ];
    case "gap":
      return [
        rule(`From ${a.from.name} to ${a.to.name}`),
        ...(a.note ? [a.note, ""] : []),
        ...(a.weighing
          ? [
              "Pay side by side:",
              ...a.weighing.pay.roles.flatMap((r) => [
                `  ${r.role.name}:`,
                ...(r.missing ? bullet([r.missing]) : bullet(r.figures.map(figure))),
              ]),
              `  ${a.weighing.pay.verdict}`,
              "",
              "Outlook side by side:",
              ...a.weighing.outlook.flatMap((o) => [`  ${o.role.name}:`, ...bullet(o.lines)]),
              "",
            ]
          : []),
        ...(a.toLearn.length
          ? [
              "To learn:",
              ...a.toLearn.flatMap((g) => [`  ${g.label}: ${g.items.map((i) => i.text).join(", ")}`]),
            ]
          : ["Nothing left to learn on the knowledge base's list for this move."]),
        ...(a.alreadyHave.length
          ? ["", `Carries over from ${a.from.name}: ${a.alreadyHave.join(", ")}`]
          : []),
        ...(a.ticked.length ? [`Already ticked by you: ${a.ticked.join(", ")}`] : []),
        ...(a.curated
          ? [
              "",
              `Key differences (${citationText(a.curated.citation)}):`,
              ...bullet(a.curated.differences.map((d) => `${d.topic}: ${d.text}`)),
            ]
          : []),
        ...(a.weighing ? sources(a.weighing.citations) : []),
      ];
    case "trends":
      return [
        rule("Trends shaping ML engineering"),
        ...a.trends.flatMap((t, i) => [`${i + 1}. ${t.name}`, `   ${t.summary}`]),
        "",
        "Market figures:",
        ...bullet(a.figures.map(figure)),
        "",
        "Where ML is being adopted:",
        ...bullet(a.adoption.map((x) => `${x.industry}: ${x.uses.join(", ")}`)),
        ...sources(a.citations),
      ];
    case "answer":
      if (!a.found)
        return [
          `I don't have anything on "${a.question}" in the knowledge base.`,
          "I can answer questions about tech roles: what they do, pay by level and location, skills, tools, education, career paths, trends, best practices and common challenges.",
        ];
      return [
        ...(a.headline ? [a.headline] : []),
        ...bullet(a.facts),
        ...a.sections.flatMap((s) => ["", `${s.title}:`, ...bullet(s.lines)]),
        ...sources(a.citations),
      ];
    case "pay-compare":
      return [
        rule(`Pay: ${a.roles.map((r) => r.role.name).join(" vs ")}`),
        ...(a.note ? [a.note] : []),
        ...a.roles.flatMap((r) => [
          `${r.role.name}:`,
          ...(r.missing ? bullet([r.missing]) : bullet(r.figures.map(figure))),
        ]),
        "",
        a.verdict,
        ...sources(a.citations),
      ];
    case "pay-weighed":
      return [
        rule(payWeighedTitle(a)),
        ...a.lead,
        ...(a.yearly ? [a.yearly] : []),
        ...a.verdicts,
        ...(a.scale.length
          ? [
              "",
              "Where it falls among the BLS annual wages (base pay only):",
              ...withAmountPlaced(
                a,
                (f) => `  - ${f.label}: ${f.value} (${citationText(f.citation)})`,
                (placed, what) => `  » ${placed}: ${what}`,
              ),
            ]
          : []),
        ...(a.against.length ? ["", "Curated figures:", ...bullet(a.against.map(figure))] : []),
        ...(a.notes.length ? ["", "Notes:", ...bullet(a.notes)] : []),
        ...sources(a.citations),
      ];
    case "out-of-scope":
      return outOfScope(a);
    case "clarify":
      return [a.prompt];
    case "role-problem":
      if (a.problem === "missing")
        return ["Which role? Name one, or save a target role with `prefs set role <role>`."];
      return [
        a.problem === "ambiguous"
          ? `"${a.typed}" could mean more than one role: ${a.options.map((o) => o.name).join(" or ")}. Which one?`
          : `I don't know a role called "${a.typed}".${a.options.length ? ` Did you mean ${a.options.map((o) => o.name).join(", ")}?` : ""}`,
        "See every role with: career roles",
      ];
    case "usage":
      return [`That ${a.command} command needs a fix: ${a.problem}.`, `Usage: ${a.usage}`];
    case "notice":
      return [rule(a.title), ...a.lines];
    case "prefs":
      return [
        rule("Your preferences"),
        `Location:   ${a.location ?? "not set"}`,
        `Level:      ${a.level ?? "not set"}`,
        `Target role: ${a.role?.name ?? "not set"}`,
        `Visibility: ${a.visibility === "channel" ? "answers posted in the channel" : "answers only you can see"}`,
      ];
    case "digest":
      return [
        rule(`Career digest for ${a.date}`),
        `Trend of the day (${a.trend.index} of ${a.trend.of}): ${a.trend.name}`,
        `  ${a.trend.summary}`,
        ...(a.trend.because ? [`  (Picked because ${a.trend.because} is rising here.)`] : []),
        "",
        `Market figure: ${figure(a.figure)}`,
        "",
        `Tip (${a.tip.kind}, ${a.tip.title}): ${a.tip.text}`,
        "",
        `Salary spotlight, ${a.spotlight.role.name}: ${figure(a.spotlight.figure)}`,
        ...(a.changes
          ? ["", "New in the knowledge since the last digest:", ...bullet(changeLines(a.changes))]
          : []),
        ...(a.thisWeek ? ["", "This week here:", ...bullet(thisWeekLines(a.thisWeek))] : []),
        ...(a.news
          ? [
              "",
              "From your feeds:",
              ...bullet(
                a.news.map(
                  (n) =>
                    `${n.title} — ${n.source}${n.published ? `, ${n.published.slice(0, 10)}` : ""}${n.link ? ` <${n.link}>` : ""}`,
                ),
              ),
            ]
          : []),
      ];
  }
}

/** The answer as plain text for a terminal. */
export function renderText(answer: Answer): string {
  return [...lines(answer), ...next(answer.followups)].join("\n");
}
