import type { Intent } from "./intents.js";

/**
 * What a conversation (a Slack thread, a DM) is about so far: the roles, level, place and company last
 * named and the last question's intent. A follow-up ("what about Seattle?", "and the skills?") fills in
 * what it leaves out from here. Kept in the store per channel and thread.
 */
export interface ConversationContext {
  roles: string[];
  level?: string;
  place?: string;
  company?: string;
  /** The official occupation (SOC code) the last answer was about, when it was no curated role. */
  occupation?: string;
  intent?: Intent;
}

export const emptyContext: ConversationContext = { roles: [] };

/** The context with only the fields that are set, for storing. */
export function compactContext(c: ConversationContext): ConversationContext {
  return {
    roles: c.roles.slice(0, 3),
    ...(c.level ? { level: c.level } : {}),
    ...(c.place ? { place: c.place } : {}),
    ...(c.company ? { company: c.company } : {}),
    ...(c.occupation ? { occupation: c.occupation } : {}),
    ...(c.intent ? { intent: c.intent } : {}),
  };
}
