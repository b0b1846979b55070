/**
 * "senior engineer here, thinking about going into management", "swe here, should i move to management": an
 * engineer going into management goes into engineering management, the Engineering Manager's job, as most
 * engineers who manage do (otherwise: which engineer, or which management role, was asked back). An
 * engineer named with no field ("senior engineer") is read as a software engineer, the usual reading of the
 * bare title in tech.
 */

/** Management gone into, named with no kind ("product management" is the Product Manager's). */
const managementEntered =
  /\b(into|to|towards?|for|go|going|move|moving|switch(?:ing)?|transition(?:ing)?)( (?:people |team )?)management\b/i;

/**
 * Management spoken or handed something, not gone into: "how do i talk to management about a raise", "report
 * a bug to management", "a deck for management".
 */
const managementAddressed =
  /\b(?:talk|talking|speak|speaking|report|reporting|complain|complaining|escalate|escalating|explain|explaining|present|presenting|pitch|pitching|send|sending|email|emailing|mention|mentioning|reach out|reaching out|bring|bringing|tell|telling|show|showing|sell|selling|justify|justifying|write|writing|prepare|preparing)\b(?:\s+\S+){0,4}?\s+(?:to|for)\s+management\b/i;

/** An engineer's title, as the asker's own: "engineer here", "im a senior swe", "as a staff dev". */
const engineerHeld = /\b(?:engineer|eng|swe|sde|dev|developer|programmer)\b/i;

/** Words that may stand before a bare "engineer" and name no field: a level, an article, "im". */
const noField: ReadonlySet<string> = new Set(
  "senior sr staff lead principal mid junior jr a an im i'm am as".split(" "),
);

/** The question with an engineer's move into management said as one into engineering management. */
export function spellManagementMove(text: string): string {
  if (!managementEntered.test(text) || !engineerHeld.test(text) || managementAddressed.test(text))
    return text;
  const words = text.split(/\s+/);
  const bare = words.findIndex(
    (w, i) => /^engineer[,.]?$/i.test(w) && (i === 0 || noField.has((words[i - 1] ?? "").toLowerCase())),
  );
  const withField =
    bare < 0
      ? text
      : [
          ...words.slice(0, bare),
          (words[bare] ?? "").replace(/^engineer/i, "software engineer"),
          ...words.slice(bare + 1),
        ].join(" ");
  return withField.replace(managementEntered, "$1$2engineering management");
}
