import { chmodSync } from "node:fs";
import { chmod, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/** Readable and writable by the owner only: the data file holds workspace tokens, sealed or not. */
export const ownerOnly = 0o600;

/** Writes `text` over `file` atomically (a temporary file beside it, then a rename), owner-only. */
export async function writePrivateFile(file: string, text: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
  await writeFile(temp, text, { encoding: "utf8", mode: ownerOnly });
  // writeFile sets the mode only on a file it creates; a temporary file left by a crash keeps its own.
  await chmod(temp, ownerOnly);
  await rename(temp, file);
}

/**
 * Makes an existing file owner-only (a data file or journal written by an earlier version). A file that is
 * not there, not ours (a file read for `career store import`) or on a read-only disk is left as it is.
 */
export function makePrivate(file: string): void {
  try {
    chmodSync(file, ownerOnly);
  } catch (error) {
    if (!["ENOENT", "EPERM", "EROFS"].includes((error as NodeJS.ErrnoException).code ?? "")) throw error;
  }
}
