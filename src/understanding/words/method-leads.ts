/**
 * Words before a field's short name that make it a kind of method used, no job: "mostly classic ml +
 * xgboost", "classical ml", "traditional ai" (otherwise: a data scientist's way of working was read as a
 * third job, the Machine Learning Engineer, and the move to the principal applied scientist was lost).
 */
export const methodLeads: ReadonlySet<string> = new Set([
  "classic",
  "classical",
  "traditional",
  "conventional",
  "mostly",
]);
