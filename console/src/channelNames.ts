import { useMemo } from 'react';
import { useQuery } from 'urql';
import { CHANNEL } from './labels';
import { CHANNELS, type ChannelInfo } from './queries/channelAdmin';

/**
 * The registered channels and their Chinese names: the console's own label where it has one, else the
 * descriptor's (a channel added as a plugin, such as 客户端推送, is named without a console change).
 */
export function useChannels(): { channels: ChannelInfo[]; nameOf: (kind: string) => string } {
  const [{ data }] = useQuery({ query: CHANNELS });
  return useMemo(() => {
    const channels = data?.channels ?? [];
    const names = new Map(channels.map((c) => [c.kind, CHANNEL[c.kind] ?? c.label]));
    return { channels, nameOf: (kind: string) => names.get(kind) ?? CHANNEL[kind] ?? '其他渠道' };
  }, [data]);
}
