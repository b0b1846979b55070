import type { KnowledgeBase } from "../knowledge/base.js";
import { normalize, tokenize } from "../knowledge/core/text.js";
import { fieldAbbreviations, topicFirstFields } from "../knowledge/resolve.js";
import { employerNamedWordForWord } from "./entities/listed-employers.js";
import { spellShorthand } from "./text/chat-shorthand.js";
import { withoutPleasantries } from "./text/pleasantries.js";
import { quoteDropped, quoteKept } from "./text/quoted-back.js";
import { mentionsDropped } from "./text/slack-text.js";
import { isStarCorrection } from "./thread/correction.js";
import { readsAsPick } from "./thread/thread-pick.js";
import { besideWords, choiceWords, comparers } from "./words/contrast-words.js";
import { questionWords } from "./words/entity-words.js";
import { listedAskStarts } from "./words/listed-asks.js";
import { withoutNationwide } from "./words/nationwide.js";
import { asksRemote } from "./words/question-asks.js";
import { payPeriodAsked, wordsPattern } from "./words/topic-words.js";

export const prefKeys = ["location", "level", "role", "visibility"] as const;
export type PrefKey = (typeof prefKeys)[number];

export type DigestCommand =
  | { kind: "digest"; action: "subscribe"; time?: string; zone?: string }
  | { kind: "digest"; action: "unsubscribe" | "status" }
  | { kind: "digest"; action: "preview"; date?: string }
  | { kind: "digest"; action: "feed"; op: "add" | "remove"; url: string }
  | { kind: "digest"; action: "feed"; op: "list" };

/** What a user asked for, whichever way they typed it. Role names stay as typed; the advisor resolves them. */
export type Command =
  | { kind: "help" }
  | { kind: "roles" }
  | { kind: "trends" }
  /** `bare`: a role's name typed alone, with no subcommand, which a thread may read as a reply to it. */
  | { kind: "role"; role: string; bare?: true }
  | { kind: "compare"; roles: string[] }
  | { kind: "salary"; role?: string; level?: string; location?: string }
  | { kind: "skills"; role?: string }
  | { kind: "path"; role: string }
  | { kind: "gap"; from: string; to: string }
  /**
   * `pasted`: the message with its quote's words kept, where a quote was dropped from `question`; read
   * instead when nothing comes before in the thread, where a quote cannot be the bot's words.
   */
  | { kind: "ask"; question: string; pasted?: string }
  | { kind: "prefs"; action: "show" }
  | { kind: "prefs"; action: "reset" }
  | { kind: "prefs"; action: "set"; key: PrefKey; value: string }
  | DigestCommand
  | { kind: "usage"; command: string; problem: string };

/** One line of help per command; the parser's usage answers quote these. */
export const usages: Record<string, { usage: string; description: string }> = {
  role: { usage: "role <role>", description: "what a role does, its skills, pay headline and related roles" },
  compare: { usage: "compare <role> <role> [<role>]", description: "two or three roles side by side" },
  salary: {
    usage: "salary <role> [level] [location]",
    description: "pay by level, location and total compensation",
  },
  skills: { usage: "skills <role>", description: "a skills checklist you can tick off" },
  path: { usage: "path <role>", description: "how people get into the role and where it leads" },
  gap: {
    usage: "gap <from role> to <to role>",
    description: "what to learn to move from one role to another",
  },
  trends: { usage: "trends", description: "market trends and demand figures" },
  ask: { usage: "ask <question>", description: "any question, answered from the knowledge base" },
  roles: { usage: "roles", description: "every role the advisor knows, with the names you can type" },
  prefs: {
    usage: "prefs [set <location|level|role|visibility> <value> | reset]",
    description: "your saved location, level, target role and answer visibility",
  },
  digest: {
    usage:
      "digest subscribe [HH:MM] [Area/City] | unsubscribe | preview | status | feed add|remove <url> | feed list",
    description: "a daily trend digest in this channel",
  },
  help: { usage: "help", description: "this list" },
};

/** Longest input the parser reads; anything past it is ignored so a pasted essay cannot slow the bot. */
const maxInputLength = 500;

/** What stands between roles listed: a comma, a slash, a plus, or a pattern of words ("swe vs mle"). */
const separatedBy = (words: string) => new RegExp(String.raw`\s*(?:,|;|&|\/|\+|(?:${words})\.?)\s*`, "i");
/** Words between the roles of a list: those of a choice, and "and", "with", "against". */
const listWords = wordsPattern(choiceWords, ["and", "with", "against"]).source;
const listSeparators = separatedBy(listWords);
/** Between the roles of `compare`, "to" too: "compare swe to mle". */
const compareSeparators = separatedBy(String.raw`${listWords}|\b(?:compared\s+)?to\b`);
const gapSeparators = /\s*(?:->|→|=>|\bto\b|\binto\b)\s*/i;
/** Words of asking nicely ("salary pls"): no role, level or place. */
const politeWords = ["please", "pls", "plz", "thanks", "thx"];
const fillerWords = new Set([..."for in at a an the of as from level".split(" "), ...politeWords]);

/** What a command that needs a role says when none is named. */
export const noRoleNamed = "name a role";

/** What `compare` says when it has fewer than two roles to set side by side. */
export const twoRolesNeeded = "name two or three roles, e.g. `compare mle swe`";

function usage(command: string, problem: string): Command {
  return { kind: "usage", command, problem };
}

/** Splits a list of role names: on quotes and separators if there are any, else on the names the knowledge knows. */
function splitRoles(kb: KnowledgeBase, text: string, separators = listSeparators): string[] {
  const quoted = [...text.matchAll(/["“”']([^"“”']+)["“”']/g)].map((m) => m[1]?.trim() ?? "");
  const rest = text.replace(/["“”'][^"“”']+["“”']/g, " , ").trim();
  const parts = rest
    .split(separators)
    .map((p) => p.trim())
    .filter((p) => p !== "" && normalize(p) !== "");
  const out = [...quoted.filter((q) => q !== "")];
  for (const part of parts) out.push(...segment(kb, part));
  return out;
}

/** Words that only say "a role" and belong with the name next to them ("sde engineer"). */
const roleNouns = new Set([
  "engineer",
  "engineers",
  "developer",
  "developers",
  "role",
  "roles",
  "the",
  "a",
  "an",
]);

/**
 * "lead mle data science engineer" → ["lead mle", "data science engineer"]; "mle xyzzyq" → ["mle", "xyzzyq"],
 * so that the word no role matches is named in the answer. Generic words stay with the name before them.
 */
function segment(kb: KnowledgeBase, text: string): string[] {
  const words = tokenize(text);
  const matches = kb.roleNames.findAll(words);
  const whole = matches.length === 1 && matches[0]?.start === 0 && matches[0]?.end === words.length;
  if (matches.length === 0 || whole) return [text.trim()];
  const out: string[] = [];
  const addUnknown = (run: string[]) => {
    if (run.length === 0) return;
    if (!run.every((w) => roleNouns.has(w))) out.push(run.join(" "));
    else if (out.length > 0) out[out.length - 1] += ` ${run.join(" ")}`;
  };
  let cursor = 0;
  for (const m of matches) {
    addUnknown(words.slice(cursor, m.start));
    out.push(words.slice(m.start, m.end).join(" "));
    cursor = m.end;
  }
  addUnknown(words.slice(cursor));
  return out;
}

/** Words that set one place against another ("v" too: the words are tokens here, not raw text). */
const placeAgainstPlace: ReadonlySet<string> = new Set([...comparers, ...besideWords]);

/** Two places set against each other, or remote work: no place of the grammar's. */
const placesSetAgainst = (words: string[]) =>
  words.some((w) => placeAgainstPlace.has(w)) || asksRemote(words.join(" "));

function parseSalary(kb: KnowledgeBase, rest: string): Command {
  // Every figure is a US one, so "in the US" names no place to look up: the role's general figures.
  const words = tokenize(withoutNationwide(rest)).filter((w) => !fillerWords.has(w));
  if (words.length === 0) return { kind: "salary" };
  const used = new Array<boolean>(words.length).fill(false);
  const take = (start: number, end: number) => {
    const text = words.slice(start, end).join(" ");
    for (let i = start; i < end; i++) used[i] = true;
    return text;
  };
  // The words after an exactly named role are a level and a place: look for typos only if none is exact.
  const roleMatch = kb.roleNames.findAll(words, undefined, false)[0] ?? kb.roleNames.findAll(words)[0];
  const role = roleMatch ? take(roleMatch.start, roleMatch.end) : undefined;
  // "salary of the backend one in the US": "one" after the role stands for it, no place of that name.
  if (roleMatch && /^ones?$/.test(words[roleMatch.end] ?? "")) take(roleMatch.end, roleMatch.end + 1);
  const free = (w: string) => used[words.indexOf(w)] === true;
  const levelMatch = kb.levels.findAll(words, free).find((m) => !used.slice(m.start, m.end).some(Boolean));
  const level = levelMatch ? take(levelMatch.start, levelMatch.end) : undefined;
  const leftover = words.filter((_, i) => !used[i]);
  if (role === undefined) {
    // "pay for the 2nd", "salary of the last one", "pay #2": a pick among what the thread set out, no role's
    // name, which only the question pipeline knows.
    if (readsAsPick(tokenize(rest))) return { kind: "ask", question: `salary ${rest}` };
    // No known role: the first leftover words are the (mistyped) role, the rest a location.
    const place = kb.places.findAll(leftover).at(-1);
    const placeText = place ? leftover.slice(place.start, place.end).join(" ") : undefined;
    const roleText = place ? leftover.slice(0, place.start).join(" ") : leftover.join(" ");
    // "salary for fresher in IT": "it" there is the field or a pronoun, which only the question reader tells
    // apart (the field's pay is its usual way in's), never a role of that name.
    if (roleText === "it") return { kind: "ask", question: `salary ${rest}` };
    // "pay in cleveland?", "pay in washington dc?": words after "in" are a place, never a role's name; one
    // the knowledge has no figures for, or whose name holds one it has ("washington"), is read by the
    // question reader, which says so (in a thread, of the thread's role).
    const unread = roleText !== "" || (place !== undefined && place.end < leftover.length);
    if (unread && /^in\s/i.test(rest.trim())) return { kind: "ask", question: `salary ${rest}` };
    // "salary at deloitte?": words after "at", with no role named, are an employer asked of, never a role's
    // name; the question reader reads it (in a thread, of the thread's role) and says it has no figures for it.
    if (roleText !== "" && /^at\s+\S/i.test(rest.trim())) return { kind: "ask", question: `salary ${rest}` };
    return { kind: "salary", role: roleText || undefined, level, location: placeText };
  }
  // "salary of data analyst in india per annum": the time the pay is for, which the grammar has no slot for
  // (its words were read as the place, "india per annum"); the question reader knows pay periods.
  if (leftover.length > 0 && payPeriodAsked.test(rest)) return { kind: "ask", question: `salary ${rest}` };
  // "salary for qa engineer in austin vs remote": two places set against each other, or remote work, which
  // the grammar has no slot for; the question reader compares places and knows remote pay.
  if (leftover.length > 0 && placesSetAgainst(leftover)) return { kind: "ask", question: `salary ${rest}` };
  // "salary of a data architect at oracle": an employer, which the grammar has no slot for; the question
  // reader knows employers (and says when it has no figures for one).
  if (leftover.length > 0 && /\bat\s+\S/i.test(rest) && !kb.places.lookup(leftover.join(" ")))
    return { kind: "ask", question: `salary ${rest}` };
  // "salary for product manager in apple cupertino": an employer named where the place goes, beside the
  // place or alone, is no place of that name; the question reader reads the employer and the place apart.
  if (leftover.length > 0 && employerNamedWordForWord(leftover))
    return { kind: "ask", question: `salary ${rest}` };
  return { kind: "salary", role, level, location: leftover.length ? leftover.join(" ") : undefined };
}

function parsePrefs(rest: string): Command {
  const [action = "", key = "", ...value] = rest.trim().split(/\s+/);
  const verb = action.toLowerCase();
  if (verb === "" || verb === "show") return { kind: "prefs", action: "show" };
  if (verb === "reset" || verb === "clear") return { kind: "prefs", action: "reset" };
  if (verb !== "set") return usage("prefs", `"${action}" is not a prefs action; use set or reset`);
  const k = key.toLowerCase() as PrefKey;
  if (!prefKeys.includes(k)) return usage("prefs", `say what to set: ${prefKeys.join(", ")}`);
  const v = value.join(" ").trim();
  if (v === "") return usage("prefs", `give a value for ${k}, e.g. \`prefs set ${k} ${examplePref[k]}\``);
  return { kind: "prefs", action: "set", key: k, value: v };
}

const examplePref: Record<PrefKey, string> = {
  location: "seattle",
  level: "senior",
  role: "mle",
  visibility: "channel",
};

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone.includes("/") || zone === "UTC";
  } catch {
    return false;
  }
}

/** `digest feed add <url>`, `feed remove <url>`, `feed list`. Slack sends a pasted link as `<url>` or `<url|label>`. */
function parseFeed(args: string[]): Command {
  const [op = "list", raw = ""] = args;
  const verb = op.toLowerCase();
  if (verb === "list") return { kind: "digest", action: "feed", op: "list" };
  if (verb !== "add" && verb !== "remove")
    return usage(
      "digest",
      `"${op}" is not a feed action; use \`digest feed add <url>\`, \`feed list\` or \`feed remove <url>\``,
    );
  const url = raw.replace(/^<([^|>]*)(?:\|[^>]*)?>$/, "$1").trim();
  if (url === "")
    return usage(
      "digest",
      `give the feed's address, e.g. \`digest feed ${verb} https://example.com/feed.xml\``,
    );
  return { kind: "digest", action: "feed", op: verb, url };
}

function parseDigest(rest: string): Command {
  const [action = "", ...args] = rest.trim().split(/\s+/).filter(Boolean);
  switch (action.toLowerCase()) {
    case "subscribe": {
      let time: string | undefined;
      let zone: string | undefined;
      for (const arg of args) {
        if (/^\d{1,2}:\d{2}$/.test(arg)) {
          const [h, m] = arg.split(":").map(Number) as [number, number];
          if (h > 23 || m > 59)
            return usage("digest", `"${arg}" is not a time of day; use 24-hour HH:MM, e.g. 09:00`);
          time = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
        } else if (validZone(arg)) zone = arg;
        else if (/\d/.test(arg) && !arg.includes("/"))
          return usage("digest", `"${arg}" is not a time; use 24-hour HH:MM, e.g. 09:00 or 17:30`);
        else
          return usage(
            "digest",
            `"${arg}" is not a time zone; use an IANA name such as Europe/Berlin or America/New_York`,
          );
      }
      return { kind: "digest", action: "subscribe", time, zone };
    }
    case "unsubscribe":
    case "status":
      return { kind: "digest", action: action.toLowerCase() as "unsubscribe" | "status" };
    case "preview": {
      const date = args.find((a) => a !== "--date");
      if (date === undefined) return { kind: "digest", action: "preview" };
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
        return usage("digest", `"${date}" is not a date; use YYYY-MM-DD, e.g. 2026-12-01`);
      return { kind: "digest", action: "preview", date };
    }
    case "feed":
    case "feeds":
      return parseFeed(args);
    default:
      return usage(
        "digest",
        action ? `"${action}" is not a digest action` : "say what to do with the digest",
      );
  }
}

/** Words that stand for the roles a thread is about. */
const threadWords = new Set([
  "each",
  "both",
  "them",
  "it",
  "they",
  "that",
  "this",
  "that one",
  "this one",
  "those",
  "each one",
  "either",
]);

/** The words of longer ways to say the thread's roles: "both of them", "each of those two". */
const threadWordParts = new Set([...threadWords, "of", "the", "two", "these", "one", "ones", "all"]);

/** Nouns for a job that words for the thread's roles may close on: "both roles", "the two jobs", "those options". */
const jobNouns = new Set(
  "role roles job jobs option options career careers position positions path paths".split(" "),
);

/**
 * Whether typed words stand only for the thread's roles ("them", "both of them", "the two"), a noun for a
 * job after them or not ("both roles", "those two jobs"; "roles" alone names none of the thread's).
 */
const namesThreadRoles = (typed: string) => {
  const words = tokenize(typed);
  return (
    threadWords.has(normalize(typed)) ||
    (words.every((w) => threadWordParts.has(w) || jobNouns.has(w)) &&
      words.some((w) => threadWordParts.has(w)))
  );
};

/** A side of a comparison that points at the thread's role: "it", "that", "this one", "that role". */
const pointedRole = /^(?:it|that|this)(?: (?:one|role|job))?$/i;

/**
 * Words after a command's topic that say it is wanted, not which role: "skills needed?", "skills do i
 * need", "skills required".
 */
const neededWords = new Set(
  "need needs needed require requires required necessary essential wanted involved expected recommended important useful must have know learn".split(
    " ",
  ),
);

/**
 * "skills needed for each", "skills required for both of them": the topic wanted, then "for" and the words
 * that stand for the thread's roles. Read as a role's name, "needed for each" was no role (r79).
 */
const neededOfThreadRoles = (typed: string) => {
  const words = tokenize(typed);
  const forAt = words.indexOf("for");
  const wanted = words.slice(0, forAt);
  const whose = words.slice(forAt + 1);
  return (
    forAt > 0 &&
    wanted.every((w) => neededWords.has(w)) &&
    whose.length > 0 &&
    whose.every((w) => threadWordParts.has(w))
  );
};

/**
 * Words after a command's topic that say what the person lacks, not which role: "skills i'm missing",
 * "skills gap?", "skills i lack" ask the gap of the thread's move or role.
 */
const lackingWords = new Set("missing lacking lack lacks gap gaps short".split(" "));

/**
 * Words after a command's topic that set the thread's roles against each other, not which role: "skills
 * difference?", "skills overlap", "skills diff between them".
 */
const comparingWords = new Set(
  "difference differences diff different overlap comparison compared".split(" "),
);

/**
 * "path to devops engineer and salary", "skills and pay for sre": a command's topic and another thing asked
 * beside it, two requests the question pipeline answers both of (the command has room for one only).
 */
const asksMoreThanTopic = (whole: string) => listedAskStarts(whole).length > 0;

/**
 * "path to devops enginer and salery": words joined by "and" after the role that name no role, another thing
 * asked, misspelt or not, which the question pipeline (which spells words right) reads. "skills for data
 * analyst and data scientist" names roles after it, as a command may.
 */
const joinedBesideRole = (kb: KnowledgeBase, rest: string) => {
  const joined = /\s+and\s+(\S.*)$/i.exec(rest)?.[1];
  return joined !== undefined && kb.roleNames.findAll(tokenize(joined)).length === 0;
};

function needsRole(
  kb: KnowledgeBase,
  command: "role" | "skills" | "path",
  whole: string,
  text: string,
): Command {
  if (asksMoreThanTopic(whole) || joinedBesideRole(kb, text)) return { kind: "ask", question: whole };
  // "skills for data analysts?", "path of an mle": the little words and the question mark are not the name.
  const rest = text
    .replace(/^(?:for|of|to)\s+(?:an?\s+|the\s+)?/i, "")
    .replace(/[?!.]+$/, "")
    .split(" ")
    .filter((w) => !politeWords.includes(w.toLowerCase()))
    .join(" ")
    .trim();
  if (rest === "") return command === "skills" ? { kind: "skills" } : usage(command, noRoleNamed);
  // "skills for each?", "path for them": the thread's roles, which only the question pipeline knows.
  // So is "skills needed?", whose words name no role but say the topic is wanted: of the thread's roles;
  // and "skills i'm missing?", which says what the person lacks for the thread's move; and "skills
  // difference?", which sets the thread's roles against each other.
  // So is "skills for the last one": a pick among what the thread set out, no role's name.
  // So is "skills for seniors?": a level, never a role's name, of the thread's role.
  // So is "skills gap backend vs ml": a gap between the roles named after it, which the question reads.
  if (
    namesThreadRoles(rest) ||
    lackingWords.has(tokenize(rest)[0] ?? "") ||
    comparingWords.has(tokenize(rest)[0] ?? "") ||
    (kb.levels.lookup(rest) !== undefined && !kb.roleNames.lookup(rest)) ||
    tokenize(rest).every((w) => neededWords.has(w) || lackingWords.has(w) || questionWords.has(w)) ||
    neededOfThreadRoles(rest) ||
    readsAsPick(tokenize(whole))
  )
    return { kind: "ask", question: whole };
  // "skills that both data engineers and DSEs need" is a question that starts with a command's word; so is
  // "skills for ml coming from backend", the gap from where the person stands.
  if ((tokenize(rest).length > 4 || /\bfrom\b/i.test(rest)) && !kb.roleNames.lookup(rest))
    return { kind: "ask", question: whole };
  // "skills needed for it support": one role named among other words is that role.
  if (!kb.roleNames.lookup(rest)) {
    // A field's short name stands for its role here as on its own ("skills needed for ml").
    const words = tokenize(rest).flatMap((w) => fieldAbbreviations.get(w)?.split(" ") ?? [w]);
    const named = kb.roleNames.findAll(words);
    const [only] = named;
    if (named.length === 1 && only && only.entries.length === 1)
      return { kind: command, role: words.slice(only.start, only.end).join(" ") };
  }
  return { kind: command, role: rest };
}

/** The one grammar for the slash command, mentions, DMs and the CLI. */
export function parseCommand(kb: KnowledgeBase, input: string): Command {
  // "<@U0BOT> compare mle swe": a mention is dropped before anything reads how the message starts.
  // "/career ml" sent as a message (Slack runs no slash command in a thread, so people type it there, or
  // paste it) asks what the command would: the command's name is no part of what it asks.
  // So is one typed after a hello or a hedge ("hey /career ml", "quick question: /career ml") or misspelt
  // ("/carrer ml"): a slash command's name is never a word of the question.
  const said = mentionsDropped(input)
    .replace(/^\s*\/career\b\s*/i, "")
    .replace(/(^|\s)\/car+e+r+s?\b\s*/i, "$1");
  // "skills :thinking_face:", "compare with backend thanks!", "hey, salary mle": a command said with a hello,
  // thanks or an emoji around it is that command. A question is read whole: its pipeline sets them aside
  // itself, and an answer to "thanks, super helpful" needs the thanks.
  const polite = withoutPleasantries(said);
  const command = parseTyped(kb, polite?.question ?? said);
  // "hey > Dental hygienist, $45/hr — is that normal?": a quote after a hello is read as one opening the message.
  if (!polite || command.kind !== "ask") return withPasted(command, polite?.question ?? said);
  const whole = parseTyped(kb, said);
  return withPasted(whole.kind === "ask" ? whole : { kind: "ask", question: input }, polite.question);
}

/** A question that quotes something, with the quote's words kept beside it (`pasted`). */
function withPasted(command: Command, said: string): Command {
  if (command.kind !== "ask") return command;
  const pasted = quoteKept(said)?.replace(/\s+/g, " ").trim();
  return pasted && pasted !== command.question ? { ...command, pasted } : command;
}

function parseTyped(kb: KnowledgeBase, input: string): Command {
  // A line of the bot's quoted back is no command: read before the lines are joined into one.
  const typed = quoteDropped(input.slice(0, maxInputLength)).replace(/\s+/g, " ").trim();
  if (typed === "") return { kind: "help" };
  // "compare w/ sre": shorthand spelt out before "/" splits a list; a digest's feed address stays as typed.
  const text = /^digest\b/i.test(typed) ? typed : spellShorthand(typed).replace(/\s+/g, " ").trim();
  const [first = "", ...restWords] = text.split(" ");
  const rest = restWords.join(" ").trim();
  switch (first.toLowerCase()) {
    case "?":
      return { kind: "help" };
    case "help":
      // "help me decide: stay a data analyst or move to data engineering" is a question, not the help page;
      // so is one that names a role with "help" ("help desk→swe", "help desk salary": IT Support Specialist).
      return restWords.length >= 3 || kb.roleNames.findAll(tokenize(text)).length > 0
        ? { kind: "ask", question: text }
        : { kind: "help" };
    case "roles":
      // "roles like devops engineer", "roles related to sre" are questions that start with the command's word.
      return restWords.length >= 2 ? { kind: "ask", question: text } : { kind: "roles" };
    case "trends":
    case "trend":
      return { kind: "trends" };
    case "role":
      return needsRole(kb, "role", text, rest);
    case "skills":
    case "checklist":
      return needsRole(kb, "skills", text, rest);
    case "path":
      return needsRole(kb, "path", text, rest);
    case "salary":
    case "pay":
      return asksMoreThanTopic(text) ? { kind: "ask", question: text } : parseSalary(kb, rest);
    case "compare": {
      const roles = splitRoles(kb, rest, compareSeparators);
      // "compare with backend" names one role: in a thread the thread's role is the other, which only the
      // conversation knows; with none, the advisor asks for two.
      if (roles.length === 0) return usage("compare", twoRolesNeeded);
      // "compare them", "compare both": the thread's roles, which only the question pipeline knows. So is
      // "compare it to the top one": a pick among what the thread set out, no role's name.
      if (roles.every((r) => namesThreadRoles(r) || readsAsPick(tokenize(r))))
        return { kind: "ask", question: text };
      // "ok compare it with data scientist", "compare that w network admin": one side is the thread's role,
      // pointed at, the other named.
      if (roles.some((r) => pointedRole.test(r.trim()))) return { kind: "ask", question: text };
      // "compare sre, devops and security engineer outlook": a part that is no role makes it a question.
      if (roles.length > 3 && roles.some((r) => !kb.roleNames.lookup(r)))
        return { kind: "ask", question: text };
      if (roles.length > 3)
        return usage("compare", `that is ${roles.length} roles; compare at most three at a time`);
      return { kind: "compare", roles };
    }
    case "gap": {
      // "gap from swe to mle", "gap between data analyst and ml": the words that open the two sides.
      const cleaned = rest.replace(/^(?:from|between)\s+/i, "");
      const roles = gapSeparators.test(cleaned)
        ? cleaned.split(gapSeparators).filter((p) => p.trim())
        : splitRoles(kb, cleaned);
      // "gap betwen data analist and ml": more parts than two sides, a misspelt word among them, which the
      // question reader spells right.
      if (roles.length > 2) return { kind: "ask", question: text };
      if (roles.length !== 2)
        return usage("gap", "name the role you have and the role you want, e.g. `gap swe to mle`");
      return { kind: "gap", from: (roles[0] as string).trim(), to: (roles[1] as string).trim() };
    }
    case "ask":
      return rest === ""
        ? usage("ask", "ask a question, e.g. `ask what does an ML engineer earn in Seattle?`")
        : { kind: "ask", question: rest };
    case "prefs":
    case "preferences":
      return parsePrefs(rest);
    case "digest":
      return parseDigest(rest);
  }
  return parseBareText(kb, text);
}

/** "qa engineer role", "sysadmin role?": a role's name with the word "role" after it is that role, as if alone. */
function nameBeforeRoleWord(kb: KnowledgeBase, text: string): string | undefined {
  const name = /^(.+?)\s+role\s*[?.!]*$/i.exec(text)?.[1];
  return name && kb.roleNames.lookup(name) ? name : undefined;
}

/** Text without a subcommand: a role name means `role`, a list of roles means `compare`, anything else is a question. */
function parseBareText(kb: KnowledgeBase, text: string): Command {
  // "swe -> pm?": an arrow between roles is a move, which the question pipeline reads (before any
  // reading of the whole text as one misspelt name).
  if (/->|=>|→/.test(text)) return { kind: "ask", question: text };
  // "*frontend": Slack's fix of the question before, which the pipeline asks again of the role it names.
  if (isStarCorrection(text)) return { kind: "ask", question: text };
  // "+ data engineer" after two roles side by side: a role added to them, which the thread reads; the plus
  // is no part of the name, which alone would show the role by itself.
  if (/^\s*[+&]/.test(text)) return { kind: "ask", question: text };
  const whole = kb.roleNames.lookup(text);
  if (whole) return { kind: "role", role: text, bare: true };
  // "ml", "ML?": a field's short name as the whole message names its role, as "mle" does (its card, not
  // one part of it). Not one said mostly of the field itself ("ai" alone may ask of AI).
  const field = tokenize(text).join(" ");
  if (fieldAbbreviations.has(field) && !topicFirstFields.has(field))
    return { kind: "role", role: field, bare: true };
  const named = nameBeforeRoleWord(kb, text);
  if (named) return { kind: "role", role: named, bare: true };
  const words = tokenize(text);
  // Names typed exactly only: a misspelt name goes to the question pipeline, which also knows other
  // occupations' titles ("project manager vs data analyst" is no misspelt product manager). Not searching
  // for typos here spares every question a fuzzy search the pipeline then makes anyway.
  const matches = kb.roleNames.findAll(words, undefined, false);
  const covered = matches.reduce((n, m) => n + m.end - m.start, 0);
  const separators = words.filter((w) => listSeparators.test(` ${w} `) || w === "vs").length;
  if (matches.length >= 2 && matches.length <= 3 && covered + separators === words.length)
    return { kind: "compare", roles: matches.map((m) => words.slice(m.start, m.end).join(" ")) };
  return { kind: "ask", question: text };
}
