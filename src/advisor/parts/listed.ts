/** Names in a list as a sentence says them: "A", "A and B", "A, B and C" (or "A, B or C"). */
export const listed = (items: readonly string[], last: "and" | "or" = "and"): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${last} ${items.at(-1)}`;
