// npx tsx bench/lib/heap-summary.ts <file.heapsnapshot> [<baseline.heapsnapshot>] [top]
// What a V8 heap snapshot holds, summed by kind of object (constructor or node type) and sorted by size;
// with a baseline, the difference (what the first holds that the second does not). This is how
// `BENCH_SNAPSHOT=<dir> npm run bench:load` snapshots were read to find where the app's memory goes.
import { readFileSync } from "node:fs";

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

function summarize(file: string): Map<string, { count: number; bytes: number }> {
  const s = JSON.parse(readFileSync(file, "utf8")) as Snapshot;
  const fields = s.snapshot.meta.node_fields;
  const width = fields.length;
  const at = (name: string) => fields.indexOf(name);
  const [typeAt, nameAt, sizeAt] = [at("type"), at("name"), at("self_size")];
  const types = s.snapshot.meta.node_types[0];
  const sums = new Map<string, { count: number; bytes: number }>();
  for (let i = 0; i < s.nodes.length; i += width) {
    const type = types[s.nodes[i + typeAt] as number] ?? "?";
    const name = s.strings[s.nodes[i + nameAt] as number] ?? "?";
    // Objects by constructor; strings, code and arrays by their node type (their names are their contents).
    const key = type === "object" || type === "closure" ? `${type} ${name}` : `(${type})`;
    const sum = sums.get(key) ?? { count: 0, bytes: 0 };
    sum.count++;
    sum.bytes += s.nodes[i + sizeAt] as number;
    sums.set(key, sum);
  }
  return sums;
}

const [file, baseline, topArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: tsx bench/lib/heap-summary.ts <file.heapsnapshot> [<baseline.heapsnapshot>] [top]");
  process.exit(2);
}
const top = Number(topArg ?? 30);
const sums = summarize(file);
const base = baseline ? summarize(baseline) : new Map<string, { count: number; bytes: number }>();
const total = (m: Map<string, { bytes: number }>) => [...m.values()].reduce((a, b) => a + b.bytes, 0);
const mib = (n: number) => `${(n / 2 ** 20).toFixed(2)} MiB`;
console.log(`${file}: ${mib(total(sums))}${baseline ? `; ${baseline}: ${mib(total(base))}` : ""}`);
const rows = [...new Set([...sums.keys(), ...base.keys()])]
  .map((key) => {
    const a = sums.get(key) ?? { count: 0, bytes: 0 };
    const b = base.get(key) ?? { count: 0, bytes: 0 };
    return { key, bytes: a.bytes - b.bytes, count: a.count - b.count };
  })
  .sort((x, y) => y.bytes - x.bytes)
  .slice(0, top);
for (const r of rows) console.log(`${mib(r.bytes).padStart(12)}  ${String(r.count).padStart(9)}  ${r.key}`);
