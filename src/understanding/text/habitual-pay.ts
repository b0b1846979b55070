/**
 * "what do they usually make", "what do IT people typically earn", "how much does a dba normally get paid":
 * an adverb of what is usual, right before a verb of pay, says what pay questions all ask (the usual
 * figure, the median) and nothing more. Dropped there, so the question reads as "what do they make" does;
 * kept, it swayed the intent to a role's duties ("make" as what the work makes) or its soft skills.
 */
const habitualBeforePay =
  /\b(?:usually|typically|normally|generally|commonly|realistically)\s+(?=(?:make|makes|earn|earns|get paid|gets paid|take home|takes home|bring in|brings in)\b)/gi;

/** The question without an adverb of what is usual before a verb of pay. */
export const spellHabitualPay = (text: string): string => text.replace(habitualBeforePay, "");
