/*
 * Certifications people name, each with the role whose work it certifies: "is a comptia a+ worth it" asks
 * about IT support's, "is ccna worth it" about network administration's. One list, read two ways: which
 * role a certification named belongs to (namedCertification), and whether a question names credentials at
 * all (asksCertificates in topic-words.ts).
 */

export interface NamedCertification {
  /** The certification as it is usually written. */
  name: string;
  /** The curated role whose work it certifies. */
  role: string;
}

interface CertificationEntry {
  /** The certification as it is usually written. */
  name: string;
  /** The curated role whose work it certifies, if one does that work. */
  role?: string;
}

/**
 * A certification with a short name ("ccna", "a+"): written anywhere in a question, it makes the question one
 * about credentials ("is the ccna worth it"). `words` are the words that name it as the certification of its
 * role, where they are not its short name as a whole word: other ways to write it ("sec+"), or fewer (not the
 * grade in "an a+ in math").
 */
interface ShortNamed extends CertificationEntry {
  short: string;
  words?: RegExp;
}

/**
 * A vendor's certifications ("aws certification", "certified in azure"): the vendor's name alone is a
 * platform, not a credential ("aws skills"), so only its words with a word of credentials name one.
 */
interface VendorNamed extends CertificationEntry {
  short?: undefined;
  words: RegExp;
}

type Certification = ShortNamed | VendorNamed;

/**
 * A vendor's name with a word of credentials after it, up to two words of the certification's own between
 * ("aws certs", "aws solutions architect cert"), or before it ("certified in gcp").
 */
const vendorCertified = (vendor: string) =>
  new RegExp(
    `\\b(?:${vendor})(?: cloud)?(?: [a-z]+){0,2} (?:certs?|certifications?|certificates?|certified)\\b|\\b(?:certs?|certifications?|certificates?|certified) (?:in|on|for) (?:${vendor})\\b`,
    "i",
  );

/**
 * A platform's ML certification: the platform, then ML or AI, then a rung or a word of credentials ("aws
 * ml specialty", "aws certified machine learning engineer associate", "azure ai engineer cert").
 */
const mlCertified = (vendor: string) =>
  new RegExp(
    `\\b(?:${vendor})(?: certified)? (?:ml|machine learning|ai)(?: engineer)? (?:specialty|speciality|associate|professional|certs?|certifications?|certificates?)\\b`,
    "i",
  );

/** The most specific names first: "comptia security+" is Security+, not CompTIA's entry certificate. */
export const certifications: readonly Certification[] = [
  {
    name: "CompTIA Security+",
    short: "security+",
    words: /\b(?:security|sec) ?\+/i,
    role: "security-analyst",
  },
  { name: "CISSP", short: "cissp", role: "security-analyst" },
  { name: "CompTIA Network+", short: "network+", words: /\bnetwork ?\+/i, role: "network-administrator" },
  { name: "CCNA", short: "ccna", role: "network-administrator" },
  { name: "CCNP", short: "ccnp", role: "network-administrator" },
  // Cisco's expert level, for network design: "do network architects need a ccie".
  { name: "CCIE", short: "ccie", role: "network-architect" },
  // Not a grade: "an a+ in math".
  {
    name: "CompTIA A+",
    short: "a+",
    words: /(?<![\w+])a ?\+(?!\w)(?! in\b)/i,
    role: "it-support-specialist",
  },
  { name: "ITIL", short: "itil", role: "it-support-specialist" },
  { name: "CompTIA", short: "comptia", role: "it-support-specialist" },
  // The cloud platforms' machine learning certifications ("is the aws ml specialty worth it", "gcp ml
  // engineer cert") certify building and running ML models: Machine Learning Engineer's work. Named
  // before the platforms' own, whose words would take them too.
  {
    name: "AWS Certified Machine Learning – Specialty",
    words: mlCertified("aws|amazon"),
    role: "machine-learning-engineer",
  },
  {
    name: "Google Cloud Professional Machine Learning Engineer",
    words: mlCertified("gcp|google cloud|google"),
    role: "machine-learning-engineer",
  },
  {
    name: "Azure AI Engineer Associate",
    words: mlCertified("azure|microsoft"),
    role: "machine-learning-engineer",
  },
  // The cloud platforms' certifications certify the design of cloud infrastructure: Cloud Architect's work.
  { name: "AWS certification", words: vendorCertified("aws|amazon web services"), role: "cloud-architect" },
  { name: "Azure certification", words: vendorCertified("azure|microsoft azure"), role: "cloud-architect" },
  { name: "Google Cloud certification", words: vendorCertified("gcp|google cloud"), role: "cloud-architect" },
  // Credentials, but of no curated role's work.
  { name: "MCSA", short: "mcsa" },
];

/** The words that name a certification: its own, or its short name as a whole word. */
const namedBy = (c: Certification) => c.words ?? new RegExp(`\\b${c.short}\\b`, "i");

/** The certification a question names, if it names one of these that certifies a role's work. */
export function namedCertification(question: string): NamedCertification | undefined {
  for (const c of certifications)
    if (c.role && namedBy(c).test(question)) return { name: c.name, role: c.role };
  return undefined;
}

/**
 * Every certification a question names that certifies a role's work, in the order written: "cissp or
 * security+ first" names two. A name inside one already found, or right beside it, is not another
 * ("comptia security+" is Security+, not CompTIA's as well).
 */
export function namedCertifications(question: string): NamedCertification[] {
  const taken: { start: number; end: number; named: NamedCertification }[] = [];
  for (const c of certifications) {
    const m = c.role ? namedBy(c).exec(question) : null;
    if (!m || !c.role) continue;
    const start = m.index;
    const end = start + m[0].length;
    // Within one found, or written right beside it ("comptia" of "comptia security+"): the same one.
    const beside = (t: { start: number; end: number }) =>
      question.slice(Math.min(end, t.end), Math.max(start, t.start)).trim() === "";
    if (taken.some(beside)) continue;
    taken.push({ start, end, named: { name: c.name, role: c.role } });
  }
  return taken.sort((a, b) => a.start - b.start).map((t) => t.named);
}
