import { Cron } from "croner";
import type { Subscription } from "../store/records.js";

/** The calendar date (YYYY-MM-DD) at an instant in a time zone. */
export function localDate(at: Date, zone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}

function pattern(time: string): string {
  const [h, m] = time.split(":").map(Number);
  return `0 ${m} ${h} * * *`;
}

/** A paused croner job for a subscription's daily time in its zone, used only to compute its slots. */
function dailyJob(sub: Pick<Subscription, "time" | "zone">): Cron {
  return new Cron(pattern(sub.time), { timezone: sub.zone, paused: true });
}

export function nextSlot(sub: Pick<Subscription, "time" | "zone">, after: Date): Date | undefined {
  const job = dailyJob(sub);
  const next = job.nextRun(after) ?? undefined;
  job.stop();
  return next;
}

/** The latest slot at or before `now` (its instant and local date), or undefined if none since `since`. */
export function latestSlot(
  sub: Pick<Subscription, "time" | "zone">,
  now: Date,
  since: Date,
): { at: Date; date: string } | undefined {
  const job = dailyJob(sub);
  // Two days back covers any zone offset and a 23- or 25-hour daylight-saving day.
  const runs = job.nextRuns(4, new Date(now.getTime() - 2 * 86_400_000));
  job.stop();
  const due = runs.filter((r) => r.getTime() <= now.getTime() && r.getTime() > since.getTime()).at(-1);
  return due ? { at: due, date: localDate(due, sub.zone) } : undefined;
}

export function describeInstant(at: Date, zone: string): string {
  const text = new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    weekday: "short",
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(at);
  return `${text} (${zone})`;
}
