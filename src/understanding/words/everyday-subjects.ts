/*
 * Everyday things asked about: food and meals, the weather, sports, films and shows, music, where to live and
 * what rent costs, desk gear. A question of one
 * of them names no career subject even where a word of work stands beside it ("whats a good lunch for a
 * 10hr shift", "what should i eat before a night shift"): it is off topic, not a career question to guess at.
 */

/** Food and meals: "lunch", "snacks", "a recipe", "what should i eat". Not "will ai eat my job". */
const food =
  /\b(?:lunch(?:es)?|dinners?|breakfasts?|brunch|snacks?|snacking|meals?|recipes?|pizza|sandwich(?:es)?|cook(?:ing)? for|to cook|bake|baking|groceries)\b|\beat(?:ing)?\b(?! (?:my|our|your|their|the|into|up|away|jobs?)\b)/i;

/** The weather: "will it rain", "the forecast". */
const weather = /\b(?:weather|forecast|rain(?:ing|y)?|snow(?:ing|y)?|sunny|humid)\b/i;

/** Sports: leagues, "the game last night", "who won the match", a score. */
const sports =
  /\b(?:nba|nfl|mlb|nhl|super bowl|world cup|playoffs?|the (?:game|match) (?:last night|tonight|today|yesterday)|who won the (?:game|match)|the score of|what'?s the score)\b/i;

/** Films, shows and music to watch or listen to. */
const entertainment =
  /\b(?:movies?|films?|tv shows?|netflix|a show to watch|songs?|playlists?|music to listen)\b/i;

/**
 * Where to live and what a home costs: "best neighborhoods to live in seattle", "whats rent like in denver",
 * "an apartment near the office". Not "rent-seeking" or "renting out skills", and not a job's own pay.
 */
const housing =
  /\b(?:neighbou?rhoods?|(?:a|an|my|the) (?:apartment|flat|condo)|apartments|places? to live|where (?:should i|to) live|rents?(?! (?:out|a|an)\b)|renting (?:in|a|an)\b|housing (?:costs?|prices?|market))\b/i;

/**
 * Desk gear bought for work: "best mechanical keyboard", "desk chair", "headphones for an open office". Not
 * "monitoring", a duty of several roles.
 */
const deskGear =
  /\b(?:keyboards?|desk chairs?|office chairs?|standing desks?|headphones|headsets?|laptop stands?)\b/i;

/**
 * Whether a question asks where to live, what rent costs, or what gear to buy. A place beside it ("rent in
 * denver") and a word of work ("for on-call nights") lean the classifier to a career reading with some
 * confidence, so these are told apart by their words alone.
 */
export const homeOrGearAsked = (question: string): boolean =>
  housing.test(question) || deskGear.test(question);

/** Whether a question asks about an everyday thing of no career: a meal, the weather, sports, a film, rent, a keyboard. */
export const everydayAsked = (question: string): boolean =>
  [food, weather, sports, entertainment].some((words) => words.test(question)) || homeOrGearAsked(question);
