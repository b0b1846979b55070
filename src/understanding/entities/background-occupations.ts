/*
 * "sys admin vs netwrok admin which pays more? ex army 25B, did 6 yrs signal": a service left (the military)
 * told beside two or more roles weighed is where the asker comes from, not a third side of the question.
 * Read as a side, the answer began "I don't cover Soldiers yet, so they are left out". One role named beside
 * it ("army vet, thinking network admin") keeps the move from the service.
 */
import type { EntityReading } from "../names/entity-reading.js";

/** Drops a service named beside two or more covered roles: the asker's background, no side weighed. */
export function serviceInBackgroundDropped({ rolesFound, occupations, masked }: EntityReading): void {
  if (new Set(rolesFound.map((f) => f.role)).size < 2) return;
  for (const o of [...occupations]) {
    if (!o.entry.occupation.service) continue;
    occupations.splice(occupations.indexOf(o), 1);
    const end = o.start + o.entry.typed.split(" ").length;
    for (let i = o.start; i < end; i++) masked[i] = "";
  }
}
