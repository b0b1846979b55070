import type { KnownBlock } from "@slack/types";
import type { Answer } from "../../../advisor/answers.js";
import { firstTableOnly } from "../comparison-table.js";
import { checklistBlocks } from "./checklist.js";
import { compareBlocks, gapBlocks, payCompareBlocks } from "./comparison.js";
import { digestBlocks } from "./daily-digest.js";
import { occupationBlocks, rankingBlocks, trendsBlocks } from "./market.js";
import {
  clarifyBlocks,
  helpBlocks,
  noticeBlocks,
  outOfScopeBlocks,
  prefsBlocks,
  roleProblemBlocks,
  rolesBlocks,
  usageBlocks,
} from "./notices.js";
import { payWeighedBlocks, salaryBlocks } from "./pay.js";
import { questionBlocks } from "./question.js";
import { pathBlocks, roleBlocks } from "./role.js";

/** The blocks of an answer's body, by its kind (its buttons and charts are added by renderMessage). */
export function answerBlocks(a: Answer): KnownBlock[] {
  switch (a.kind) {
    case "both":
      // Each answer in turn, a line between them.
      return firstTableOnly(
        a.parts.flatMap((part, i) => [
          ...(i > 0 ? [{ type: "divider" } as const] : []),
          ...answerBlocks(part),
        ]),
      );
    case "help":
      return helpBlocks(a);
    case "roles":
      return rolesBlocks(a);
    case "role":
      return roleBlocks(a);
    case "compare":
      return compareBlocks(a);
    case "salary":
      return salaryBlocks(a);
    case "checklist":
      return checklistBlocks(a);
    case "path":
      return pathBlocks(a);
    case "gap":
      return gapBlocks(a);
    case "trends":
      return trendsBlocks(a);
    case "answer":
      return questionBlocks(a);
    case "pay-compare":
      return payCompareBlocks(a);
    case "pay-weighed":
      return payWeighedBlocks(a);
    case "out-of-scope":
      return outOfScopeBlocks(a);
    case "occupation":
      return occupationBlocks(a);
    case "ranking":
      return rankingBlocks(a);
    case "clarify":
      return clarifyBlocks(a);
    case "role-problem":
      return roleProblemBlocks(a);
    case "usage":
      return usageBlocks(a);
    case "notice":
      return noticeBlocks(a);
    case "prefs":
      return prefsBlocks(a);
    case "digest":
      return digestBlocks(a);
  }
}
