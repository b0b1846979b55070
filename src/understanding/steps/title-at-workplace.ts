/*
 * "shift lead at a warehouse, want to move into tech", "manager at a restaurant": a job said with the kind of
 * place it is done at, where the place's word and the job's make a title a list holds ("warehouse shift
 * lead": the warehouse's supervisors; "restaurant manager": Food Service Managers). Said so, the job is
 * that title; read apart, "shift lead" named no job and the move into tech started from nothing.
 */
import { tokenize } from "../../knowledge/core/text.js";
import type { PipelineParts } from "../shape/pipeline-parts.js";

/** A job of one to three words, then "at a" and the place's one word, ending a clause (commas may be left out). */
const atWorkplace =
  /\b((?:[a-z]+\s+){0,2}[a-z]+)\s+at\s+(?:a|an|the)\s+([a-z]+)\b(?=\s*(?:[,.;!?]|$|(?:and|but|so|want|wanting|looking|thinking|trying|how|what|should|can|could|i|im)\b))/i;

/** The words before "at" that are no part of a job: "i", "im", "work", "as". */
const notOfJob = new Set("i im i'm am a an the as work working been my currently".split(" "));

/** The message with a job at a kind of place said as the title they make; else as it was. */
export function titleAtWorkplaceSpelt(
  parts: Pick<PipelineParts, "kb" | "vocabularies">,
  text: string,
): string {
  if (!/\bat\s+(?:a|an|the)\s/i.test(text)) return text;
  const m = atWorkplace.exec(text);
  if (!m) return text;
  const [whole, jobWords = "", place = ""] = m;
  const job = tokenize(jobWords);
  const { kb, vocabularies: v } = parts;
  // The longest run of the job's last words that, with the place's word before it, makes a title.
  for (let k = job.length; k >= 1; k--) {
    const words = job.slice(-k);
    if (words.some((w) => notOfJob.has(w))) continue;
    const title = [place.toLowerCase(), ...words].join(" ");
    const listed = v.occupations.lookup(title)?.distance === 0;
    if (!listed && (kb.official?.titles.lookup(title).length ?? 0) === 0) continue;
    const kept = jobWords
      .split(/\s+/)
      .slice(0, job.length - k)
      .join(" ");
    const at = m.index ?? 0;
    return `${text.slice(0, at)}${kept ? `${kept} ` : ""}${title}${text.slice(at + whole.length)}`;
  }
  return text;
}
