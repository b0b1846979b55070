/**
 * "Looking that up…" under a thread while an answer is being worked out, where Slack offers it
 * (assistant.threads.setStatus). Shown only once the answer takes long enough for a person to notice, and
 * never left behind: Slack clears it when the app replies in the thread, and `finish` clears it itself when
 * no reply could be posted.
 */
export const lookingUp = "looking that up…";
/** Answers are nearly always ready well before this; a status that flashes for a few ms is noise. */
const statusDelayMs = 300;

export class WorkingStatus {
  private shown: Promise<unknown> | undefined;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly setStatus: (status: string) => Promise<unknown>,
    private readonly warn: (message: string) => void,
    delayMs = statusDelayMs,
  ) {
    this.timer = setTimeout(() => {
      this.shown = setStatus(lookingUp).catch((error: Error) =>
        warn(`setting the status failed: ${error.message}`),
      );
    }, delayMs);
  }

  /**
   * Before replying: no status is set from now on, and one being set has reached Slack (a status that
   * arrived after the reply would stay up).
   */
  async settle(): Promise<void> {
    clearTimeout(this.timer);
    await this.shown;
  }

  /** After replying, or failing to: a status that is up with no reply under it is cleared. */
  async finish(replied: boolean): Promise<void> {
    await this.settle();
    if (this.shown && !replied)
      await this.setStatus("").catch((error: Error) =>
        this.warn(`clearing the status failed: ${error.message}`),
      );
  }
}
