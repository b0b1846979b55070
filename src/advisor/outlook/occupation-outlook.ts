import type { FigureView, OccupationAnswer } from "../answers.js";

/*
 * "growing or shrinking?" after "pharmacist salary", "is that field growing" after an IT manager's pay: an
 * occupation's answer led by its outlook, BLS's projected change and openings said first (otherwise: the
 * whole answer again, led by pay).
 */

/** The figure of a label's kind among an occupation's outlook figures. */
const labelled = (figures: readonly FigureView[], kind: RegExp) => figures.find((f) => kind.test(f.label));

/** Whether the jobs grow or decline, by the sign of the projected change. */
function direction(change: FigureView): string | undefined {
  const value = change.amount?.value;
  if (value === undefined) return undefined;
  return value > 0 ? "Growing" : value < 0 ? "Declining" : "Holding steady";
}

const lowerFirst = (s: string) => `${s.charAt(0).toLowerCase()}${s.slice(1)}`;

/** The occupation's answer with its outlook said first; as it was where BLS projects no change for it. */
export function outlookFirst(answer: OccupationAnswer): OccupationAnswer {
  const change = labelled(answer.outlook, /^projected employment change/i);
  const way = change ? direction(change) : undefined;
  if (!change || !way) return answer;
  const openings = labelled(answer.outlook, /^openings projected/i);
  const figures = [change, ...(openings ? [openings] : [])]
    .map((f) => `${lowerFirst(f.label)}, ${f.value}`)
    .join("; ");
  const line = `${way}, by ${change.citation.label}, ${change.citation.asOf}: ${figures}.`;
  return { ...answer, matchNote: answer.matchNote ? `${line} ${answer.matchNote}` : line };
}

/**
 * "how many electricians are there": an occupation's answer led by how many hold the job, BLS's employment
 * figure said first (otherwise: led by pay, the count a line among the outlook's); as it was where none is held.
 */
export function employmentFirst(answer: OccupationAnswer): OccupationAnswer {
  const employment = labelled(answer.outlook, /^employment\b/i);
  if (!employment) return answer;
  const line = `${employment.label}: ${employment.value} (${employment.citation.label}, ${employment.citation.asOf}).`;
  return { ...answer, matchNote: answer.matchNote ? `${line} ${answer.matchNote}` : line };
}
