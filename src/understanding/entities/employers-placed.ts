/*
 * Employers read by where a question puts them, whatever their words: "what does a qa engineer make at epic
 * systems?", "Senior Data Analyst @ Acme Corp says 95-110k", "and at like dell or indeed?", "got an offer from
 * cerner", "i work for Zentrix", "Acme pays 95k". No list names them all, so the answer could give the role's
 * general figures as if they were that employer's; read, it says first that it has none for them.
 * So is one given as the example of a kind ("a smaller co like paychex").
 */
import { tokenize } from "../../knowledge/core/text.js";
import { choiceWords } from "../words/contrast-words.js";
import { pronouns, questionWords } from "../words/entity-words.js";
import { hiringPeople, hiringSteps } from "../words/hiring-words.js";
import { phraseWords } from "./at-phrases.js";
import { nameEnding, singlingOut } from "./employer-frames.js";
import type { Entities } from "./entities.js";

/** An employer read by its place in the question: its name as the answer writes it, and its words as tokens. */
export interface PlacedEmployer {
  name: string;
  words: string[];
}

/**
 * Words that are no part of an employer's name: a determiner, a time, a level, a kind of employer or a noun of
 * jobs, chat's asides: "at this point", "at age 30", "at entry level", "at tech companies", "at work rn".
 */
const noNameWords: ReadonlySet<string> = new Set(
  [
    "this that these those each every no another other such whose our his her own one two three something",
    "anything somewhere anywhere everywhere elsewhere nowhere there here level levels age ages year years month",
    "months week weeks day days hour hours time point stage rate today tomorrow yesterday tonight rn atm tbh lol",
    "imo btw size sized non both",
    // People pointed at: "throw the pie at him", "mad at me".
    "him me us you myself",
    // Kinds of employer, and the nouns of jobs: "at tech companies", "at consulting firms", "at those jobs".
    "company companies firm firms startup startups agency agencies bank banks hospital hospitals schools",
    "universities colleges shop shops store stores corporation corporations corporate org orgs",
    "organization organizations nonprofit nonprofits business businesses employer employers place places clinic",
    "clinics job jobs role roles position positions team teams department departments shift shifts district",
    "districts county counties city cities state states federal local",
  ]
    .join(" ")
    .split(" "),
);

/** Words before "at" that make it no workplace: "looking at", "good at", "starting at 80k", "topping out at". */
const atWithoutWorkplace: ReadonlySet<string> = new Set(
  "look looks looking looked good great bad better best worse skilled aimed aim aiming excel excels excelling start starts starting started peak peaks peaked cap caps capped top tops topped out max maxes maxed arrive arrived glance pointed hint hinted laugh stare strong decent ok okay terrible awful suck sucks solid competent proficient talented amazing".split(
    " ",
  ),
);

/**
 * Words after an employer's name that say only where, as what or for what the work is done there, or set it
 * against another, or what it pays: "at epic in madison", "an offer from cerner for qa", "more at epic than
 * at cerner".
 */
const afterName: ReadonlySet<string> = new Set([
  ..."in doing as working for than".split(" "),
  // What it pays: "somewhere like John Deere pay for it" (r73: read as "John Deere Pay").
  ..."pay pays paying".split(" "),
  // What it offered: "embedded sw engineer at zoll medical offered 112k".
  ..."offered offering paid".split(" "),
]);

/**
 * Whether a phrase of when in one's working life starts at `at`, after an employer's name: "at epic systems
 * out of college", "right out of school", "straight out of a bootcamp", "after graduation", "starting out".
 */
function whenInCareerAt(w: readonly Typed[], at: number): boolean {
  const word = (k: number) => w[at + k]?.token ?? "";
  const outOf = (k: number) => word(k) === "out" && word(k + 1) === "of";
  return (
    outOf(0) ||
    (/^(?:right|straight|fresh|just)$/.test(word(0)) && outOf(1)) ||
    word(0) === "after" ||
    (word(0) === "starting" && word(1) === "out")
  );
}

/**
 * Words that open a clause of their own, typed without the mark that would end the one before: "at epic
 * systems got an offer", "at zentrix labs is 120k ok", "dell or indeed those are the big ones". A subject,
 * a verb that asks, a word that opens a question: none is part of a name.
 */
const clauseOpeners: ReadonlySet<string> = new Set(
  "i im ive id you u we they he she it its is are was were am do does did can could should would will what whats how which who why where when those these there so but got anyone thoughts theyre youre hes shes thats theres weve theyve".split(
    " ",
  ),
);

/**
 * Kinds of employer an example of one follows ("a smaller co like paychex", "companies like acme",
 * "somewhere like john deere").
 */
// "what would somewhere like John Deere pay for it" (r73): a workplace given by example is an employer too,
// and so is one after "a place like" ("what about at a place like chewy").
const employerKinds =
  /^(?:co|cos|company|companies|firm|firms|employer|employers|startup|startups|shop|shops|somewhere|someplace|place|places)$/;

/** Words between two employers of one list: "dell or indeed", "epic and cerner", "meta vs acme". */
const listWords: ReadonlySet<string> = new Set([...choiceWords, "and", "v"]);

/**
 * Words for an employer's head office, said after its name: "target corporate", "target hq". A name is
 * read before one as before a place ("at target corporate in mpls"), and after "what about" only before one
 * ("what about target corporate"), where "what about remote" or "what about senior" names no employer.
 */
const headOffice: ReadonlySet<string> = new Set(["corporate", "hq", "hqs", "headquarters"]);

/** The word after a name that says where it is: "what about Epic in madison". */
const inPlace: ReadonlySet<string> = new Set(["in"]);

/** Whether "in" stands at `at`, with a place the lists name one or two words after it ("in madison wisconsin"). */
const placeAfterIn = (w: Typed[], at: number, known: PlacedWords) =>
  w[at]?.token === "in" &&
  [w.slice(at + 1, at + 2), w.slice(at + 2, at + 3), w.slice(at + 1, at + 3)].some(
    (p) => p.length > 0 && known.place(p.map((t) => t.token)),
  );

/** Words said between "at" and the name without being part of it: "at like dell". */
const fillers: ReadonlySet<string> = new Set(["like", "say", "maybe", "um", "uh"]);

/** The most words an employer's name is read as. */
const longestName = 3;

/** One word of a clause: its token, whether it was typed with a capital, and whether in capitals ("HEB"). */
interface Typed {
  token: string;
  capital: boolean;
  acronym: boolean;
  /** Typed joined by a hyphen to the word before ("fil" and "a" in "chick-fil-a"): the same name's. */
  joined?: boolean;
}

/** What the reading needs to know of words: whether one is an everyday or a knowledge's word, or a place. */
export interface PlacedWords {
  /** A word of English, of the knowledge or of the questions: never read as a name where only its being unknown makes it one. */
  ordinary: (word: string) => boolean;
  /** A word of the knowledge's or of an occupation's title ("python", "nursing"), English's aside. */
  known: (word: string) => boolean;
  /** A place the lists name with no pay figures ("boise"): "at boise" is no employer. */
  place: (words: string[]) => boolean;
  /** A place either list names, with pay figures or none ("seattle", "mpls"). */
  anyPlace: (words: string[]) => boolean;
  /** Whether the thread already asks of an employer's pay. */
  threadEmployer: boolean;
  /** The kind of employer some words name ("bank": banks), which ends a name typed with capitals. */
  kindOf?: KindOf;
}

/** "Software Engineer Salary At Google": every word capitalised, so capitals mark no name. */
const titleCased = (text: string) => text.split(/\s+/).every((w) => !/^[a-z]/.test(w));

/**
 * An aside in brackets between who posts a job and the verb ("epic (the madison one) posted"): dropped, so
 * the name and its verb stand in one clause.
 */
const asideBeforePosting =
  /\s*\([^()]*\)(?=\s+(?:just\s+|also\s+)?(?:posted|is hiring|are hiring|has (?:an? |some |new )?(?:opening|role|position|job)))/gi;

/** The clauses of a message: split where a mark of punctuation or a dash ends one. */
const clauseMarks = /[?!;:()[\]{}|\n,]+|\.(?=\s|$)|\s[-–—]+\s/;

/** A clause's words as tokens, each with whether it was typed with a capital (a name's mark). */
function typedWords(clause: string, capitals: boolean): Typed[] {
  return clause
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((typed) =>
      tokenize(typed).map((token, k) => ({
        token,
        capital: capitals && k === 0 && /^[A-Z]/.test(typed),
        acronym: capitals && /^[A-Z]{2,5}\W*$/.test(typed),
        ...(k > 0 && /^[A-Za-z]+(?:-[A-Za-z]+)+\W*$/.test(typed) ? { joined: true } : {}),
      })),
    );
}

/** How strictly a frame reads a name: any word ("at epic"), or only a word no one would use otherwise ("work for Zentrix"). */
type Strictness = "position" | "unknown";

/**
 * The employers a message names by where it puts them, in the order named, each as its words still open
 * among the masked words (`masked`: the tokens with what other readings took replaced), so none is read twice.
 */
export function employersPlaced(
  text: string,
  masked: readonly string[],
  known: PlacedWords,
): PlacedEmployer[] {
  const capitals = /[a-z]/.test(text) && !titleCased(text);
  const clauses = text.replace(asideBeforePosting, "").split(clauseMarks);
  const found = [
    ...nameAskedOf(clauses, capitals, known),
    ...clauses.flatMap((clause) => namesInClause(typedWords(clause, capitals), known)),
  ];
  return found.filter(
    (name, i) =>
      nameAt(masked, name.words, known.kindOf) !== undefined &&
      found.findIndex((n) => n.name === name.name) === i,
  );
}

/**
 * The names typed with capitals between "does" (or "would") and "pay" ("what does Comfort Pro pay"), as the
 * answer writes them: the payer asked of, where a reading before may have taken its words for a job's title
 * ("pro" heads titles, as "an IT pro" has it).
 */
export function capitalPayers(text: string, known: PlacedWords): PlacedEmployer[] {
  if (!/[a-z]/.test(text) || titleCased(text)) return [];
  return text.split(clauseMarks).flatMap((clause) => {
    const w = typedWords(clause, true);
    return w.flatMap((t, i) => (payerAsked.test(t.token) ? capitalPayer(w, i + 1, known) : []));
  });
}

/** Words that point at a name said just before: "costco, how they compare", "acme, what do they pay". */
const pointingAtName = /^(?:they|them|their|theyre)$/;

/**
 * "costco, how they compare" after a role's pay: a name no word of English is, alone in the message's first
 * clause, that the next clause asks of as "they", is an employer (otherwise: read as a comparison of nothing).
 */
function nameAskedOf(clauses: readonly string[], capitals: boolean, known: PlacedWords): PlacedEmployer[] {
  const [first, next] = clauses.filter((c) => c.trim() !== "");
  if (first === undefined || next === undefined) return [];
  const name = typedWords(first, capitals);
  const asked = typedWords(next, capitals).some((t) => pointingAtName.test(t.token));
  const named =
    name.length >= 1 &&
    name.length <= 2 &&
    !known.place(name.map((t) => t.token)) &&
    name.every((t) => nameWord(t, "unknown", known));
  return asked && named ? [placed(name)] : [];
}

/** The names one clause puts where an employer stands. */
function namesInClause(w: Typed[], known: PlacedWords): PlacedEmployer[] {
  const names: PlacedEmployer[] = [];
  w.forEach(({ token }, i) => {
    const before = w[i - 1]?.token ?? "";
    // "at epic systems", "@ Acme Corp" (read as "at"): whatever its words, where a name can stand.
    if (token === "at" && !atWithoutWorkplace.has(before))
      names.push(...listAt(w, skipFillers(w, i + 1), "position", known));
    // "at a smaller co like paychex": an employer given as the example of a kind of employer.
    if (token === "like" && employerKinds.test(before)) names.push(...listAt(w, i + 1, "position", known));
    // "what about target corporate", "how about target hq": a follow-up naming an employer's head office.
    if (token === "about" && /^(?:what|how)$/.test(before))
      names.push(...listAt(w, skipFillers(w, i + 1), "position", known, headOffice));
    // "what about Epic in madison wisconsin": a name typed with a capital, then where it is, as "at epic in
    // madison" puts one (r73: otherwise the thread's employer, Tyson, was carried to Epic's question).
    // A place the lists name must follow, one or two words on: "what about Python in data science" names
    // none. In lower case, only where the thread asks of an employer already and the word is none of the
    // knowledge's or an occupation's ("what about acme in boise idaho", not "what about nursing in ohio").
    if (
      token === "about" &&
      /^(?:what|how)$/.test(before) &&
      (w[i + 1]?.capital || (known.threadEmployer && !known.known(w[i + 1]?.token ?? ""))) &&
      placeAfterIn(w, i + 2, known)
    )
      names.push(...listAt(w, i + 1, "position", known, inPlace).filter((n) => n.words.length === 1));
    // "and globex?", "same q but for globex", "what about hooli" after pay at an employer: a name no word of
    // English is, ending a follow-up that asks the same again, is another employer asked of (otherwise: the
    // word read as nothing, and the question asked back).
    if (known.threadEmployer && askedAgainAt(w, i))
      names.push(...listAt(w, i + 1, "unknown", known).filter((n) => n.words.length === 1));
    // "an offer from epic": an offer comes from an employer.
    if (token === "from" && /^offers?$/.test(before)) names.push(...listAt(w, i + 1, "position", known));
    // "recruiter from kroger pinged me", "a recruiter at wayfair messaged me": who hires is from the employer,
    // whose name ends at the step of hiring.
    if ((token === "from" || token === "at") && hiringPeople.has(before))
      names.push(...listAt(w, i + 1, "position", known, hiringSteps));
    // "i work for Zentrix": "for" also takes free, years or a boss, so only a name no word of English is.
    if (token === "for" && /^(?:work|works|working|worked)$/.test(before))
      names.push(...listAt(w, i + 1, "unknown", known));
    // "epic posted a qa role", "google is hiring", "and stripe has an opening for": who posts a job or hires
    // for it is an employer, whatever its words, named where a clause (or its part after "and") opens.
    if (postingAt(w, i) > 0) names.push(...posterBefore(w, i, known));
    // "what does Comfort Pro pay", "would Summit FCU pay more": words typed with capitals between "does" (or
    // "would") and "pay" name whoever pays, whatever their words, where none is a word of the knowledge's
    // ("what does Python pay" asks of the skill).
    if (payerAsked.test(token)) names.push(...capitalPayer(w, i + 1, known));
    // "Acme pays 95k": a name no word of English is, opening the clause before "pays".
    if ((token === "pays" || token === "paying") && i > 0 && i <= 2) {
      const name = w.slice(0, i);
      if (name.every((t) => nameWord(t, "unknown", known))) names.push(placed(name));
    }
  });
  return names;
}

/** Words before a payer asked of: "what does … pay", "what would … pay", "how much do … pay". */
const payerAsked = /^(?:does|do|did|would|will)$/;

/** The name typed with capitals from `start` right before "pay" or "pays", one to three words, if one stands there. */
function capitalPayer(w: Typed[], start: number, known: PlacedWords): PlacedEmployer[] {
  for (let n = Math.min(longestName, w.length - start - 1); n >= 1; n--) {
    const words = w.slice(start, start + n);
    if (!/^pays?$/.test(w[start + n]?.token ?? "")) continue;
    // One word alone may be a skill or a field typed with its capital ("what does Python pay"); two or more
    // typed so are a name ("Comfort Pro", "Summit FCU"), which the reading of roles has not taken.
    const named =
      words.every(
        (t, j) =>
          (t.capital || t.acronym) && (nameWord(t, "position", known) || (j > 0 && nameEnding.has(t.token))),
      ) &&
      (n > 1 || !known.known(words[0]?.token ?? ""));
    return named && !known.anyPlace(words.map((t) => t.token)) ? [placed(words)] : [];
  }
  return [];
}

/**
 * Whether the word at i leads a follow-up's new subject: "and" opening the clause, "what about", "how
 * about", or "for" after "same" ("same q but for", "same question for").
 */
function askedAgainAt(w: Typed[], i: number): boolean {
  const token = w[i]?.token;
  const before = w[i - 1]?.token ?? "";
  if (token === "and") return i === 0;
  if (token === "about") return /^(?:what|how)$/.test(before);
  return token === "for" && w.slice(0, i).some((t) => t.token === "same");
}

/** Where the name starts after "at": past a filler ("at like dell"). */
const skipFillers = (w: Typed[], at: number) => (fillers.has(w[at]?.token ?? "") ? at + 1 : at);

/** Words that say a job is open: "posted", "is hiring", "has an opening", "is looking for". */
const postingVerbs = /^(?:posted|posts|posting|hiring|recruiting)$/;
const beingVerbs = /^(?:is|are|was|were|s|been)$/;
const havingVerbs = /^(?:has|have|had|got)$/;
const openingNouns = /^(?:openings?|roles?|positions?|jobs?|postings?|vacanc(?:y|ies)|reqs?|listings?)$/;
const openingLeads = /^(?:a|an|some|new|few|open|another|just|\d+)$/;

/**
 * How many words from `i` say that a job is open, the verb of it: "posted" (1), "is hiring" (2), "is looking
 * for" (3), "has an opening" (3), "has openings" (2); 0 where none does.
 */
function postingAt(w: readonly Typed[], i: number): number {
  const word = (k: number) => w[i + k]?.token ?? "";
  const [a, b, c, d] = [word(0), word(1), word(2), word(3)];
  if (postingVerbs.test(a)) return 1;
  if (beingVerbs.test(a) && (postingVerbs.test(b) || (b === "looking" && c === "for")))
    return b === "looking" ? 3 : 2;
  if (!havingVerbs.test(a)) return 0;
  if (openingNouns.test(b) && b !== "job" && b !== "role") return 2;
  if (openingLeads.test(b) && openingNouns.test(c)) return 3;
  return openingLeads.test(b) && openingLeads.test(c) && openingNouns.test(d) ? 4 : 0;
}

/** Words said between who posts a job and the verb: "epic just posted", "google is also hiring". */
const postingAdverbs = new Set(["just", "also", "now", "finally", "recently", "apparently", "actually"]);

/** Words that open the part of a clause a poster's name stands at the head of: "… and epic posted". */
const partOpeners = new Set([
  "and",
  "but",
  "so",
  "plus",
  "now",
  "then",
  "because",
  "cause",
  "since",
  "while",
]);

/**
 * Who is said to post a job, or hire: the one to three words right before the verb (and any adverb beside it),
 * opening the clause or its part after "and" or "but" ("currently at a small agency and epic posted …");
 * never someone who is no employer ("a recruiter posted", "everyone is hiring").
 */
function posterBefore(w: Typed[], verb: number, known: PlacedWords): PlacedEmployer[] {
  let end = verb;
  while (end > 0 && postingAdverbs.has(w[end - 1]?.token ?? "")) end--;
  for (let n = Math.min(longestName, end); n >= 1; n--) {
    const start = end - n;
    const words = w.slice(start, end);
    const tokens = words.map((t) => t.token);
    const opens = start === 0 || partOpeners.has(w[start - 1]?.token ?? "");
    const [first] = words;
    const phrase = phraseWords.has(tokens[0] ?? "") && !first?.capital;
    if (!opens || phrase || known.place(tokens)) continue;
    if (words.every((t) => nameWord(t, "position", known) && !notEmployers.has(t.token)))
      return [placed(words)];
  }
  return [];
}

/** Who may post a job or hire without being an employer: people, and anyone at all. */
const notEmployers = new Set(
  [
    "someone somebody everyone everybody anyone anybody nobody noone recruiter recruiters hr people folks friend",
    "friends manager boss mom dad guy guys",
    // "partner got a job in sf": one close to the asker who got a job was hired, posting none.
    "partner wife husband spouse girlfriend boyfriend gf bf fiance fiancee brother sister son daughter cousin",
    "roommate roomie coworker colleague neighbor uncle aunt parents",
  ]
    .join(" ")
    .split(" "),
);

/**
 * The list of names from `start`: one to three words each, ending the clause, or followed by a place or the
 * work done there ("at epic in madison"), or by another name across "or", "and" or "vs" ("dell or indeed"); a
 * name typed with capitals ends where its capitals do ("@ Acme Corp says 95k"). Empty where none stands.
 */
function listAt(
  w: Typed[],
  start: number,
  strictness: Strictness,
  known: PlacedWords,
  endedBy?: ReadonlySet<string>,
): PlacedEmployer[] {
  for (let n = Math.min(longestName, w.length - start); n >= 1; n--) {
    const words = w.slice(start, start + n);
    const tokens = words.map((t) => t.token);
    // "at all times", "at high risk": a phrase's word opening the name, unless typed with a capital ("at Best
    // Buy"); "at interviews", "at meetups": a plural of English alone, typed in everyday case.
    const [first] = words;
    const phrase = phraseWords.has(tokens[0] ?? "") && (n === 1 || !first?.capital);
    const plural =
      n === 1 && !first?.capital && /s$/.test(tokens[0] ?? "") && known.ordinary(tokens[0] ?? "");
    // "at Mayo Clinic", "at Fulton Bank": a word naming a kind of employer ends a name typed with capitals.
    // "at chick-fil-a": a word hyphened to the name's first is the name's, whatever it is. "at fairfax county
    // government": a public employer's name holds its county or city before "government".
    const named = (t: Typed, j: number) =>
      nameWord(t, strictness, known) ||
      (j > 0 && words.every((u) => u.capital || u.joined) && nameEnding.has(t.token)) ||
      (j > 0 && t.joined === true && /^[a-z]+$/.test(t.token)) ||
      (j > 0 && publicBodies.has(t.token) && governmentWords.has(words[j + 1]?.token ?? ""));
    if (phrase || plural || !words.every(named) || known.place(tokens)) continue;
    // "at target mpls", "at northwestern mutual milwaukee": a place after the name says where it is, never
    // part of it (before: "No figures for Target Mpls").
    if (words.some((_, j) => j > 0 && placeFrom(w, start + j, known))) continue;
    // "at epic right out of college", "at acme specifically": nor a phrase of when, or a word singling it out.
    if (words.some((t, j) => j > 0 && (whenInCareerAt(w, start + j) || singlingOut.has(t.token)))) continue;
    const next = w[start + n];
    const ends = endedBy
      ? next !== undefined && endedBy.has(next.token)
      : next === undefined ||
        placeFrom(w, start + n, known) ||
        afterName.has(next.token) ||
        singlingOut.has(next.token) ||
        whenInCareerAt(w, start + n) ||
        headOffice.has(next.token) ||
        clauseOpeners.has(next.token) ||
        // A name typed with capitals, then a word of everyday case that is no kind of employer ("Acme Corp
        // says"), not more of a noun phrase ("at VP level", "at Fortune companies").
        (words.every((t) => t.capital) && !next.capital && !noNameWords.has(next.token));
    if (ends) return [placed(words)];
    if (next && listWords.has(next.token)) {
      const rest = listAt(w, start + n + 1, strictness, known, endedBy);
      if (rest.length > 0) return [placed(words), ...rest];
    }
  }
  return [];
}

/** Whether a place either list names starts at `at`, in one word or two ("mpls", "salt lake"). */
const placeFrom = (w: Typed[], at: number, known: PlacedWords) =>
  [1, 2].some((k) => at + k <= w.length && known.anyPlace(w.slice(at, at + k).map((t) => t.token)));

/** Whether a word can be part of an employer's name where the frame puts one. */
function nameWord(t: Typed, strictness: Strictness, known: PlacedWords): boolean {
  const w = t.token;
  // "at target hq": the head office's word follows the name, never part of it.
  const noName =
    noNameWords.has(w) || listWords.has(w) || afterName.has(w) || clauseOpeners.has(w) || headOffice.has(w);
  if (!/^[a-z][a-z&'-]*$/.test(w) || noName || questionWords.has(w) || pronouns.has(w)) return false;
  // "at coding", "from tutoring": work, not a workplace; "boeing" is no word of English.
  if (w.endsWith("ing") && known.ordinary(w)) return false;
  return strictness === "position" || !known.ordinary(w);
}

/** Words of a county's or a city's government, said after its name: "fairfax county government". */
const publicBodies: ReadonlySet<string> = new Set(["county", "city"]);
const governmentWords: ReadonlySet<string> = new Set(["government", "govt", "gov"]);

/**
 * A name as the answer writes it, each word with a capital, or in capitals as typed ("HEB", not "Heb"), words
 * typed with a hyphen joined by it ("Chick-Fil-A").
 */
const placed = (words: Typed[]): PlacedEmployer => ({
  name: words
    .map((t) => (t.acronym ? t.token.toUpperCase() : t.token.charAt(0).toUpperCase() + t.token.slice(1)))
    .map((name, j) => (j > 0 ? (words[j]?.joined ? "-" : " ") + name : name))
    .join(""),
  words: words.map((t) => t.token),
});

/** Where the name's words stand among the masked words with none taken by another reading, if they do. */
function openAt(masked: readonly string[], words: readonly string[]): number | undefined {
  for (let p = 0; p + words.length <= masked.length; p++)
    if (words.every((w, k) => masked[p + k] === w)) return p;
  return undefined;
}

/** Where a name stands among the masked words, and the kind of employer its last words were read as, if so. */
interface NameAt {
  at: number;
  /** How many masked words it covers. */
  length: number;
  kind?: string;
}

/**
 * Where the name's words stand among the masked words: all open (`openAt`), or open but the last, which a
 * reading of kinds of employer took ("Summit Bank", "Summit Credit Union": read as banks and credit unions,
 * one placeholder). A name typed with capitals that ends in a kind's word is that one employer.
 */
function nameAt(masked: readonly string[], words: readonly string[], kindOf?: KindOf): NameAt | undefined {
  const at = openAt(masked, words);
  if (at !== undefined) return { at, length: words.length };
  if (!kindOf) return undefined;
  for (let j = 1; j < words.length; j++) {
    const kind = kindOf(words.slice(j));
    if (kind === undefined) continue;
    const p = openAt(masked, [...words.slice(0, j), "xcompany"]);
    if (p !== undefined) return { at: p, length: j + 1, kind };
  }
  return undefined;
}

/** The kind of employer some words name ("bank": banks), if any. */
type KindOf = (words: readonly string[]) => string | undefined;

/**
 * The employers' names with each word typed in short capitals written so ("Summit FCU", not "Summit Fcu"):
 * a name no list knows is spelt from the words as read, in lower case, wherever it was read. `listed` tells a
 * name the lists spell their own way, left as they spell it.
 */
export function employersAsTyped(e: Entities, text: string, listed: (name: string) => boolean): Entities {
  const typed = text.split(/\s+/).flatMap((word) => {
    const acronym = /^[A-Z]{2,5}\W*$/.test(word);
    return tokenize(word).map((token) => ({ token, acronym }));
  });
  const asTyped = (name: string) => {
    if (listed(name)) return name;
    const tokens = tokenize(name);
    for (let p = 0; p + tokens.length <= typed.length; p++) {
      const words = typed.slice(p, p + tokens.length);
      if (!words.every((t, k) => t.token === tokens[k])) continue;
      if (!words.some((t) => t.acronym)) return name;
      return name
        .split(" ")
        .map((part, k) => (words[k]?.acronym && tokenize(part).length === 1 ? part.toUpperCase() : part))
        .join(" ");
    }
    return name;
  };
  const employers = e.employers.map(asTyped);
  if (employers.every((name, i) => name === e.employers[i])) return e;
  return { ...e, employers, ...(e.company ? { company: asTyped(e.company) } : {}) };
}

/**
 * The entities with the employers read by their place added, in the order named after those read already,
 * each name's words taken as an employer's ("xcompany") among the masked words, as a listed name's are.
 */
export function withEmployersPlaced(
  e: Entities,
  found: readonly PlacedEmployer[],
  kindOf?: KindOf,
): Entities {
  if (found.length === 0) return e;
  const masked = [...e.masked];
  const employers = [...e.employers];
  let companyKinds = e.companyKinds;
  for (const { name, words } of found) {
    const place = nameAt(masked, words, kindOf);
    if (place === undefined || employers.includes(name)) continue;
    for (let k = 0; k < place.length; k++) masked[place.at + k] = k === 0 ? "xcompany" : "";
    employers.push(name);
    if (place.kind) companyKinds = companyKinds.filter((kind) => kind !== place.kind);
  }
  return { ...e, masked, employers, companyKinds };
}
