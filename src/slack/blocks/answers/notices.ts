import type { KnownBlock } from "@slack/types";
import type {
  Clarification,
  HelpAnswer,
  Notice,
  OutOfScope,
  PrefsAnswer,
  RoleProblem,
  RolesAnswer,
  UsageProblem,
} from "../../../advisor/answers.js";
import { outOfScope } from "../../../render/plain-text.js";
import { esc, fieldSections, header, sections } from "../kit.js";
import { sourceLine } from "./parts.js";

/* Short answers: help, the list of roles, a question back, a problem with what was typed, a notice, the preferences, and what is out of scope. */

export function helpBlocks(a: HelpAnswer): KnownBlock[] {
  return [
    header("Career Advisor"),
    ...sections(
      `Type any of these after \`/career\`, or mention me with them:\n${a.commands.map((c) => `• \`${esc(c.usage)}\` — ${esc(c.description)}`).join("\n")}`,
    ),
    ...sections(`Or just ask a question, e.g. _${esc(a.examples.at(-1) ?? "")}_`),
  ];
}

export function rolesBlocks(a: RolesAnswer): KnownBlock[] {
  return [
    header("Roles I know"),
    ...sections(
      a.roles
        .map((r) => `• *${esc(r.name)}* — ${r.aliases.map((x) => `\`${esc(x)}\``).join(", ")}`)
        .join("\n"),
    ),
  ];
}

export function clarifyBlocks(a: Clarification): KnownBlock[] {
  return sections(esc(a.prompt));
}

export function roleProblemBlocks(a: RoleProblem): KnownBlock[] {
  if (a.problem === "missing")
    return sections("Which role? Name one, or save a target role with `/career prefs set role <role>`.");
  return sections(
    a.problem === "ambiguous"
      ? `_${esc(a.typed)}_ could mean more than one role: ${esc(a.options.map((r) => r.name).join(" or "))}. Which one?`
      : `I don't know a role called _${esc(a.typed)}_.${a.options.length ? ` Did you mean ${esc(a.options.map((r) => r.name).join(", "))}?` : ""} \`/career roles\` lists every role.`,
  );
}

export function usageBlocks(a: UsageProblem): KnownBlock[] {
  return sections(
    `That \`${esc(a.command)}\` command needs a fix: ${esc(a.problem)}.\nUsage: \`/career ${esc(a.usage)}\``,
  );
}

export function noticeBlocks(a: Notice): KnownBlock[] {
  return [
    ...sections(
      `${a.tone === "success" ? ":white_check_mark: " : a.tone === "warning" ? ":warning: " : ""}*${esc(a.title)}*`,
    ),
    ...(a.lines.length ? sections(a.lines.map(esc).join("\n")) : []),
  ];
}

export function prefsBlocks(a: PrefsAnswer): KnownBlock[] {
  return [
    header("Your preferences"),
    ...fieldSections([
      `*Location*\n${esc(a.location ?? "not set")}`,
      `*Level*\n${esc(a.level ?? "not set")}`,
      `*Target role*\n${esc(a.role?.name ?? "not set")}`,
      `*Answers*\n${a.visibility === "channel" ? "posted in the channel" : "only you can see them"}`,
    ]),
  ];
}

export function outOfScopeBlocks(a: OutOfScope): KnownBlock[] {
  return sections(
    esc(
      outOfScope({ ...a, citations: [] })
        .join("\n")
        .replace(/\n{2,}/g, "\n"),
    ),
  ).concat(sourceLine(a.citations));
}
