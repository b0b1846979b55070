/**
 * Word orders of learners of English set in the order the rest of the pipeline reads: "and for become
 * one?" is "and to become one?", "what i learn first" is "what should i learn first", "can i enter in IT"
 * is "can i get into IT". Each is a question's grammar, not its words: no role, place or topic is changed.
 */
export function spellLearnerGrammar(text: string): string {
  return (
    text
      // "for become one", "for to be data scientist": a purpose said with "for" before the verb.
      .replace(/\bfor (?:to )?(become|be)\b/gi, "to $1")
      // "what i learn first", "what i need to become x": the question asked without its "should"/"do".
      .replace(/\bwhat (i|we) (learn|study|need)\b/gi, (_m, who: string, verb: string) =>
        verb.toLowerCase() === "need" ? `what do ${who} need` : `what should ${who} ${verb}`,
      )
      // "enter in IT", "come in IT", "go in IT": getting into the field (or a role) with "in" for "into".
      .replace(/\b(?:enter|come|go|get) in (?=IT\b|it$|it\?|tech\b|the IT\b)/g, "get into ")
  );
}
