import type { App } from "@slack/bolt";
import type { SlackContext } from "../deps.js";
import { type CommandArgs, careerCommand } from "./career.js";

/**
 * `/career` is taken by a global middleware rather than `app.command`: Bolt runs the matchers of every
 * listener on every request (a dozen listeners here cost a slash command about 90 µs of CPU, more than
 * answering it from the cache), while a middleware that answers `/career` and stops skips them all, the
 * way Bolt's own Assistant takes its events. It runs after the middleware registered before it (repeated
 * event ids, the rate limit); anything else goes on to the listeners.
 */
export function registerCommands(app: App, ctx: SlackContext): void {
  const career = careerCommand(ctx);
  app.use(async (args) => {
    if ((args as Partial<CommandArgs>).command?.command !== "/career") return args.next();
    await career(args as unknown as CommandArgs);
  });
}
