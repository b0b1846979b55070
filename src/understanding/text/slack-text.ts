/**
 * Mentions and broadcasts (`<@U123>`, `<@U123|name>`, `<!here>`, `<!subteam^S1|@team>`), with the comma or
 * colon after one: "<@U0BOT> *frontend", "<!here> <@U123>, backend?".
 */
const mentions = /<[@!][^>]*>[ \t]*[,:]?[ \t]*/g;

/**
 * The message without its mentions, the one step that drops them, before any other reads the message. A
 * mention of the bot inside a thread ("<@U0BOT> what about sysadmin?", "<@U0BOT> *frontend", "<@U0BOT> >
 * Median annual wage … — is that before tax?", "<@U0BOT> thanks!") asks or says what the same words say
 * without it, and the readings that look at how a message starts (a hello or thanks, a "*" fix, a quote, a
 * command's word, "what about …" after an occupation held) see where its words start. The lines stay as they
 * were, for a quote's ">" at the start of one. The app mention listener drops them with it too, before the
 * thread's text is stored: one pattern of mentions for the app.
 */
export const mentionsDropped = (text: string): string =>
  text
    .replace(mentions, " ")
    .replace(/[ \t]{2,}/g, " ")
    .replace(/^[ \t]+/gm, "");

/**
 * The rest of Slack's markup (after `mentionsDropped`), read as the words a person sees: `<#C123|general>`
 * and `<https://…|label>` as their labels, bare links dropped, `:emoji:` codes dropped and `*bold*`,
 * `_italic_`, `~strike~` and backticks as plain text.
 */
export function stripSlackMarkup(text: string): string {
  return text
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, "$1")
    .replace(/<[a-z]+:[^|>]*\|([^>]*)>/gi, "$1")
    .replace(/<[a-z]+:[^>]*>/gi, " ")
    .replace(/:[a-z0-9_+-]+:/g, " ")
    .replace(/[*_~`]+/g, " ");
}

/**
 * "found this <https://…|Senior Data Analyst @ Acme Corp> says 95-110k": a link's label is a unit of its
 * own, so where words follow it straight on, a comma ends it (as a person sees the link end), before
 * `stripSlackMarkup` leaves the label as plain words: "… @ Acme Corp, says 95-110k". Typed in lower case the
 * label's end is otherwise lost ("acme corp says").
 */
export const linkLabelsEnded = (text: string): string =>
  text.replace(/(<[a-z]+:[^|>]*\|[^>]*>)(?=\s+[\p{L}\p{N}])/giu, "$1,");
