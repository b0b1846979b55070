/**
 * "i teach kids coding on weekends", "i tutor as a hobby", "i volunteer as a teacher", "i coach part time on
 * the side": something done beside a living, not the job held. Said of a job, such words keep it from
 * being read as where a move starts (a weekend coding class is no teaching career to move from). A bare
 * "weekends" before a workplace of its own ("nurse 12 yrs, weekends at the store for extra $") names a
 * second job worked at weekends, not the first one's (the words come without their commas: r75 #19).
 */
const sideActivityWords =
  /\b(?:on|at|over|during) (?:the )?weekends?\b|\bweekends\b(?! (?:at|in) (?:the|a|an|my|our)\b)|\b(?:as|for) (?:an? )?(?:hobby|side (?:hustle|gig|thing|job)|volunteer)\b|\bvolunteer(?:s|ed|ing)?\b|\bon the side\b|\bside (?:hustle|gig)\b|\bfor fun\b|\bin (?:my|our) (?:spare|free|own) time\b|\b(?:in the|on|most|some|weekday) evenings\b|\bafter (?:work|hours|my day job)\b|\bunpaid\b/i;

/**
 * The clause a job is said in, from the words that follow it: up to a stop, or to "and"/"but" joining a
 * second activity ("i teach high school math and tutor on weekends": the weekends are the tutoring's).
 */
const clauseOf = (words: string): string => words.split(/[,.;:!?()]|\b(?:and|but|while|plus)\b/i)[0] ?? "";

/**
 * Whether the words after a job say it is done beside a living ("on weekends", "as a hobby", "volunteer"),
 * in the clause the job is said in.
 */
export const saysSideActivity = (wordsAfter: string): boolean => sideActivityWords.test(clauseOf(wordsAfter));
