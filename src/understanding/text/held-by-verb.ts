/*
 * "i teach high school math, could i become a data scientist", "ive been teaching for 8 years", "i pick
 * orders in a warehouse, what tech jobs could i move into": someone who says by its verb what they do for a
 * living holds the occupation it names, as "im a teacher" says it. Spelt so, the question is read as a move
 * from that occupation, as "im a nurse, could i become a data analyst" is (otherwise: the way into data
 * science, from data science, or the warehouse picker asked which role). Not someone teaching
 * themselves ("im teaching myself python"), nor a verb that does not open its clause ("should i teach or
 * code"), nor work done beside a living ("i teach kids coding on weekends, whats the pay for a swe": the
 * question is a Software Engineer's pay, not a move from teaching), nor work said with the
 * job it is done as ("i work in a warehouse as a data analyst", "i work retail (assistant store mgr)").
 */
import { withArticle } from "../../knowledge/core/text.js";
import { closePeople } from "./held-by-another.js";
import { gradesSaid } from "./school-grades.js";
import { schoolStages, stageNamed } from "./school-stages.js";
import { saysSideActivity } from "./side-activity.js";

interface JobDone {
  /** The words, as a pattern of lower-case words. */
  done: string;
  title: string;
  everyday?: true;
  /** A line of work, not a place one can be at: "im in retail" says the job, "im in a warehouse" may not. */
  line?: true;
}

/**
 * What people say they do, each with the job title O*NET files it under: the verb and what it is done to
 * ("pick orders", "drive trucks"), with its "-ing" form. Each title is one the official layer's titles read
 * as an occupation ("order picker": Stockers and Order Fillers). `everyday`: a verb anyone does off work
 * too ("i cook a lot at home", "been cooking dinner"), a job only said with how long it has been done or
 * that it is done for a living ("been cooking for 10 years", "i cook professionally").
 */
const doneForALiving: readonly JobDone[] = [
  {
    done: String.raw`(?:teach(?:es|ing)?|taught)(?!\s+(?:myself|me|my self|yourself|ourselves|himself|herself|themselves)\b)`,
    title: "teacher",
  },
  { done: "pick(?:s|ing)? (?:orders|items)", title: "order picker" },
  { done: "pack(?:s|ing)? (?:orders|boxes)", title: "packer" },
  { done: "stock(?:s|ing)? shelves", title: "stocker" },
  { done: "wait(?:s|ing)? tables", title: "waiter" },
  { done: "bartend(?:s|ing)?", title: "bartender" },
  // "i drive otr", "driving long haul", "drives trucks": trucks driven for a living, over the road or long
  // haul, are the heavy ones, as "trucking" is (otherwise: asked back which truck drivers). "a truck" alone
  // may be a delivery van's, so which truck drivers stays a question back.
  {
    done: "driv(?:e|es|ing) (?:(?:a |an )?(?:trucks|semis?|big rigs?|18 wheelers?)|otr|over the road|long haul|line haul)",
    title: "heavy truck driver",
  },
  { done: "driv(?:e|es|ing) (?:a |an )?truck", title: "truck driver" },
  { done: "deliver(?:s|ing)? (?:packages|parcels)", title: "delivery driver" },
  // "she drives the forklift", "i run a forklift": O*NET's Forklift Operator, an Industrial Truck and Tractor
  // Operators title.
  {
    done: "(?:driv(?:e|es|ing)|operat(?:e|es|ing)|run(?:s|ning)?) (?:a |an |the )?(?:forklifts?|fork lifts?)",
    title: "forklift operator",
  },
  // "i run the water treatment plant for our county": a plant run for a living is its operator's job, a title
  // O*NET lists under Water and Wastewater Treatment Plant and System Operators (r73: no job was read and the
  // question asked which role).
  {
    done: "(?:run(?:s|ning)?|operat(?:e|es|ing)) (?:a |the |our )?(?:water|wastewater|sewage|sewer)(?: treatment)? plant",
    title: "water treatment plant operator",
  },
  { done: "cook(?:s|ing)?", title: "cook", everyday: true },
  { done: "clean(?:s|ing)? (?:houses|homes)", title: "house cleaner" },
  { done: "clean(?:s|ing)? (?:offices|buildings|schools)", title: "janitor" },
  { done: "(?:fix(?:es|ing)?|repair(?:s|ing)?) (?:cars|vehicles|engines)", title: "auto mechanic" },
  { done: "wir(?:e|es|ing) (?:houses|homes|buildings)", title: "electrician" },
  { done: "(?:cut(?:s|ting)?|do(?:es|ing)?) hair", title: "hairdresser" },
  { done: "lay(?:s|ing)? bricks?", title: "bricklayer" },
  { done: "paint(?:s|ing)? (?:houses|homes)", title: "painter" },
  { done: "sell(?:s|ing)? (?:houses|homes|real estate)", title: "real estate agent" },
];

/**
 * Where people say they work, each with the job title of those who work there: "i work in a warehouse",
 * "been in kitchens 10 yrs". Working in one is the job; being in a kitchen, which everyone's home has, is
 * one only said with how long ("been in the kitchen all day" is no cook's).
 */
const workplaces: readonly JobDone[] = [
  { done: "(?:a |an |the )?warehouses?", title: "warehouse worker" },
  { done: "retail", title: "retail worker", line: true },
  { done: "construction", title: "construction worker", line: true },
  { done: "(?:a |the )?farms?", title: "farm worker" },
  // Kitchens people work in are restaurants' far more than any other's: "restaurant cook" is the one cooks'
  // occupation the title reads as (a bare "cook" is five), so the move has its start's figures.
  { done: "(?:a |the )?(?:restaurant |commercial )?kitchens?", title: "restaurant cook", everyday: true },
];

/** How long a job has been done: "10 yrs", "6 years", "8 yoe" (years of experience), "a few years", "a decade". */
const spell = String.raw`(?:(?:\d+\+?|a few|few|many|several|a couple(?: of)?) ?(?:yrs?|years?|months?|mos?|yoe)|(?:a|over a) decade)`;

/** Said after an everyday verb, what makes it the living: "for 10 years", "professionally", "for a living". */
const forALiving = new RegExp(
  String.raw`^\s*(?:(?:for |over )?${spell}|professionally|for a living|full[- ]?time)\b`,
  "i",
);

/**
 * What is done, at a workplace or by its verb: working there ("work in a warehouse", "working retail"), or
 * being there after a word of holding or a spell ("been in kitchens", "spent 6 years in retail").
 */
const doneSaid: readonly (JobDone & { said: string; there?: true })[] = [
  ...doneForALiving.map((d) => ({ ...d, said: d.done })),
  ...workplaces.map(({ done, title }) => ({
    done,
    title,
    said: `work(?:s|ed|ing)? (?:(?:in|at|on) )?(?:${done})`,
  })),
  ...workplaces.map((w) => ({ ...w, said: `(?:in|at|on) (?:${w.done})`, there: true as const })),
];

/** Each of `doneSaid` as a pattern of the whole words, to tell which one a question said. */
const eachSaid = doneSaid.map((d) => ({ ...d, whole: new RegExp(`^(?:${d.said})$`, "i") }));

/**
 * "i teach", "im picking orders", "ive been driving trucks", "ive taught hs math", "been cooking for 10
 * years" (chat drops the "i"), "spent 6 years in retail", "after 8 yrs of teaching", "15 yrs driving trucks":
 * what is done, said of oneself or with how long it has been done, opening the message or a clause of it; not
 * followed by "as" or a bracket, which name the job it is done as ("i work retail (assistant store mgr)").
 * After "here" it opens one too, typed without marks ("public works here i run the water treatment plant").
 * Said with "im" or "ive" it opens a clause wherever it stands ("long story short ive taught hs math"): a
 * question asked of oneself turns those round ("what have i…"), so they only tell what one does. "worked in
 * kitchens for 10 years", "i used to work in a warehouse": a job held before is where a move starts as one
 * held now is; chat drops the "i" before a past "worked" as it does before "been".
 */
const saidHeld = new RegExp(
  String.raw`(^|[,.;:!?(]\s*|\b(?:and|but|so|currently|now|also|well|here)\s+|\b(?=i(?:['’]?m|['’]?ve| am| have) ))(?:(i(?:['’]?m| am|['’]?ve been| have been|['’]?ve| have| used to)? (?:currently |also |still )?|used to |(?=worked\b))|((?:been|(?:spent |after )?(${spell})(?: of)?) ))(${doneSaid
    .map((d) => d.said)
    .join("|")})\b(?!\s+as\b|\s*\((?!\s*cdl\b))`,
  "gi",
);

/**
 * The question with the occupation held by its verb or workplace said as held: "i teach math" → "i'm a
 * teacher, teach math"; "been in kitchens 10 yrs" → "i'm a cook, been in kitchens 10 yrs", the spell kept.
 */
export function spellHeldByVerb(text: string): string {
  return text.replace(saidHeld, (said: string, ...groups: unknown[]) => {
    const [opening, self, holding, spelt, done] = groups as [
      string,
      string | undefined,
      string | undefined,
      string | undefined,
      string,
    ];
    const at = groups[5] as number;
    const found = eachSaid.find((d) => d.whole.test(done));
    const after = text.slice(at + said.length);
    // Being at a workplace is the job only said with "been" or a spell ("im in a warehouse" may say where one
    // is now); being in a line of work said of oneself is the job ("im in retail, would X be an easier jump").
    // Only the line of work said whole: "im in retail banking" is in banking.
    const inLine =
      found?.line === true &&
      self !== undefined &&
      /^i(?:['’]?m| am)\b/i.test(self) &&
      clauseEnds.test(after);
    if (!found || saysSideActivity(after) || (found.there && !holding && !inLine)) return said;
    if (found.everyday && !spelt && !forALiving.test(after)) return said;
    // "been in kitchens 10 yrs, line cook then sous": the job named in the asker's own words is the one held.
    if (namesJobItself(found.title, after)) return said;
    // A spell or "been" is kept: it says how long the job has been held ("i'm a cook, been in kitchens 10 yrs").
    const kept = said.slice(opening.length + (self?.length ?? 0));
    return `${opening}i'm ${withArticle(licensed(stageTaught(found.title, after), after))}, ${kept}`;
  });
}

/**
 * "my brother drives trucks", "my mom cleans houses", "she teaches 3rd grade", "my dad has been fixing cars
 * for 20 years": what someone close does for a living, told by its verb, opening the message or a clause;
 * with the stage of school taught, where one is said. Not a workplace one is at ("my mom is in a
 * warehouse" may say where she is now).
 */
const saidOfAnother = new RegExp(
  String.raw`(^|[,.;:!?(]\s*|\b(?:and|but|so|also|well)\s+)(my (?:${closePeople})|(?:she|he))(?:['’]s been| (?:has|had) been| (?:is|was)| used to)?(?: (?:currently|still|also|now|just))? (${doneSaid
    .filter((d) => !d.there)
    .map((d) => d.said)
    .join(
      "|",
    )})\b(?!\s+as\b|\s*\((?!\s*cdl\b))(?:\s+(${[...schoolStages.map((s) => s.said), gradesSaid].join("|")})\b)?`,
  "gi",
);

/**
 * What asks of the one told of or their work: "is that a growing field", "does it pay well", "could he
 * switch", "what do they make", "hows the pay". Without it the job is said in passing ("my mom teaches, im
 * thinking about data science": a question of the asker's own).
 */
const askedOfThem =
  /\b(?:that|it|this|he|she|him|her|his|they|them|their)\b|\bthe (?:pay|salary|money|outlook|job|field|work|demand|future)\b/i;

/**
 * What is taught, where teaching is told of someone: nothing, a school subject or pupils ("teaches, is that
 * a good job", "teaches math", "teaches kids"), never a skill of tech ("my friend teaches python, should i
 * learn it" tells of no teacher's job asked about).
 */
const schoolTaught =
  /^\s*(?:[,.;:!?]|$|(?:for|at|in|and|but|so|is|does|what|how|could|would|should)\b|(?:math|maths|english|science|history|art|music|reading|kids|children|students|school|pe|gym|biology|chemistry|physics|spanish|french|special ed)\b)/i;

/**
 * The question with the occupation someone close holds, told by its verb, said as theirs: "my brother drives
 * trucks, is that a growing field" → "my brother is a heavy truck driver, is that a growing field", read as
 * "is trucking a growing field" is (otherwise: off topic, no job read). Asked for them ("could he move into
 * IT"), `spellHeldByAnother` then reads it as held, as "my brother is a truck driver, could he…" is.
 */
export function spellHeldByVerbOfAnother(text: string): string {
  return text.replace(saidOfAnother, (said: string, ...groups: unknown[]) => {
    const [opening, who, done, taught] = groups as [string, string, string, string | undefined];
    const at = groups[4] as number;
    const found = eachSaid.find((d) => d.whole.test(done));
    const after = text.slice(at + said.length);
    // Told and nothing else ("she drives the forklift", after "my daughter got a warehouse job, is that
    // decent money"): the job is what the message says, for the thread's question to be asked of.
    const toldAlone = opening === "" && /^\s*[.!]*\s*$/.test(after);
    if (!found || saysSideActivity(after) || (!askedOfThem.test(after) && !toldAlone)) return said;
    if (found.everyday && !forALiving.test(after)) return said;
    if (found.title === "teacher" && !taught && !schoolTaught.test(after)) return said;
    const stage = found.title === "teacher" && taught ? stageNamed(taught.toLowerCase()) : undefined;
    const title = stage ? `${stage.name} ${found.title}` : licensed(found.title, after);
    return `${opening}${who} is ${withArticle(title)}`;
  });
}

/**
 * What may follow a line of work said whole: the clause's end, how long or since when it is held, or, typed
 * with no comma, the next clause's opening word ("im in retail would it support be easier").
 */
const clauseEnds =
  /^\s*(?:[,.;:!?)]|$|(?:for|since|and|but|so|now|rn|atm|currently|tbh|lol|would|could|should|can|is|are|do|does|what|how|which|want|wanna|thinking|looking|trying)\b)/i;

/**
 * A stage of school right after the verb, or the grades taught: "i teach hs math", "ive been teaching middle
 * school", "i teach 3rd grade".
 */
const stageAfter = new RegExp(
  String.raw`^\s+(${[...schoolStages.map((s) => s.said), gradesSaid].join("|")})\b`,
  "i",
);

/**
 * The teacher of the stage taught, where one is said after the verb ("i teach hs math": a high school
 * teacher, the title O*NET lists Secondary School Teachers by); any other job as it is.
 */
function stageTaught(title: string, after: string): string {
  const stage =
    title === "teacher" ? stageNamed(stageAfter.exec(after)?.[1]?.toLowerCase() ?? "") : undefined;
  return stage ? `${stage.name} ${title}` : title;
}

/**
 * "my husband drives a truck (CDL A, flatbed)": a commercial driver's license said right after the truck
 * is what heavy trucks need and light ones do not (as "cdl driver" is Heavy Truck Driver in
 * language/occupations.yaml), so the driver is the heavy one; a bracket naming the licence is no job the
 * work is done as (r73: the bracket left the job unread and the question asked which role).
 */
function licensed(title: string, after: string): string {
  return title === "truck driver" && /^\s*\(?\s*cdl\b/i.test(after) ? "heavy truck driver" : title;
}

/** Whether what follows names the job by its own title's last word ("line cook" after "kitchens"). */
function namesJobItself(title: string, after: string): boolean {
  const head = title.split(" ").at(-1) ?? title;
  return new RegExp(String.raw`\b${head}s?\b`, "i").test(after);
}

/** Tech left, as people say it: "leaving tech", "quit IT", "get out of software", "leave coding". */
const techLeftSaid = String.raw`\b(?:leav(?:e|ing)|left|quit(?:ting)?|exit(?:ing)?|(?:get|getting|got) out of)(?: of)? (?:the )?(?:tech|it|software|coding|programming)(?: industry| field)?`;

/**
 * "leaving tech to teach math", "quit IT and drive trucks": the work one leaves tech for, said by its verb
 * after "to", "and" or "for" (with "go" or "start" maybe between), where the move leads; a teacher's stage of
 * school and subject said after it.
 */
const workLeftFor = new RegExp(
  String.raw`(${techLeftSaid}\s+(?:to|and|for)\s+)(?:(?:go|start|just|maybe|actually)\s+)?(${doneForALiving
    .map((d) => d.done)
    .join("|")})(?:\s+(${schoolStages.map((s) => s.said).join("|")}))?(?:\s+(math|maths|science|english))?\b`,
  "gi",
);

/**
 * The question with the job tech is left for, said by its verb, said as the job: "thinking of leaving tech
 * to teach math" → "thinking of leaving tech to become a math teacher", read as the move out of tech into
 * teaching that it is (otherwise: "leaving tech" was read as a title, or the teacher as a start into tech).
 * The stage taught makes the teacher's title ("to teach high school": a high school teacher); else the
 * subject does ("math teacher"), a title of the few occupations it may be.
 */
export function spellWorkLeftFor(text: string): string {
  return text.replace(
    workLeftFor,
    (said: string, leaving: string, done: string, stage?: string, subject?: string) => {
      // The verbs of `doneForALiving` open `eachSaid`, in order, each compiled once.
      const found = eachSaid.find((d) => d.whole.test(done));
      if (!found) return said;
      const after = text.slice(text.indexOf(said) + said.length);
      const staged = stage ? stageNamed(stage.toLowerCase())?.name : undefined;
      const taught = subject ? `${subject.toLowerCase().replace(/^maths$/, "math")} ` : "";
      const title =
        found.title !== "teacher"
          ? licensed(found.title, after)
          : staged
            ? `${staged} teacher`
            : `${taught}teacher`;
      return `${leaving}become ${withArticle(title)}`;
    },
  );
}
