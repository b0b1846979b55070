import type { Store } from "../../src/store/store.js";

/** What goes wrong with one person's read: it is held up for `delayMs`, or fails with `error`. */
export type Trouble = { delayMs: number } | { error: Error };

/**
 * Wraps a store so that reading `userId`'s record is held up (or fails), as a slow or broken disk would
 * for that one read; everyone else's reads, and every other call, go straight through. For `wrapStore`.
 */
export function troubled(userId: string, trouble: Trouble) {
  return (store: Store): Store =>
    new Proxy(store, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (key !== "user") return value;
        return async (id: string) => {
          if (id === userId) {
            if ("error" in trouble) throw trouble.error;
            await new Promise((r) => setTimeout(r, trouble.delayMs));
          }
          return target.user(id);
        };
      },
    });
}
