import type { Role } from "../../knowledge/core/schema.js";
import { tokenize } from "../../knowledge/core/text.js";
import { isItRole } from "../../knowledge/it-roles.js";
import { type Intent, payIntents } from "../intent/intents.js";
import { asksFieldFuture } from "../it/field-asks.js";
import { toThreadSubject } from "../it/it-side.js";
import { payAsked, payChangeAsked } from "../words/topic-words.js";
import { type Entities, namedJobs } from "./entities.js";

/**
 * A move with "IT" the field as one side and one role as the other: "from IT to devops" (the role named
 * where the move leads), "how hard is it to go from IT to this" (the thread's role), "from data analyst to
 * IT" (the role named where it starts). It is a move whatever the words lean to (a path, an outlook), so
 * that the answer asks which IT role is the other side rather than answer for the role alone. `to`: where
 * the move leads when the thread's role is it. A pay question keeps its own reading, unless it asks what
 * the move does to pay ("pay cut?").
 */
export function moveWithField(
  e: Entities,
  text: string,
  intent: Intent,
  threadRoles: readonly Role[],
): { to?: Role } | undefined {
  // "from IT to data analytics, pay cut?": what the move does to pay is the move's, both sides' pay first.
  const payAlone = (payIntents.has(intent) || payAsked.test(text)) && !payChangeAsked.test(text);
  if (!e.itSide || e.itSide === "against" || payAlone) return undefined;
  const [named] = e.roles;
  const one = namedJobs(e) === 1 && named !== undefined;
  if (e.itSide === "from" && one && e.to === named) return {};
  // "been doing helpdesk for 6 months. is IT a good field to get into?": the field judged by one who holds
  // one of its roles already is no move into it, but the field's worth (its roles' growth).
  const inFieldAlready = e.itSide === "to" && named !== undefined && isItRole(named) && asksFieldFuture(text);
  if (e.itSide === "to" && one && e.from === named && !inFieldAlready) return {};
  const [held] = threadRoles;
  if (e.itSide === "from" && namedJobs(e) === 0 && held && toThreadSubject(tokenize(text)))
    return { to: held };
  return undefined;
}
