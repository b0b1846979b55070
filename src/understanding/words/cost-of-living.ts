/**
 * A band of the cost of living, as people weigh pay by it: "HCOL", "vhcol", "MCOL", "lcol", "a high cost of
 * living area", "low col city". Said of a job, it is said of what the job pays there.
 */
export const costOfLivingBand =
  /\b(?:v?hcol|mcol|lcol|(?:very high|high|medium|low) (?:cost of living|col))\b/i;
