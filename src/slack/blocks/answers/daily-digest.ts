import type { KnownBlock } from "@slack/types";
import type { DigestAnswer } from "../../../advisor/answers.js";
import { citationText } from "../../../knowledge/core/figure-text.js";
import { changeLines, thisWeekLines } from "../../../render/plain-text.js";
import { esc, header, link, sections } from "../kit.js";
import { bullets, figureText } from "./parts.js";

/* The daily digest. */

export function digestBlocks(a: DigestAnswer): KnownBlock[] {
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
                `• ${n.link ? link(n.link, n.title) : esc(n.title)} — _${esc(n.source)}${n.published ? `, ${esc(n.published.slice(0, 10))}` : ""}_`,
            )
            .join("\n")}`,
        )
      : []),
  ];
}
