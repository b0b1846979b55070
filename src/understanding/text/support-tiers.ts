/*
 * "it L2 support", "tier 2 support", "L3 it support", "1st line support": a support desk's tier (L1–L3, T1–T3,
 * tier or level 1–3, 1st to 3rd line) said inside or before an IT support title. Between "it" and "support" (no name of the role has a
 * word there) or before a bare "support" (no name of the role is "support" alone) the role went unread:
 * asked back which role, and "IT L2 support -> cloud eng" lost the side the move starts from (r90). Before
 * "it support", "L3" was read as Google's entry level. The tier is no level the knowledge has figures by,
 * so it is dropped and the role's own name ("IT support") left whole.
 */

/**
 * A support tier as people write it: "l2", "L2", "t1", "tier 2", "tier-2", "level 3", "lvl 1"; and as British
 * desks name it, by its line: "1st line", "first-line", "2nd line".
 */
const tier = String.raw`(?:(?:[lt]|tier|level|lvl)[\s-]?[1-3]|(?:1st|2nd|3rd|first|second|third)[\s-]line)`;

/** The words of a support desk that follow a tier: "support", "helpdesk", "help desk", "service desk". */
const desk = String.raw`(?:support|help\s?desk|service\s+desk)\b`;

/**
 * "it L2 support", "tier 2 support", "L2 helpdesk": a tier (after the field's "it" or not) right before the
 * desk, with no word before it that says whose support it is ("customer L2 support" stays as typed).
 */
const tierBeforeDesk = new RegExp(
  // "our tier 3 support team": the team that works at the tier, asked of as a team, names no job.
  String.raw`(?<!\b(?:customer|desktop|tech|technical|product|application|app|client)\s+)\b(it\s+)?${tier}\s+(?=${desk}(?!\s+teams?\b))`,
  "gi",
);

/** "L3 it support", "tier 2 IT helpdesk": a tier before the field's name of the desk. */
const tierBeforeItDesk = new RegExp(String.raw`\b${tier}\s+(?=it\s+${desk})`, "gi");

/**
 * The text with each support tier dropped from an IT support title: "it L2 support" → "it support" (its "it"
 * left as typed, for the field's rules to read), "tier 2 support" → "IT support".
 */
export const spellSupportTier = (text: string): string =>
  // A tier of customer service's support ("level 2 support in customer service") is no IT desk.
  /\bcustomer\b/i.test(text)
    ? text
    : text
        .replace(tierBeforeDesk, (_tier, it: string | undefined) => it ?? "IT ")
        .replace(tierBeforeItDesk, "");
