import { isIP } from "node:net";

/** Why an address is not a public one; `null` from `classifyAddress` means public. */
export type AddressKind =
  | "private"
  | "loopback"
  | "link-local"
  | "unique-local"
  | "multicast"
  | "unspecified"
  | "shared (CGNAT)"
  | "reserved";

/** The kind with its article, for a sentence: "a loopback address", "an unspecified address". */
export function describeKind(kind: AddressKind): string {
  return `${kind === "unspecified" ? "an" : "a"} ${kind} address`;
}

/** IPv4 ranges that are not public, as [first octets, prefix length, kind]. */
const v4Ranges: [number[], number, AddressKind][] = [
  [[0], 8, "unspecified"], // "this network", 0.0.0.0 among it
  [[10], 8, "private"],
  [[100, 64], 10, "shared (CGNAT)"],
  [[127], 8, "loopback"],
  [[169, 254], 16, "link-local"],
  [[172, 16], 12, "private"],
  [[192, 0, 0], 24, "reserved"], // IETF protocol assignments
  [[192, 0, 2], 24, "reserved"], // documentation
  [[192, 88, 99], 24, "reserved"], // 6to4 relay anycast
  [[192, 168], 16, "private"],
  [[198, 18], 15, "reserved"], // benchmarking
  [[198, 51, 100], 24, "reserved"], // documentation
  [[203, 0, 113], 24, "reserved"], // documentation
  [[224], 4, "multicast"],
  [[240], 4, "reserved"], // future use, and 255.255.255.255 broadcast
];

const v4Table = v4Ranges.map(([octets, bits, kind]) => {
  const base = octets.reduce((n, o, i) => n + o * 2 ** (24 - 8 * i), 0);
  return { base, size: 2 ** (32 - bits), kind };
});

function parseV4(ip: string): number | undefined {
  const parts = ip.split(".");
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    n = n * 256 + Number(p);
  }
  return n;
}

function classifyV4(n: number): AddressKind | null {
  for (const r of v4Table) if (n >= r.base && n < r.base + r.size) return r.kind;
  return null;
}

/** The eight 16-bit groups of an IPv6 address (zone id dropped, a dotted IPv4 tail folded in). */
function parseV6(ip: string): number[] | undefined {
  let text = ip.replace(/%.*$/, "").toLowerCase();
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail?.[1]) {
    const n = parseV4(tail[1]);
    if (n === undefined) return undefined;
    text = `${text.slice(0, -tail[1].length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const groups = (s: string | undefined) => (s ? s.split(":") : []);
  const head = groups(halves[0]);
  const rest = groups(halves[1]);
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...rest];
  if (!all.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return undefined;
  return all.map((g) => Number.parseInt(g, 16));
}

function classifyV6(g: number[]): AddressKind | null {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const embedded = g6 * 65536 + g7;
  const zero64 = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0;
  if (zero64 && g4 === 0 && g5 === 0 && g6 === 0)
    return g7 === 0 ? "unspecified" : g7 === 1 ? "loopback" : "reserved";
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-translated (::ffff:0:a.b.c.d): the IPv4 address decides.
  if (zero64 && ((g4 === 0 && g5 === 0xffff) || (g4 === 0xffff && g5 === 0))) return classifyV4(embedded);
  // NAT64 well-known prefix 64:ff9b::/96 reaches the embedded IPv4 address; 64:ff9b:1::/48 is local use.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0)
    return classifyV4(embedded);
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 1) return "private";
  // 6to4 (2002::/16) carries an IPv4 address in its next 32 bits.
  if (g0 === 0x2002) return classifyV4(g1 * 65536 + g2);
  if ((g0 & 0xfe00) === 0xfc00) return "unique-local";
  if ((g0 & 0xffc0) === 0xfe80) return "link-local";
  if ((g0 & 0xffc0) === 0xfec0) return "private"; // site-local, deprecated
  if ((g0 & 0xff00) === 0xff00) return "multicast";
  if (g0 === 0x2001 && g1 === 0x0db8) return "reserved"; // documentation
  if (g0 === 0x2001 && g1 < 0x0200) return "reserved"; // IETF protocol assignments (Teredo among them)
  if ((g0 & 0xfff0) === 0x3ff0) return "reserved"; // documentation (3fff::/20)
  // Only global unicast (2000::/3) is public; everything else is unassigned or special.
  if ((g0 & 0xe000) !== 0x2000) return "reserved";
  return null;
}

/**
 * Whether an IP address (v4 or v6, IPv4-mapped included) is one a public feed cannot live at: `null` for a
 * public address, else its kind. A string that is not an IP address counts as reserved.
 */
export function classifyAddress(ip: string): AddressKind | null {
  const bare = ip.startsWith("[") && ip.endsWith("]") ? ip.slice(1, -1) : ip;
  const family = isIP(bare.replace(/%.*$/, ""));
  if (family === 4) {
    const n = parseV4(bare);
    return n === undefined ? "reserved" : classifyV4(n);
  }
  if (family === 6) {
    const groups = parseV6(bare);
    return groups ? classifyV6(groups) : "reserved";
  }
  return "reserved";
}
