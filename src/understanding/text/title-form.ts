import pluralize from "pluralize";

const forms = new Map<string, string>();

/**
 * A title word's singular ("nurses" → "nurse", "sres" → "sre", "salespeople" → "salesperson"). pluralize's
 * rules know English plurals without a dictionary; a noun lemmatizer did the same from word lists that held
 * 28 MiB of a running process. Its rules are some eighty regular expressions tried in turn, and the
 * occupations' vocabulary asks for every word of every intent example at start: forms seen are remembered
 * up to a bound, as stems are.
 */
export const titleForm = (word: string): string => {
  let form = forms.get(word);
  if (form === undefined) {
    form = pluralize.singular(word);
    if (forms.size < 50_000) forms.set(word, form);
  }
  return form;
};
