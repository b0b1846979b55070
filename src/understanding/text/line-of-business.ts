/**
 * "pm at a health tech co", "a fin tech startup": a field's word and "tech" before a word for a company is a
 * line of business, written as one ("healthtech", as people also type it), which is read as a kind of
 * employer; never the job the two words name alone ("health tech", a health technician).
 */

/** Words before "tech" that say how big or which, not a field: "big tech", "a tech company". */
const notFields = new Set(
  "a an the big small large top major local any some this that my our your his her their in at of for to and or".split(
    " ",
  ),
);

const beforeCompany =
  /\b([a-z]+) tech (?=(?:co|cos|company|companies|startup|startups|firm|firms|corp|industry|sector|space)\b)/gi;

/** The text with each field's "X tech" before a word for a company written as one word. */
export function lineOfBusinessJoined(text: string): string {
  if (!/ tech /i.test(text)) return text;
  return text.replace(beforeCompany, (whole, word: string) =>
    notFields.has(word.toLowerCase()) ? whole : `${word}tech `,
  );
}
