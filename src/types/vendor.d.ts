// Type declarations for small untyped libraries the understanding pipeline uses.

declare module "wink-porter2-stemmer" {
  /** The Porter2 (Snowball English) stem of one lower-case word. */
  export default function stem(word: string): string;
}

declare module "@nlpjs/neural" {
  export interface NeuralSettings {
    iterations?: number;
    errorThresh?: number;
    deltaErrorThresh?: number;
    learningRate?: number;
    momentum?: number;
    alpha?: number;
    log?: boolean;
  }
  /** One perceptron per output, trained on bags of features: nlp.js's intent classifier. */
  export class NeuralNetwork {
    constructor(settings?: NeuralSettings);
    train(corpus: { input: Record<string, number>; output: Record<string, number> }[]): {
      error: number;
      iterations: number;
    };
    run(input: Record<string, number>): Record<string, number> | undefined;
    toJSON(): unknown;
    fromJSON(json: unknown): void;
    explain(
      input: Record<string, number>,
      intent: string,
    ): { weights?: Record<string, number>; bias?: number };
  }
}

declare module "pluralize" {
  const pluralize: {
    /** The singular of an English noun ("nurses" → "nurse", "women" → "woman"); other words unchanged. */
    singular(word: string): string;
    /** The plural of an English noun ("bookkeeper" → "bookkeepers", "salesperson" → "salespeople"). */
    plural(word: string): string;
  };
  export default pluralize;
}
