/*
 * The bot's own words quoted back in a question ("> Median annual wage … — is that before tax?", "you said
 * "base pay only" earlier — why?"): they say which answer the question is about, not what it asks. The
 * question is read as the asker's own words, so the quoted figures and titles ask no pay question anew.
 */

/** A Slack quote line: ">" at its start (as Slack escapes it, "&gt;", where it came unescaped). */
const quoteLine = /^\s*(?:>|&gt;)\s?/;

/** Where a quote typed on one line ends and the asker's words begin: the last dash set apart by spaces. */
const afterQuoteOnLine = /\s(?:—|--|-)\s(?!.*\s(?:—|--|-)\s)(.*)$/;

/**
 * The message without its quote: the lines after a quoted one, or on the quote's own line the words after
 * its last dash ("> base pay only — so does that include bonus"). A quote that is the whole message is the
 * question, its ">" dropped.
 */
export function quoteDropped(message: string): string {
  const lines = message.split("\n");
  if (!lines.some((line) => quoteLine.test(line))) return message;
  const own = lines.flatMap((line) => {
    if (!quoteLine.test(line)) return [line];
    const after = afterQuoteOnLine.exec(line)?.[1]?.trim();
    return after ? [after] : [];
  });
  const asked = own.join("\n").trim();
  return asked || lines.map((line) => line.replace(quoteLine, "")).join("\n");
}

/**
 * The message with each quote's ">" dropped and its words kept: a quote in the first message of a thread
 * cannot be the bot's words, so it is what the asker pasted (a recruiter's line, a posting's) and what
 * "is that normal?" after it asks about. Undefined when the message quotes nothing.
 */
export function quoteKept(message: string): string | undefined {
  const lines = message.split("\n");
  if (!lines.some((line) => quoteLine.test(line))) return undefined;
  return lines.map((line) => line.replace(quoteLine, "")).join("\n");
}

/** "you said X earlier": what the bot said, as the thing the question is about ("X — why?"). */
const youSaid =
  /\b(?:you|u) (?:said|say|wrote|mentioned)\s+(.+?)\s+(?:earlier|before|above|previously)\b\s*/gi;
const youSaidNow = /\b(?:you|u) (?:said|say|wrote|mentioned)\s+/gi;

/** The question with "you said … earlier" read as what was said: "and "base pay only" — why? no stock?". */
export const saidBackRead = (question: string): string =>
  question.replace(youSaid, "$1 ").replace(youSaidNow, "");
