/*
 * What the rules on "it" (it/it-word.ts) ask of the words around one: whether they name a job. Read with
 * the entity vocabularies, which the "it" rules' folder comes before, so every reading of "it" (the
 * entities a question names, IT made a question's subject, the advisor's "is that considered IT") asks it
 * the same way.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { isFieldWord } from "../../knowledge/role-name-words.js";
import type { JobsAround } from "../it/it-at.js";
import type { EntityVocabularies } from "../names/entity-vocabularies.js";
import { extractEntities, namedJobs } from "./entities.js";

/**
 * "i want to be a nurse. is it a good field?", "is it or nursing better paid": a job named before or after
 * an "it", or an occupation the thread holds, which a pronoun "it" can stand for or be set against.
 */
export function jobsAround(kb: KnowledgeBase, v: EntityVocabularies, occupationHeld: boolean): JobsAround {
  return {
    namesJob: (words) => namedJobs(extractEntities(kb, v, words)) > 0,
    namesField: (word) => isFieldWord(kb, word),
    occupationHeld,
  };
}
