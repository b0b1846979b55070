import { appendFile, readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";

/** One change, as an absolute operation, so replaying an entry twice does no harm. */
export type JournalEntry =
  | { set: "users" | "subscriptions" | "posts"; key: string; value: unknown }
  | { delete: "users" | "subscriptions" | "posts"; key: string };

/**
 * Write-ahead journal beside the data file: `<file>.<generation>.journal`, one JSON entry a line. Appends are
 * group-committed: every entry queued while an append is in flight goes out in the next single append.
 * A snapshot of the data file starts a new generation; older generations are deleted once it is written.
 */
export class Journal {
  private queue: string[] = [];
  private flushing: Promise<void> | undefined;
  private waiting: Promise<void> | undefined;

  private constructor(
    private readonly file: string,
    private generation: number,
    private obsolete: number[],
  ) {}

  private pathOf(generation: number): string {
    return `${this.file}.${generation}.journal`;
  }

  /** Reads every journal left beside the file (oldest first) and returns their entries and a journal to go on with. */
  static async open(file: string): Promise<{ journal: Journal; entries: JournalEntry[] }> {
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
    return { journal: new Journal(file, next, generations), entries };
  }

  /** Resolves once the entry is on disk (with every entry queued alongside it). */
  append(entry: JournalEntry): Promise<void> {
    this.queue.push(`${JSON.stringify(entry)}\n`);
    this.waiting ??= (async () => {
      await this.flushing?.catch(() => undefined);
      this.waiting = undefined;
      const lines = this.queue.join("");
      this.queue = [];
      this.flushing = appendFile(this.pathOf(this.generation), lines, "utf8");
      try {
        await this.flushing;
      } finally {
        this.flushing = undefined;
      }
    })();
    return this.waiting;
  }

  /** Waits for every append queued or in flight. */
  async settle(): Promise<void> {
    while (this.waiting || this.flushing) await (this.waiting ?? this.flushing)?.catch(() => undefined);
  }

  /** Starts a new generation before a snapshot; returns the generations the snapshot will make obsolete. */
  async rotate(): Promise<number[]> {
    this.obsolete.push(this.generation);
    this.generation += 1;
    // Appends from here on go to the new file; wait for any still being written to the old one.
    await this.settle();
    return [...this.obsolete];
  }

  /** Deletes journals whose every entry is in the data file now. */
  async discard(generations: number[]): Promise<void> {
    for (const g of generations) await rm(this.pathOf(g), { force: true });
    this.obsolete = this.obsolete.filter((g) => !generations.includes(g));
  }
}
