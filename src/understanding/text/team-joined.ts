/*
 * "my manager say move me from IT to dev team", "thinking of joining the qa team": the team a move leads to
 * is the work of those on it, as "to dev" and "to qa" are; "team" after the field's word made it a modifier
 * ("dev team" is no developer), and the move had no end.
 */

/** Words of teams named by their work, as the pipeline reads the work alone ("dev", "qa", "security"). */
const teamWork =
  "dev|development|software|devops|qa|testing|test automation|security|cybersecurity|infosec|sre|data|data science|analytics|ml|machine learning|network|networking|database|dba|cloud|frontend|front end|backend|back end|web";

/** "to the dev team", "join the qa team", "onto a security team": a move's end said as a team. */
const teamJoined = new RegExp(
  String.raw`\b(to|into|onto|join|joining|joined)\s+(?:the\s+|a\s+|an\s+|our\s+|their\s+|that\s+)?(${teamWork})\s+teams?\b`,
  "gi",
);

/** The question with a team a move leads to said as its work: "move me to the dev team" → "move me to dev". */
export const spellTeamJoined = (text: string): string =>
  text.replace(teamJoined, "$1 $2");
