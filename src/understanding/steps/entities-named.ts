/*
 * The first step of reading a question: the entities it names, with a word that stands for a role (in a
 * thread, as a move's start, or as where a move leads) spelt out as the role's name and read again.
 */
import type { Role } from "../../knowledge/core/schema.js";
import { tokenize } from "../../knowledge/core/text.js";
import { type Entities, extractEntities, namedJobs } from "../entities/entities.js";
import { itAsThreadRoleAt, itBesideAt, itEntryAt, itStartAt } from "../entities/it-end.js";
import { jobsAround } from "../entities/jobs-around.js";
import { leadAsRungAt } from "../entities/lead-as-rung.js";
import { moveField, roleHeldInThread, targetInHeldField } from "../entities/move-target.js";
import type { RoleByWord } from "../entities/role-by-word.js";
import { itFieldPositions } from "../it/it-word.js";
import type { PipelineParts } from "../shape/pipeline-parts.js";
import type { Understanding } from "../shape/understanding.js";
import type { ConversationContext } from "../thread/conversation-state.js";
import { choicesIn } from "../thread/thread-pick.js";
import { pronouns } from "../words/entity-words.js";

/** The entities a question names, read from its tokens with a role named by one word spelt out. */
export interface EntitiesNamed {
  extracted: Entities;
  /** The tokens as read, with a word that stands for a role spelt out as its name. */
  words: string[];
  /** Where "IT" the field stands among the words. */
  fieldAt: ReadonlySet<number>;
  /** The word of a thread's role the fragment keeps ("android" of Mobile Developer), if any. */
  kept: RoleByWord | undefined;
  /** The role IT the field stands for as a side of a move ("nurse to IT", "from IT to data"), if any. */
  itFieldRole: Understanding["itFieldRole"];
}

/**
 * The entities a question names: a word that stands for a role in a thread ("and mobile", "and then
 * distinguished?"), a move's start named by one word, or a field named as where a move leads, spelt out
 * as the role's name and read again.
 */
export function entitiesNamed(
  parts: Pick<PipelineParts, "kb" | "vocabularies" | "rolesByWord" | "targets">,
  text: string,
  tokens: string[],
  context: ConversationContext | undefined,
): EntitiesNamed {
  const { kb, vocabularies, rolesByWord } = parts;
  // "i want to be a nurse. is it a good field?", "is it sales or engineering?" after a sales engineer: an
  // occupation of the thread, or a job named before "it", is what a pronoun can stand for, as a thread's
  // role is; "is it or nursing better paid": a job set against "it" makes it a side of the comparison.
  const jobs = jobsAround(kb, vocabularies, context?.occupation !== undefined);
  const itField = itFieldPositions(text, tokens, (context?.roles.length ?? 0) > 0, jobs);
  let extracted = extractEntities(kb, vocabularies, tokens, true, itField);
  let words = tokens;
  let fieldAt: ReadonlySet<number> = itField;
  const spellRole = (at: number, role: Role) => {
    const name = tokenize(role.name);
    const spelt = [...words.slice(0, at), ...name, ...words.slice(at + 1)];
    const moved = new Set([...fieldAt].map((i) => (i > at ? i + name.length - 1 : i)));
    // The "IT" of a name spelt out ("IT Support Specialist") is the field, never the pronoun.
    name.forEach((w, k) => {
      if (w === "it") moved.add(at + k);
    });
    return { spelt, moved, entities: extractEntities(kb, vocabularies, spelt, true, moved) };
  };
  // "and mobile" in a thread about roles, or about an occupation ("web dev salary", then "and mobile?"):
  // a word that begins one role's name alone is that role.
  const aboutJobs = (context?.roles.length ?? 0) > 0 || context?.occupation !== undefined;
  // "is it security related", "is it security?", "does it involve security" after a network engineer: a
  // word said of the thread's role through a pronoun describes that role's work; it neither begins another
  // role's name nor completes the thread role's name into another's ("security engineer", which O*NET also
  // lists under fire alarm installers).
  const saidOfThreadRole = tokens.some((t, i) => pronouns.has(t) && !itField.has(i));
  const begun = aboutJobs && !saidOfThreadRole ? rolesByWord.nameBegun(tokens, extracted) : undefined;
  const kept =
    aboutJobs && !begun ? rolesByWord.threadRoleWord(tokens, extracted, context?.roles ?? []) : undefined;
  const completed =
    aboutJobs && !begun && !kept && !saidOfThreadRole
      ? rolesByWord.nameCompleted(tokens, extracted, context?.roles ?? [])
      : undefined;
  // "what do architects make" after network admin vs network architect: the one whose name it ends. After
  // one role at a time ("data architect duties", then "what about dba"), the roles the thread went through:
  // "from that to architect" still names the architect it was about.
  const choices = choicesIn(context);
  const headChoices = choices.length > 1 ? choices : (context?.recent ?? context?.inTurn ?? choices);
  const headed =
    aboutJobs && !begun && !kept && !completed
      ? rolesByWord.threadRolesByHead(tokens, extracted, headChoices)
      : [];
  // "from support to devops how": a start named by one word of a role's name.
  // A field's own word ("from ai to backend") is the field's role, read below, not a role it is a word of
  // (Principal Applied Scientist (Generative AI)).
  const byWord = aboutJobs ? undefined : rolesByWord.startNamedByWord(tokens, extracted);
  const started = byWord && !parts.targets.has(byWord.word) ? byWord : undefined;
  const named = begun ?? kept ?? completed ?? headed[0] ?? started;
  // Each word spelt out from the last, so the places of those before it stay where they were.
  const spelling = named === headed[0] ? headed : named ? [named] : [];
  const spellings = spelling
    .map((n) => ({ at: tokens.indexOf(n.word), role: n.role }))
    .sort((a, b) => b.at - a.at);
  for (const { at, role } of spellings) {
    const again = spellRole(at, role);
    ({ spelt: words, moved: fieldAt, entities: extracted } = again);
  }
  // "does ml pay more than sde there?" after Microsoft's SDE II pay (read as Software Engineer): a name that
  // could be several roles is the one of them the thread is about, as a person reading the thread takes it
  // (otherwise: asked back whether "sde" is Software Data Engineer or Software Engineer).
  const threadPick = threadRoleOfAmbiguous(extracted, words, context?.roles ?? []);
  if (threadPick)
    ({ spelt: words, moved: fieldAt, entities: extracted } = spellRole(threadPick.at, threadPick.role));
  // "and lead?" after "senior sre salary": no role is the thread's with "lead" before it (`nameCompleted`
  // found none), so "lead" is the rung, read as "lead level" is (otherwise: asked back what of SRE).
  const rungAt = !named && (context?.roles.length ?? 0) > 0 ? leadAsRungAt(tokens, extracted) : undefined;
  if (rungAt !== undefined) {
    words = [...tokens.slice(0, rungAt + 1), "level", ...tokens.slice(rungAt + 1)];
    fieldAt = new Set([...fieldAt].map((i) => (i > rungAt ? i + 1 : i)));
    extracted = extractEntities(kb, vocabularies, words, true, fieldAt);
  }
  // "im a data scientist considering going into product", "mobile dev wanting to get into ai": a field
  // named as where a move from a job leads (the question's or the thread's), or where one starts ("im in
  // analytics, ds or de"), is the role it stands for, where its word is not part of a name already read
  // ("into product management").
  // "from it support into security": a field word that, after the held role's first word, names a role.
  // "help desk 2 yrs, can that get me into security": the one role the question names, with no end of a move
  // read, is held too where the question asks whether it leads into a field, and the field after "into"
  // names a role after its first word ("it security"). A move only wished for ("i do it support, want to
  // move into security") still asks which of the field's roles.
  const soleRole =
    extracted.roles.length === 1 && !extracted.to && leadsInto.test(tokens.join(" "))
      ? extracted.roles[0]
      : undefined;
  const held = extracted.from ?? roleHeldInThread(kb, extracted, tokens, context?.roles ?? []) ?? soleRole;
  const target =
    !named && (namedJobs(extracted) > 0 || aboutJobs)
      ? (moveField(parts.targets, tokens, rolesByWord.byWholeName) ??
        (held && targetInHeldField(rolesByWord.byWholeName, tokens, held)))
      : named === started && held
        ? targetInHeldField(rolesByWord.byWholeName, words, held)
        : undefined;
  if (target && !insideName(tokens, target.at, rolesByWord.byWholeName)) {
    const again = spellRole(target.at, target.role);
    const gained =
      again.entities.roles.length === extracted.roles.length + 1 &&
      !extracted.roles.includes(target.role) &&
      again.entities.roles.includes(target.role);
    if (gained) ({ spelt: words, moved: fieldAt, entities: extracted } = again);
  }
  // "from ios to ai", "from android to cloud": a move between two fields, each standing for a role, names no
  // job to anchor the first field read above: the start is spelt out, then where the move leads is read
  // against it, and both are kept only when both are gained (otherwise: only the first was read).
  if (!named && !target && namedJobs(extracted) === 0) {
    const before = { spelt: words, moved: fieldAt, entities: extracted };
    const gainedAt = (found: { at: number; role: Role } | undefined) => {
      if (!found || insideName(words, found.at, rolesByWord.byWholeName)) return false;
      const again = spellRole(found.at, found.role);
      const gained =
        again.entities.roles.length === extracted.roles.length + 1 &&
        again.entities.roles.includes(found.role);
      if (gained) ({ spelt: words, moved: fieldAt, entities: extracted } = again);
      return gained;
    };
    // The first field kept alone only where it is plainly the start, before a word of where the move leads
    // ("from android to cloud": which cloud role is then asked, as after "from android dev").
    const first = moveField(parts.targets, words, rolesByWord.byWholeName);
    const startsMove =
      first !== undefined &&
      (first.at === 0 || words[first.at - 1] === "from") &&
      ["to", "into"].includes(words[first.at + 1] ?? "");
    const read = gainedAt(first);
    const both = read && gainedAt(moveField(parts.targets, words, rolesByWord.byWholeName));
    if (!both && !(read && startsMove)) ({ spelt: words, moved: fieldAt, entities: extracted } = before);
  }
  // "nurse to IT worth it?": IT where a move from outside the roles leads is its usual way in (it-end.ts).
  // "moving from IT to data": IT where a move into a field starts is its usual role too (it-end.ts), and so
  // it is where IT is weighed against a role by a measure ("it vs swe, which has more openings").
  const threadRoles = context?.roles.length ?? 0;
  const entry = itEntryAt(kb, words, fieldAt, extracted, threadRoles);
  const start = entry ? undefined : itStartAt(kb, words, fieldAt, extracted, threadRoles);
  const beside = entry || start ? undefined : itBesideAt(kb, words, fieldAt, extracted);
  const stood = entry ?? start ?? beside;
  if (stood) ({ spelt: words, moved: fieldAt, entities: extracted } = spellRole(stood.at, stood.role));
  // The thread's own IT role standing for IT is no stand-in the answer needs to explain.
  const threadRole = stood
    ? undefined
    : itAsThreadRoleAt(
        kb,
        words,
        fieldAt,
        extracted,
        (context?.roles ?? []).flatMap((id) => kb.roleById.get(id) ?? []),
      );
  if (threadRole)
    ({ spelt: words, moved: fieldAt, entities: extracted } = spellRole(threadRole.at, threadRole.role));
  const side = entry ? "to" : start ? "from" : "beside";
  return { extracted, words, fieldAt, kept, itFieldRole: stood ? { role: stood.role, side } : undefined };
}

/**
 * Whether the word at `at` is inside a role's whole name or alias as typed ("software" in "from software
 * data engineer to data scientist"): then it names that role, not a field standing for another.
 */
function insideName(
  tokens: readonly string[],
  at: number,
  byWholeName: ReadonlyMap<string, unknown>,
): boolean {
  for (let length = 2; length <= 5; length++)
    for (let start = Math.max(0, at - length + 1); start <= at; start++)
      if (start + length <= tokens.length && byWholeName.has(tokens.slice(start, start + length).join(" ")))
        return true;
  return false;
}

/**
 * Words asking whether a job held leads into where a move goes: "can that get me into security", "will it
 * lead to".
 */
const leadsInto =
  /\b(?:get|gets|getting|got) (?:me|you|him|her|them|someone|people|one) (?:in)?to\b|\b(?:lead|leads|leading) (?:me |you )?(?:in)?to\b/;

/**
 * A name of one word that could be several roles ("sde"), of which exactly one is a role of the thread:
 * where it stands and that role. Names of several words are left to the question back.
 */
function threadRoleOfAmbiguous(
  extracted: Entities,
  words: readonly string[],
  threadRoles: readonly string[],
): { at: number; role: Role } | undefined {
  for (const name of extracted.ambiguous) {
    const ofThread = name.options.filter((o) => threadRoles.includes(o.id));
    const at = words.indexOf(name.typed);
    if (ofThread.length === 1 && at >= 0) return { at, role: ofThread[0] as Role };
  }
  return undefined;
}
