/**
 * "what does a lineman for the power company make", "linemen at the phone company": a lineman's employer
 * says which lines, and so which occupation O*NET lists the title under: a power company's are Electrical
 * Power-Line Installers and Repairers ("power lineman"), a phone or cable company's Telecommunications Line
 * Installers and Repairers ("telephone lineman"). Said as O*NET's own title for it, the question reads that
 * occupation (otherwise: "lineman" alone, first of several, read as the telecom one).
 */
const lineWorker = "(?:linem[ae]n|line m[ae]n|lineworkers?|line workers?)";
const employerWords = String.raw`(?:for|at|with|in|on)\s+(?:(?:the|a|an|our|my|his|her|local|big)\s+)*`;
const companyWords = String.raw`(?:\s+(?:company|companies|co|utility|utilities|provider|coop|co-op|cooperative|crew|side))?`;

const powerLines = new RegExp(
  String.raw`\b${lineWorker}\s+${employerWords}(?:power|electric|electrical|electricity|utility|utilities|energy|grid)${companyWords}\b`,
  "gi",
);
const phoneLines = new RegExp(
  String.raw`\b${lineWorker}\s+${employerWords}(?:phone|telephone|telecom|telecoms|cable|internet|fiber|fibre)${companyWords}\b`,
  "gi",
);

/** The question with a lineman's employer said as the title O*NET gives those lines' workers. */
export const spellLinemanEmployer = (text: string): string =>
  text.replace(powerLines, "power lineman").replace(phoneLines, "telephone lineman");
