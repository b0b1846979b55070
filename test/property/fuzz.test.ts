import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { advise } from "../../src/advisor/advise.js";
import { type Answer, anonymousUser } from "../../src/advisor/answers.js";
import { digestFor } from "../../src/advisor/general/digest.js";
import { renderText } from "../../src/render/plain-text.js";
import { homeView } from "../../src/slack/blocks/home.js";
import { renderMessage } from "../../src/slack/blocks/message.js";
import { prefsModal } from "../../src/slack/blocks/prefs-modal.js";
import { parseCommand } from "../../src/understanding/command-grammar.js";
import { blockKitViolations } from "../support/block-kit.js";
import { realKnowledge } from "../support/knowledge.js";

const kb = realKnowledge();
const roles = kb.knowledge.roles.map((r) => ({ id: r.id, name: r.name }));

/** Text users (or attackers) could send: control characters, Slack markup, emoji, CJK, very long names. */
const hostile = fc.oneof(
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.constantFrom(
    "<!channel>",
    "<!here|here>",
    "<!everyone>",
    "<@U123>",
    "<#C123|general>",
    "&lt;!channel&gt;",
    "*_~`",
    "<https://evil.example|click>",
  ),
  fc.string({
    unit: fc.constantFrom("\u0000", "\u0007", "\u202e", "\n", "\t", "\r", "\u200b"),
    maxLength: 40,
  }),
  fc.string({ unit: fc.constantFrom("機", "械", "学", "習", "🚀", "👩🏽‍💻", "é", "ß"), maxLength: 60 }),
  fc.string({ unit: "grapheme-ascii", minLength: 9_000, maxLength: 10_000 }),
);

const commandText = fc
  .tuple(
    fc.constantFrom(
      "",
      "role ",
      "compare ",
      "salary ",
      "skills ",
      "path ",
      "gap ",
      "ask ",
      "prefs set role ",
      "digest subscribe ",
      "mle vs ",
    ),
    hostile,
    hostile,
  )
  .map(([prefix, a, b]) => `${prefix}${a} ${b}`);

function render(answer: Answer) {
  const message = renderMessage(answer, { command: "x", shareable: true, roles });
  renderText(answer);
  return message as unknown as Record<string, unknown>;
}

/** The same answer with every string replaced by hostile text and every list made very long. */
function corrupt(value: unknown, strings: () => string, depth = 0): unknown {
  if (typeof value === "string") return strings();
  if (Array.isArray(value)) {
    const items = value.map((v) => corrupt(v, strings, depth + 1));
    // Only the answer's own lists grow (to 120 items); nested ones keep their length, or this explodes.
    return depth <= 1 && items.length > 0
      ? [...items, ...Array.from({ length: 120 }, () => corrupt(value[0], strings, depth + 1))]
      : items;
  }
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === "kind" || k === "group" || k === "tone" || k === "problem" ? v : corrupt(v, strings, depth + 1),
      ]),
    );
  return value;
}

const sampleCommands = [
  "help",
  "roles",
  "role mle",
  "compare mle swe dse",
  "salary mle senior seattle",
  "skills lead mle",
  "path mle",
  "gap swe to lead mle",
  "trends",
  "ask what does an mle earn in seattle",
  "role astronaut",
  "compare mle",
];
const sampleAnswers: Answer[] = [
  ...sampleCommands.map((c) => {
    const command = parseCommand(kb, c);
    if (command.kind === "prefs" || command.kind === "digest") throw new Error(c);
    return advise(kb, command, anonymousUser);
  }),
  digestFor(kb, "2026-12-01"),
  // Two questions in one message: a comparison (its table) and a move, one after the other.
  {
    kind: "both",
    parts: [
      advise(kb, { kind: "compare", roles: ["mle", "swe"] }, anonymousUser),
      advise(kb, { kind: "gap", from: "swe", to: "mle" }, anonymousUser),
    ],
    followups: ["help"],
  },
  { kind: "notice", title: "t", lines: ["a"], tone: "warning", followups: ["help"] },
  { kind: "prefs", visibility: "channel", location: "x", level: "y", role: roles[0], followups: ["prefs"] },
];

describe("fuzzing", () => {
  it("parses any text without throwing", () => {
    fc.assert(
      fc.property(commandText, (text) => {
        expect(parseCommand(kb, text).kind).toBeTypeOf("string");
      }),
      { numRuns: 400 },
    );
  });

  it("answers any text with a message inside Block Kit limits and no live ping", () => {
    fc.assert(
      fc.property(commandText, (text) => {
        const command = parseCommand(kb, text);
        if (command.kind === "prefs" || command.kind === "digest") return;
        expect(blockKitViolations(render(advise(kb, command, anonymousUser)))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("renders every kind of answer within limits whatever its strings and list lengths", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...sampleAnswers),
        fc.array(hostile, { minLength: 1, maxLength: 30 }),
        (answer, pool) => {
          let i = 0;
          const broken = corrupt(answer, () => pool[i++ % pool.length] as string) as Answer;
          expect(blockKitViolations(render(broken))).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  it("renders App Home and the preferences modal within view limits for any stored values", () => {
    fc.assert(
      fc.property(hostile, hostile, fc.array(hostile, { maxLength: 50 }), (location, level, ticked) => {
        const record = {
          location,
          level,
          role: "machine-learning-engineer",
          ticked,
          updatedAt: "2026-12-01T00:00:00Z",
        };
        expect(
          blockKitViolations(homeView(kb, record) as unknown as Record<string, unknown>, "view"),
        ).toEqual([]);
        expect(
          blockKitViolations(prefsModal(kb, record) as unknown as Record<string, unknown>, "view"),
        ).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
