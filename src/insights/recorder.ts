import type { Answer } from "../advisor/answers.js";
import { askerOf, type InsightRecord, insightOf, tickRecord } from "./record.js";

/** Where records are counted: the Store's method, named by its shape so that insights/ does not import store/. */
interface InsightSink {
  recordInsight(record: InsightRecord, team?: string): Promise<void>;
}

/**
 * Records what people ask, anonymously, as answers go out. Never in the way of an answer: a record that
 * cannot be written costs a log line. Off (`INSIGHTS=off`), it records nothing.
 */
export class InsightRecorder {
  constructor(
    private readonly store: InsightSink,
    /** The app's own secret, so that the asker's stand-in cannot be recomputed from a user id alone. */
    private readonly secret: string,
    private readonly clock: () => Date,
    private readonly enabled: boolean,
    private readonly warn: (message: string) => void,
  ) {}

  answered(answer: Answer, typed: string, who: { userId: string; teamId?: string | undefined }): void {
    // Settings and confirmations say nothing about what people want to know.
    if (!this.enabled || answer.kind === "prefs" || answer.kind === "notice" || answer.kind === "digest")
      return;
    // Two questions in one message are two things people want to know, each counted as if asked alone.
    for (const part of answer.kind === "both" ? answer.parts : [answer]) {
      const record = insightOf(part, typed, askerOf(this.secret, who.teamId, who.userId), this.clock());
      this.store
        .recordInsight(record, who.teamId)
        .catch((error: Error) => this.warn(`insight not recorded: ${error.message}`));
    }
  }

  ticked(skills: string[], who: { userId: string; teamId?: string | undefined }): void {
    if (!this.enabled || skills.length === 0) return;
    const record = tickRecord(skills, askerOf(this.secret, who.teamId, who.userId), this.clock());
    this.store
      .recordInsight(record, who.teamId)
      .catch((error: Error) => this.warn(`insight not recorded: ${error.message}`));
  }
}
