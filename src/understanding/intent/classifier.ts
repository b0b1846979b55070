import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { NeuralNetwork } from "@nlpjs/neural";
import { editDistance, stem } from "../../knowledge/core/text.js";
import type { Intent } from "./intents.js";

export interface Classification {
  intent: Intent;
  /** The winning perceptron's output, 0 to about 1. */
  confidence: number;
  /** The runner-up, for a question back when the two are close. */
  second?: { intent: Intent; confidence: number };
}

/** Placeholders that stand for entities in what the classifier sees ("what does xrole earn in xplace"). */
export const placeholders = ["xrole", "xroles", "xplace", "xlevel", "xcompany", "xskill"] as const;

/**
 * Intent classification with nlp.js's neural classifier (one perceptron per intent over a bag of word
 * stems), trained at start from example utterances. Entities are replaced by placeholders first, so
 * "what does a nurse earn" and "what does an MLE earn" look alike to it and role names never vote for an
 * intent ("full stack" is not a question about a stack).
 */
/**
 * Training stops once the mean squared error is under 0.0005 (about 40 passes over the examples) rather than
 * nlp.js's default 0.00005 (about 125): a third of the training time, for the same answers on the tuning half
 * of the question corpus (0.001 and 0.002 lost 8 and 17 points there).
 */
const settings = { log: false, errorThresh: 0.0005 };

/** A word and every word one of its letters deleted leaves ("skill": "kill", "sill", "skll", "skil"). */
function oneDeletion(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export class IntentClassifier {
  private readonly network = new NeuralNetwork(settings);
  /**
   * Words the examples use at least twice: the words worth correcting a misspelling to ("salery" →
   * "salary"). A word used once may itself be a typo in the examples, and is corrected like any other.
   */
  private readonly vocabulary: ReadonlySet<string>;
  /**
   * Each vocabulary word under itself and under each of its one-letter deletions: two words one edit apart
   * always share one of these keys, so a misspelling's candidates are a few lookups, not a scan of every
   * word of its length (which cost start-up 30 ms over the examples' words used once).
   */
  private readonly byDeletion = new Map<string, string[]>();
  /** Where each vocabulary word stands, by length then order: candidates are tried in that order. */
  private readonly order = new Map<string, number>();
  /** Every feature the examples produce, to tell a question with nothing known in it. */
  private readonly known: ReadonlySet<string>;

  /** `examples` are already masked and tokenized utterances. */
  constructor(examples: { tokens: string[]; intent: Intent }[]) {
    const counts = new Map<string, number>();
    for (const e of examples) for (const t of new Set(e.tokens)) counts.set(t, (counts.get(t) ?? 0) + 1);
    this.vocabulary = new Set([...counts].filter(([, n]) => n >= 2).map(([w]) => w));
    [...this.vocabulary]
      .map((word, at) => ({ word, at }))
      .sort((a, b) => a.word.length - b.word.length || a.at - b.at)
      .forEach(({ word }, rank) => {
        this.order.set(word, rank);
        for (const key of oneDeletion(word)) {
          const words = this.byDeletion.get(key);
          if (words) words.push(word);
          else this.byDeletion.set(key, [word]);
        }
      });
    const corpus = examples.map((e) => ({
      input: this.features(e.tokens, () => false),
      output: { [e.intent]: 1 },
    }));
    this.known = new Set(corpus.flatMap((c) => Object.keys(c.input)));
    this.trainOrLoad(corpus);
  }

  /**
   * Training takes about half a second, most of the start-up time. The weights it produces depend only on
   * the examples (as masked) and the settings, so they are kept in the system's temporary folder under a
   * hash of both and read back at the next start; a change to the examples trains afresh. A cache that
   * cannot be read or written is simply not used.
   */
  private trainOrLoad(corpus: { input: Record<string, number>; output: Record<string, number> }[]): void {
    const key = createHash("sha256")
      .update(JSON.stringify([settings, corpus]))
      .digest("hex")
      .slice(0, 24);
    const file = path.join(os.tmpdir(), "career-advisor", `intent-weights-${key}.json`);
    try {
      this.network.fromJSON(JSON.parse(readFileSync(file, "utf8")));
      return;
    } catch {
      // Not cached yet (or unreadable): train below.
    }
    this.network.train(corpus);
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(`${file}.${process.pid}`, JSON.stringify(this.network.toJSON()));
      renameSync(`${file}.${process.pid}`, file);
    } catch {
      // A read-only temporary folder costs the next start a training run, nothing else.
    }
  }

  private stemOf(token: string): string {
    return (placeholders as readonly string[]).includes(token) ? token : stem(token);
  }

  /**
   * A word the examples do not use, one edit from exactly one word they use often, is taken as that one
   * ("salry" → "salary"); any other word is itself.
   */
  corrected(token: string, isRealWord: (token: string) => boolean): string {
    if (this.vocabulary.has(token) || token.length < 4 || isRealWord(token)) return token;
    let found: string | undefined;
    const candidates = new Set(oneDeletion(token).flatMap((key) => this.byDeletion.get(key) ?? []));
    const ordered = [...candidates].sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0));
    for (const candidate of ordered)
      if (editDistance(token, candidate, 1) <= 1) {
        // Two words of one stem ("skill", "skills") are one correction, not a tie.
        if (found !== undefined && stem(found) !== stem(candidate)) return token;
        found = candidate;
      }
    return found ?? token;
  }

  private features(tokens: string[], isRealWord: (token: string) => boolean): Record<string, number> {
    const out: Record<string, number> = {};
    let previous: string | undefined;
    for (const token of tokens) {
      const word = this.stemOf(this.corrected(token, isRealWord));
      out[word] = 1;
      // Word pairs carry what single words cannot: "soft skill" is not "skill", "come after" is not "after".
      if (previous !== undefined) out[`${previous}_${word}`] = 1;
      previous = word;
    }
    return out;
  }

  /**
   * The most likely intent for masked tokens. `isRealWord` tells a word that is merely unknown to the
   * classifier (a skill, a trend) from a typo worth correcting.
   */
  classify(tokens: string[], isRealWord: (token: string) => boolean): Classification {
    const features = this.features(tokens, isRealWord);
    // Nothing the examples ever used (emoji, another language): no intent at all, not the likeliest bias.
    if (!Object.keys(features).some((f) => this.known.has(f))) return { intent: "offTopic", confidence: 0 };
    const scores = this.network.run(features) ?? {};
    const ranked = (Object.entries(scores) as [Intent, number][]).sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    if (!first || first[1] <= 0) return { intent: "offTopic", confidence: 0 };
    return {
      intent: first[0],
      confidence: Math.min(1, first[1]),
      ...(second && second[1] > 0
        ? { second: { intent: second[0], confidence: Math.min(1, second[1]) } }
        : {}),
    };
  }
}
