/**
 * Chat's shorthand spelt out: "compare w/ sre" is "compare with sre", "IT w/o a degree" is "IT without a
 * degree", "wat skills" is "what skills", "tell me abt" is "tell me about", "swe @ google" is "swe at google", "sal of dba" is "salary of
 * dba", "information technology" is "IT", "how much exp needed" is "how much experience needed", "💰?" is
 * "pay?" and "📈?" is "outlook?". Read before anything splits on "/", which would leave a role called "w".
 * (Words of three letters are too short for the classifier's one-edit correction.)
 */
export function spellShorthand(text: string): string {
  return (
    chatWordsSpelt(text)
      .replace(/(?<![\p{L}\p{N}/.:])w\/o(?![\p{L}\p{N}])/giu, "without")
      .replace(/(?<![\p{L}\p{N}/.:])w\/(?=\s|\p{L}|$)/giu, "with ")
      // "how does it compare w the first", "sre vs devops w 5 yrs": "w" alone between words is "with" too.
      .replace(loneW, "with")
      .replace(/\babt\b/gi, "about")
      // "principal applied scientist gen ai comp": "gen ai" is generative AI, as the role's names spell it
      // ("applied scientist generative ai"). Left as two words, "ai" alone was read as the field's role in a
      // question of pay, and one role's pay became a comparison with Machine Learning Engineer (r78).
      .replace(/\bgen[\s-]+ai\b/gi, "generative ai")
      // "Senior Data Analyst @ Acme Corp", "swe @google": "@" before a name is "at" (an address's "a@b.com"
      // has a letter before it; Slack's mentions are dropped before this).
      .replace(/(?<![\p{L}\p{N}_.+-])@\s*(?=\p{L})/gu, "at ")
      // "hs teacher 8 yrs", "hs diploma": high school, before what a school has (else the teacher is lost).
      .replace(highSchoolInitials, "high school")
      .replace(/\bsal\b/gi, "salary")
      // "and senior lvl pay", "what are the swe lvls": chat's "lvl" is a level (it was read as a title of its
      // own: "I don't cover lvls yet"). "lvl 2" stays as typed, for the support tiers to read.
      .replace(/\blvl(s?)\b(?![\s-]?[1-3]\b)/gi, "level$1")
      // "that one w the higher pay, what skills do i need": a pick by pay, said as "the higher paid one" is
      // (otherwise "pay" made it a pay question of its own, and the skills went unanswered).
      .replace(oneWithPay, "the $1 paid one")
      // "what does atlassian pay em's": the apostrophe's plural of engineering managers' initials, never the
      // "em" of "pay em" (them), which was read as no role.
      .replace(/\bem['’]s\b/gi, "ems")
      // "ds vs da salary", "compare ds and da", "da or data scientist": set against a data role, "da" is the
      // data analyst, as "ds" is the data scientist and "de" the data engineer. Alone it stays O*NET's title
      // of Dental Assistants ("da salary") unless it stands as a job held or moved between (`daAsJob`, below); it
      // was read so, or as no role, beside "ds" too (r79).
      .replace(analystBesideDataRole, "data analyst")
      // "da here, go ds or stay da", "im a da": a data analyst by initials, as "ds" is a data scientist,
      // where it stands as a job held or moved between (see `daAsJob`; otherwise the start of the move was
      // lost and only how to become the other role answered).
      .replace(daAsJob, "data analyst")
      // "mech engineer here", "mech eng wanting to switch to swe": a mechanical engineer (else: asked which
      // engineer the move is from, or read as a role by the word "engineer").
      // "embedded sw engineer", "sw dev": software by its usual short form, before a word of the job (else
      // the title was no role: "I don't cover embedded sw engineers").
      .replace(/\bsw(?=\s+(?:engineers?|engineering|eng|devs?|developers?|development)\b)/gi, "software")
      .replace(/\bmech\s+eng\b/gi, "mechanical engineer")
      .replace(/\bmech(?=\s+(?:engineers?|engineering)\b)/gi, "mechanical")
      // "does the math work out" weighs money, no subject of mathematics (else: a role's math skills).
      .replace(moneyIdiom, "is it worth it money wise")
      // "helpdesk into cybersec", "netsec engineer": the security fields clipped, as their names spell them
      // ("cybersecurity", "network security"); clipped, "cybersec" was no role and the move's end was lost (r90).
      .replace(/\bcyber[\s-]?sec\b/gi, "cybersecurity")
      .replace(/\bnet[\s-]?sec\b/gi, "network security")
      // "it sec analyst sal nyc", "info sec engineer", "app sec": security clipped after the field it secures,
      // before a word of the job or alone at the end ("sec analyst" alone stays a title O*NET also lists in
      // finance, of the SEC). "IT sec" in capitals is the same field.
      .replace(
        /\b(it|info|app|application|cloud) sec(?=\s+(?:analysts?|engineers?|specialists?|eng|jobs?|roles?|team|ops)\b|\s*[?!.,]*$)/gi,
        "$1 security",
      )
      // The field spelt out is the field: "computer science or information technology degree" is "CS or IT".
      .replace(/\binformation technology\b/gi, "IT")
      // "does cs pay better than it": computer science weighed against IT on pay is the work it leads to,
      // software engineering, against the field (read alone, "cs" was no role, and the IT roles were ranked).
      .replace(
        csPaidAgainstIt,
        (_all, verb: string, more: string) => `software engineering ${verb} ${more} than IT`,
      )
      .replace(
        itPaidAgainstCs,
        (_all, verb: string, more: string) => `IT ${verb} ${more} than software engineering`,
      )
      // "fe dev", "be dev": the front end and the back end by their initials. "be" is also the verb ("want to
      // be dev", "can be developer"), so after a modal or "to" it stays the verb.
      .replace(/\bfe(?=\s+(?:devs?|developers?|engineers?|eng)\b)/gi, "front-end")
      .replace(backEndBe, "back-end")
      // "fe -> pm switch", "be → ml?", "from fe to data": the initials alone where a job held or moved from
      // stands (see `endAsJob`); read as no role, the move's start was lost and only the way into the other
      // answered. Elsewhere "fe" stays iron's symbol ("fe levels") and "be" the verb.
      .replace(endAsJob, (initials) => (initials.toLowerCase() === "fe" ? "front-end" : "back-end"))
      // Emoji as the topic: "💰?" after a question about a role asks its pay, "📈?" its outlook.
      .replace(/(?:💰|💵|💸|🤑)/gu, " pay ")
      .replace(/📈/gu, " outlook ")
      .replace(expAsExperience, "experience")
      // "ml pay p50 vs p90?", "whats the p10 for a swe": a point of pay's spread, by its percentile (p50 is the
      // median). Read as typed, "p90" was a title no role has. Not "p99 latency", a service's response times.
      .replace(payPercentile, (_all, point: string) => (point === "50" ? "median" : `${point}th percentile`))
      // "expected ctc for data scientist": in Indian English a job's CTC (cost to company) is its whole
      // yearly pay, base and the rest, which is what total compensation is.
      .replace(/\bctc\b/gi, "total compensation")
      // "what is data analyst package in US", "which is having more package": in Indian English a job's
      // "package" alone is its yearly pay (else read as a word to define, or the role's duties). Said of
      // what it holds ("comp package", "equity package") or of software ("python package") it stays.
      .replace(packageAsPay, "salary")
      // "exp salary", "expected total compensation": the pay expected is the pay asked, so "exp" or
      // "expected" before a word of pay says nothing more (nor is it a word to search the roles' text for).
      .replace(expectedBeforePay, "")
      // "sde 2", "sde-ii", "sde1": a rung of the software development engineer's ladder (SDE I, II, III at
      // Amazon and Microsoft), the entry, mid and senior levels of a software engineer; never a software
      // data engineer, whose "sde" has no rungs. The rung is kept as its employers write it ("sde ii"), for
      // the answer to say how it was read.
      .replace(sdeRung, (_all, digit: string | undefined, numeral: string | undefined) => {
        const [level, rungName] = sdeLevels[(digit ?? numeral ?? "").toLowerCase()] ?? [];
        return `${level} sde ${rungName} software engineer`;
      })
      // "swe2 here", "stay swe ii", "swe-3": a rung of a software engineer's ladder (Software Engineer I, II,
      // III), its entry, mid or senior level. Unread, "swe2" was no role: the job held was lost and a move
      // from it answered as how to become the other role, or asked which role to compare with.
      .replace(sweRung, (_all, digit: string | undefined, numeral: string | undefined) => {
        const [level] = sdeLevels[(digit ?? numeral ?? "").toLowerCase()] ?? [];
        return `${level} software engineer`;
      })
      // "what does an amazon SDE make", "sde at microsoft": where an employer that titles its software
      // engineers Software Development Engineer is named, a bare "sde" is that title, never a software
      // data engineer.
      .replace(bareSde, (sde, plural: string) =>
        sdeAtItsEmployers.test(text) ? `software engineer${plural}` : sde,
      )
      // "how much do data analyst collect per annum": in Nigerian and Ghanaian English a wage is collected.
      // Asked of by "how much" with nothing collected after it, "collect" is "earn" ("how much data do they
      // collect" names what is collected).
      .replace(collectedAfterHowMuch, "$1earn")
      .replace(/\bcollects?(?= how much\b)/gi, "earn")
  );
}

/** Computer science, however clipped: "cs", "comp sci", "computer science". */
const computerScience = "(?:cs|comp ?sci|computer science)";
/** A pay verb and a word of more or less: "pay better", "earns more". */
const paidMore = String.raw`(pays?|paid|earns?|makes?)\s+(more|better|less|worse)`;
/** "does cs pay better than it": computer science set against IT on pay. */
const csPaidAgainstIt = new RegExp(String.raw`\b${computerScience}\s+${paidMore}\s+than\s+it\b`, "gi");
/** "does it pay more than cs": IT set against computer science on pay. */
const itPaidAgainstCs = new RegExp(String.raw`\bit\s+${paidMore}\s+than\s+${computerScience}\b`, "gi");

/**
 * Employers whose software engineers' title is Software Development Engineer (SDE I, II, III: see
 * knowledge/company-levels.yaml), by the names people type for them.
 */
const sdeAtItsEmployers = /\b(?:amazon|aws|amzn|microsoft|msft)\b/i;

/** "sde" or "sdes" with no rung after it (a rung is read above, as a level and the software engineer). */
const bareSde = /\bsde(s?)\b(?![\s-]*(?:i{1,3}|[123])\b)/gi;

/** "does the math work out", "do the numbers add up", "would the maths make sense": is it worth it, in money. */
const moneyIdiom =
  /\b(?:does|do|would|will|did) the (?:math|maths|numbers) (?:work(?: out)?|add up|make sense|check out)\b/gi;

/** A data role as people shorten or name it: "ds", "de", "dse", "data scientist", "data eng", "data engineers". */
const dataRole = String.raw`(?:ds|de|dse|data\s+(?:scien\w*|eng\w*|architects?))`;
/** The words that set two roles against each other in a list or a comparison: "vs", "or", "and", "/", "than". */
const setAgainst = String.raw`(?:\s+(?:vs\.?|versus|or|and|than|compared\s+to)\s+|\s*[/&]\s*)`;
/** "da" right after or right before a data role and a word that sets the two against each other. */
const analystBesideDataRole = new RegExp(
  String.raw`(?<=\b${dataRole}${setAgainst})da\b|\bda(?=${setAgainst}${dataRole}\b)`,
  "gi",
);

/**
 * "da" where it stands as a job held or moved from: after words of holding or leaving it ("im a da", "as a
 * da", "stay da", "from da to de") or before words of being or moving on ("da here", "da to ds", "da -> de",
 * "da role"). Beside a data role, "ds or da" is read above. Elsewhere it is O*NET's Dental Assistants ("what
 * does a da make", "dental hygienist or da") or no job at all ("da vinci", chat's "da best").
 */
const daAsJob =
  /(?<=\b(?:(?:im|am|as|being|currently|fellow)\s+(?:an?\s+)?|(?:stay|staying|from)\s+))da\b|\bda(?=\s+(?:here|to|into|role|roles|job|jobs|position)\b|\s*(?:->|→|2\b))/gi;

/** "hs" before a teacher, a student, a diploma or a school subject: high school's initials. */
const highSchoolInitials =
  /\bhs(?=\s+(?:teachers?|students?|diploma|grads?|graduates?|seniors?|juniors?|math|maths|english|science|history|chemistry|physics|biology|counselors?|principal)\b)/gi;
/** "w" standing alone between two words, not a letter of a code or name ("w-2", "w.", "w2"). */
const loneW = /(?<=[\p{L}\p{N}?,]\s+)w(?=\s+[\p{L}\p{N}])/giu;

/** "p10", "p25", "p50", "p75", "p90": a percentile of pay, unless a service's times follow ("p90 latency"). */
const payPercentile = /\bp(10|25|50|75|90)\b(?!\s*(?:latency|latencies|response|ms|requests?)\b)/gi;

/**
 * "package" alone, not said of what the package holds ("comp", "equity", "benefits", "relocation"), of its
 * size in a whole ("total", "whole", "full") or of software ("python package", "package manager", "publish a
 * package", "what package should i use").
 */
const packageAsPay =
  /(?<!\b(?:comp|compensation|pay|salary|total|whole|full|overall|equity|stock|bonus|benefits?|relocation|severance|retirement|care|welcome|joining|python|r|npm|pip|software|debian|install|installing|installed|nuget|go|rust|node)\s+)\bpackage\b(?!\s+(?:managers?|management|json|lock|installs?|files?|names?|versions?|deals?|holidays?|tours?|delivery))(?<!\b(?:publish|publishing|published|write|writing|wrote|build|building|built|maintain|maintaining|import|importing|use|using|add|adding|create|creating)\s+(?:(?:a|an|the|my|our|your|this|that|first|new|own)\s+)*package)(?!\s+(?:\S+\s+){0,2}(?:use|install|import|pick|choose|add|try)\b)/gi;

/** Words of pay that "exp" or "expected" may stand before: "exp salary", "expected comp". */
const payWords = "salary|pay|package|comp|compensation";

/**
 * "exp" for "experience" where it stands alone: not after a count of years ("2 yrs exp" is read with its
 * count as it stands, and echoed as typed), not joined by "." or "/" to more, and not before a word of pay
 * ("exp salary", "exp ctc"), where it is "expected" and asks the pay itself.
 */
const expAsExperience = new RegExp(
  String.raw`(?<!\b(?:years?|yrs?|yoe)\s*)\bexp\b(?![./]|\s+(?:${payWords}|ctc)\b)`,
  "gi",
);

/** "exp" or "expected" before pay ("ctc" is spelt out as total compensation by then). */
const expectedBeforePay = new RegExp(
  String.raw`\b(?:exp|expected)\s+(?=(?:${payWords}|total compensation)\b)`,
  "gi",
);

/**
 * A rung after "sde": a number (said of the people at it too: "sde 1s", "sde2's") or "ii"/"iii", unless
 * years follow ("sde 2 yrs experience"), or "i" where the pronoun cannot be meant: at the end, before
 * punctuation, or before a word of pay, of comparing or of place ("sde i vs sde ii", "sde i salary"), not
 * "as an sde i make 150k".
 */
const sdeRung =
  /\bsde[\s-]?(?:([123])(?:'?s)?|(iii|ii|i(?=\s*(?:$|[?,.!;:)]|(?:vs|v|or|and|to|in|at|pay|salary|salaries|comp|tc|ctc|level)\b))))(?![a-z])(?!\s*(?:yrs?|years?|yoe)\b)/gi;
/**
 * A rung after "swe": a number joined to it ("swe2", "swe-3") or "ii"/"iii". "swe 2" spaced apart is left
 * as typed: chat's "2" is also "to" ("swe 2 sre").
 */
const sweRung = /\bswe(?:-?([123])|[\s-](iii|ii))(?:['’]?s)?\b(?!\s*(?:yrs?|years?|yoe)\b)/gi;
const sdeLevels: Record<string, [string, string]> = {
  "1": ["entry level", "i"],
  i: ["entry level", "i"],
  "2": ["mid level", "ii"],
  ii: ["mid level", "ii"],
  "3": ["senior", "iii"],
  iii: ["senior", "iii"],
};

/**
 * "be" before a developer's name where only a job's name can stand: at the message's or a clause's start
 * ("be dev?", "ok, be dev salary"), after an article, a level or a word that joins two jobs ("a be dev",
 * "senior be engineer", "fe vs be developer", "job as be dev"). Anywhere else it is the verb: "should i be
 * dev", "will there still be developers", "i'd rather be engineer".
 */
const backEndBe =
  /(?<=(?:^|[,;:/(.!?]|\b(?:a|an|the|senior|junior|sr|jr|lead|mid|or|vs|versus|and|as|for|of))\s*)\bbe(?=\s+(?:devs?|developers?|engineers?|eng)\b)/gi;

/**
 * "fe" or "be" as a job moved from: before an arrow ("fe -> pm"; "be→ml" only where a job's name can stand,
 * as in `backEndBe`: "i want to be -> ml" keeps the verb) or after "from" ("from fe to data"); "fe" also
 * after words of holding or staying ("im a fe", "stay fe") or before "here" ("fe here").
 */
const endAsJob =
  /\bfe(?=\s*(?:->|→|=>))|(?<=(?:^|[,;:/(.!?]|\b(?:a|an|the|senior|junior|sr|jr|lead|mid|or|vs|versus|and|as|for|of))\s*)\bbe(?=\s*(?:->|→|=>))|(?<=\bfrom\s+)(?:fe|be)\b(?=\s+(?:to|into)\b)|(?<=\b(?:(?:im|am|as|being)\s+an?\s+|(?:stay|staying)\s+))fe\b|\bfe(?=\s+here\b)/gi;

/**
 * "how much do X collect", "how much will i collect a month": "how much" asked of the one who collects
 * (not "how much data do they collect"), and nothing collected after it.
 */
const collectedAfterHowMuch =
  /(\bhow much (?:do|does|did|will|would|can|could|i|you|he|she|we|they)\b[^?.!]*?\s)collects?\b(?=\s*(?:$|[?.!,]|per\b|a (?:year|month)\b|monthly|yearly|annually|in\b|at\b|there\b))/gi;

/**
 * Chat's short words for everyday ones, spelt out so that the words around a job's name read as they do
 * typed in full: "r it helpdesk techs in demand" asks "are", "what positions r in ur knowledge base" asks
 * "are" and "your", "ppl skills" are people skills; so "hw much", "cn i", "idk which", "bc i want", "worth
 * it tho", "hiring rn". Each is spelt out only where it cannot be something else: R the language ("learn
 * r", "r or python"), "rn" a registered nurse ("rn salary"), "bc" the province ("in BC"), "hw" homework.
 * ("thx", "ty" stay as typed: the greetings read them.)
 */
function chatWordsSpelt(text: string): string {
  return (
    text
      // "k the first one in sf", "kk and devops?": chat's "ok" opening a reply, as "ok the first one" reads.
      .replace(okAsK, "ok")
      .replace(rAsAre, (r) => (r === "R" ? "Are" : "are"))
      // "can u", "u know": "u" alone, not a letter of a code or name ("u.s.", "u-haul", "u/someone").
      .replace(/(?<![\p{L}\p{N}.\-/'’])u(?![\p{L}\p{N}.\-/'’])/gu, "you")
      // "ur knowledge base", "ur roles": "your"; before a word that says what one is ("ur the best", "ur
      // not listed"), "you are".
      .replace(
        /\bur(?=\s+(?:a|an|the|not|so|very|too|really|right|sure|welcome|being|going|gonna|able)\b)/g,
        "you are",
      )
      .replace(/\bur\b/g, "your")
      .replace(/\bppl\b/gi, "people")
      // "i handle av & classroom tech": "&" alone between words is "and" (the words read drop marks, and
      // the job held was lost with it); "r&d", "at&t" keep theirs.
      .replace(/(?<=[\p{L}\p{N}])\s+&\s+(?=[\p{L}\p{N}])/gu, " and ")
      // "their devs / implementation folks": a slash spaced apart before people named by their work is "or",
      // as "&" is "and" (dropped with the marks, the two ran together into one unknown title); "ci/cd" keeps
      // its own, and "tech support / IT jobs" two names of one thing.
      .replace(/(?<=\p{L})\s+\/\s+(?=[\p{L} ]{1,30}\b(?:folks|people|ppl|guys|staff)\b)/gu, " or ")
      .replace(/\btho\b/g, "though")
      // "is backend better payed", "underpayed": the common misspelling of "paid", one letter from the word
      // but not its form, so no one-edit correction reads it.
      .replace(/\b(under|over|well|better|best|low|high|lowest|highest)?payed\b/gi, "$1paid")
      .replace(rnAsRightNow, "right now")
      .replace(/\brly\b/gi, "really")
      .replace(/\bprolly\b/gi, "probably")
      .replace(/\bidk\b/gi, "i don't know")
      .replace(/\b(?:smth|sth)\b/gi, "something")
      .replace(/\bb4\b/gi, "before")
      // "bc i want to", "b/c it pays": "because"; "in BC", "from bc" is British Columbia.
      .replace(/(?<!\b(?:in|from|to|near|at)\s+)\b(?:bc|b\/c|bcoz|bcuz|cuz|coz)\b/gi, "because")
      // "hw much", "hw do i": "how" before what "how" asks; "hw" alone is homework.
      .replace(/\bhw(?=\s+(?:much|many|long|do|does|did|is|are|can|to|hard|easy|about|come)\b)/gi, "how")
      // "cn i", "cn u": "can" before the one who can ("u" is "you" by then).
      .replace(/\bcn(?=\s+(?:i|you|we|they|someone|one|he|she|my)\b)/gi, "can")
      .replace(/\b(?:wat|wut|wht|whta)\b/gi, "what")
      .replace(/\b(?:shud|shld)\b/gi, "should")
      .replace(/\bwud\b/gi, "would")
      // "ok whichone pays most": two words run together, which no one-edit correction parts.
      .replace(/\bwhich(ones?)\b/gi, "which $1")
  );
}

/**
 * "k" or "kk" opening a message, alone or before a word ("k the first one", "kk, and devops?"): chat's "ok".
 * Not a letter joined to more ("k-12", "k8s") nor one before a number ("k 12").
 */
const okAsK = /^\s*kk?(?=\s*[,.!]?\s+\p{L}|\s*[,.!]*\s*$)/iu;

/**
 * "rn" for "right now" closes what is said ("what pays best rn", "hiring rn?", "im a nurse rn but"); anywhere
 * else it is a registered nurse ("rn salary in texas", "rn of 6 years", "as an rn"), as it is alone. So is
 * what someone goes back to school for ("is it worth going back for rn?", "going to school for rn";
 * otherwise the RN is read as "right now" and dropped).
 */
const rnAsRightNow =
  /(?<=\S\s+)(?<!\b(?:a|an|the|as|am|im|my|from|to|vs|or|and|(?:back|school|college|going|go|study|studying|apply|applying) for)\s+)\brn\b(?=\s*(?:$|[,.!?;)]|(?:and|but|so|though|lol|haha)\b))/g;

/**
 * "r" for "are": "r it techs in demand", "which industries r adopting ml", "what r the skills", "how r
 * salaries". R the language is "r" beside a word of learning or using it, set beside another language or
 * with "and", "or", a comma, asked about ("is r worth it", "jobs for r"), or closing the question ("do
 * analysts use r?"): "learn r", "in r", "r or python", "python, r and sql", "r programming". A capital "R"
 * is the language too, except opening a question before a pronoun ("R u hiring").
 */
const rAsAre =
  /(?<!\b(?:learn|learning|learnt|learned|know|knowing|use|using|used|in|with|and|or|vs|python|sql|like|both|also|then|code|coding|is|isnt|was|does|about|of|for|than|to|at|on)\s+|[,/&+(]\s*)(?:\br\b|^R\b(?=\s+(?:u|you|they|there|these|those|it|we)\b))(?!\s*(?:[,/&+]|or\b|and\b|vs\b|programming\b|language\b|studio\b|code\b|scripts?\b|packages?\b|libraries\b|python\b|sql\b|[?.!]*\s*$))/g;

/** "that one w the higher pay", "the one with the lower salary": one of the thread's roles picked by pay. */
const oneWithPay =
  /\b(?:that|the) one (?:w|with) (?:the )?(higher|highest|better|best|lower|lowest|worse) (?:pay|salary|wage|comp)\b/gi;
