/*
 * "what do dispatchers make", then "the trucking kind, we're a freight startup": a kind of the thread's
 * occupation named ("the X kind", "the X type", "X ones") narrows it to the title the kind and the
 * occupation's own head make, where the official layer holds that title under the same occupation ("truck
 * dispatcher": Dispatchers, Except Police, Fire, and Ambulance). Read alone, "trucking" was the trucker's
 * job, and the thread's occupation gave way to truck drivers.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { tokenize } from "../../knowledge/core/text.js";
import { titleForm } from "../text/title-form.js";
import type { ConversationContext } from "../thread/conversation-state.js";

/**
 * "the trucking kind", "a freight type", "trucking ones": one or two words of a kind, then the word that
 * says a kind, at the start of the message; what follows it is kept.
 */
const kindSaid = /^\s*(?:(?:the|a|an)\s+)?([a-z]+(?:\s+[a-z]+)?)\s+(?:kind|type|sort|ones?)\b(.*)$/i;

/** The forms of a kind's word a title may use: "trucking" is "truck" in "truck dispatcher". */
const forms = (w: string): string[] => [w, ...(w.length > 5 && w.endsWith("ing") ? [w.slice(0, -3)] : [])];

/** The message with a kind of the thread's occupation said as its title; else as it was. */
export function occupationKindSpelt(
  kb: KnowledgeBase,
  text: string,
  context: ConversationContext | undefined,
): string {
  const soc = context?.occupation;
  const titles = kb.official?.titles;
  if (!soc || !titles || (context?.roles.length ?? 0) > 0) return text;
  const m = kindSaid.exec(text);
  if (!m) return text;
  const [, kind = "", rest = ""] = m;
  const own = kb.official?.bySoc.get(soc)?.title ?? "";
  const head = titleForm(tokenize(own.split(",")[0] ?? "").at(-1) ?? "");
  if (!head) return text;
  const words = tokenize(kind);
  const last = words.at(-1) ?? "";
  for (const w of forms(last)) {
    const title = [...words.slice(0, -1), w, head].join(" ");
    if (titles.lookup(title).includes(soc)) return `${title}${rest}`;
  }
  return text;
}
