/*
 * What the understanding pipeline reads a question with: built once for a knowledge base by
 * createUnderstander (understand.ts), and handed to the steps that need some of it.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { moveFields } from "../entities/move-target.js";
import type { RoleWordReaders } from "../entities/role-by-word.js";
import type { IntentClassifier } from "../intent/classifier.js";
import type { SkillKind } from "../intent/language.js";
import type { EntityVocabularies } from "../names/entity-vocabularies.js";
import type { skillNames } from "../names/skill-names.js";
import type { SpellingCorrector } from "../text/misspellings.js";

/** What the pipeline reads a question with, built once for a knowledge base. */
export interface PipelineParts {
  kb: KnowledgeBase;
  vocabularies: EntityVocabularies;
  classifier: IntentClassifier;
  /** Words only greetings use ("hi", "thanks", "bye"), not words other examples share ("good", "there"). */
  greetingWords: ReadonlySet<string>;
  /** Words (stems) that only questions about careers use. */
  careerWords: ReadonlySet<string>;
  skills: ReturnType<typeof skillNames>;
  /** The kind of skill "programming" is a word of (the languages), as the language files say. */
  languagesKind: SkillKind | undefined;
  /** Fields named in one word as a side of a move ("into product", "im in analytics"), by the role each stands for. */
  targets: ReturnType<typeof moveFields>;
  rolesByWord: RoleWordReaders;
  isRealWord: (w: string) => boolean;
  /** Whether a word is one of English's dictionary (`language/english-words.txt`), read when first asked. */
  englishWord: (w: string) => boolean;
  /** Misspelt ordinary words spelt right ("waht skils" → "what skills"). */
  spelling: SpellingCorrector;
}
