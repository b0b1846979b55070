/** Verbs that report what someone said: "told me", "says", "recommended". */
export const reportingVerbs: ReadonlySet<string> = new Set(
  "told tells says said suggested suggests recommended recommends thinks reckons mentioned advised claims claimed swears asked asks wondered wonders".split(
    " ",
  ),
);
