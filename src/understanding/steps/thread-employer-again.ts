/*
 * "ok and pay in denver if not kroger" after a sysadmin's pay at Kroger: an employer the thread named, said
 * again in lower case and alone, reads like a job no list knows (a word ending "-er", as "dog walker" does).
 * It is the thread's employer, read as one; said after "not" it is set aside (otherwise: "I don't cover
 * krogers yet").
 */
import type { Entities } from "../entities/entities.js";
import type { ConversationContext } from "../thread/conversation-state.js";

/** The entities with a title that is one of the thread's employers read as that employer instead. */
export function threadEmployerAgain(e: Entities, context: ConversationContext | undefined): Entities {
  const employers = [context?.company, ...(context?.companiesBefore ?? [])].filter(
    (c): c is string => c !== undefined,
  );
  return titleReadAsEmployer(e, employers);
}

/**
 * "what does Comfort Pro pay" (a name typed with capitals where the payer stands), "… if not kroger" (the
 * thread's employer): a title read of words that are one of these employers' names is that employer.
 */
export function titleReadAsEmployer(e: Entities, employers: readonly string[]): Entities {
  // Read as a title, or only like one (taken as the title asked of later, where nothing else is named).
  const title = (e.unknownTitle ?? e.titleLike)?.toLowerCase();
  if (!title || e.roles.length > 0 || e.uncovered.length > 0) return e;
  const employer = employers.find((c) => c.toLowerCase() === title);
  if (!employer) return e;
  const { unknownTitle: _title, titleLike: _like, ...rest } = e;
  // Read already by its place ("Summit FCU" after "does"): only the title is dropped.
  if (e.employers.includes(employer)) return rest;
  const at = e.unknownTitle ? e.masked.indexOf("xrole") : e.masked.indexOf(title);
  if (at < 0) return e;
  const masked = e.masked.map((w, i) => (i === at ? "xcompany" : w));
  return { ...rest, masked, employers: [...e.employers, employer] };
}
