import { tokenize } from "../../knowledge/core/text.js";

/*
 * The whole US asked instead of a place or an employer ("ok then in general?", "what about in the states
 * then", "nationally?"): every figure the knowledge holds is a US one, so these words ask the role's
 * general figures, with the place or employer the thread named dropped.
 */

/**
 * "in general", "nationally", "nationwide", "in the us", "in the states", "in america", "across the
 * country", "the national average". Not "in general terms" said of work ("what do they do in general" asks
 * no pay, and is read by its other words). A bare "us" is the pronoun ("how about for us remote folks?"),
 * so the country is "the us", "u.s.", "usa", or "US" in capitals (see `countryInCapitals`).
 */
const nationwideWords =
  /\b(?:in general|nationally|nationwide|national (?:average|median|figures?)|(?:in|across|for) (?:the us|(?:the )?(?:u\.s\.?|usa|u\.s\.a\.?|states|united states|america|whole country|country as a whole)))\b/i;

/** "in US", "for US": the capitals name the country, unless the whole message is shouted in capitals. */
const countryInCapitals = /\b(?:[Ii]n|[Aa]cross|[Ff]or) US\b/;
const notShouted = /[a-z]/;

/**
 * "generally" asks the general figures only as the last word ("generally?", "what about generally"):
 * within a question it is any adverb ("is the work generally remote?").
 */
const generallyLast = /\bgenerally\W*$/i;

/** Whether a question asks for the whole US in place of a place or an employer. */
export const nationwideAsked = (text: string) =>
  nationwideWords.test(text) ||
  generallyLast.test(text) ||
  (countryInCapitals.test(text) && notShouted.test(text));

/** The most words a follow-up keeps beside the nationwide ones and still asks nothing else ("ok then in general?"). */
const fragmentWords = 4;

/** Whether the question is the whole US asked and little else ("and in the usa overall?"): a fragment. */
export const onlyNationwideAsked = (text: string) =>
  nationwideAsked(text) && tokenize(withoutNationwide(text)).length <= fragmentWords;

/** The question with its whole-US words taken out ("salary of a dba in the US" is "salary of a dba"). */
export const withoutNationwide = (text: string) =>
  text.replace(nationwideWords, " ").replace(countryInCapitals, " ").replace(generallyLast, " ");
