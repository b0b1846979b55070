import MiniSearch from "minisearch";
import type { Section, Topic } from "./sections.js";

export interface SearchHit {
  section: Section;
  score: number;
  /** Query words that matched this section. */
  terms: string[];
}

export interface SearchFocus {
  roleIds?: string[];
  topics?: Topic[];
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

/** Full-text search over the knowledge sections, with title boosts and typo-tolerant matching. */
export class SectionIndex {
  private readonly index = new MiniSearch<IndexedSection>({
    fields: ["title", "body", "topic"],
    storeFields: [],
    processTerm: (term) => {
      const t = term.toLowerCase();
      return stopWords.has(t) ? null : t;
    },
    searchOptions: {
      boost: { title: 2.5, topic: 1.5 },
      fuzzy: (term) => (term.length >= 5 ? 0.2 : 0),
      prefix: (term) => term.length >= 4,
    },
  });

  constructor(private readonly sections: Section[]) {
    this.index.addAll(
      sections.map((s, id) => ({
        id,
        title: s.title,
        body: s.lines.join("\n"),
        topic: s.topic.replace("-", " "),
      })),
    );
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
    return this.index
      .search(query, { boostDocument: (id) => boostDocument(id as number) })
      .slice(0, limit)
      .map((r) => ({ section: this.sections[r.id as number] as Section, score: r.score, terms: r.terms }));
  }
}
