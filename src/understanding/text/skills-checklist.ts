/**
 * "whats the checklist for ml", "ml checklist?", "checklist for devops pls": a checklist asked of a role is
 * its skills checklist, the list to tick off that `skills` gives. Without "skills" the word leaned the
 * question to the role's path or duties (r fixA). A checklist of steps ("checklist to become an ml
 * engineer", "checklist for switching to sre") or of something other than the role's skills ("interview
 * checklist", "resume checklist", a piece of work's: "deployment checklist for devops", "soc2 audit
 * checklist"; the first days': "checklist for my first week as an sre") keeps its reading.
 */
const bareChecklist =
  /(?<!\b(?:skills?|interview|interviewing|resume|résumé|cv|application|onboarding|offer|job search|deployment|deploy|release|launch|go-live|hardening|security|audit|compliance|migration|incident|maintenance|backup|testing|test|review|packing|moving)\s+)\bcheck[\s-]?lists?\b(?!\s+(?:to|for|before)\s+(?:becom|get|break|mov|switch|transition|land|start|apply|interview|prepar|go)\w*)(?!\s+for\s+(?:my|your|the|a|our)\s+(?:first|new)\s+(?:day|week|month|job)s?\b)/gi;

/** The question with a bare checklist spelt as the skills checklist it asks for. */
export const spellSkillsChecklist = (text: string): string => text.replace(bareChecklist, "skills checklist");
