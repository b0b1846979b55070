import type { KnownBlock, PlainTextOption } from "@slack/types";

/** Slack's published limits for the blocks this app sends. */
export const limits = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  header: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  optionText: 75,
  checkboxOptions: 10,
  selectOptions: 100,
  id: 255,
} as const;

/** Escapes what Slack treats as markup, so text from users or data can never become a ping or a link. */
export function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * A link in Slack's markup, only to a web address: anything else ("#C123", "@U1", "!here") between `<` and
 * `|` would be a channel link, a mention or a ping, so it is written as plain text.
 */
export function link(url: string, label: string): string {
  return /^https?:\/\/[^\s|<>]+$/i.test(url) ? `<${esc(url)}|${esc(label)}>` : esc(label);
}

/** Undoes Slack's escaping of text it sends us (and of our own button values), before parsing. */
export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Cuts text to at most `max` characters (code points, as Slack counts), ending with "…" when cut. */
export function clip(text: string, max: number): string {
  // UTF-16 length is never below the character count, so most strings need no counting at all.
  if (text.length <= max) return text;
  let count = 0;
  let keep = 0; // UTF-16 length of the first max - 1 characters, which stay when the text is cut
  for (const char of text) {
    count++;
    if (count > max) return `${text.slice(0, keep)}…`;
    if (count < max) keep += char.length;
  }
  return text;
}

/** Splits long mrkdwn at line breaks (or hard, for one huge line) into pieces Slack accepts. */
export function splitText(text: string, max: number = limits.sectionText): string[] {
  const pieces: string[] = [];
  let current = "";
  for (const line of text.split("\n")) {
    for (const part of line.length > max ? (line.match(new RegExp(`[^]{1,${max}}`, "g")) ?? []) : [line]) {
      if (current && current.length + part.length + 1 > max) {
        pieces.push(current);
        current = part;
      } else current = current ? `${current}\n${part}` : part;
    }
  }
  if (current.trim()) pieces.push(current);
  return pieces.filter((p) => p.trim() !== "");
}

export function header(text: string): KnownBlock {
  return {
    type: "header",
    text: { type: "plain_text", text: clip(text.trim() || "Career Advisor", limits.header), emoji: true },
  };
}

/** One or more sections holding `mrkdwn`; text already escaped by the caller. */
export function sections(mrkdwn: string): KnownBlock[] {
  return splitText(mrkdwn).map((text) => ({ type: "section", text: { type: "mrkdwn", text } }));
}

/** Side-by-side fields, ten to a section. */
export function fieldSections(fields: string[], title?: string): KnownBlock[] {
  const out: KnownBlock[] = [];
  for (let i = 0; i < fields.length; i += limits.fields) {
    const chunk = fields
      .slice(i, i + limits.fields)
      .map((f) => ({ type: "mrkdwn" as const, text: clip(f.trim() ? f : "—", limits.fieldText) }));
    out.push({
      type: "section",
      ...(i === 0 && title
        ? { text: { type: "mrkdwn" as const, text: clip(title, limits.sectionText) } }
        : {}),
      fields: chunk,
    });
  }
  return out;
}

export function context(lines: string[]): KnownBlock[] {
  if (lines.length === 0) return [];
  const kept = lines.slice(0, limits.contextElements);
  if (lines.length > limits.contextElements)
    kept[kept.length - 1] = `and ${lines.length - kept.length + 1} more`;
  return [
    {
      type: "context",
      elements: kept.map((text) => ({
        type: "mrkdwn",
        text: clip(text.trim() ? text : "—", limits.sectionText),
      })),
    },
  ];
}

export interface Button {
  text: string;
  actionId: string;
  value: string;
  style?: "primary";
}

export function button(b: Button) {
  return {
    type: "button" as const,
    text: {
      type: "plain_text" as const,
      text: clip(b.text.trim() || "Open", limits.buttonText),
      emoji: true,
    },
    action_id: clip(b.actionId, limits.id),
    value: clip(esc(b.value), limits.buttonValue),
    ...(b.style ? { style: b.style } : {}),
  };
}

export function option(text: string, value: string): PlainTextOption {
  return {
    text: { type: "plain_text", text: clip(text.trim() || "—", limits.optionText), emoji: true },
    value: clip(esc(value), 150),
  };
}

/**
 * Keeps a message within the block limit: when there are too many blocks, the tail is cut and replaced by
 * a line saying how many were left out, keeping the last `keepLast` blocks (the buttons) in place.
 */
export function fitBlocks<B extends { type: string }>(
  blocks: (B | KnownBlock)[],
  max: number,
  keepLast = 0,
): (B | KnownBlock)[] {
  if (blocks.length <= max) return blocks;
  const tail = keepLast > 0 ? blocks.slice(-keepLast) : [];
  const room = max - tail.length - 1;
  const body = blocks.slice(0, blocks.length - tail.length);
  const dropped = body.length - room;
  return [
    ...body.slice(0, room),
    ...context([`…and ${dropped} more sections; ask a narrower question to see them.`]),
    ...tail,
  ];
}
