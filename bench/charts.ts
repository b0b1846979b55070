// npm run bench:charts — how much resident memory drawing pay charts leaves behind, drawn the way the app
// draws them (resvg on the event loop, zlib on libuv's thread pool: `renderPngAsync`) and drawn with resvg's
// own `renderAsync` on the thread pool (how the app drew them before). Each way runs in a process of its
// own: the four charts of `npm run bench` drawn one after another, 12 rounds, resident memory read after a
// full GC (and the finalizers that free resvg's memory) before the first draw and after each third round.
// Prints figures; asserts nothing.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const ways = ["event loop", "thread pool"] as const;
type Way = (typeof ways)[number];
const way = process.argv[2] as Way | undefined;

if (way === undefined) {
  for (const w of ways) {
    const out = execFileSync(
      process.execPath,
      ["--expose-gc", "--import", "tsx", fileURLToPath(import.meta.url), w],
      { encoding: "utf8" },
    );
    process.stdout.write(out);
  }
} else {
  const { renderAsync } = await import("@resvg/resvg-js");
  const { chartFor } = await import("../src/charts/answer-chart.js");
  const { encodePngAsync } = await import("../src/charts/png.js");
  const { fontFiles, renderPngAsync } = await import("../src/charts/render.js");
  const { chartFontFamily } = await import("../src/charts/svg.js");
  const { loadKnowledgeBase } = await import("../src/knowledge/base.js");
  const { payChartAnswers } = await import("./lib/pay-charts.js");

  const kb = loadKnowledgeBase("knowledge");
  const svgs = payChartAnswers(kb).flatMap((answer) => {
    const chart = chartFor(kb, answer);
    return chart ? [chart.svg] : [];
  });
  // The options the app drew with before, on the pool.
  const options = {
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: chartFontFamily },
    background: "#ffffff",
    logLevel: "off" as const,
  };
  const draw = async (svg: string) => {
    if (way === "event loop") return renderPngAsync(svg);
    const image = await renderAsync(svg, options);
    return encodePngAsync(image.pixels, image.width, image.height);
  };
  const gc = (globalThis as { gc?: () => void }).gc;
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  // resvg frees its native memory in finalizers, which run on a later turn of the event loop than the GC.
  const residentMiB = async () => {
    gc?.();
    await new Promise((resolve) => setTimeout(resolve, 50));
    gc?.();
    await new Promise((resolve) => setTimeout(resolve, 50));
    return process.memoryUsage.rss() / 2 ** 20;
  };
  const before = await residentMiB();
  const readings: string[] = [];
  for (let round = 1; round <= 12; round++) {
    // One draw a turn of the event loop, as requests bring them.
    for (const svg of svgs) {
      await draw(svg);
      await turn();
    }
    if (round % 3 === 0) readings.push(`${((await residentMiB()) - before).toFixed(1)}`);
  }
  console.log(
    `pay charts drawn on the ${way}: ${svgs.length} charts × 12 rounds; resident memory above the start (${before.toFixed(1)} MiB) after rounds 3, 6, 9, 12: +${readings.join(", +")} MiB`,
  );
}
