import path from "node:path";
import { loadKnowledgeBase } from "/work/wt-la/src/knowledge/base.js";
import { understanderFor } from "/work/wt-la/src/understanding/understand.js";

const kb = loadKnowledgeBase("/work/wt-la/knowledge", { officialDir: "/work/wt-la/data/official" });
const u0 = understanderFor(kb);
for (const q of process.argv.slice(2)) {
  const u: any = u0.understand(q);
  console.log(
    q,
    "=>",
    u.intent,
    JSON.stringify(u.ranking),
    u.roles?.map((r: any) => r.id),
    u.itFieldRole?.id,
    JSON.stringify(u.keptBy),
    JSON.stringify(u.from?.id ?? u.from),
    JSON.stringify(u.entities, (k, v) =>
      k === "roles" || k === "occupation" || k === "skillKind" ? undefined : v,
    ).slice(0, 500),
  );
}
for (const q of process.argv.slice(2)) console.log("TEXT:", (u0.understand(q) as any).text);
