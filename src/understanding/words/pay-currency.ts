/*
 * "my ctc is 12 lpa, is that good for a data scientist", "is €55k good for a devops engineer": an amount of
 * pay stated in another currency than the figures' (US dollars). The answer says first that it holds no
 * figures in that currency, lest a US figure read as a judgement of the amount.
 */

/** Words of an amount after its number: Indian English counts pay in lakhs a year ("12 lpa", "15 lakhs"). */
const rupeeAmount =
  /\b\d+(?:\.\d+)?\s?(?:lpa|lakhs?|lacs?|crores?|cr)\b|₹\s?\d|\b\d[\d,.]*\s?(?:k\s)?(?:inr|rupees?)\b/i;
const euroAmount = /€\s?\d|\b\d[\d,.]*\s?k?\s?(?:€|euros?|eur)(?!\w)/i;
const poundAmount = /£\s?\d|\b\d[\d,.]*\s?k?\s?(?:pounds?|gbp)\b/i;

/** Each currency an amount may be stated in, as the answer names it, with where it is paid. */
const currencies: { name: string; where: string; amount: RegExp }[] = [
  { name: "rupees", where: "India", amount: rupeeAmount },
  { name: "euros", where: "Europe", amount: euroAmount },
  { name: "pounds", where: "the UK", amount: poundAmount },
];

/** The currency an amount of pay is stated in, if one other than the figures' US dollars. */
export function foreignPayStated(question: string): { name: string; where: string } | undefined {
  const found = currencies.find((c) => c.amount.test(question));
  return found ? { name: found.name, where: found.where } : undefined;
}
