/**
 * Word orders of learners of English set in the order the rest of the pipeline reads: "and for become
 * one?" is "and to become one?", "what i learn first" is "what should i learn first", "can i enter in IT"
 * is "can i get into IT", "how does one become" and "how do u become" are "how do i become". Each is a
 * question's grammar, not its words: no role, place or topic is changed.
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
      // "is good to become network admin?", "is worth to learn python": a learner's question that drops the
      // "it" before what it judges (as Spanish or Portuguese do), opening a sentence.
      .replace(
        /(^|[.?!]\s+|\b(?:so|but|and|hmm|ok|okay)\s+)is (?=(?:(?:a|really|very|still) )?(?:good|worth|ok|okay|smart|wise|bad|better|possible|hard|easy|difficult|late|too late|good idea) (?:to|for|if|become|becoming|learn|learning|study|studying|switch|switching|start|starting)\b)/gi,
        "$1is it ",
      )
      // "it is good to become network admin or no?": the same question in a statement's order, its "it" the
      // one of "to become", opening the message; no field ("IT is good to…" in capitals stays).
      .replace(
        /^(?:so |but |hmm |ok |okay )?(?:it|It) is (?=(?:(?:a|really|very|still) )?(?:good|worth|ok|okay|smart|wise|bad|better|possible|hard|easy|difficult|late|too late|good idea) (?:to|for|become|becoming|learn|learning|study|studying|switch|switching|start|starting)\b)/,
        (m) => m.replace(/(?:it|It) is $/, "is it "),
      )
      // "enter in IT", "come in IT", "go in IT": getting into the field (or a role) with "in" for "into".
      .replace(/\b(?:enter|come|go|get) in (?=IT\b|it$|it\?|tech\b|the IT\b)/g, "get into ")
      // "how does one become a data scientist", "can one move from qa to dev": formal English's impersonal
      // "one" after the question's verb is the asker, "i"; left as is, "one" was read as a topic word and
      // matched a section that says "one industry". "which one", "that one" have no such verb before them.
      .replace(/\bdoes one\b/gi, "do i")
      .replace(/\b(do|can|could|should|would|must|might) one\b(?! (?:of|or|and|is|vs)\b)/gi, "$1 i")
      // "how do you become an engineering manager", "how do u get into data science": the impersonal "you"
      // (or "someone", "people"; chat's "u" and "ppl" are spelt out by then) of a way-in question is the
      // asker; left as is, "how do u become" was read as a move to the role from itself and answered with
      // what the role does. Only before a verb of getting in: "how do you know" stays a question to the bot.
      .replace(
        /\bhow (?:do|does|can|could|would|should) (?:you|ya|someone|somebody|people) (become|get into|break into|get started|start out)\b/gi,
        "how do i $1",
      )
  );
}
