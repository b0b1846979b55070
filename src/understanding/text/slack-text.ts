/**
 * Slack's markup, read as the words a person sees: `<@U123>` mentions and `<!here>` broadcasts dropped,
 * `<#C123|general>` and `<https://…|label>` as their labels, bare links dropped, `:emoji:` codes dropped
 * and `*bold*`, `_italic_`, `~strike~` and backticks as plain text.
 */
export function stripSlackMarkup(text: string): string {
  return text
    .replace(/<[@!][^>]*>/g, " ")
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, "$1")
    .replace(/<[a-z]+:[^|>]*\|([^>]*)>/gi, "$1")
    .replace(/<[a-z]+:[^>]*>/gi, " ")
    .replace(/:[a-z0-9_+-]+:/g, " ")
    .replace(/[*_~`]+/g, " ");
}

/** Mentions and broadcasts, with the comma or colon after one: "<@U0BOT> *frontend", "<!here> <@U123>, backend?". */
const mentions = /<[@!][^>]*>[ \t]*[,:]?[ \t]*/g;

/**
 * The message without its mentions. A mention of the bot inside a thread ("<@U0BOT> what about sysadmin?",
 * "<@U0BOT> *frontend", "<@U0BOT> > Median annual wage … — is that before tax?") asks what the same words
 * ask without it; the readings that look at how a message starts (a "*" fix, a quote, a command's word,
 * "what about …" after an occupation held) are made before the rest of the markup is dropped, so the
 * mentions go first. The lines stay as they were, for a quote's ">" at the start of one.
 */
export const mentionsDropped = (text: string): string =>
  text
    .replace(mentions, " ")
    .replace(/[ \t]{2,}/g, " ")
    .replace(/^[ \t]+/gm, "");
