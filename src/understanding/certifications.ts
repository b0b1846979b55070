/*
 * Certifications people name, each with the role whose work it certifies: "is a comptia a+ worth it" asks
 * about IT support's, "is ccna worth it" about network administration's.
 */

export interface NamedCertification {
  /** The certification as it is usually written. */
  name: string;
  /** The curated role whose work it certifies. */
  role: string;
}

/** The most specific names first: "comptia security+" is Security+, not CompTIA's entry certificate. */
const certifications: (NamedCertification & { words: RegExp })[] = [
  { name: "CompTIA Security+", words: /\b(?:security|sec) ?\+/i, role: "security-analyst" },
  { name: "CISSP", words: /\bcissp\b/i, role: "security-analyst" },
  { name: "CompTIA Network+", words: /\bnetwork ?\+/i, role: "network-administrator" },
  { name: "CCNA", words: /\bccna\b/i, role: "network-administrator" },
  { name: "CCNP", words: /\bccnp\b/i, role: "network-administrator" },
  // Not a grade: "an a+ in math".
  { name: "CompTIA A+", words: /(?<![\w+])a ?\+(?!\w)(?! in\b)/i, role: "it-support-specialist" },
  { name: "ITIL", words: /\bitil\b/i, role: "it-support-specialist" },
  { name: "CompTIA", words: /\bcomptia\b/i, role: "it-support-specialist" },
];

/** The certification a question names, if it names one of these. */
export function namedCertification(question: string): NamedCertification | undefined {
  const found = certifications.find((c) => c.words.test(question));
  return found ? { name: found.name, role: found.role } : undefined;
}
