/**
 * "what skills should i put on my resume for data analyst", "which skills to list on a cv for sre": the
 * document the skills go on says where they will be written, and asks nothing more of the role than its
 * skills. Read without it, the question is the role's skills (otherwise: read as off topic, answered with
 * ML's challenges). Only after a verb of listing, so a document asked of ("is a cover letter needed") stays.
 */
const documentListedOn =
  /(\b(?:put|puts|putting|list|listing|include|including|add|adding|mention|mentioning|highlight|highlighting|show|showing)\b(?:\s+[\w'’]+){0,2}?)\s+(?:on|in|onto|into)\s+(?:my|a|the|your|our|their)\s+(?:resume|résumé|cv|cover letter|linkedin(?: profile)?|profile|application)\b/gi;

/** The question without the document its skills go on: "what skills should i put for data analyst". */
export const spellDocumentForSkills = (text: string): string => text.replace(documentListedOn, "$1");
