import { describe, expect, it } from "vitest";
import { RecentlyUsed } from "../../../src/knowledge/core/recency.js";

/** The keys kept, least recently used first, read without using any. */
const kept = (map: RecentlyUsed<string, number>, keys: string[]) =>
  keys.filter((k) => map.peek(k) !== undefined);

describe("RecentlyUsed", () => {
  it("keeps at most its limit, letting the oldest go first", () => {
    const map = new RecentlyUsed<string, number>(3);
    for (const [i, k] of ["a", "b", "c", "d", "e"].entries()) map.set(k, i);
    expect(map.size).toBe(3);
    expect(kept(map, ["a", "b", "c", "d", "e"])).toEqual(["c", "d", "e"]);
  });

  it("moves a hit to the most recent, so the next to go is the one used least lately", () => {
    const map = new RecentlyUsed<string, number>(3);
    map.set("a", 1);
    map.set("b", 2);
    map.set("c", 3);
    expect(map.get("a")).toBe(1);
    map.set("d", 4); // b goes, not a
    expect(kept(map, ["a", "b", "c", "d"])).toEqual(["a", "c", "d"]);
    map.set("e", 5); // then c
    expect(kept(map, ["a", "b", "c", "d", "e"])).toEqual(["a", "d", "e"]);
  });

  it("moves nothing on a miss, a peek or a set of a key kept already", () => {
    const map = new RecentlyUsed<string, number>(2);
    map.set("a", 1);
    map.set("b", 2);
    expect(map.get("z")).toBeUndefined();
    expect(map.peek("a")).toBe(1);
    map.set("a", 10); // replaced where it stands: still the oldest
    expect(map.size).toBe(2);
    map.set("c", 3);
    expect(map.peek("a")).toBeUndefined();
    expect(map.peek("b")).toBe(2);
    expect(map.peek("c")).toBe(3);
  });

  it("forgets a key deleted, and everything on clear", () => {
    const map = new RecentlyUsed<string, number>(2);
    map.set("a", 1);
    map.set("b", 2);
    expect(map.delete("a")).toBe(true);
    map.set("c", 3); // room for it: b stays
    expect(map.peek("b")).toBe(2);
    map.clear();
    expect(map.size).toBe(0);
    expect(map.get("b")).toBeUndefined();
  });

  it("keeps nothing with a limit of 0", () => {
    const map = new RecentlyUsed<string, number>(0);
    map.set("a", 1);
    expect(map.size).toBe(0);
  });
});
