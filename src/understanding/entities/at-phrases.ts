/*
 * What follows "at" where no employer stands: read by every frame that finds an employer after "at".
 */

/**
 * Words that after "at" make a phrase of their own, of a time, a degree, a stage or a place of no employer's:
 * "at night", "at least", "at home", "at all", "at scale". Alone they name no employer; a name may begin with
 * one ("at Best Buy", "at Home Depot", "at First Republic").
 */
export const phraseWords: ReadonlySet<string> = new Set(
  [
    "home night nights work school uni university college least most best worst first last all once times moment",
    "present random scale large length risk stake hand heart ease peace fault war sea odds par cost will play rest",
    "noon midnight dawn lunch dinner breakfast church graduation retirement hire signing minimum maximum max min",
    "full half free fun now same top bottom end start beginning remote hybrid onsite government gov public",
    "private big small bootcamp bootcamps tech entry senior junior mid staff principal lead intern interns vp",
    "director manager weekend weekends high low",
    // Gatherings: "fixing laptops at family dinners", "at thanksgiving he swore he makes more".
    "family dinners lunches parties party thanksgiving christmas easter holidays holiday wedding weddings reunion",
    "reunions gatherings brunch brunches cookout cookouts bbq barbecue potluck",
  ]
    .join(" ")
    .split(" "),
);
