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

/** Mentions and broadcasts that open a message: "<@U0BOT> *frontend", "<!here> <@U123>, backend?". */
const openingMentions = /^\s*(?:<[@!][^>]*>[\s,:]*)+/;

/**
 * The message without the mentions it opens with. A mention of the bot inside a thread ("<@U0BOT> what
 * about sysadmin?", "<@U0BOT> *frontend", "<@U0BOT> > Median annual wage … — is that before tax?") asks
 * what the same words ask without it; the readings that look at how a message starts (a "*" fix, a quote, a
 * command's word, "what about …" after an occupation held) are made before the markup is dropped, so the
 * mention goes first.
 */
export const openingMentionsDropped = (text: string): string => text.replace(openingMentions, "");
