import MiniSearch from "minisearch";
import { editDistance, stem } from "./core/text.js";
import type { Section, Topic } from "./sections.js";

export interface SearchHit {
  section: Section;
  score: number;
  /** Query words that matched this section. */
  terms: string[];
}

export interface SearchFocus {
  /** Boost sections about these roles. */
  roleIds?: string[];
  /** Boost sections on these topics. */
  topics?: Topic[];
  /** Search only sections on these topics. */
  only?: Topic[];
}

interface IndexedSection {
  id: number;
  title: string;
  body: string;
  topic: string;
}

const stopWords = new Set(
  "a an and are as at be by can could do does for from how i in is it me my of on or should the their them they this to was what when where which who why will with would you your".split(
    " ",
  ),
);

/**
 * How many of the best hits are looked at for a phrase of the question, and how much one lifts a hit: a
 * phrase only re-ranks hits already near the top, so a word-for-word match lower down stays where it is.
 */
const phraseWindow = 10;
const phraseBoost = 2;

/** Content words in order, stemmed: the words a phrase is made of. */
const phraseWords = (text: string) =>
  tokenizeWords(text)
    .filter((w) => !stopWords.has(w))
    .map(stem);

/**
 * Whether a section says two of the question's words side by side, as the question does ("training data"):
 * a section that uses the phrase is about it, more than one that has both words apart or in its title.
 */
function sharesPhrase(section: Section, query: string): boolean {
  const asked = phraseWords(query);
  if (asked.length < 2) return false;
  const pairs = new Set(asked.slice(1).map((w, i) => `${asked[i]} ${w}`));
  return section.lines.some((line) => {
    const said = phraseWords(line);
    return said.slice(1).some((w, i) => pairs.has(`${said[i]} ${w}`));
  });
}

/** Topics that belong to no single role: their sections also live in a small index of their own. */
export const generalTopics: ReadonlySet<Topic> = new Set([
  "trend",
  "soft-skill",
  "best-practice",
  "challenge",
  "market",
  "comparison",
]);

function tokenizeWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter(Boolean);
}

/**
 * Full-text search over the knowledge sections, with title boosts and typo-tolerant matching. Only words the
 * index does not know exactly are expanded by prefix and fuzzy matching, which keeps common words cheap in
 * a large knowledge base.
 */
export class SectionIndex {
  /** Every word the sections use, to tell a real word ("learning") from a typo ("lerning"). */
  readonly words: ReadonlySet<string>;
  private readonly terms = new Set<string>();
  private readonly all: MiniSearch<IndexedSection>;
  private readonly general: MiniSearch<IndexedSection>;

  constructor(private readonly sections: Section[]) {
    const words = new Set<string>();
    for (const s of sections) for (const w of tokenizeWords(`${s.title} ${s.lines.join(" ")}`)) words.add(w);
    this.words = words;
    for (const w of words) this.terms.add(stem(w));
    const docs = sections.map((s, id) => ({
      id,
      title: s.title,
      body: s.lines.join("\n"),
      topic: s.topic.replace("-", " "),
    }));
    this.all = this.createIndex(docs);
    this.general = this.createIndex(docs.filter((d) => generalTopics.has(sections[d.id]?.topic as Topic)));
  }

  private createIndex(docs: IndexedSection[]): MiniSearch<IndexedSection> {
    const known = (term: string) => this.terms.has(term);
    const index = new MiniSearch<IndexedSection>({
      fields: ["title", "body", "topic"],
      storeFields: [],
      processTerm: (term) => {
        const t = term.toLowerCase();
        return stopWords.has(t) ? null : stem(t);
      },
      searchOptions: {
        boost: { title: 2.5, topic: 1.5 },
        fuzzy: (term) => (term.length >= 5 && !known(term) ? 0.2 : 0),
        prefix: (term) => term.length >= 4 && !known(term),
      },
    });
    index.addAll(docs);
    return index;
  }

  search(query: string, focus: SearchFocus = {}, limit = 5): SearchHit[] {
    const roles = new Set(focus.roleIds ?? []);
    const topics = new Set(focus.topics ?? []);
    const boostDocument = (id: number) => {
      const s = this.sections[id];
      if (!s) return 1;
      let boost = 1;
      if (roles.size > 0) boost *= s.roleIds.some((r) => roles.has(r)) ? 3 : s.roleIds.length === 0 ? 1 : 0.3;
      if (topics.size > 0 && topics.has(s.topic)) boost *= 3;
      return boost;
    };
    const only = focus.only ? new Set(focus.only) : undefined;
    const filter = only ? (r: { id: number }) => only.has(this.sections[r.id]?.topic as Topic) : undefined;
    const index = only && [...only].every((t) => generalTopics.has(t)) ? this.general : this.all;
    const hits = index
      .search(query, { boostDocument: (id) => boostDocument(id as number), ...(filter ? { filter } : {}) })
      // Never fewer than asked for: the window bounds the hits re-ranked, not the hits returned.
      .slice(0, Math.max(limit, phraseWindow))
      .map((r) => {
        const section = this.sections[r.id as number] as Section;
        const score = sharesPhrase(section, query) ? r.score * phraseBoost : r.score;
        return { section, score, terms: r.terms };
      });
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /**
   * Whether a hit rests on what the user really wrote: at least half of the question's content words (those
   * `generic` does not rule out) match one of the hit's terms exactly, by prefix, or, for long words, by a
   * close spelling. One incidental match ("world" in "who won the world cup") is not enough.
   */
  static isRelevant(hit: SearchHit, queryWords: string[], generic: (word: string) => boolean): boolean {
    const content = [...new Set(queryWords.filter((w) => !generic(w)).map(stem))];
    const matches = (q: string) =>
      hit.terms.some(
        (t) => q === t || (q.length >= 4 && t.startsWith(q)) || (q.length >= 6 && editDistance(q, t, 2) <= 2),
      );
    if (content.length === 0) return hit.terms.some((t) => !generic(t));
    return content.filter(matches).length * 2 >= content.length;
  }
}
