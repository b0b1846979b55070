import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type RenderedImage, Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { encodePng, encodePngAsync } from "./png.js";
import { chartFontFamily } from "./svg.js";

/** assets/fonts at the package root, from src/charts (tsx, tests) and from dist/charts (the build) alike. */
const fontDir = fileURLToPath(new URL("../../assets/fonts/", import.meta.url));
export const fontFiles = [`${fontDir}DejaVuSans.ttf`, `${fontDir}DejaVuSans-Bold.ttf`];

/** The PNG's pixels per SVG unit. */
export const chartZoom = 1;

/**
 * Only the shipped fonts, never the system's: the picture is the same on every machine, and skipping the
 * scan of system fonts saves time on every render.
 */
const options: ResvgRenderOptions = {
  font: {
    loadSystemFonts: false,
    fontFiles,
    defaultFontFamily: chartFontFamily,
    sansSerifFamily: chartFontFamily,
  },
  // Drawing and compressing cost grows with the pixels: at 1.25x (sharper on high-density screens) a chart
  // took a fifth longer and missed the 50 ms p99 on a busy machine; at 1x the 12 px text reads well.
  fitTo: { mode: "zoom", value: chartZoom },
  // Opaque, so that resvg's premultiplied pixels are plain RGBA (see png.ts).
  background: "#ffffff",
  logLevel: "off",
};

/** resvg draws text without a font as nothing rather than failing, so a missing font must fail here. */
function checkFonts(): void {
  const missing = fontFiles.filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`chart fonts missing: ${missing.join(", ")}`);
}

/**
 * The SVG's pixels, drawn on this thread: about 14 ms for the largest chart (a three-role comparison) on an
 * idle machine, once while its PNG stays among the 100 the app caches. Not with resvg's `renderAsync` on
 * libuv's thread pool: resvg's allocator (mimalloc) keeps the pages a pool thread drew in after the drawing
 * is freed from this thread, and 48 draws of four charts left the process holding 45–61 MiB more that way,
 * against 9–27 MiB drawn here (`npm run bench:charts` measures both ways).
 */
function draw(svg: string): RenderedImage {
  checkFonts();
  return new Resvg(svg, options).render();
}

/** The SVG as PNG bytes, all on this thread (the CLI, the bench). */
export function renderPng(svg: string): Buffer {
  const image = draw(svg);
  return encodePng(image.pixels, image.width, image.height);
}

/** The SVG as PNG bytes for the server: drawn on this thread, compressed on libuv's thread pool. */
export async function renderPngAsync(svg: string): Promise<Buffer> {
  const image = draw(svg);
  return encodePngAsync(image.pixels, image.width, image.height);
}
