import type { KnownBlock } from "@slack/types";
import type { Answer, Citation, FigureView, RoleRef } from "../../advisor/answers.js";
import { citationText } from "../../knowledge/figure-text.js";
import {
  changeLines,
  outOfScope,
  progressBar,
  rankingRowText,
  rankingTitle,
  renderText,
  thisWeekLines,
} from "../../render/plain-text.js";
import { ids, skillsCheckId } from "../ids.js";
import { comparisonTable } from "./comparison-table.js";
import type { DataVisualizationBlock } from "./data-visualization.js";
import { type FeedbackSubject, feedbackBlock } from "./feedback-buttons.js";
import {
  button,
  clip,
  context,
  esc,
  fieldSections,
  fitBlocks,
  header,
  limits,
  option,
  sections,
} from "./kit.js";
import { payChartBlocks } from "./pay-charts.js";

/** A block of a message: one @slack/types knows, or a chart (which it does not declare yet). */
export type MessageBlock = KnownBlock | DataVisualizationBlock;

export interface SlackMessage {
  text: string;
  blocks: MessageBlock[];
}

export interface RenderOptions {
  /** The command text that produced the answer, for "Share in channel". */
  command?: string;
  /** Show the "Share in channel" button (private answers only). */
  shareable?: boolean;
  /** Every role, for the "Compare with…" select. */
  roles?: RoleRef[];
  /** Pay charts drawn by Slack (data_visualization blocks) on salary answers and comparisons (CHARTS=native). */
  nativeCharts?: boolean;
  /** 👍 / 👎 under the answer, about this (mentions, threads and DMs). */
  feedback?: FeedbackSubject;
}

const bullets = (items: string[]) => items.map((i) => `• ${esc(i)}`).join("\n");
const figureText = (f: FigureView) =>
  `${f.highlight ? "*" : ""}${esc(f.label)}: ${esc(f.value)}${f.highlight ? "*" : ""}${f.baseOnly ? " _(base pay only)_" : ""}`;
const figureField = (title: string, f: FigureView) =>
  `*${esc(title)}*\n${esc(f.value)}${f.highlight ? "  ⬅" : ""}\n_${esc(citationText(f.citation))}_`;
const sourceLine = (cs: Citation[]) =>
  context(
    cs.length
      ? [
          `Sources: ${cs.map((c) => (c.url ? `<${esc(c.url)}|${esc(citationText(c))}>` : esc(citationText(c)))).join(" · ")}`,
        ]
      : [],
  );

/** What a next-step button says: the action in words, then what it applies to ("Pay · mle"). */
const actionNames = new Map([
  ["role", "About"],
  ["compare", "Compare"],
  ["salary", "Pay"],
  ["skills", "Skills checklist"],
  ["path", "Career path"],
  ["gap", "Skill gap"],
  ["trends", "Trends"],
  ["roles", "All roles"],
  ["help", "Help"],
  ["prefs", "My preferences"],
  ["ask", "Ask"],
  ["digest", "Digest"],
]);

export function buttonLabel(command: string): string {
  const [verb = "", ...rest] = command.trim().split(/\s+/);
  const name = actionNames.get(verb.toLowerCase());
  if (!name) return command;
  return rest.length ? `${name} · ${rest.join(" ")}` : name;
}

function followupButtons(followups: string[], extra: ReturnType<typeof button>[] = []): KnownBlock[] {
  const buttons = followups
    .slice(0, 5)
    .map((command, i) =>
      button({ text: buttonLabel(command), actionId: `${ids.runCommand}_${i}`, value: command }),
    );
  const elements = [...buttons, ...extra].slice(0, limits.actionsElements);
  return elements.length ? [{ type: "actions", elements }] : [];
}

function compareSelect(role: RoleRef, roles: RoleRef[] | undefined) {
  const others = (roles ?? []).filter((r) => r.id !== role.id).slice(0, limits.selectOptions);
  if (others.length === 0) return [];
  return [
    {
      type: "static_select" as const,
      action_id: ids.compareWith,
      placeholder: { type: "plain_text" as const, text: "Compare with…" },
      options: others.map((r) => option(r.name, r.id)),
    },
  ];
}

function body(a: Answer): KnownBlock[] {
  switch (a.kind) {
    case "help":
      return [
        header("Career Advisor"),
        ...sections(
          `Type any of these after \`/career\`, or mention me with them:\n${a.commands.map((c) => `• \`${esc(c.usage)}\` — ${esc(c.description)}`).join("\n")}`,
        ),
        ...sections(`Or just ask a question, e.g. _${esc(a.examples.at(-1) ?? "")}_`),
      ];
    case "roles":
      return [
        header("Roles I know"),
        ...sections(
          a.roles
            .map((r) => `• *${esc(r.name)}* — ${r.aliases.map((x) => `\`${esc(x)}\``).join(", ")}`)
            .join("\n"),
        ),
      ];
    case "role":
      return [
        header(a.role.name),
        ...sections(esc(a.summary)),
        ...sections(`*Responsibilities*\n${bullets(a.responsibilities)}`),
        ...fieldSections(a.skills.map((s) => `*${esc(s.label)}*\n${esc(s.items.join(", "))}`)),
        ...(a.payMissing
          ? sections(`*Pay*\n${esc(a.payMissing)}`)
          : fieldSections(
              a.pay.map((f) => figureField(f.label, f)),
              "*Pay*",
            )),
        ...(a.related.length
          ? sections(`*Related roles:* ${esc(a.related.map((r) => r.name).join(", "))}`)
          : []),
        ...context(a.learnMore.map((l) => `Learn more: <${esc(l.url)}|${esc(l.title)}>`)),
        ...sourceLine(a.citations),
      ];
    case "compare": {
      const names = a.roles.map((r) => r.name);
      return [
        header(names.join(" vs ")),
        comparisonTable(a),
        ...a.rows.flatMap((row) =>
          fieldSections(
            a.roles.map((r, i) => `*${esc(r.name)}*\n${esc(clip(row.values[i] ?? "—", 600))}`),
            `*${esc(row.topic)}*`,
          ),
        ),
        ...sections(
          `*Skills both need:* ${esc(a.sharedSkills.join(", ") || "none in common in the knowledge base")}`,
        ),
        ...fieldSections(
          a.distinctSkills.map((d) => `*Only ${esc(d.role.name)}*\n${esc(d.items.join(", ") || "—")}`),
        ),
        ...fieldSections(
          a.pay.map(
            (p) =>
              `*${esc(p.role.name)}*\n${p.missing ? esc(p.missing) : p.figures.map((f) => `${esc(f.value)} — ${esc(f.label)} _(${esc(citationText(f.citation))}${f.baseOnly ? "; base pay only" : ""})_`).join("\n")}`,
          ),
          "*Pay*",
        ),
        ...(a.curated
          ? sections(
              `*Key differences* _(${esc(citationText(a.curated.citation))})_\n${a.curated.differences.map((d) => `• *${esc(d.topic)}:* ${esc(d.text)}`).join("\n")}`,
            )
          : []),
        ...sourceLine(a.citations),
      ];
    }
    case "salary":
      return [
        header(`${a.role.name} pay`),
        ...(a.answer
          ? sections(
              `*${esc(a.answer.label)}: ${esc(a.answer.value)}*  _(${esc(citationText(a.answer.citation))})_`,
            )
          : []),
        ...context(
          a.usedPreferences.length
            ? [`Using ${esc(a.usedPreferences.join(" and "))}. Change it with \`/career prefs\`.`]
            : [],
        ),
        ...(a.gaps.length ? sections(a.gaps.map((g) => `:information_source: ${esc(g)}`).join("\n")) : []),
        ...fieldSections(
          a.headline.map((f) => figureField(f.label, f)),
          a.headline.length ? "*Headline*" : undefined,
        ),
        ...fieldSections(
          a.levels.map((l) => figureField(l.name, l.figure)),
          a.levels.length ? "*By level*" : undefined,
        ),
        ...(a.levels.some((l) => l.extra.length)
          ? context(a.levels.flatMap((l) => l.extra.map((f) => `${esc(f.label)}: ${esc(f.value)}`)))
          : []),
        ...fieldSections(
          a.locations.map((l) => figureField(l.name, l.figure)),
          a.locations.length ? "*By location (average)*" : undefined,
        ),
        ...fieldSections(
          a.totalComp.map((f) => figureField(f.label, f)),
          a.totalComp.length ? "*Total compensation*" : undefined,
        ),
        ...a.companies.flatMap((c) =>
          fieldSections(
            c.figures.map((f) => figureField(f.label, f)),
            `*${esc(c.company)}*`,
          ),
        ),
        ...(a.modifiers.length
          ? sections(`*What moves pay*\n${a.modifiers.map((f) => `• ${figureText(f)}`).join("\n")}`)
          : []),
        ...fieldSections(
          a.government.map((f) => figureField(f.label, f)),
          a.government.length
            ? "*US government statistics* _(base pay only; not comparable one-to-one with total compensation)_"
            : undefined,
        ),
        ...(a.notes.length ? context(a.notes.map(esc)) : []),
        ...sourceLine(a.citations),
      ];
    case "checklist":
      return [
        header(`${a.role.name} skills checklist`),
        ...sections(
          `*Progress:* \`${progressBar(a.done, a.total)}\`${a.usedPreferences.length ? `\n_Using ${esc(a.usedPreferences.join(" and "))}._` : ""}`,
        ),
        ...a.groups.flatMap((g): KnownBlock[] => {
          const chunks: (typeof g.items)[] = [];
          for (let i = 0; i < g.items.length; i += limits.checkboxOptions)
            chunks.push(g.items.slice(i, i + limits.checkboxOptions));
          const done = g.items.filter((i) => i.done).length;
          return [
            ...sections(`*${esc(g.label)}* — ${done}/${g.items.length}`),
            {
              type: "actions",
              block_id: clip(`checklist|${a.role.id}|${g.group}`, limits.id),
              elements: chunks.map((items, chunk) => {
                const options = items.map((i) => option(i.text, i.id));
                const initial = options.filter((_, k) => items[k]?.done);
                return {
                  type: "checkboxes" as const,
                  action_id: clip(skillsCheckId(a.role.id, g.group, chunk), limits.id),
                  options,
                  ...(initial.length ? { initial_options: initial } : {}),
                };
              }),
            },
          ];
        }),
        ...context(["Ticks are saved as you go, and `/career gap` leaves out what you have ticked."]),
      ];
    case "path":
      return [
        header(`${a.role.name} career path`),
        ...sections(
          [
            a.into.length ? `*Into the role from:* ${esc(a.into.join(", "))}` : "",
            a.ladder.length ? `*Ladder:* ${esc(a.ladder.join(" → "))}` : "",
            a.beyond.length ? `*After it:* ${esc(a.beyond.join(", "))}` : "",
            a.into.length + a.ladder.length + a.beyond.length === 0
              ? "The knowledge base has no progression ladder for this role."
              : "",
          ]
            .filter(Boolean)
            .join("\n"),
        ),
        ...(a.advice.length ? sections(`*Advice*\n${bullets(a.advice)}`) : []),
        ...(a.gettingStarted.length ? sections(`*Getting started*\n${bullets(a.gettingStarted)}`) : []),
        ...(a.related.length
          ? context([`Related roles: ${esc(a.related.map((r) => r.name).join(", "))}`])
          : []),
      ];
    case "gap":
      return [
        header(`From ${a.from.name} to ${a.to.name}`),
        ...(a.weighing
          ? [
              ...fieldSections(
                a.weighing.pay.roles.map(
                  (r) =>
                    `*${esc(r.role.name)}*\n${r.missing ? esc(r.missing) : r.figures.map(figureText).join("\n")}`,
                ),
                "*Pay side by side*",
              ),
              ...sections(esc(a.weighing.pay.verdict)),
              ...fieldSections(
                a.weighing.outlook.map((o) => `*${esc(o.role.name)}*\n${bullets(o.lines)}`),
                "*Outlook side by side*",
              ),
            ]
          : []),
        ...(a.toLearn.length
          ? fieldSections(
              a.toLearn.map((g) => `*${esc(g.label)}*\n${esc(g.items.map((i) => i.text).join(", "))}`),
              "*To learn*",
            )
          : sections("Nothing left to learn on the knowledge base's list for this move. :tada:")),
        ...(a.alreadyHave.length
          ? sections(`*Carries over from ${esc(a.from.name)}:* ${esc(a.alreadyHave.join(", "))}`)
          : []),
        ...(a.ticked.length
          ? context([`Left out because you ticked them: ${esc(a.ticked.join(", "))}`])
          : []),
        ...(a.curated
          ? sections(
              `*Key differences* _(${esc(citationText(a.curated.citation))})_\n${a.curated.differences.map((d) => `• *${esc(d.topic)}:* ${esc(d.text)}`).join("\n")}`,
            )
          : []),

        ...(a.weighing ? sourceLine(a.weighing.citations) : []),
      ];
    case "trends":
      return [
        header("Trends shaping ML engineering"),
        ...sections(a.trends.map((t, i) => `*${i + 1}. ${esc(t.name)}*\n${esc(t.summary)}`).join("\n")),
        ...fieldSections(
          a.figures.map((f) => figureField(f.label, f)),
          "*Market figures*",
        ),
        ...sections(
          `*Where ML is being adopted*\n${bullets(a.adoption.map((x) => `${x.industry}: ${x.uses.join(", ")}`))}`,
        ),
        ...sourceLine(a.citations),
      ];
    case "answer":
      if (!a.found)
        return sections(
          `I don't have anything on _${esc(a.question)}_ in the knowledge base.\nI can answer questions about tech roles: what they do, pay by level and location, skills, tools, education, career paths, trends, best practices and common challenges.`,
        );
      return [
        ...(a.headline ? sections(`*${esc(a.headline)}*`) : []),
        ...(a.facts.length ? sections(bullets(a.facts)) : []),
        ...a.sections.flatMap((s) => sections(`*${esc(s.title)}*\n${bullets(s.lines)}`)),
        ...sourceLine(a.citations),
      ];
    case "pay-compare":
      return [
        header(`Pay: ${a.roles.map((r) => r.role.name).join(" vs ")}`),
        ...fieldSections(
          a.roles.map(
            (r) =>
              `*${esc(r.role.name)}*\n${r.missing ? esc(r.missing) : r.figures.map(figureText).join("\n")}`,
          ),
        ),
        ...sections(esc(a.verdict)),
        ...sourceLine(a.citations),
      ];
    case "occupation":
      return [
        header(`${a.title}: official US figures`),
        ...(a.matchNote ? sections(esc(a.matchNote)) : []),
        ...fieldSections(
          a.pay.map((f) => figureField(f.label, f)),
          a.pay.length ? `*Pay* _(SOC ${a.soc}; base pay only)_` : undefined,
        ),
        ...fieldSections(
          a.outlook.map((f) => figureField(f.label, f)),
          a.outlook.length ? "*Jobs and outlook*" : undefined,
        ),
        ...fieldSections(
          a.entry.map((f) => figureField(f.label, f)),
          a.entry.length ? "*Getting in*" : undefined,
        ),
        ...(a.tools ? sections(`*${esc(a.tools.label)}*\n${esc(a.tools.value)}`) : []),
        ...(a.related.length ? sections(`*Related occupations:* ${esc(a.related.join(", "))}`) : []),
        ...context([...a.notes, ...(a.attribution ? [a.attribution] : [])].map(esc)),
        ...sourceLine(a.citations),
      ];
    case "ranking":
      return [
        header(rankingTitle(a)),
        ...sections(a.rows.map((r, i) => esc(rankingRowText(r, i))).join("\n") || "Nothing to rank."),
        ...context(a.notes.map(esc)),
        ...sourceLine(a.citations),
      ];
    case "out-of-scope":
      return sections(
        esc(
          outOfScope({ ...a, citations: [] })
            .join("\n")
            .replace(/\n{2,}/g, "\n"),
        ),
      ).concat(sourceLine(a.citations));
    case "clarify":
      return sections(esc(a.prompt));
    case "role-problem":
      if (a.problem === "missing")
        return sections("Which role? Name one, or save a target role with `/career prefs set role <role>`.");
      return sections(
        a.problem === "ambiguous"
          ? `_${esc(a.typed)}_ could mean more than one role: ${esc(a.options.map((r) => r.name).join(" or "))}. Which one?`
          : `I don't know a role called _${esc(a.typed)}_.${a.options.length ? ` Did you mean ${esc(a.options.map((r) => r.name).join(", "))}?` : ""} \`/career roles\` lists every role.`,
      );
    case "usage":
      return sections(
        `That \`${esc(a.command)}\` command needs a fix: ${esc(a.problem)}.\nUsage: \`/career ${esc(a.usage)}\``,
      );
    case "notice":
      return [
        ...sections(
          `${a.tone === "success" ? ":white_check_mark: " : a.tone === "warning" ? ":warning: " : ""}*${esc(a.title)}*`,
        ),
        ...(a.lines.length ? sections(a.lines.map(esc).join("\n")) : []),
      ];
    case "prefs":
      return [
        header("Your preferences"),
        ...fieldSections([
          `*Location*\n${esc(a.location ?? "not set")}`,
          `*Level*\n${esc(a.level ?? "not set")}`,
          `*Target role*\n${esc(a.role?.name ?? "not set")}`,
          `*Answers*\n${a.visibility === "channel" ? "posted in the channel" : "only you can see them"}`,
        ]),
      ];
    case "digest":
      return [
        header(`Career digest — ${a.date}`),
        ...sections(
          `*Trend of the day* _(${a.trend.index} of ${a.trend.of})_: *${esc(a.trend.name)}*\n${esc(a.trend.summary)}${a.trend.because ? `\n_Picked because ${esc(a.trend.because)} is rising here._` : ""}`,
        ),
        ...sections(`*Market figure:* ${figureText(a.figure)} _(${esc(citationText(a.figure.citation))})_`),
        ...sections(`*Tip* _(${esc(a.tip.kind)}: ${esc(a.tip.title)})_\n${esc(a.tip.text)}`),
        ...sections(
          `*Salary spotlight — ${esc(a.spotlight.role.name)}:* ${figureText(a.spotlight.figure)} _(${esc(citationText(a.spotlight.figure.citation))})_`,
        ),
        ...(a.changes
          ? sections(`*New in the knowledge since the last digest*\n${bullets(changeLines(a.changes))}`)
          : []),
        ...(a.thisWeek ? sections(`*This week here*\n${bullets(thisWeekLines(a.thisWeek))}`) : []),
        ...(a.news
          ? sections(
              `*From your feeds*\n${a.news
                .map(
                  (n) =>
                    `• ${n.link ? `<${esc(n.link)}|${esc(n.title)}>` : esc(n.title)} — _${esc(n.source)}${n.published ? `, ${esc(n.published.slice(0, 10))}` : ""}_`,
                )
                .join("\n")}`,
            )
          : []),
      ];
  }
}

function actions(a: Answer, o: RenderOptions): KnownBlock[] {
  const share =
    o.shareable && o.command !== undefined
      ? [button({ text: "Share in channel", actionId: ids.share, value: o.command })]
      : [];
  const prefs =
    a.kind === "prefs"
      ? [button({ text: "Edit preferences", actionId: ids.openPrefs, value: "open", style: "primary" })]
      : [];
  const followups = a.kind === "role-problem" ? a.options.map((r) => `role ${r.name}`) : a.followups;
  const blocks = followupButtons(followups, [...prefs, ...share]);
  if (a.kind === "role") {
    const select = compareSelect(a.role, o.roles);
    if (select.length)
      blocks.push({
        type: "actions",
        block_id: clip(`${ids.compareWith}|${a.role.id}`, limits.id),
        elements: select,
      });
  }
  return blocks;
}

/** Characters of the answer's text kept as the message's fallback. */
const fallbackLength = 400;

/**
 * The message's plain `text`. With blocks present Slack shows it only in notifications, so it is the
 * answer's opening lines (its title and first facts) rather than the whole answer again.
 */
function notificationText(answer: Answer): string {
  const text = renderText(answer)
    .replace(/^=+$/m, "")
    .replace(/\n{2,}/g, "\n");
  return esc(clip(text, fallbackLength));
}

/** Settings and confirmations are not answers to rate. */
const unrated = new Set<Answer["kind"]>(["prefs", "notice", "digest"]);

/**
 * The answer as a Slack message: Block Kit within every limit, with a plain-text fallback. Its pay charts
 * (when asked for) and its buttons come last and are kept when a long answer is cut.
 */
export function renderMessage(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const tail: MessageBlock[] = [
    ...(options.nativeCharts ? payChartBlocks(answer) : []),
    ...actions(answer, options),
    ...(options.feedback && !unrated.has(answer.kind) ? [feedbackBlock(options.feedback)] : []),
  ];
  const blocks = fitBlocks([...body(answer), ...tail], limits.messageBlocks, tail.length);
  return { text: notificationText(answer), blocks };
}
