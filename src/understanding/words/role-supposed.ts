/*
 * A job the thread asked about supposed to be another: "and if the posting is really more of a sysadmin
 * job", "what if it's a network admin role instead". Nothing else is asked: the thread's question again, of
 * the job supposed (its pay after pay, its duties after duties).
 */

/** The opening that supposes what the job is: "and if it's", "what if the posting is", "but if they're hiring". */
const supposition =
  /^(?:(?:and|but|so|ok|okay|hmm|well)\s+)?(?:what\s+)?if\s+(?:it'?s|it\s+is|its|it\s+was|it\s+were|it'?d\s+be|(?:the|this|that|our|their)\s+(?:job|role|posting|position|opening|req|listing|offer|hire|one)\s+(?:is|was|were)|(?:they'?re|they\s+are|we'?re|we\s+are)\s+(?:hiring|looking\s+for|posting))\s+/i;

/** Words a supposition may hold past its opening besides the job: "really more of a … job instead". */
const fillers = new Set(
  "really actually more of like just basically closer to a an the kind sort job role position gig posting one instead though tho then".split(
    " ",
  ),
);

/**
 * Whether the question only supposes the job to be another: the opening, then no more than a job's name
 * (`jobWords`: how many words name it) among words that change nothing ("really more of a … job").
 */
export function roleSupposed(text: string, jobWords: number): boolean {
  const m = supposition.exec(text.trim());
  if (!m) return false;
  const rest = text
    .trim()
    .slice(m[0].length)
    .replace(/[?!.,]+/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  return rest.filter((w) => !fillers.has(w.toLowerCase())).length <= Math.max(jobWords, 1) + 1;
}
