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
