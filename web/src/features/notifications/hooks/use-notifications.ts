import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationList } from '../api/notifications-api';
import { fetchNotifications, markAllNotificationsRead, markNotificationRead } from '../api/notifications-api';

const notificationsKey = ['notifications'] as const;

/** The unit's inbox: asked again every minute and whenever the window gets focus back. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: ({ signal }) => fetchNotifications(signal),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
    staleTime: 15_000,
  });
}

/** Marks one (or all) read at once in the cache, then asks the server for the truth. */
function useMarkRead<T>(
  mutationFn: (arg: T) => Promise<unknown>,
  apply: (list: NotificationList, arg: T) => NotificationList,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onMutate: async (arg: T) => {
      await client.cancelQueries({ queryKey: notificationsKey });
      const previous = client.getQueryData<NotificationList>(notificationsKey);
      if (previous) client.setQueryData(notificationsKey, apply(previous, arg));
      return { previous };
    },
    onError: (_error, _arg, context) => {
      if (context?.previous) client.setQueryData(notificationsKey, context.previous);
    },
    onSettled: () => client.invalidateQueries({ queryKey: notificationsKey }),
  });
}

export function useMarkNotificationRead() {
  return useMarkRead(markNotificationRead, (list, id: string) => {
    const wasUnread = list.items.some((n) => n.id === id && !n.read);
    return {
      items: list.items.map((n) => (n.id === id ? { ...n, read: true } : n)),
      unread: Math.max(0, list.unread - (wasUnread ? 1 : 0)),
    };
  });
}

export function useMarkAllNotificationsRead() {
  return useMarkRead(
    () => markAllNotificationsRead(),
    (list) => ({ items: list.items.map((n) => ({ ...n, read: true })), unread: 0 }),
  );
}
