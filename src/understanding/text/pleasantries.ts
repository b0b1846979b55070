/**
 * The pleasantries and hedges around a question: "hey, engineering manager responsibilities", "what about in
 * denver? thanks!", "sre skills pls 🙏", "sorry if this is a dumb question but what does an sre do", "is
 * devops dying lol". They say how the question is asked, not what: read without them, the question is the
 * same question. A message that is nothing but pleasantries ("hi", "thanks a lot") is small talk and stays
 * as it is. Messages come here without their Slack mentions (`mentionsDropped` runs first).
 */

/** Thanks, in full and as chat shortens it: "thx", "tysm" (thank you so much), "tia" (thanks in advance). */
const thanks = "thanks|thank you|thx|thnx|ty|tysm|tia|cheers";

/** What may follow thanks and belongs to them: "thanks so much", "thank you in advance", "cheers mate". */
const thanksMore = "so much|a lot|a ton|a bunch|very much|in advance|again|mate|man|buddy";

/** A please, or what says the same at the end of a request: "pls", "appreciate it". */
const please = "pls|plz|please|appreciate it|much appreciated";

/** What makes a question dumb, in the asker's own modest words: "sorry if this is a dumb question but …". */
const modest = "dumb|stupid|silly|basic|naive|noob|newbie|obvious";

/** A hello opening a message: "hey", "hi there,", "good morning!". */
const openingHello =
  /^\s*(?:hey|hi|hello|hiya|heya|yo|howdy|greetings|good (?:morning|afternoon|evening))(?:\s+(?:there|all|everyone|folks|team|bot|guys))?(?:\s*[,!.:;]+\s*|\s+)/i;

/**
 * Thanks opening a message before what it asks next: "thanks! what about austin", "ok thanks, and sre?".
 * Not "thanks for the help", nor thanks that go on past a comma ("thanks, so much"): no question follows.
 */
const openingThanks = new RegExp(
  String.raw`^\s*(?:(?:ok|okay|great|cool|perfect)\s*,?\s*)?(?:${thanks})(?:\s+(?:${thanksMore}))?(?:\s*[,!.:;-]+\s*|\s+)(?!(?:${thanksMore}|for)\b)(?=\S)`,
  "i",
);

/**
 * An acknowledgement of the answer before, opening a message before what it asks next: "got it. the first
 * one in sf", "makes sense, and for seniors?", "ok sounds good - what about austin". It says the last answer
 * was read, not what is asked now. A word that may describe what follows ("cool jobs", "great pay") needs the
 * punctuation after it; "got it" and "gotcha" say nothing else.
 */
const openingAcknowledgement =
  /^\s*(?:(?:ok(?:ay)?|ah|oh)\s*,?\s*)?(?:(?:got it|gotcha)(?:\s*[,!.:;-]+\s*|\s+)|(?:makes sense|sounds good|good to know|noted|understood|i see|perfect|great|awesome|cool|nice)\s*[,!.:;-]+\s*)(?=\S)/i;

/**
 * A hedge or filler opening a message: "so", "ok so", "ok then", "hmm ok.", "quick question:", "sorry if this is a dumb question
 * but", "random q -", "this is random but", "just curious,", "asking for a friend:", "not sure if this is the right place
 * but".
 * ("so much", "so far" are no filler; "well" is left, as in "well paid jobs".)
 */
const openingHedge = new RegExp(
  String.raw`^\s*(?:` +
    [
      String.raw`(?:ok(?:ay)?|alright|um+|uh+|hmm+|anyways?)\s*[,.]?\s+(?:(?:so|then)\b\s*,?\s*)?`,
      String.raw`so\b(?!\s+(?:much|many|far|long|what\s*$))\s*,?\s*`,
      String.raw`(?:(?:sorry|apologies)(?: in advance)?,? if this is|(?:this )?(?:might|may|could) be) (?:a |an )?(?:${modest}) (?:question|q)\s*[,.!-]*\s*(?:but\s+)?`,
      String.raw`(?:a |one )?(?:${modest}|random|quick|honest|genuine|serious|simple)\s+(?:question|q)\s*(?:[:,\-–—?.!]+\s*|\s+)(?:but\s+)?(?:for (?:you|u)\s*[:,\-–—?.!]*\s*)?`,
      // "this is random but", "this might be a weird one but", "kinda off topic but": an aside said of the
      // question itself, before it.
      String.raw`(?:this is|this might be|this may be|might be|kinda|kind of|slightly|a bit)?\s*(?:random|weird|odd|off[- ]topic|a weird one|an odd one|a random one)\s*[,:\-–—]?\s+but\s+`,
      // "this might be a weird one for a tech bot, sorry.", "this isn't really a tech question, but": an aside
      // on how the question fits the bot, whose "tech" is no field asked about (otherwise: "my husband is an
      // electrician… is the trade growing?" ranked tech's fastest growing roles).
      String.raw`(?:(?:this|it)(?:['’]s| is| might be| may be| could be)\s+|probably\s+|maybe\s+)?(?:a |an )?(?:weird|odd|random|strange|unusual|${modest}) (?:one|question|q|ask) for (?:a |an |this |the )?(?:tech |career |coding )?(?:bot|chatbot|channel|place)(?:\s*,?\s*sorry)?\s*(?:[.!,:;\-–—]+\s*(?:but\s+)?|\s+but\s+)`,
      String.raw`(?:this|it) (?:isn['’]?t|is not|s not) (?:really )?a tech (?:question|q)(?:\s*,?\s*sorry)?\s*(?:[.!,:;\-–—]+\s*(?:but\s+)?|\s+but\s+)`,
      // "it looks lower than I expected tbh, is it better in nyc": a reaction to the last answer, before the
      // question it leads to (typed with no comma, before the question's opening word).
      String.raw`(?:(?:thats|that|its|it|this)(?:['’]s| is)?\s+)?(?:(?:looks|seems|sounds|feels)\s+)?(?:(?:a lot|a bit|way|much|kinda)\s+)?(?:lower|higher|less|more|smaller|bigger|worse|better)\s+than\s+(?:i|we)\s+(?:expected|thought|hoped)(?:\s+(?:tbh|honestly|ngl|lol))?(?:\s*[,.!;:\-–—]+\s*|\s+(?=(?:is|are|what|whats|how|and|so|but|would|could|does|do|which|can|should)\b))`,
      // "apples to apples, how does sre pay compare to devops": the saying asks for a fair comparison, and
      // the question after it says of what (read with it, the pay asked was taken for the roles' work).
      String.raw`(?:(?:comparing|compare|to compare|so)\s+)?apples[\s-]+(?:to|with)[\s-]+apples\s*[,:\-–—.]*\s*`,
      String.raw`qq\s*[:,\-–—]\s*`,
      String.raw`just (?:curious|wondering)\s*[,:\-–—]?\s*`,
      String.raw`curious\s*[,:\-–—]\s*`,
      String.raw`asking for a friend\s*[,:\-–—]\s*`,
      String.raw`not sure if this is the right (?:place|channel)(?: to ask)?\s*,?\s*(?:but\s+)?`,
    ].join("|") +
    String.raw`)(?=\S)`,
  "i",
);

/**
 * A hedge or laugh closing a message: "… lol", "… haha", "… tbh", "… (asking for a friend)", "… just curious",
 * "… if that matters", "… not sure if it helps" (whether a fact told counts, asked of nothing else: otherwise
 * "matters" was read as a job no list knows).
 */
const closingHedge =
  /(?:[\s,.;:-]|^)+(?:lol|lmao|lmfao|rofl|ha(?:ha)+|hehe|tbh|imo|\(?asking for a friend\)?|if that makes sense|just curious|just wondering|(?:(?:not sure|idk|dunno) )?if (?:that|it|this) (?:matters|helps|makes a difference))[\s!?.:)]*$/i;

/** Decoration closing a message: an emoji, as Slack's code (":pray:") or as itself ("🙏"). */
const closingEmoji = /(?:\s*(?::[a-z0-9_+-]+:|\p{Extended_Pictographic}\uFE0F?))+\s*$/u;

/** Thanks or please closing a message: "… thanks!", "… pls", "… thanks in advance", "… ty :)". */
const closingThanks = new RegExp(
  String.raw`(?:[\s,.;:-]|^)+(?:${thanks}|${please})(?:\s+(?:${thanksMore}))?[\s!.:)]*$`,
  "i",
);

/**
 * The message without what closes it but asks nothing: an emoji, a laugh or hedge, thanks or please
 * ("… and salary lol", "… and pay :pray:"), each in turn from the end. What is left keeps its places.
 */
export function closingDropped(text: string): string {
  let question = text;
  for (let before = ""; before !== question; ) {
    before = question;
    question = question.replace(closingEmoji, "").replace(closingHedge, "").replace(closingThanks, "");
  }
  return question;
}

/** What can open a message before its question, and what each says. */
const openings: [RegExp, "hello" | "thanks" | "hedge"][] = [
  [openingHello, "hello"],
  [openingThanks, "thanks"],
  [openingAcknowledgement, "hedge"],
  [openingHedge, "hedge"],
];

/** What was said around the question: a hello, thanks (or please), a hedge, or only an emoji. */
export type Pleasantry = "hello" | "thanks" | "hedge" | "emoji";

/**
 * The question without the pleasantries around it, and which they were; undefined when there are none. A
 * message of nothing else is small talk, and stays as it is but for a closing emoji.
 */
export function withoutPleasantries(text: string): { question: string; said: Pleasantry } | undefined {
  let question = text;
  let said: Pleasantry | undefined;
  // "sre skills please thank you 🙏": each closing word in turn, from the end.
  for (let before = ""; before !== question; ) {
    before = question;
    const bare = question.replace(closingEmoji, "");
    if (bare !== question) said ??= "emoji";
    const unhedged = bare.replace(closingHedge, "");
    if (unhedged !== bare) said ??= "hedge";
    question = unhedged.replace(closingThanks, "");
    if (question !== unhedged) said = "thanks";
  }
  // "hey, quick question: so what does an sre do": each opening in turn.
  for (let before = ""; before !== question; ) {
    before = question;
    for (const [opening, kind] of openings) {
      const found = opening.exec(question);
      if (!found) continue;
      question = question.slice(found[0].length);
      if (kind !== "hedge" || !said) said = kind;
    }
  }
  const left = question.replace(/[\s\p{P}]/gu, "");
  if (said && left !== "") return { question: question.trim(), said };
  // "thx :pray:": small talk, without its emoji.
  const undecorated = text.replace(closingEmoji, "").trim();
  return undecorated !== text.trim() && undecorated !== ""
    ? { question: undecorated, said: "emoji" }
    : undefined;
}

/** A message that only acknowledges the last answer: "perfect", "got it", "that helps", "makes sense, thanks". */
const acknowledgement = new RegExp(
  String.raw`^(?:ok(?:ay)?\s*,?\s*)?(?:perfect|great|awesome|cool|nice|got it|gotcha|makes sense|that helps|that helped|(?:that'?s |that is |very |super |really )?(?:helpful|useful)|sounds good|good to know|noted|understood|that'?s all(?: i needed)?|that'?s what i needed)(?:\s*[,!.]?\s*(?:${thanks}))?[\s!.:)]*$`,
  "i",
);

/** A short message that says the last answer was understood: "ml makes sense now", "ah i see", "now i get it". */
const understood =
  /^(?:(?!(?:does|do|did|is|would|will|should|could|can|what|which|how|why|when|where)\b)(?:[^\s?]+\s+){0,3}makes (?:more |a lot of )?sense(?: now)?|(?:ah |oh |ok )?i see|(?:now )?i get it(?: now)?|i understand(?: now)?)[\s!.:)]*$/i;

/** Small talk that asks after the bot: "how are you", "how's it going", "what's up". */
const howAreYou =
  /^(?:how are (?:you|u)|how r u|how(?:'s| is|s) it going|what'?s up|sup)(?:\s+(?:doing|today))?[\s?!.:)]*$/i;

/**
 * Small talk that is no question, however its words read to the classifier ("that helps" is no request for
 * help, "perfect" no question of a role): a thanks, for an acknowledgement, or a hello, for "how are you".
 * `afterAnswer`: whether the message follows an answer in its thread (or thanks for one).
 */
export function smallTalkSaid(text: string, afterAnswer: boolean): "thanks" | "hello" | undefined {
  const said = text.trim();
  // "ml makes sense now" acknowledges an answer; with none before it, "switching to devops makes sense" is
  // a plan to weigh.
  if (acknowledgement.test(said) || (afterAnswer && understood.test(said))) return "thanks";
  if (howAreYou.test(said)) return "hello";
  return undefined;
}
