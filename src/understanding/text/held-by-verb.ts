/*
 * "i teach high school math, could i become a data scientist", "ive been teaching for 8 years", "i pick
 * orders in a warehouse, what tech jobs could i move into": someone who says by its verb what they do for a
 * living holds the occupation it names, as "im a teacher" says it. Spelt so, the question is read as a move
 * from that occupation, as "im a nurse, could i become a data analyst" is (left probe: the way into data
 * science, from data science; r45 probe: the warehouse picker asked which role). Not someone teaching
 * themselves ("im teaching myself python"), nor a verb that does not open its clause ("should i teach or
 * code"), nor work done beside a living ("i teach kids coding on weekends, whats the pay for a swe": the
 * question is a Software Engineer's pay, not a move from teaching; misses-b probe), nor work said with the
 * job it is done as ("i work in a warehouse as a data analyst", "i work retail (assistant store mgr)").
 */
import { withArticle } from "../../knowledge/core/text.js";
import { schoolStages, stageNamed } from "./school-stages.js";
import { saysSideActivity } from "./side-activity.js";

/**
 * What people say they do, each with the job title O*NET files it under: the verb and what it is done to or
 * where ("pick orders", "work in a warehouse"), with its "-ing" form. Each title is one the official layer's
 * titles read as an occupation ("order picker": Stockers and Order Fillers).
 */
const doneForALiving: readonly (readonly [string, string])[] = [
  [
    String.raw`teach(?:ing)?(?!\s+(?:myself|me|my self|yourself|ourselves|himself|herself|themselves)\b)`,
    "teacher",
  ],
  ["pick(?:ing)? (?:orders|items)", "order picker"],
  ["pack(?:ing)? (?:orders|boxes)", "packer"],
  ["stock(?:ing)? shelves", "stocker"],
  ["wait(?:ing)? tables", "waiter"],
  ["bartend(?:ing)?", "bartender"],
  // "i drive otr", "driving long haul": over the road and long haul say the truck as plainly as "trucks".
  [
    "driv(?:e|ing) (?:a |an )?(?:truck|trucks|semi|semis|big rigs?|18 wheelers?|otr|over the road|long haul|line haul)",
    "truck driver",
  ],
  ["deliver(?:ing)? (?:packages|parcels)", "delivery driver"],
  ["work(?:ing)? (?:in|at) (?:a |an |the )?warehouse", "warehouse worker"],
  ["work(?:ing)? (?:in )?retail", "retail worker"],
  ["work(?:ing)? (?:in )?construction", "construction worker"],
  ["work(?:ing)? (?:on|at) (?:a |the )?farm", "farm worker"],
];

/**
 * "i teach", "im picking orders", "ive been driving trucks", opening the message or a clause of it; not
 * followed by "as" or a bracket, which name the job it is done as ("i work retail (assistant store mgr)").
 */
const saidHeld = new RegExp(
  String.raw`(^|[,.;:!?(]\s*|\b(?:and|but|so|currently|now|also|well)\s+)(i(?:['’]?m| am|['’]?ve been| have been)? (?:currently |also |still )?)(?:${doneForALiving
    .map(([done]) => `(${done})`)
    .join("|")})\b(?!\s+as\b|\s*\()`,
  "gi",
);

/** The question with the occupation held by its verb said as held: "i teach math" → "i'm a teacher, teach math". */
export function spellHeldByVerb(text: string): string {
  return text.replace(saidHeld, (said: string, opening: string, subject: string, ...rest: unknown[]) => {
    const done = rest.slice(0, doneForALiving.length);
    const title = doneForALiving[done.findIndex((d) => d !== undefined)]?.[1];
    const at = rest[doneForALiving.length] as number;
    const after = text.slice(at + said.length);
    if (!title || saysSideActivity(after)) return said;
    return `${opening}i'm ${withArticle(stageTaught(title, after))}, ${said.slice(opening.length + subject.length)}`;
  });
}

/** A stage of school right after the verb: "i teach hs math", "ive been teaching middle school". */
const stageAfter = new RegExp(String.raw`^\s+(${schoolStages.map((s) => s.said).join("|")})\b`, "i");

/**
 * The teacher of the stage taught, where one is said after the verb ("i teach hs math": a high school
 * teacher, the title O*NET lists Secondary School Teachers by); any other job as it is.
 */
function stageTaught(title: string, after: string): string {
  const stage =
    title === "teacher" ? stageNamed(stageAfter.exec(after)?.[1]?.toLowerCase() ?? "") : undefined;
  return stage ? `${stage.name} ${title}` : title;
}
