/** The p-th percentile (nearest rank) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/**
 * Reads V8's `--trace-gc-nvp` output: bytes promoted by scavenges in all, and each full (mark-compact)
 * collection's heap size before and after.
 */
export function gcSummary(log: string): {
  promoted: number;
  fullCollections: { before: number; after: number }[];
} {
  let promoted = 0;
  const fullCollections: { before: number; after: number }[] = [];
  for (const line of log.split("\n")) {
    const field = (name: string) => Number(line.match(new RegExp(` ${name}=([0-9.]+)`))?.[1] ?? 0);
    if (line.includes(" gc=s ")) promoted += field("promoted");
    else if (line.includes(" gc=mc "))
      fullCollections.push({ before: field("total_size_before"), after: field("total_size_after") });
  }
  return { promoted, fullCollections };
}
