/*
 * "my manager say move me from IT to dev team", "thinking of joining the qa team": the team a move leads to
 * is the work of those on it, as "to dev" and "to qa" are; "team" after the field's word made it a modifier
 * ("dev team" is no developer), and the move had no end.
 */

/** Words of teams named by their work, as the pipeline reads the work alone ("dev", "qa", "security"). */
const teamWork =
  "dev|development|software|devops|qa|testing|test automation|security|cybersecurity|infosec|sre|data|data science|analytics|ml|machine learning|network|networking|database|dba|cloud|frontend|front end|backend|back end|web";

/**
 * "move me to the dev team", "move me from IT to dev team", "join the qa team", "switching onto a security team": a move's end said as a
 * team, after a word of moving; not "talk to the dev team", "send bugs to the qa team".
 */
const teamJoined = new RegExp(
  String.raw`\b((?:(?:move|moves|moving|moved|switch|switches|switching|switched|transfer|transfers|transferring|transferred|go|going|went|get|getting|rotate|rotating|shift|shifting)\s+(?:me\s+|myself\s+|him\s+|her\s+|them\s+|over\s+|back\s+)?(?:from\s+\S+(?:\s+\S+)?\s+)?(?:to|into|onto))|join|joins|joining|joined)\s+(?:the\s+|a\s+|an\s+|our\s+|their\s+|that\s+)?(${teamWork})\s+teams?\b`,
  "gi",
);

/** The question with a team a move leads to said as its work: "move me to the dev team" → "move me to dev". */
export const spellTeamJoined = (text: string): string => text.replace(teamJoined, "$1 $2");
