import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";

/** What Bolt hands an action listener for one kind of block action. */
export type ActionArgs<A extends BlockAction["actions"][number]> = SlackActionMiddlewareArgs<BlockAction<A>> &
  AllMiddlewareArgs;
