/*
 * The whole US asked instead of a place or an employer ("ok then in general?", "what about in the states
 * then", "nationally?"): every figure the knowledge holds is a US one, so these words ask the role's
 * general figures, with the place or employer the thread named dropped.
 */

/**
 * "in general", "generally", "nationally", "nationwide", "in the us", "in the states", "in america",
 * "across the country", "the national average". Not "in general terms" said of work ("what do they do in
 * general" asks no pay, and is read by its other words).
 */
const nationwideWords =
  /\b(?:in general|generally|nationally|nationwide|national (?:average|median|figures?)|(?:in|across|for) (?:the )?(?:us|u\.s\.?|usa|u\.s\.a\.?|states|united states|america|whole country|country as a whole))\b/i;

/** Whether a question asks for the whole US in place of a place or an employer. */
export const nationwideAsked = (text: string) => nationwideWords.test(text);
