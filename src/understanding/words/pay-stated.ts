/*
 * An amount of pay the person says they were offered or earn ("got an offer for 82k", "making 60k",
 * "$28/hr"), as they typed it: read so the answer can set it against the figures, never a guess at an
 * amount that is no pay ("i have 5k saved", "2 yoe", "a 10k raise").
 */

import { foreignPayStated } from "./pay-currency.js";

/**
 * Pay the person states: how much, by the year or the hour, and whether they said it was base pay. A range
 * ("95-110k", "between $25 and $30 an hour") is `amount` up to `upTo`, both ends by the same period.
 */
export interface PayStated {
  amount: number;
  upTo?: number;
  per: "year" | "hour";
  base: boolean;
}

/** "offer", "offered": an offer is pay stated, whatever else the message asks. */
const offerWords = /\b(offers?|offered|offering)\b/i;

/**
 * Whether an amount is good, fair or enough: what the person wants weighed. "is that normal", "typical?":
 * an amount asked whether it is usual is weighed too ("their analysts start around 70k, is that normal");
 * so is one the question ends asking low or high of ("is 175k at google for swe L4 low"), or asks so right
 * after the amount ("is 80k low for qa"; not "100k low cost of living", a place's cost).
 */
export const judgedWords =
  /\b(fair|good|ok|okay|decent|normal|typical|usual|standard|realistic|low ?ball(ed|ing)?|under ?paid|overpaid|competitive|reasonable|enough|market rate|(below|above) market|(vs|versus|against|compared (to|with)) (the )?market)\b|\b(too|is (that|this|it)|that'?s|it'?s|kinda|pretty|bit) (low|high|bad)\b|\b(low|high)\s*[?!.]*\s*$|\d\s?k\s+(too\s+)?(low|high)\b(?![\s-]*(cost|col|school|end|level)\b)/i;

/**
 * An amount beside these words is a change of pay or money of another kind, not the pay itself; nor is a count
 * of things ("closes 50k tickets a year", "a company with 200k employees").
 */
const notPayNearby =
  /^\s*(?:pay )?(?:cut|raise|bump|increase|more|less|bonus|signing|sign-on|stipend|saved|savings|in savings|debt|loans?|tuition|of debt|relocation|in (?:\w+ )?(?:loans?|debt))\b|^\s*(?:\w+ )?(?:tickets?|employees?|users?|people|customers?|followers?|subscribers?|requests?|records?|rows?|lines?|downloads?|views?|miles?|students?|patients?|members?|calls?|devices?|servers?|endpoints?)\b/i;
const notPayBefore =
  /\b(?:a|an|extra|another|additional|cut of|raise of|bonus of|bump of|saved|save|spent|spend|cost|costs|owe|budget of|bootcamp|course|loan of|debt of)\s*$/i;

/** Lowest and highest amounts read as pay by the year and by the hour: others are no salary or wage. */
const yearly = { min: 10_000, max: 2_000_000 };
const hourly = { min: 7, max: 1_000 };

/** "$28/hr", "38/hr", "$28 an hour", "28 dollars per hour", "$45 hourly". */
const byTheHour =
  /\$?\s?(\d{1,3}(?:\.\d{1,2})?)\s?(?:dollars?|usd|bucks)?\s?(?:\/\s?(?:hr|hour|h)\b|(?:per|an|a)\s(?:hr|hour)\b|hourly\b|ph\b)/gi;

/**
 * "82k", "$120K", "82.5k", "$95,000", "95,000", "$95000"; and "making 130", said of pay in thousands with
 * neither "k" nor "$" (not "making 25 an hour", "making 40 calls", "making 90 percent of what they make").
 */
const byTheYear =
  /\$\s?(\d{1,3}(?:\.\d)?)\s?k\b|\b(\d{1,3}(?:\.\d)?)\s?k\b|\$\s?(\d{1,3}(?:,\d{3})+|\d{5,7})\b|\b(\d{1,3}(?:,\d{3})+)\b|\b(?:making|earning|makes|earns|pulling|pulls)\s+(?:about |around |roughly |like |~)?([3-9]\d|[1-4]\d\d)\b(?![.,]\d|\s*(?:%|\/|k\b|an?\s|per\b|percent\b|pct\b|hourly|ph\b|dollars?|bucks|usd|hours?|hrs?|years?|yrs?|months?|days?|weeks?|\w*s\b))/gi;

/** Whether the words around an amount say it is money of another kind ("5k saved", "a 10k raise"). */
function otherMoney(text: string, start: number, end: number): boolean {
  return notPayNearby.test(text.slice(end)) || notPayBefore.test(text.slice(0, start));
}

function hourlyAmount(text: string): number | undefined {
  for (const m of text.matchAll(byTheHour)) {
    const amount = Number(m[1]);
    if (amount >= hourly.min && amount <= hourly.max && !otherMoney(text, m.index, m.index + m[0].length))
      return amount;
  }
  return undefined;
}

function yearlyAmount(text: string): number | undefined {
  for (const m of text.matchAll(byTheYear)) {
    const [, dollarsK, bareK, dollars, commas, madeK] = m;
    const k = dollarsK ?? bareK ?? madeK;
    const amount = k ? Number(k) * 1000 : Number((dollars ?? commas ?? "").replace(/,/g, ""));
    if (amount >= yearly.min && amount <= yearly.max && !otherMoney(text, m.index, m.index + m[0].length))
      return amount;
  }
  return undefined;
}

/** One end of a range: "95", "$95k", "95,000", "$27.50"; a "k" on it, or on the range's other end. */
const rangeEnd = String.raw`\$?\s?(\d{1,3}(?:,\d{3})+|\d{1,7}(?:\.\d{1,2})?)\s?(k\b)?`;

/** "95-110k", "$95k–$110k", "95 to 110k", "between 95 and 110": two amounts, "and" only after "between". */
const rangeOfPay = new RegExp(
  String.raw`(?:\b(between)\s+)?${rangeEnd}\s?(?:-|–|—|\bto\b|\band\b)\s?${rangeEnd}`,
  "gi",
);

/** Words right after a range that make it an hourly one: "25-30/hr", "between $25 and $30 an hour". */
const hourAfter =
  /^\s?(?:dollars?|usd|bucks)?\s?(?:\/\s?(?:hr|hour|h)\b|(?:per|an|a)\s(?:hr|hour)\b|hourly\b|ph\b)/i;

/** A range's top is at most this many times its low end: wider, the two numbers are no one offer's. */
const widestRange = 2.5;

/**
 * A range of pay: "95-110k" (the "k" of the top end is the low end's too), "$95,000 to $110,000", "25-30/hr";
 * "between 95 and 110" with neither "k" nor "$" is in thousands when both ends are too small for a salary,
 * as people say an offer. Not a range of years ("2024-2025") or one whose ends are no pay of one period.
 */
function rangeStated(text: string): Omit<PayStated, "base"> | undefined {
  for (const m of text.matchAll(rangeOfPay)) {
    const [whole, between, lowText = "", lowK, highText = "", highK] = m;
    if (/\band\b/i.test(whole) && !between) continue;
    const after = text.slice(m.index + whole.length);
    if (otherMoney(text, m.index, m.index + whole.length)) continue;
    const [low, high] = [Number(lowText.replace(/,/g, "")), Number(highText.replace(/,/g, ""))];
    if (!(low < high && high <= low * widestRange)) continue;
    if (hourAfter.test(after)) {
      if (low >= hourly.min && high <= hourly.max && !lowK && !highK)
        return { amount: low, upTo: high, per: "hour" };
      continue;
    }
    const thousands = Boolean(lowK || highK) || (Boolean(between) && high < 1000);
    const [amount, upTo] = thousands && low < 1000 ? [low * 1000, high * 1000] : [low, high];
    if (thousands && high >= 1000 && !highK) continue;
    if (amount >= yearly.min && upTo <= yearly.max) return { amount, upTo, per: "year" };
  }
  return undefined;
}

/** An amount as typed: "150k", "$150K", "150,000", "$150000", "$45/hr". */
const amountTyped = String.raw`\$?\s?\d{1,3}(?:[.,]\d{1,3})*\s?k?\b(?:\s?\/\s?(?:hr|hour|h)\b)?`;

/**
 * Pay aimed at, as people ask whether they can get there: "can i make 150k as a data analyst", "how many yrs
 * to hit 200k in ml", "can i get it to 100k", "possible to earn 120k in qa?". The amount aimed at is the one
 * to set against the figures (otherwise: such a question got the plain figures, the amount never placed, and
 * "i make 60k …, can i get it to 100k" would have placed the 60k).
 */
const aimedAt = new RegExp(
  String.raw`\b(?:(?:can|could|will|would|possible to|able to|ever)\s+(?:i\s+|you\s+|one\s+|someone\s+)?(?:ever\s+|realistically\s+|actually\s+)?|(?:to|til|till|until|before)\s+(?:i\s+)?)(?:make|earn|hit|reach|get to|clear|break|crack|get (?:it|that|my pay|my salary) (?:up )?to)\s+(?:over\s+|above\s+|past\s+)?(${amountTyped})`,
  "gi",
);

/** The amount a message aims at, by the year or the hour, if it asks whether it can get there. */
export function aimedAmount(text: string): Omit<PayStated, "base"> | undefined {
  for (const m of text.matchAll(aimedAt)) {
    const typed = m[1] ?? "";
    const end = m.index + m[0].length;
    if (otherMoney(text, end - typed.length, end)) continue;
    const hour = hourlyAmount(typed);
    const amount = hour ?? yearlyAmount(typed);
    if (amount !== undefined) return { amount, per: hour !== undefined ? "hour" : "year" };
  }
  return undefined;
}

/**
 * The asker's own pay set against a job as what a move would be weighed by: "is it worth it vs the 52k i'm
 * making now", "would it pay more than my 60k", "worth it compared to my current 75k". An amount said to be
 * the asker's ("my", "current", "i'm making", "now"); not "take the 80k offer vs 95k", two offers.
 */
const ownPayAgainst = new RegExp(
  String.raw`\b(?:worth it|worth the switch|worth the move|pay more|pays more|better)\b.*?\b(?:vs\.?|versus|than|over|compared to|compared with)\s+(?:(?:the\s+)?(?:my\s+)(?:current\s+)?|(?:the\s+|my\s+)?current\s+|(?:the\s+)?(?=\S+\s+(?:i'?m|i am|i)\s+(?:making|make|earning|earn|getting|get|on)\b|\S+\s+(?:now|currently)\b))(${amountTyped})`,
  "i",
);

/** The pay a message sets a job against as the asker's own ("is it worth it vs the 52k i'm making now"). */
export function ownPayWeighed(text: string): Omit<PayStated, "base"> | undefined {
  const typed = ownPayAgainst.exec(text)?.[1];
  if (!typed) return undefined;
  const hour = hourlyAmount(typed);
  const amount = hour ?? yearlyAmount(typed);
  return amount === undefined ? undefined : { amount, per: hour !== undefined ? "hour" : "year" };
}

/**
 * The pay a message states, if it states one: an amount by the hour or the year beside an offer or a
 * question of whether it is enough ("making 60k, am i underpaid", "is 140k good for a senior swe"). Whether
 * the message asks about pay at all is the pipeline's to say ("i make 90k, should i switch" asks a move).
 */
export function payStatedIn(text: string): PayStated | undefined {
  // An amount in another currency ("12 lpa", "60k euros") has no figures to be set against.
  if (foreignPayStated(text)) return undefined;
  const aimed = aimedAmount(text);
  if (aimed) return { ...aimed, base: /\bbase\b/i.test(text) };
  if (!offerWords.test(text) && !judgedWords.test(text)) return undefined;
  // "95-110k": both ends, read before a single amount, which would read only one of them ("110k").
  const range = rangeStated(text);
  if (range) return { ...range, base: /\bbase\b/i.test(text) };
  const hour = hourlyAmount(text);
  const amount = hour ?? yearlyAmount(text);
  if (amount === undefined) return undefined;
  return { amount, per: hour !== undefined ? "hour" : "year", base: /\bbase\b/i.test(text) };
}
