// npm run bench:heap — what each part of the app keeps alive in V8's heap once started, on plain Node from
// the build (dist/, as production runs it): each step imports or builds one part, and the heap is read after
// full collections before and after it. Bolt comes first, as what a bare Bolt app holds too, then the
// app's own parts in the order main.ts needs them; a module shared by two parts counts towards the first.
// Plain JavaScript, so that no TypeScript loader sits in the heap being measured. Prints figures; asserts
// nothing.
import { fileURLToPath } from "node:url";

const gc = globalThis.gc;
if (!gc) throw new Error("run with node --expose-gc (npm run bench:heap does)");
const dist = (file) => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));
const knowledgeDir = fileURLToPath(new URL("../knowledge", import.meta.url));

const heapMiB = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const start = heapMiB();
let before = start;
const rows = [];
async function part(name, load) {
  const kept = await load();
  const after = heapMiB();
  rows.push([name, after - before]);
  before = after;
  return kept;
}

// What a bare Bolt app loads too: Bolt, its Web API client and the HTTP server.
await part("@slack/bolt (a bare Bolt app has it too)", () => import("@slack/bolt"));
await part("zod (configuration, knowledge, language files, data file)", () => import("zod"));
await part("yaml (knowledge and language files, the manifest's scopes)", () => import("yaml"));
await part("undici (calls to Slack; Bolt loads it too, for Socket Mode)", () => import("undici"));
const { loadKnowledge, buildKnowledgeBase, understanderFor } = await part("the app's modules", async () => {
  await import(dist("server/service.js"));
  await import(dist("store/open.js"));
  return {
    ...(await import(dist("knowledge/core/loader.js"))),
    ...(await import(dist("knowledge/base.js"))),
    ...(await import(dist("understanding/understand.js"))),
  };
});
const knowledge = await part("the knowledge, validated", () => loadKnowledge(knowledgeDir));
const kb = await part("sections, vocabularies, the search index", () => buildKnowledgeBase(knowledge));
await part("the intent classifier and language files", () => understanderFor(kb));

console.log(`heap after full collections: ${start.toFixed(1)} MiB for Node alone, then:`);
for (const [name, mib] of rows) console.log(`  ${name.padEnd(62)} +${mib.toFixed(2)} MiB`);
console.log(`  ${"total".padEnd(62)} ${heapMiB().toFixed(1)} MiB`);
globalThis.keep = kb; // kept alive to the last reading
