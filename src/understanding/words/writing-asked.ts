/**
 * "can u write my cover letter for a QA job", "write me a resume for data analyst", "can you draft a linkedin
 * summary for an sre": a document asked to be written for the asker, which no source of the advisor's
 * writes. Asked of the advisor (a request, an order), not how to write one ("how do i write a resume") nor
 * what to put in one ("what skills should i list on my resume"), which are questions of their own.
 */

/** What people ask to have written for a job: letters, resumes, profiles, messages. */
const documents = [
  "cover (?:letter|letters|note)",
  "resume|resumes|résumé|cv|cvs",
  "linkedin(?: (?:summary|profile|headline|about(?: section)?|bio|post|message))?",
  "(?:job |follow[- ]?up |thank[- ]you |cold |intro |referral )?(?:email|e-mail|emails|message|note|dm)",
  "(?:reference|recommendation|motivation|resignation) letter",
  "personal statement|statement of purpose|bio|elevator pitch",
].join("|");

/**
 * Verbs of writing a document for someone; "do" only of the asker's own ("do my cover letter": "do cover
 * letters matter" asks none).
 */
const writingVerbs =
  "write|draft|compose|create|make|prepare|rewrite|redo|polish|tailor|generate|whip up|put together|throw together|knock out|come up with|do(?= my\\b)";

/** The same verbs as a request puts them after "would you mind": "would u mind writing my cover letter". */
const writingVerbsIng =
  "writing|drafting|composing|creating|making|preparing|rewriting|redoing|polishing|tailoring|generating|whipping up|putting together|doing(?= my\\b)";

/**
 * Words said beside the request that change nothing of it: a laugh or an "ok" opening it, "also", "just" or
 * "maybe" before its verb ("lol can u also write my resume summary", "could you maybe draft …").
 */
const asides = "lol|lmao|haha|hahaha|ok|okay|now|also|just|maybe|quickly|kindly|actually|please|pls|plz";

/** Words between the verb and the document: whose it is and what kind ("me a quick", "my", "up a good"). */
const between =
  "me|my|a|an|the|this|that|up|one|some|quick|short|good|new|simple|better|proper|professional|strong|solid|nice|great";

/** What follows the verb: up to three words of whose and what kind ("my", "me a quick"), then the document. */
const documentAfterVerb = String.raw`(?:\s+(?:${between})){0,3}\s+(?:${documents})\b`;

/**
 * The verb asked of the advisor: opening the request, or after "can you", "pls", "help me", "i need you
 * to", "can i get you to", with asides beside it ("lol can u also write"); then the document, with up to
 * three words of whose and what kind before it ("my cover letter", "me a quick resume"): "make sure your
 * resume…", "do recruiters read cover letters" ask no writing. Or asked as "would you mind writing …".
 */
const writingRequest = new RegExp(
  String.raw`(?:^|[,.!?;:]\s*|\b(?:can|could|would|will) (?:you|u|ya)\s+|\b(?:please|pls|plz)\s+|\bhelp me\s+|\b(?:i|i'd|id) (?:need|want|like) (?:you|u) to\s+|\bget (?:you|u) to\s+)(?:(?:${asides})\s+){0,3}(?:${writingVerbs})${documentAfterVerb}` +
    String.raw`|\b(?:would|do|will) (?:you|u|ya) mind\s+(?:(?:${asides})\s+){0,2}(?:${writingVerbsIng})${documentAfterVerb}`,
  "i",
);

/** Whether the question asks the advisor to write a document for the asker. */
export const asksForWriting = (text: string): boolean => writingRequest.test(text.trim());
