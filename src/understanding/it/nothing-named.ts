/*
 * Whether anything a pronoun "it" could stand for is named before it: only who is asking and what they want
 * ("my son wants to study it"), or what is said of it ("everyone says it is dying").
 */

/**
 * Words that may open a message before a pronoun "it" with nothing yet named for it to stand for: who is
 * asking and what they want ("my son wants to study it", "i might be leaving it for nursing"), or how frankly
 * ("real talk is it even hiring").
 */
const openingWords = new Set(
  "i im me my mine we our u you ur he she they his her their son sons daughter daughters kid kids child children cousin brother sister mum mom mother dad father wife husband gf bf partner friend friends nephew niece stepson stepdaughter grandson granddaughter grandkid grandkids s m wants want wanted wanna planning plans plan thinking considering hoping trying going gonna to of about should shall could would can will might may do does did am is are was been be really also just honestly so and but ok okay hey hi real talk tbh ngl seriously".split(
    " ",
  ),
);

/** Whether only words that name nothing stand before position `i`, so a pronoun there would stand for nothing. */
export const nothingNamedBefore = (tokens: readonly string[], i: number, alsoOpening?: ReadonlySet<string>) =>
  tokens.slice(0, i).every((w) => openingWords.has(w) || alsoOpening?.has(w));

/** Words that report or ask what is said of it, naming nothing it could be: "everyone says it is dying". */
export const sayingWords = new Set(
  "what whats says say said saying heard hear think thinks everyone people someone lol".split(" "),
);
