import { promisify } from "node:util";
import { crc32, deflate, deflateSync } from "node:zlib";

/**
 * A PNG from the RGBA pixels resvg draws. resvg-js's own `asPng` costs more than drawing the chart: for
 * a comparison 950 px wide it took 21 ms and made 103 KB, where zlib at level 3 takes 8 ms and makes 82 KB;
 * and zlib's asynchronous form runs on libuv's thread pool, off the event loop. resvg's pixels
 * are premultiplied, which equals plain RGBA only where alpha is 255: the charts are drawn on an opaque
 * white background, so every pixel is.
 */
const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const level = 3;

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** Scanlines, each after its filter byte (0: none; the flat colours of a chart compress well as they are). */
function scanlines(rgba: Buffer, width: number, height: number): Buffer {
  const stride = width * 4;
  if (rgba.length !== stride * height)
    throw new Error(`expected ${stride * height} bytes of RGBA, got ${rgba.length}`);
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return raw;
}

function assemble(width: number, height: number, idat: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bits per channel
  ihdr[9] = 6; // RGBA
  // compression, filter method and interlace: 0 (the only defined / none)
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", idat), chunk("IEND", Buffer.alloc(0))]);
}

export function encodePng(rgba: Buffer, width: number, height: number): Buffer {
  return assemble(width, height, deflateSync(scanlines(rgba, width, height), { level }));
}

const deflateAsync = promisify(deflate);

export async function encodePngAsync(rgba: Buffer, width: number, height: number): Promise<Buffer> {
  return assemble(width, height, await deflateAsync(scanlines(rgba, width, height), { level }));
}
