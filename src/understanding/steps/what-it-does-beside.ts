/*
 * "cloud architect, what is it and what does it pay", "what does a data analyst do and what do they make":
 * what the role is, asked beside its pay in one message. The pay is what the classifier reads; what the
 * role does is kept as asked too, so that the answer gives both, what it does first.
 */
import { payIntents } from "../intent/intents.js";
import type { Understanding } from "../shape/understanding.js";

/**
 * What a role is or does, asked as a question of its own before "and" or a comma: "what is it and",
 * "what's that,", "what does a xrole do and", "what do they do". Read in the masked words, where a role's
 * name is "xrole".
 */
const whatItIsThen =
  /\bwhat(?: is|s) (?:it|that|this|a xrole|an xrole|xrole)(?: exactly)? (?:and|then)\b|\bwhat (?:does|do) (?:it|they|a xrole|an xrole|xroles?) (?:actually |even )?do\b/;

/** A pay question about one role that also asks what the role is: marked so the answer gives both. */
export function whatItDoesBesidePay(u: Understanding): Understanding {
  if (!payIntents.has(u.intent) || u.intent === "payCompare" || u.roles.length !== 1) return u;
  return whatItIsThen.test(u.entities.masked.join(" ")) ? { ...u, whatItDoesToo: true } : u;
}
