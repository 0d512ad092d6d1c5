import type { z } from 'zod';
import type { NotificationListSchema } from '../../../../../src/shared/api/movements';
import { api } from '../../../lib/api';

export type NotificationList = z.infer<typeof NotificationListSchema>;
export type AppNotification = NotificationList['items'][number];

export function fetchNotifications(signal?: AbortSignal) {
  return api.get<NotificationList>('/notifications', undefined, signal);
}

export function markNotificationRead(id: string) {
  return api.post<{ ok: true }>(`/notifications/${encodeURIComponent(id)}/read`);
}

export function markAllNotificationsRead() {
  return api.post<{ ok: true }>('/notifications/read-all');
}
