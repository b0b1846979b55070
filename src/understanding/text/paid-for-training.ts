/**
 * "my company pays for some training", "work will pay for my certs": an employer paying for learning is a
 * benefit, no question of what a job pays. Said as "covers", so that the word of pay does not lead the
 * question to a pay ranking (otherwise: "warehouse picker here, my company pays for some training. is
 * aiming for IT support or network admin smarter" gave the two roles' pay, the job held dropped).
 */
const paidForLearning =
  /\b(?:pays?|paid|paying)\s+for\s+((?:(?:some|the|my|our|all|part of|a|an|your|any)\s+)*)(?=(?:training|trainings|courses?|certs?|certifications?|school|schooling|tuition|classes|degrees?|bootcamps?|education|studies)\b)/gi;

/** The learning an employer pays for said as covered: "pays for some training" → "covers some training". */
export function spellPaidForLearning(text: string): string {
  return text.replace(paidForLearning, (_all, between: string) => `covers ${between}`);
}
