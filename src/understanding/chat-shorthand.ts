/**
 * Chat's shorthand spelt out: "compare w/ sre" is "compare with sre", "IT w/o a degree" is "IT without a
 * degree", "wat skills" is "what skills". Read before anything splits on "/", which would leave a role
 * called "w". (Words of three letters are too short for the classifier's one-edit correction.)
 */
export function spellShorthand(text: string): string {
  return text
    .replace(/(?<![\p{L}\p{N}/.:])w\/o(?![\p{L}\p{N}])/giu, "without")
    .replace(/(?<![\p{L}\p{N}/.:])w\/(?=\s|\p{L}|$)/giu, "with ")
    .replace(/\b(?:wat|wut)\b/gi, "what");
}
