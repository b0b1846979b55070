/**
 * "i teach kids coding on weekends", "i tutor as a hobby", "i volunteer as a teacher", "i coach part time on
 * the side": something done beside a living, not the job held. Said of a job, such words keep it from
 * being read as where a move starts (a weekend coding class is no teaching career to move from).
 */
const sideActivityWords =
  /\b(?:on|at|over|during) (?:the )?weekends?\b|\bweekends\b|\b(?:as|for) (?:an? )?(?:hobby|side (?:hustle|gig|thing|job)|volunteer)\b|\bvolunteer(?:s|ed|ing)?\b|\bon the side\b|\bside (?:hustle|gig)\b|\bfor fun\b|\bin (?:my|our) (?:spare|free|own) time\b|\b(?:in the|on|most|some|weekday) evenings\b|\bafter (?:work|hours|my day job)\b|\bunpaid\b/i;

/** Whether words say an activity is done beside a living ("on weekends", "as a hobby", "volunteer"). */
export const saysSideActivity = (words: string): boolean => sideActivityWords.test(words);
