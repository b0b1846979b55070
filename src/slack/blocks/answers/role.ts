import type { KnownBlock } from "@slack/types";
import type { CareerPath, RoleCard } from "../../../advisor/answers.js";
import { context, esc, fieldSections, header, link, sections } from "../kit.js";
import { bullets, figureField, sourceLine } from "./parts.js";

/* One role: its card and its career path. */

export function roleBlocks(a: RoleCard): KnownBlock[] {
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
    ...(a.related.length ? sections(`*Related roles:* ${esc(a.related.map((r) => r.name).join(", "))}`) : []),
    ...context(a.learnMore.map((l) => `Learn more: ${link(l.url, l.title)}`)),
    ...sourceLine(a.citations),
  ];
}

export function pathBlocks(a: CareerPath): KnownBlock[] {
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
    ...(a.related.length ? context([`Related roles: ${esc(a.related.map((r) => r.name).join(", "))}`]) : []),
  ];
}
