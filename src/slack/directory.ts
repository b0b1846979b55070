import type { Logger } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { ChannelDirectory } from "../digest/commands.js";

/** Answers the digest's questions about users and channels from the Web API; unknown on any error. */
export function slackDirectory(client: WebClient, logger: Logger): ChannelDirectory {
  return {
    async userTimezone(userId) {
      try {
        const res = await client.users.info({ user: userId });
        return res.user?.tz ?? undefined;
      } catch (error) {
        logger.warn(`users.info failed for ${userId}: ${(error as Error).message}`);
        return undefined;
      }
    },
    async isMember(channelId) {
      if (channelId.startsWith("D")) return undefined;
      try {
        const res = await client.conversations.info({ channel: channelId });
        return res.channel?.is_member ?? undefined;
      } catch (error) {
        const code = (error as { data?: { error?: string } }).data?.error;
        if (code === "channel_not_found") return false;
        logger.warn(`conversations.info failed for ${channelId}: ${code ?? (error as Error).message}`);
        return undefined;
      }
    },
  };
}
