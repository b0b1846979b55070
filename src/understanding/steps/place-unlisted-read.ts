/*
 * "mle salary in kirkland", "how much do nurses make in Sioux Falls": a pay question that ends "in" a name no
 * list of places holds names a place all the same, one the knowledge has no figures for. Read as such a
 * place, so that the answer says first that it has no figures for it and then gives the general ones,
 * labelled, as it does for a place the places list names without figures ("No figures for Redmond").
 * Otherwise the national figures came with no word of Kirkland, as if they were its own.
 */
import type { Entities } from "../entities/entities.js";
import { namesCurrency } from "../shape/figure-questions.js";
import type { PipelineParts } from "../shape/pipeline-parts.js";
import { nationwideAsked } from "../words/nationwide.js";
import { asksRemote } from "../words/question-asks.js";

/** Words a place is named after: "in hartford", "around hartford", "near boise". */
const placeWords = ["in", "around", "near"];

/** Words of emphasis typed after a place, no part of its name: "in hartford specifically". */
const emphasisAfter: ReadonlySet<string> = new Set(
  "specifically exactly particularly especially tho though".split(" "),
);

/** The most words a place's name is read in: "sioux falls", "coeur d alene". */
const longestName = 3;

/**
 * US states' two-letter postal codes, as typed after a town ("madison wi", "albany ny", "reno nv"): the
 * town's state, said with it. Without this the town was not read and the national figures came with no
 * word of it, as if they were the town's.
 */
const stateCodes: ReadonlySet<string> = new Set(
  (
    "al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc " +
    "nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy"
  ).split(" "),
);

/**
 * The words that end so many US towns' names ("cedar rapids", "twin falls", "palm springs",
 * "green bay"): after a word of the name, they say the words are a town's, as a state's code after them
 * does, even where each is a word of English or of some occupation's title ("cedar", "rapids" in a river
 * guide's). Without this, "data analyst pay around cedar rapids" came back with the national figures and
 * no word of the town, as if they were its own.
 */
const townEndings: ReadonlySet<string> = new Set(
  "rapids falls springs beach bay heights creek harbor bluffs junction".split(" "),
);

/** The fewest letters of a word read as a place's: two-letter codes are the places list's, read already. */
const shortestWord = 3;

/**
 * The fewest letters of a place's word typed in lower case: shorter ones are mostly shorthand for a kind
 * of employer or of cost of living ("in hft", "in mnc", "in hcol", "in gov"), which a capital would not say.
 */
const shortestLowerCase = 5;

/**
 * The place a pay question ends "in", where no list read one: one to three words after the last "in", each
 * of letters, none a word the knowledge, the questions or the language files know, nor a line of business;
 * nor a word of English unless typed with a capital ("in Reading", not "in demand" or "in tech"), nor a
 * currency ("in euros"). Only words no other entity took ("in ml" is a field, "in faang" a kind of
 * employer), and not the whole US ("in usa").
 */
export function unlistedPlaceRead(
  parts: Pick<PipelineParts, "vocabularies" | "englishWord" | "kb">,
  text: string,
  tokens: readonly string[],
  entities: Entities,
  asksPay: boolean,
): Entities {
  // "salary in wfh": remote work, which the pay answer speaks of itself.
  if (!asksPay || entities.place || entities.unlistedPlace || nationwideAsked(text) || asksRemote(text))
    return entities;
  // "in hartford specifically", "in boise tho": a word of emphasis after the place ends nothing of its name.
  const end = emphasisAfter.has(tokens.at(-1) ?? "") ? tokens.length - 1 : tokens.length;
  const words = tokens.slice(0, end);
  // "it support pay around hartford", "near boise": said of a place as "in" is.
  const at = Math.max(...placeWords.map((p) => words.lastIndexOf(p)));
  const afterIn = words.slice(at + 1);
  // "in madison wi": the town's words, then its state's code, kept to be said beside the town's name.
  const code = afterIn.length >= 2 && stateCodes.has(afterIn.at(-1) ?? "") ? afterIn.at(-1) : undefined;
  const named = code ? afterIn.slice(0, -1) : afterIn;
  if (at < 0 || named.length === 0 || named.length > longestName) return entities;
  // Still as typed at the end of the masked words: no entity took them.
  const masked = entities.masked.slice(0, entities.masked.length - (tokens.length - end));
  if (end < tokens.length && entities.masked.at(-1) !== tokens.at(-1)) return entities;
  if (afterIn.some((w, k) => masked[masked.length - afterIn.length + k] !== w)) return entities;
  // The words as typed, for their capitals: the last words of the text, punctuation set aside.
  const typedWords = (text.match(/[\p{L}\p{N}'’.-]+/gu) ?? []).slice(0, end < tokens.length ? -1 : undefined);
  const typed = typedWords.slice(-afterIn.length, code ? -1 : undefined).map((w) => w.replace(/[.’']+$/, ""));
  if (typed.length !== named.length || typed.some((w, k) => w.toLowerCase() !== named[k])) return entities;
  const { vocabularies: v, englishWord, kb } = parts;
  // "webdev", "gamedev": two words the questions know, run together, are no place's name.
  const joinedKnown = (w: string) =>
    [...w].some(
      (_, i) => i >= 2 && i <= w.length - 3 && v.knownWord(w.slice(0, i)) && v.knownWord(w.slice(i)),
    );
  const capital = (k: number) => /^[A-Z]/.test(typed[k] ?? "");
  // "green bay wi": a code that is no word of English ("wi", not "or" or "me") says the words before it
  // are a town's even where an occupation's title or an example question uses them (greenskeepers, "the
  // bay area"), so long as the knowledge's own text does not ("in healthcare nc" is no town).
  const townCode = code !== undefined && !englishWord(code);
  // "cedar rapids": a town's usual last word after the name's first, its own word no bar to it.
  const townEnding = named.length >= 2 && townEndings.has(named.at(-1) ?? "");
  const townSaid = townCode || townEnding;
  const knownHere = (w: string) => (townSaid ? kb.index.words.has(w) : v.knownWord(w));
  // A state's code after the words says they name a town, however short or ordinary ("reno nv", "green bay wi").
  const placeWord = (w: string, k: number) =>
    (townEnding && k === named.length - 1) ||
    (/^[a-z]+$/.test(w) &&
      w.length >= (capital(k) || code || townEnding ? shortestWord : shortestLowerCase) &&
      !joinedKnown(w) &&
      !knownHere(w) &&
      (townSaid || kb.official?.titles.hasWord(w) !== true) &&
      // "in saas", "in crypto" (`language/sectors.yaml`), "in edtech": a line of business, no place.
      !v.sectorWords.has(w) &&
      !w.endsWith("tech") &&
      (!englishWord(w) || capital(k) || townSaid || code !== undefined));
  // "in euros?", "in lakhs": the currency pay is asked in, no place.
  if (!named.every(placeWord) || namesCurrency(named.join(" "))) return entities;
  const town = typed.map((w) => (/^[A-Z]/.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(" ");
  const name = code ? `${town}, ${code.toUpperCase()}` : town;
  return { ...entities, unlistedPlace: { name, aliases: [afterIn.join(" ")], abroad: false } };
}
