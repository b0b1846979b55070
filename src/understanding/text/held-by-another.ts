/*
 * "asking for my wife - she's a bank teller, could she become a systems analyst?": a question asked for
 * someone close, whose job is said of them, is read as that job held, as "im a bank teller, could i become…"
 * is (otherwise: the bank read as a kind of employer, the teller lost). Only when the rest of the question is
 * about that person ("could she", "for him"): "my friend is a nurse, how do i become one" asks for the asker.
 * Nor where the rest sets them against the asker ("my gf is a nurse and says she makes more than me as a
 * junior dev"): their job is one side of a comparison, the asker's the other, and no move of either.
 */

/** People a question is asked for: family, partners, friends; not colleagues, whose job is no move of the asker's. */
export const closePeople =
  "wife|husband|partner|spouse|gf|bf|girlfriend|boyfriend|son|daughter|kid|child|mom|mum|mother|dad|father|brother|sister|friend|cousin|niece|nephew|uncle|aunt|grandma|grandpa|grandmother|grandfather|stepdad|stepmom|roommate|best friend|bff|fiance|fiancee";

/** "my wife is a", "she's a", "he is currently an": the job said of someone, opening a clause. */
const saidOfThem = new RegExp(
  String.raw`(^|[,.;:!?(\-–—]\s*|\b(?:and|but|so)\s+)(?:my (?:${closePeople})(?:['’]s| is)|(?:she|he)(?:['’]?s| is)) (?:currently |still |also |now )?(an?) `,
  "gi",
);

/** The rest names the person again, as the one asked about. */
const aboutThem = /\b(?:she|he|her|him)\b/i;

/** The asker set against them: "more than me", "than i do", "as much as me", "vs me". */
const againstAsker = /\b(?:than|as|vs)\s+(?:me|i|myself)\b/i;

/** The question with a job said of someone close said as held: "she's a bank teller, could she…" → "i'm a bank teller, could she…". */
export function spellHeldByAnother(text: string): string {
  return text.replace(saidOfThem, (said: string, opening: string, article: string, at: number) =>
    aboutThem.test(text.slice(at + said.length)) && !againstAsker.test(text.slice(at + said.length))
      ? `${opening}i'm ${article} `
      : said,
  );
}
