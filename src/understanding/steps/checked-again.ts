/*
 * A skill check asked again of another role: "is spark still a thing there" about one role, then "and the
 * other one?" or "and for devops?" checks the same skills of the role it names or picks.
 */
import { skillIntents } from "../intent/intents.js";
import type { Understanding } from "../shape/understanding.js";
import type { ConversationContext } from "../thread/conversation-state.js";

/**
 * The reading with the skills the thread's last answer checked, where it asks the thread's question again
 * (its intent inherited) of one role the thread was not on; else the reading as it is.
 */
export function checkedAgain(u: Understanding, context: ConversationContext | undefined): Understanding {
  const checked = context?.checked;
  const [role] = u.roles;
  if (!checked?.length || u.skillsAsked || !role || u.roles.length !== 1) return u;
  const again =
    u.inherited.includes("intent") && skillIntents.has(u.intent) && !context?.roles.includes(role.id);
  return again ? { ...u, skillsAsked: checked, confidence: 1 } : u;
}
