/** action_id and callback_id values shared by the renderers and the listeners. */
export const ids = {
  /** A button that runs a command; its value is the command text. Suffixed with an index per message. */
  runCommand: "run_command",
  share: "share_answer",
  /** The "Compare with…" role select; its block_id carries the role shown. */
  compareWith: "compare_with",
  /** A skills checklist element: `skills_check|<role id>|<group>|<chunk>`. */
  skillsCheck: "skills_check",
  openPrefs: "open_prefs",
  /** 👍 / 👎 under an answer; each button's value carries what the answer was (see blocks/feedback-buttons.ts). */
  feedback: "answer_feedback",
  prefsModal: "prefs_modal",
} as const;

export function skillsCheckId(roleId: string, group: string, chunk: number): string {
  return `${ids.skillsCheck}|${roleId}|${group}|${chunk}`;
}

export function parseSkillsCheckId(
  actionId: string,
): { roleId: string; group: string; chunk: number } | undefined {
  const [prefix, roleId, group, chunk] = actionId.split("|");
  if (prefix !== ids.skillsCheck || !roleId || !group || chunk === undefined) return undefined;
  return { roleId, group, chunk: Number(chunk) };
}
