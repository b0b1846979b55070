import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { crc32, inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { advise } from "../../../src/advisor/advise.js";
import { type Answer, anonymousUser, type SalaryAnswer } from "../../../src/advisor/answers.js";
import { chartFor } from "../../../src/charts/answer-chart.js";
import { ChartCache, chartHash } from "../../../src/charts/cache.js";
import { chartZoom, renderPng, renderPngAsync } from "../../../src/charts/render.js";
import { payChart } from "../../../src/charts/svg.js";
import { runCli } from "../../../src/cli/main.js";
import { loadConfig } from "../../../src/runtime/config.js";
import { parseCommand } from "../../../src/understanding/command-grammar.js";
import { knowledgeDir, realKnowledge } from "../../support/knowledge.js";

const kb = realKnowledge();

function answer(text: string): Answer {
  const command = parseCommand(kb, text);
  if (command.kind === "prefs" || command.kind === "digest") throw new Error(`not an answer: ${text}`);
  return advise(kb, command, anonymousUser);
}

function chartOf(text: string) {
  const chart = chartFor(kb, answer(text));
  if (!chart) throw new Error(`no chart for ${text}`);
  return chart;
}

const xmlText = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** Every <text> element: where it is, how it is anchored, what it says. */
function texts(svg: string) {
  return [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"([^>]*)>([^<]*)<\/text>/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    attrs: m[3] ?? "",
    text: xmlText(m[4] ?? ""),
  }));
}

/** The dollar axis as drawn: the x of each tick label ("$100k") by its value. */
function axis(svg: string): (dollars: number) => number {
  const ticks = texts(svg)
    .filter((t) => /^\$\d+(\.\d+)?k$/.test(t.text))
    .map((t) => ({ value: Number(t.text.slice(1, -1)) * 1000, x: t.x }));
  const [a, b] = ticks;
  if (!a || !b) throw new Error("no axis");
  return (v) => a.x + ((v - a.value) * (b.x - a.x)) / (b.value - a.value);
}

/** The row a label is on: the y of its baseline. */
const rowY = (svg: string, label: string) => texts(svg).find((t) => t.text === label)?.y ?? Number.NaN;

const ranges = (svg: string) =>
  [
    ...svg.matchAll(
      /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="12" rx="3" fill="(#[0-9a-f]+)"/g,
    ),
  ].map((m) => ({ x1: Number(m[1]), x2: Number(m[1]) + Number(m[3]), mid: Number(m[2]) + 6, fill: m[4] }));
const dots = (svg: string) =>
  [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="5.5" fill="(#[0-9a-f]+)"([^/]*)\/>/g)].map(
    (m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      fill: m[3],
      faded: (m[4] ?? "").includes("fill-opacity"),
    }),
  );

describe("pay chart (SVG)", () => {
  it("draws each MLE level as a bar from its low to its high figure, on a dollar axis", () => {
    const { svg } = chartOf("salary mle");
    const x = axis(svg);
    const bars = ranges(svg);
    const levels: [string, number, number][] = [
      ["Entry level", 96_000, 152_601],
      ["Mid level", 144_000, 166_399],
      ["Senior level", 177_177, 184_000],
    ];
    expect(bars).toHaveLength(levels.length);
    for (const [label, low, high] of levels) {
      // The bar on the label's row (its middle is 4 px above the label's baseline).
      const bar = bars.find((b) => Math.abs(b.mid - (rowY(svg, label) - 4)) < 1);
      expect(bar, label).toBeDefined();
      expect(bar?.x1).toBeCloseTo(x(low), 0);
      expect(bar?.x2).toBeCloseTo(x(high), 0);
    }
  });

  it("draws each location as a dot at its figure", () => {
    const { svg } = chartOf("salary mle");
    const x = axis(svg);
    const points: [string, number][] = [
      ["San Francisco, CA", 179_061],
      ["New York City, NY", 184_982],
      ["Seattle, WA", 173_517],
      ["Illinois (Chicago)", 164_024],
    ];
    const all = dots(svg);
    expect(all).toHaveLength(9);
    for (const [label, value] of points) {
      const dot = all.find((d) => Math.abs(d.y - (rowY(svg, label) - 4)) < 1);
      expect(dot?.x, label).toBeCloseTo(x(value), 0);
    }
  });

  it("labels the axis and every mark in dollars, with figures only from the answer", () => {
    const a = answer("salary mle") as SalaryAnswer;
    const { svg } = chartOf("salary mle");
    const all = texts(svg);
    expect(all.filter((t) => /^\$\d+k$/.test(t.text)).length).toBeGreaterThanOrEqual(3);
    const values = all.filter((t) => t.attrs.includes('class="value"')).map((t) => t.text);
    expect(values).toEqual([...a.levels, ...a.locations].map((l) => l.figure.value));
    expect(values).toContain("$96,000 – $152,601");
    expect(all.map((t) => t.text)).toEqual(
      expect.arrayContaining(["Machine Learning Engineer pay", "By level", "By location (average)"]),
    );
  });

  it("names the role and every range in the alt text, and the sources and dates in the caption", () => {
    const chart = chartOf("salary mle");
    expect(chart.alt).toMatch(/^Range chart of Machine Learning Engineer pay in US dollars\./);
    for (const range of [
      "Entry level $96,000 – $152,601",
      "Senior level $177,177 – $184,000",
      "Seattle, WA $173,517",
    ])
      expect(chart.alt).toContain(range);
    expect(chart.alt.length).toBeLessThanOrEqual(2000);
    expect(chart.caption).toBe("Sources: AiPathly, 2024.");
    expect(texts(chart.svg).map((t) => t.text)).toContain("Sources: AiPathly, 2024.");
    expect(chart.svg).toContain("<title>Machine Learning Engineer pay</title>");
  });

  it("picks out the level and place asked for", () => {
    const { svg } = chartOf("salary mle senior seattle");
    const bold = texts(svg).filter(
      (t) => t.attrs.includes('font-weight="bold"') && t.attrs.includes('font-size="12"'),
    );
    expect(bold.map((t) => t.text)).toEqual(
      expect.arrayContaining(["Senior level", "$177,177 – $184,000", "Seattle, WA", "$173,517"]),
    );
    expect(bold.map((t) => t.text)).not.toContain("Entry level");
  });

  it("shows both roles in a comparison, government figures faded as base pay only", () => {
    const chart = chartOf("compare mle swe");
    const all = texts(chart.svg).map((t) => t.text);
    expect(all).toEqual(
      expect.arrayContaining([
        "Pay: Machine Learning Engineer vs Software Engineer",
        "Machine Learning Engineer",
        "Software Engineer",
        "US government statistics (base pay only)",
        "$135,980",
        "$96,000 – $152,601",
      ]),
    );
    const x = axis(chart.svg);
    const faded = dots(chart.svg).filter((d) => d.faded);
    expect(faded.map((d) => Math.round(d.x))).toContain(Math.round(x(135_980)));
    // Each role in its own colour.
    expect(new Set(dots(chart.svg).map((d) => d.fill)).size).toBe(2);
    expect(chart.alt).toContain("Machine Learning Engineer: by level: Entry level $96,000 – $152,601");
    expect(chart.alt).toContain("Software Engineer: us government statistics (base pay only)");
    expect(chart.alt).toContain("$135,980");
    expect(chart.caption).toContain("BLS OEWS, May 2025");
    expect(chart.caption).toContain("AiPathly, 2024");
  });

  it("draws an open-ended range with an arrow past its high end", () => {
    const { svg } = chartOf("salary distinguished mle");
    const [bar] = ranges(svg);
    expect(bar?.x1).toBeCloseTo(axis(svg)(120_000), 0);
    expect(bar?.x2).toBeCloseTo(axis(svg)(250_000), 0);
    expect(svg).toMatch(/<path d="M[\d.]+ [\d.]+L/);
    expect(texts(svg).map((t) => t.text)).toContain("$120,000 – over $250,000");
  });

  it("has no chart when there is nothing to draw, or a single figure better said in words", () => {
    expect(chartFor(kb, answer("salary product manager"))).toBeUndefined(); // no figures at all
    expect(chartFor(kb, answer("role mle"))).toBeUndefined(); // not a pay answer
    expect(chartFor(kb, answer("skills mle"))).toBeUndefined();
  });

  it("escapes text from the knowledge", () => {
    const base = answer("salary mle") as SalaryAnswer;
    const odd: SalaryAnswer = {
      ...base,
      role: { id: "x", name: 'R&D <script> "lab"' },
      levels: base.levels.map((l) => ({ ...l, name: `${l.name} <b>` })),
    };
    const chart = payChart([odd]);
    expect(chart?.svg).toContain("R&amp;D &lt;script&gt; &quot;lab&quot;");
    expect(chart?.svg).not.toContain("<script>");
    expect(chart?.svg).not.toContain("<b>");
  });

  it("is the same SVG, and so the same hash, every time", () => {
    expect(chartOf("compare mle swe").svg).toBe(chartOf("compare mle swe").svg);
    expect(chartHash(chartOf("salary mle").svg)).toMatch(/^[0-9a-f]{32}$/);
    expect(chartHash(chartOf("salary mle").svg)).not.toBe(chartHash(chartOf("salary mle seattle").svg));
  });
});

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(png: Buffer) {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("pay chart (PNG)", () => {
  it("renders with the shipped fonts, the same bytes compressed on this thread or on the thread pool", async () => {
    const chart = chartOf("salary mle");
    const png = renderPng(chart.svg);
    expect(png.subarray(0, 8)).toEqual(pngSignature);
    expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
    expect(pngSize(png)).toEqual({
      width: chart.width * chartZoom,
      height: Math.round(chart.height * chartZoom),
    });
    expect(png.length).toBeGreaterThan(20_000); // text and marks drawn, not a blank page
    expect((await renderPngAsync(chart.svg)).equals(png)).toBe(true);
  });
});

describe("PNG encoding", () => {
  it("writes chunks with valid CRCs and one IDAT holding every scanline, on an opaque white page", () => {
    const chart = chartOf("compare mle swe");
    const png = renderPng(chart.svg);
    const { width, height } = pngSize(png);
    const chunks: { type: string; data: Buffer }[] = [];
    for (let at = 8; at < png.length; ) {
      const length = png.readUInt32BE(at);
      const type = png.subarray(at + 4, at + 8);
      const data = png.subarray(at + 8, at + 8 + length);
      expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(data, crc32(type)));
      chunks.push({ type: type.toString("latin1"), data });
      at += 12 + length;
    }
    expect(chunks.map((c) => c.type)).toEqual(["IHDR", "IDAT", "IEND"]);
    expect([...(chunks[0]?.data.subarray(8) ?? [])]).toEqual([8, 6, 0, 0, 0]); // 8-bit RGBA, no interlace
    const raw = inflateSync(chunks[1]?.data ?? Buffer.alloc(0));
    expect(raw.length).toBe((width * 4 + 1) * height);
    expect([...raw.subarray(0, 5)]).toEqual([0, 255, 255, 255, 255]); // filter none, a white pixel
  });
});

describe("chart cache", () => {
  const counting = () => {
    const calls: string[] = [];
    const render = async (svg: string) => {
      calls.push(svg);
      return Buffer.from(`png of ${svg}`);
    };
    return { calls, render };
  };

  it("serves only the hashes it handed out, drawing each chart once", async () => {
    const { calls, render } = counting();
    const cache = new ChartCache(render);
    const { hash, png } = await cache.png("<svg>a</svg>");
    expect(hash).toBe(chartHash("<svg>a</svg>"));
    expect((await cache.png("<svg>a</svg>")).png).toBe(png);
    expect(await cache.byHash(hash)).toBe(png);
    expect(await cache.byHash("0".repeat(32))).toBeUndefined();
    expect(calls).toHaveLength(1);
  });

  it("is bounded: an evicted PNG is drawn again, an evicted chart is no longer served", async () => {
    const { calls, render } = counting();
    const cache = new ChartCache(render, { charts: 2, pngs: 1 });
    const a = await cache.png("a");
    const b = await cache.png("b");
    expect(await cache.byHash(a.hash)).toEqual(a.png); // PNG evicted by b's, drawn again
    expect(calls).toEqual(["a", "b", "a"]);
    await cache.png("c");
    expect(await cache.byHash(b.hash)).toBeUndefined(); // the oldest chart is forgotten
    expect(await cache.byHash(a.hash)).toBeDefined();
  });

  it("never serves a chart that failed to draw, and tries again next time", async () => {
    let fail = true;
    const cache = new ChartCache(async (svg) => {
      if (fail) throw new Error("no fonts");
      return Buffer.from(svg);
    });
    await expect(cache.png("x")).rejects.toThrow("no fonts");
    expect(await cache.byHash(chartHash("x"))).toBeUndefined();
    fail = false;
    expect((await cache.png("x")).png.toString()).toBe("x");
  });
});

describe("career --chart", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "career-chart-"));

  it.each([
    ["salary", "mle"],
    ["compare", "mle", "swe"],
  ])("writes the pay chart of `%s …` as a PNG, the same one the app serves", (...words) => {
    const file = path.join(dir, `${words.join("-")}.png`);
    const { code, out } = runCli([...words, "--chart", file], knowledgeDir);
    expect(code).toBe(0);
    expect(out).toContain(`Chart written to ${file}.`);
    expect(out).toContain("Machine Learning Engineer"); // the text answer is still printed
    const png = readFileSync(file);
    expect(png.subarray(0, 8)).toEqual(pngSignature);
    expect(png.length).toBeGreaterThan(20_000);
    expect(png.equals(renderPng(chartOf(words.join(" ")).svg))).toBe(true);
  });

  it("explains where --chart applies", () => {
    expect(runCli(["roles", "--chart", path.join(dir, "x.png")], knowledgeDir)).toMatchObject({
      code: 2,
      out: expect.stringContaining("Usage: career salary <role>"),
    });
    expect(runCli(["salary", "mle", "--chart"], knowledgeDir).code).toBe(2);
  });

  it("says so when there is nothing to draw, and when the file cannot be written", () => {
    expect(
      runCli(["salary", "product", "manager", "--chart", path.join(dir, "none.png")], knowledgeDir),
    ).toMatchObject({
      code: 0,
      out: expect.stringContaining("No chart written"),
    });
    expect(
      runCli(["salary", "mle", "--chart", path.join(dir, "missing", "x.png")], knowledgeDir),
    ).toMatchObject({
      code: 1,
      out: expect.stringContaining("Could not write the chart"),
    });
  });
});

describe("configuration and manifest", () => {
  const env = {
    SLACK_BOT_TOKEN: "xoxb-1",
    SLACK_SIGNING_SECRET: "0123456789abcdef0123456789abcdef",
  };

  it("reads PUBLIC_URL as an http(s) URL without its trailing slash", () => {
    expect(loadConfig({ ...env, PUBLIC_URL: "https://advisor.example.com/" }).publicUrl).toBe(
      "https://advisor.example.com",
    );
    expect(loadConfig({ ...env, PUBLIC_URL: "" }).publicUrl).toBeUndefined();
    expect(() => loadConfig({ ...env, PUBLIC_URL: "advisor.example.com" })).toThrow(/PUBLIC_URL must be/);
    expect(() => loadConfig({ ...env, PUBLIC_URL: "ftp://advisor.example.com" })).toThrow(/PUBLIC_URL/);
  });

  it("asks for files:write, which the uploads need", () => {
    const manifest = parse(readFileSync(path.resolve(import.meta.dirname, "../../../manifest.yml"), "utf8"));
    expect(manifest.oauth_config.scopes.bot).toContain("files:write");
  });
});
