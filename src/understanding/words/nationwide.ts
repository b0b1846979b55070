import { tokenize } from "../../knowledge/core/text.js";

/*
 * The whole US asked instead of a place or an employer ("ok then in general?", "what about in the states
 * then", "nationally?"): every figure the knowledge holds is a US one, so these words ask the role's
 * general figures, with the place or employer the thread named dropped.
 */

/** The figures of the whole US are named by: "average", "median", "number", "pay", "rate"… */
const nationalFigure = "(?:average|avg|median|figures?|numbers?|pay|salary|wages?|rate)";

/**
 * "in general", "nationally", "nationwide", "in the us", "in the states", "in america", "across the
 * country", "the national average", "the national number", "the us median". Not "in general terms" said of work ("what do
 * they do in general" asks no pay, and is read by its other words). A bare "us" is the pronoun ("how about for us remote folks?"),
 * so the country is "the us", "u.s.", "usa", or "US" in capitals (see `countryInCapitals`).
 */
const nationwideWords = new RegExp(
  String.raw`\b(?:in general|nationally|nationwide|(?:national|the (?:us|u\.s\.?|usa)) ${nationalFigure}|(?:in|across|for) (?:the us|(?:the )?(?:u\.s\.?|usa|u\.s\.a\.?|states|united states|america|whole country|country as a whole)))\b`,
  "i",
);

/** "in US", "for US": the capitals name the country, unless the whole message is shouted in capitals. */
const countryInCapitals = /\b(?:[Ii]n|[Aa]cross|[Ff]or) US\b/;
const notShouted = /[a-z]/;

/**
 * "generally" asks the general figures only as the last word ("generally?", "what about generally"):
 * within a question it is any adverb ("is the work generally remote?").
 */
const generallyLast = /\bgenerally\W*$/i;

/**
 * "ok just general then", "general is fine", "the general figures please": the general figures asked for by
 * that word, ending what is said of them. Not "general" of a title or a kind ("general manager", "general IT").
 */
const generalFigures =
  /(?:^|\b(?:just|only|ok|okay|fine|sure|the) )general(?: (?:figures?|numbers?|pay|ones?|salar(?:y|ies)|stats|data))?(?=\s*(?:then|please|pls|is fine|works|will do|[?.!,]|$))/i;

/** "what about anywhere?", "in general or anywhere": no place in particular. "Anywhere else" asks of others. */
const anywhere = /\b(?:about|at|in|for|or) anywhere\b(?! else)|^\W*anywhere\W*$/i;

/** Whether a question asks for the whole US in place of a place or an employer. */
export const nationwideAsked = (text: string) =>
  nationwideWords.test(text) ||
  generallyLast.test(text) ||
  generalFigures.test(text) ||
  anywhere.test(text) ||
  (countryInCapitals.test(text) && notShouted.test(text));

/**
 * "any company, in seattle", "regardless of employer", "at some random mid size company in denver": no
 * employer in particular, said of employers alone, so a place named beside it still stands.
 */
const anyEmployer =
  /\b(?:at|for|from|across) (?:any|all|every) (?:company|companies|employers?|firms?)\b|^\W*any (?:company|employer)\b|\bregardless of (?:the )?(?:company|employer)\b|\b(?:at|for|with|in|vs|versus|than) (?:some|a|an|any) (?:(?:random|regular|normal|average|typical|ordinary|generic|no[- ]name|boring|small|smaller|medium|mid|midsize|mid-size|mid-sized|sized?|big|large|local|non[- ]tech|non[- ]faang)[ -]?)+(?:company|companies|employer|firm|shop|place|business)\b/i;

/**
 * "ok just give me sf then", "only seattle then": a place taken instead of the employers the thread could
 * not give, the place alone ("just", "only") with no employer named.
 */
const placeInstead =
  /\b(?:just|only)(?: (?:give|show|tell|get)(?: me| us)?| do| go with)?(?: (?:the|for|in))? xplace(?: (?:figures?|numbers?|pay|data|ones?))?(?: (?:then|instead|please|pls))*$/;

/**
 * "not at google", "not for amazon", "forget amazon", "never mind meta", "other than google": an employer
 * named to set it aside, in the question as masked.
 */
const employerSetAside =
  /\b(?:not|forget(?: about)?|never ?mind|nvm|ignore|skip|drop|other than|apart from|aside from|outside(?: of)?) (?:at |for |with |from )?(?:a |the )?xcompany\b/g;

/**
 * Whether a question asks for no employer in particular: the general figures or the whole US asked where it
 * names no employer ("ok just general then, in sf"), any employer said, a place alone taken instead ("just
 * give me sf then"), or the one named set aside ("not at google"). A pay question's employer from its thread is then dropped; a place named beside it is kept.
 */
export const noEmployerAsked = (text: string, masked: readonly string[]) => {
  const maskedText = masked.join(" ");
  const named = maskedText.match(/\bxcompany\b/g)?.length ?? 0;
  // Every employer named is one set aside: "at amazon, not at google" still asks Amazon's.
  const setAside = named > 0 && (maskedText.match(employerSetAside)?.length ?? 0) === named;
  return (
    setAside ||
    (named === 0 && (nationwideAsked(text) || anyEmployer.test(text) || placeInstead.test(maskedText)))
  );
};

/**
 * "how does that stack up vs the national number", "compared to the national average?", "is that above the
 * us median": a figure just shown set against the whole US's, which asks that figure's role nationally.
 * Not "compare them in general" (the roles set against each other, with no figure of the whole US named).
 */
const setAgainstNationwide = new RegExp(
  String.raw`\b(?:vs\.?|versus|than|against|compared?|compares|comparing|stacks? up|next to|beside|relative to|above|below)\b(?:\s+\S+){0,3}?\s+(?:the\s+)?(?:national|nationwide|us|u\.s\.?|usa)\s+${nationalFigure}\b`,
  "i",
);

/**
 * A measure other than pay named as what is set against the whole US's: "is the unemployment rate for devs
 * below the national rate", "how does the cost of living there compare to the national average".
 */
const otherMeasure =
  /\b(?:cost of living|rent|rents|hours|unemployment|growth|growing|turnover|openings|demand|employment|job market|layoffs?|hiring|taxe?s|benefits|pto|vacation|burnout|stress)\b/i;

/** Whether a question sets what was shown against the whole US's figures, naming nothing else to set it against. */
export const nationwideSetAgainst = (text: string) =>
  setAgainstNationwide.test(text) && !otherMeasure.test(text);

/** The most words a follow-up keeps beside the nationwide ones and still asks nothing else ("ok then in general?"). */
const fragmentWords = 4;

/** Whether the question is the whole US asked and little else ("and in the usa overall?"): a fragment. */
export const onlyNationwideAsked = (text: string) =>
  nationwideAsked(text) && tokenize(withoutNationwide(text)).length <= fragmentWords;

/** The question with its whole-US words taken out ("salary of a dba in the US" is "salary of a dba"). */
export const withoutNationwide = (text: string) =>
  text.replace(nationwideWords, " ").replace(countryInCapitals, " ").replace(generallyLast, " ");
