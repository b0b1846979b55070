import type { KnownBlock, View } from "@slack/types";
import { skillId, skillLists } from "../../advisor/parts/answer-parts.js";
import { prefsView } from "../../conversation/reply.js";
import { shareText } from "../../insights/feedback-report.js";
import type { OperatorReport } from "../../insights/operator-report.js";
import type { KnowledgeBase } from "../../knowledge/base.js";
import { progressBar } from "../../render/plain-text.js";
import type { UserRecord } from "../../store/records.js";
import { ids } from "./ids.js";
import { button, esc, fieldSections, fitBlocks, header, limits, sections } from "./kit.js";
import { buttonLabel } from "./next-steps.js";

function progressBlocks(kb: KnowledgeBase, record: UserRecord | undefined): KnownBlock[] {
  const role = record?.role ? kb.roleById.get(record.role) : undefined;
  if (!role)
    return sections(
      "*Your progress*\nSave a target role to track your skills: `/career prefs set role mle`, or use *Edit preferences*.",
    );
  const ticked = new Set(record?.ticked ?? []);
  const groups = skillLists(role);
  const next = groups
    .flatMap((g) => g.items)
    .filter((s) => !ticked.has(skillId(s)))
    .slice(0, 3);
  return [
    ...sections(`*Your progress toward ${esc(role.name)}*`),
    ...fieldSections(
      groups.map(
        (g) =>
          `*${esc(g.label)}*\n\`${progressBar(g.items.filter((s) => ticked.has(skillId(s))).length, g.items.length)}\``,
      ),
    ),
    ...sections(
      next.length
        ? `*Next three skills to learn:* ${esc(next.join(", "))}`
        : "*You have ticked every skill for this role.* :tada:",
    ),
    {
      type: "actions",
      elements: [
        button({
          text: "Open my checklist",
          actionId: `${ids.runCommand}_0`,
          value: `skills ${role.id.replaceAll("-", " ")}`,
          style: "primary",
        }),
        button({
          text: "My pay figures",
          actionId: `${ids.runCommand}_1`,
          value: `salary ${role.id.replaceAll("-", " ")}`,
        }),
      ],
    },
  ];
}

/** App Home: what the bot can do, the user's preferences, progress toward their target role, quick actions. */
/** The operator's report: what could not be answered, roles asked about but not covered, busiest kinds. */
function reportBlocks(report: OperatorReport): KnownBlock[] {
  const lines = (items: string[], none: string) =>
    items.length ? items.map((i) => `• ${i}`).join("\n") : none;
  return [
    { type: "divider" },
    header("Operator's report (last 30 days)"),
    ...sections(
      `*Questions I could not answer* _(counts; never who asked)_\n${lines(
        report.unanswered.map((u) => `${esc(u.question)} — ${u.count}`),
        "_None._",
      )}`,
    ),
    ...sections(
      `*Roles asked about that the knowledge does not cover*\n${lines(
        report.uncovered.map((u) => `${esc(u.occupation)} — ${u.count}`),
        "_None._",
      )}\nA role file in \`knowledge/roles/\` answers them (see knowledge/README.md).`,
    ),
    ...sections(
      `*Busiest kinds of question* _(${report.total} in all)_\n${lines(
        report.busiest.map((b) => `${esc(b.kind)} — ${b.count}`),
        "_None yet._",
      )}`,
    ),
    ...(report.feedback
      ? sections(
          `*👍 / 👎 on answers* _(${report.feedback.total} in all)_\n${lines(
            report.feedback.byKind.map((k) => `${esc(k.kind)} — ${shareText(k)}`),
            "_None yet._",
          )}\n*Latest 👎 questions*\n${lines(
            report.feedback.recentNegative.map(
              (n) =>
                `${n.question ? esc(n.question) : "_(words not kept: INSIGHTS is off)_"} — ${esc(n.kind)}, ${n.at.slice(0, 10)}`,
            ),
            "_None._",
          )}\n\`career feedback export <file>\` writes them as questions to label for the corpus.`,
        )
      : []),
  ];
}

export function homeView(kb: KnowledgeBase, record: UserRecord | undefined, report?: OperatorReport): View {
  const prefs = prefsView(kb, record);
  const blocks: KnownBlock[] = [
    header("Career Advisor"),
    ...sections(
      "I answer questions about tech roles from a curated, cited knowledge base: what a role does, how roles compare, pay by level and city, skills to learn and where a career leads. Type `/career help` anywhere, mention me, or message me here.",
    ),
    { type: "divider" },
    ...fieldSections(
      [
        `*Location*\n${esc(prefs.location ?? "not set")}`,
        `*Level*\n${esc(prefs.level ?? "not set")}`,
        `*Target role*\n${esc(prefs.role?.name ?? "not set")}`,
        `*Answers*\n${prefs.visibility === "channel" ? "posted in the channel" : "only you can see them"}`,
      ],
      "*Your preferences*",
    ),
    {
      type: "actions",
      elements: [button({ text: "Edit preferences", actionId: ids.openPrefs, value: "open" })],
    },
    { type: "divider" },
    ...progressBlocks(kb, record),
    { type: "divider" },
    ...sections("*Quick actions* — answers arrive in this app's Messages tab."),
    {
      type: "actions",
      elements: ["compare mle swe", "trends", "roles", "help"].map((command, i) =>
        button({ text: buttonLabel(command), actionId: `${ids.runCommand}_${i}`, value: command }),
      ),
    },
  ];
  if (report) blocks.push(...reportBlocks(report));
  return { type: "home", blocks: fitBlocks(blocks, limits.viewBlocks) };
}
