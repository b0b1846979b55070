/*
 * "what does an ml engineering lead do", "mle lead pay", "machine learning lead skills": the rank said after
 * the title names the role whose name puts it first (Lead Machine Learning Engineer), as "lead ml engineer"
 * does. Read word by word, the title matched first ("ml engineering": Machine Learning Engineer) and the
 * rank was left over, so the thread went on about the wrong role (r78).
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { escapeRegExp, tokenize } from "../../knowledge/core/text.js";

/** The ranks a curated role's name may begin with, as a word that could also come after the title. */
const ranksAfter = ["lead"];

/**
 * What may follow "lead" as a rank after the title: the message's end or a mark, a question's verb ("what does
 * an ml engineering lead do"), a topic ("mle lead pay", "skills"), or a word joining another ask ("vs", "at").
 * Anything else makes it the verb, with what one leads or where it leads ("can an ml engineer lead a team",
 * "should an ml engineer lead code reviews", "will machine learning lead companies to cut jobs").
 */
const leadAsRank =
  /^(?:\s*$|\s*[?.!,;:)]|\s+(?:do|does|make|makes|earn|earns|pay|pays|paid|salary|salaries|comp|compensation|tc|skills?|tools?|role|roles|position|positions|job|jobs|title|outlook|demand|path|at|in|vs|versus|or|and|here|now|rn|level)\b)/i;

/** For each kb, its titles said before a rank, and the ranked role's name each of them makes. */
const cache = new WeakMap<KnowledgeBase, { pattern: RegExp; named: Map<string, string> } | undefined>();

/**
 * Each name of a role (its own or an alias) that, with a rank before it, is a name of another role, and
 * every name of that role too ("ml engineering" as well as "ml engineer"), mapped to the ranked role's name.
 */
function titlesBeforeRank(kb: KnowledgeBase) {
  if (cache.has(kb)) return cache.get(kb);
  const spelt = (n: string) => tokenize(n).join(" ");
  const namesOf = (id: string) => {
    const r = kb.roleById.get(id);
    return r ? [r.name, ...r.aliases].map(spelt) : [];
  };
  const roleOfName = new Map<string, string>();
  for (const r of kb.knowledge.roles) for (const n of namesOf(r.id)) roleOfName.set(n, r.id);
  const named = new Map<string, string>();
  for (const ranked of kb.knowledge.roles)
    for (const n of namesOf(ranked.id)) {
      const [first, ...rest] = n.split(" ");
      if (!first || !ranksAfter.includes(first) || rest.length === 0) continue;
      const base = roleOfName.get(rest.join(" "));
      if (!base || base === ranked.id) continue;
      for (const title of namesOf(base)) named.set(`${title} ${first}`, ranked.name.toLowerCase());
    }
  const phrases = [...named.keys()].sort((a, b) => b.length - a.length);
  const found =
    phrases.length === 0
      ? undefined
      : {
          pattern: new RegExp(
            String.raw`(?<![\p{L}\p{N}])(${phrases.map((p) => p.split(" ").map(escapeRegExp).join(String.raw`\s+`)).join("|")})s?(?![\p{L}\p{N}])`,
            "giu",
          ),
          named,
        };
  cache.set(kb, found);
  return found;
}

/** The text with each title said before its rank ("ml engineering lead") written as the ranked role's name. */
export function rankAfterTitleSpelt(kb: KnowledgeBase, text: string): string {
  if (!/\blead/i.test(text)) return text;
  const found = titlesBeforeRank(kb);
  if (!found) return text;
  return text.replace(found.pattern, (whole: string, phrase: string, at: number) => {
    if (!leadAsRank.test(text.slice(at + whole.length))) return whole;
    return found.named.get(tokenize(phrase).join(" ")) ?? whole;
  });
}
