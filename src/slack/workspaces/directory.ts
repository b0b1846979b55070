import type { Logger } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { ChannelDirectory } from "../../digest/commands.js";

/**
 * Answers the digest's questions about users and channels from the Web API; unknown on any error. `token`
 * gives the workspace's token when the app is installed into many (else the client's own is used).
 */
export function slackDirectory(
  client: WebClient,
  logger: Logger,
  token: () => Promise<string | undefined> = async () => undefined,
): ChannelDirectory {
  const withToken = async () => {
    const t = await token().catch(() => undefined);
    return t ? { token: t } : {};
  };
  return {
    async userTimezone(userId) {
      try {
        const res = await client.users.info({ user: userId, ...(await withToken()) });
        return res.user?.tz ?? undefined;
      } catch (error) {
        logger.warn(`users.info failed for ${userId}: ${(error as Error).message}`);
        return undefined;
      }
    },
    async isMember(channelId) {
      if (channelId.startsWith("D")) return undefined;
      try {
        const res = await client.conversations.info({ channel: channelId, ...(await withToken()) });
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
