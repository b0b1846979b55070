/*
 * Words said in brackets as an aside, asking nothing: "game qa tester here, 2 yrs of manual testing (console
 * cert, regression passes, the fun stuff)". They say what the asker did, not what they ask: a word of
 * credentials there ("console cert", a testing pass) asks for no certificate.
 */

/** A bracketed aside with no question mark in it: "(console cert, regression passes)", not "(certs?)". */
const bracketedAside = /\([^()?]*\)/g;

/** The text with its bracketed asides left out, each where it stood as a space. */
export const bracketedAsidesDropped = (text: string): string => text.replace(bracketedAside, " ");
