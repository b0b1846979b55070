import { createHash } from "node:crypto";
import { renderPngAsync } from "./render.js";

/** A chart's name: the first 128 bits of the SHA-256 of its SVG. The same answer, the same name. */
export function chartHash(svg: string): string {
  return createHash("sha256").update(svg).digest("hex").slice(0, 32);
}

/** Map order as recency: a hit moves to the end, and past `limit` the oldest goes. */
function remember<V>(map: Map<string, V>, key: string, value: V, limit: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > limit) map.delete(map.keys().next().value as string);
}

export interface ChartCacheLimits {
  /** Charts whose hash is served (their SVG is kept, a few KB each). */
  charts: number;
  /** PNGs kept rendered (20–100 KB each). */
  pngs: number;
}

/**
 * Rendered charts by content hash, bounded twice: the SVGs of the charts this process has handed out, so
 * their URLs keep working (an evicted PNG is drawn again when asked for), and fewer PNGs. Only a hash that
 * came from `png` is ever served. The knowledge bounds how many different charts there are (a few
 * thousand at most today: each role's salary with each level and place picked out, and the comparisons),
 * so in practice the limits only matter for much larger knowledge bases.
 */
export class ChartCache {
  private readonly svgs = new Map<string, string>();
  private readonly pngs = new Map<string, Promise<Buffer>>();

  constructor(
    private readonly render: (svg: string) => Promise<Buffer> = renderPngAsync,
    private readonly limits: ChartCacheLimits = { charts: 1000, pngs: 100 },
  ) {}

  /** The chart's PNG, drawn once; from then on its hash is served. Rejects when drawing fails. */
  async png(svg: string): Promise<{ hash: string; png: Buffer }> {
    const hash = chartHash(svg);
    const png = await this.pngOf(hash, svg);
    // Remembered only once drawn, so a hash that failed to draw is never handed out or served.
    remember(this.svgs, hash, svg, this.limits.charts);
    return { hash, png };
  }

  /** The PNG for a hash this cache handed out; undefined for any other. */
  async byHash(hash: string): Promise<Buffer | undefined> {
    const svg = this.svgs.get(hash);
    if (svg === undefined) return undefined;
    remember(this.svgs, hash, svg, this.limits.charts); // a chart being fetched is in use
    return this.pngOf(hash, svg);
  }

  private pngOf(hash: string, svg: string): Promise<Buffer> {
    const cached = this.pngs.get(hash);
    if (cached) {
      remember(this.pngs, hash, cached, this.limits.pngs);
      return cached;
    }
    // The promise is cached, so requests for a chart being drawn wait for that one drawing.
    const drawing = this.render(svg);
    remember(this.pngs, hash, drawing, this.limits.pngs);
    drawing.catch(() => {
      if (this.pngs.get(hash) === drawing) this.pngs.delete(hash);
    });
    return drawing;
  }
}
