/*
 * Words a phone writes for a job's name, before a word of the job: voice dictation's homophones ("soft wear
 * engineer" is a software engineer, "cue a engineer" a QA engineer) and autocorrect's dictionary word for a
 * word it does not know ("devious engineer" for a devops engineer). Only before such a word, where nothing
 * else is meant ("soft wear" alone could be clothing; "cue a" the start of "cue a song"; "devious" alone is
 * a devious person). Also a job's word spelt as it sounds, too far from its spelling for the speller's one
 * slip ("data anylist" is a data analyst).
 */

/** Words of a job that follow a name dictated in pieces. */
const jobWord = String.raw`(?=\s+(?:engineers?|engineering|eng|developers?|devs?|testers?|testing|analysts?|leads?|jobs?|roles?)\b)`;

const dictated: readonly [RegExp, string][] = [
  // "soft wear engineer", "softwear developer": software.
  [new RegExp(String.raw`\bsoft[\s-]?wear${jobWord}`, "gi"), "software"],
  // "cue a engineer", "queue a tester", "q a analyst": QA.
  [new RegExp(String.raw`\b(?:cue|queue|q)[\s-]a${jobWord}`, "gi"), "qa"],
  // "devious engineer or sre": autocorrect's word for "devops".
  [new RegExp(String.raw`\bdevious${jobWord}`, "gi"), "devops"],
];

/**
 * "data anylist salary", "security anyalist", "analysist jobs": "analyst" spelt as it is said, two letters or
 * more from its spelling, so the speller leaves it, and it was read as a job no list knows ("I don't cover
 * anylists"). None of these is an English word ("annalist", a writer of annals, is left as typed), and the
 * AnyList app stays an app. "anilist" is left out: it is the name of an anime site ("is anilist down").
 */
const analystByEar = /\b(?:anylist|anyalist|analysist|anaylist|annylist|annalyist)(s?)\b(?!\s+apps?\b)/gi;

/**
 * "dev ops vs sure", "from qa to devops or sure", "how much does netflix pay sure": autocorrect's "sure" for
 * "sre", where a role stands set against it or moved to (a job's word said before the comparer or "to"), or
 * where pay is asked of it at the end. Not "not sure", "make sure", "or sure thing", "to sure up".
 */
const sureAsSre =
  /\b(vs\.?|versus|or|to|into)\s+sure\b(?!\s*(?:thing|enough|why|how|if|that|about|up|you|i\b|it\b|of\b|the\b|a\b))/gi;
const sureAsPaid = /\b(pays?|paying|salary(?: for)?)\s+(?:an?\s+)?sure\s*(?=[?!.]*$)/gi;

/** A job's word, said before "sure" is set against it: "dev ops", "qa", "backend dev". */
const jobBefore =
  /\b(?:dev ?ops|qa|swe|sde|sdet|engineers?|developers?|devs?|admins?|sysadmins?|cloud|platform|infra|backend|frontend|architects?|analysts?|testers?)\b/i;

/** The question with autocorrect's "sure" for SRE spelt "sre" where a job is set against it or pay asked of it. */
function spellSureAsSre(text: string): string {
  return text
    .replace(sureAsSre, (all, before: string, at: number) =>
      jobBefore.test(text.slice(0, at)) ? `${before} sre` : all,
    )
    .replace(sureAsPaid, (_all, before: string) => `${before} sre`);
}

/**
 * The question with a job's name dictated in pieces spelt as typed, autocorrect's "sure" for SRE, and
 * "analyst" spelt by ear.
 */
export const spellDictatedWords = (text: string): string =>
  spellSureAsSre(dictated.reduce((t, [words, spelt]) => t.replace(words, spelt), text)).replace(
    analystByEar,
    "analyst$1",
  );
