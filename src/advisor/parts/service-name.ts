/** The service as named in a sentence: "army" of "ex army" or "army vet", "military" of "ex-military". */
export const serviceName = (typed: string) =>
  typed
    .toLowerCase()
    .replace(/^ex[- ]?/, "")
    .replace(/\s+(?:vet|veteran)$/, "")
    .trim();
