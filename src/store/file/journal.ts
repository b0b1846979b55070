import { closeSync, openSync, writeSync } from "node:fs";
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import type { Table } from "../records.js";
import { ownerOnly } from "./private-file.js";

/** One change, as an absolute operation, so replaying an entry twice does no harm. */
export type JournalEntry = { set: Table; key: string; value: unknown } | { delete: Table; key: string };

/**
 * Write-ahead journal beside the data file: `<file>.<generation>.journal`, one JSON entry a line. Each entry
 * is written synchronously to an open descriptor: a small append to the page cache costs microseconds,
 * while an asynchronous one waits for the busy event loop to come round for each step (open, write,
 * close), which under load added tens of milliseconds to every change. A snapshot of the data file starts
 * a new generation; older generations are deleted once it is written.
 */
export class Journal {
  private fd: number | undefined;

  private constructor(
    private readonly file: string,
    private generation: number,
    private obsolete: number[],
  ) {}

  private pathOf(generation: number): string {
    return `${this.file}.${generation}.journal`;
  }

  /** Reads every journal left beside the file (oldest first) and returns their entries and a journal to go on with. */
  static async open(file: string): Promise<{ journal: Journal; entries: JournalEntry[]; files: string[] }> {
    const dir = path.dirname(file);
    const prefix = `${path.basename(file)}.`;
    let names: string[] = [];
    try {
      names = await readdir(dir);
    } catch {
      names = [];
    }
    const generations = names
      .filter((n) => n.startsWith(prefix) && n.endsWith(".journal"))
      .map((n) => Number(n.slice(prefix.length, -".journal".length)))
      .filter((g) => Number.isInteger(g))
      .sort((a, b) => a - b);
    const entries: JournalEntry[] = [];
    for (const g of generations) {
      const journalFile = `${file}.${g}.journal`;
      const lines = (await readFile(journalFile, "utf8")).split("\n");
      // The last line may be torn by a crash during its append; that write was never acknowledged.
      const complete = lines.slice(0, -1);
      complete.forEach((line, i) => {
        try {
          entries.push(JSON.parse(line) as JournalEntry);
        } catch {
          throw new Error(`${journalFile}: line ${i + 1} is not valid JSON`);
        }
      });
    }
    const next = (generations.at(-1) ?? 0) + 1;
    return {
      journal: new Journal(file, next, generations),
      entries,
      files: generations.map((g) => `${file}.${g}.journal`),
    };
  }

  /**
   * Writes the entry; once this returns it is in the file. Throws (writing nothing more) when the file
   * cannot be opened or written.
   */
  append(entry: JournalEntry): void {
    // Owner-only, like the data file: an entry may hold a workspace's installation.
    this.fd ??= openSync(this.pathOf(this.generation), "a", ownerOnly);
    const line = Buffer.from(`${JSON.stringify(entry)}\n`);
    try {
      for (let written = 0; written < line.length; )
        written += writeSync(this.fd, line, written, line.length - written);
    } catch (error) {
      // A write cut short (a full disk) may leave part of a line. Later entries go to a new generation, so
      // that part stays the last line of its file, which replay ignores as torn.
      this.nextGeneration();
      throw error;
    }
  }

  private nextGeneration(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.obsolete.push(this.generation);
    this.generation += 1;
  }

  /** Starts a new generation before a snapshot; returns the generations the snapshot will make obsolete. */
  rotate(): number[] {
    this.nextGeneration();
    return [...this.obsolete];
  }

  /** Deletes journals whose every entry is in the data file now. */
  async discard(generations: number[]): Promise<void> {
    for (const g of generations) await rm(this.pathOf(g), { force: true });
    this.obsolete = this.obsolete.filter((g) => !generations.includes(g));
  }
}
