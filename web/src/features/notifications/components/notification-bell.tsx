import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Popover, Typography } from 'antd';
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import type { AppNotification } from '../api/notifications-api';
import {
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
  useNotifications,
} from '../hooks/use-notifications';

dayjs.extend(relativeTime);

function NotificationItem({
  item,
  onOpen,
}: {
  item: AppNotification;
  onOpen: (item: AppNotification) => void;
}) {
  return (
    <li style={{ borderBottom: '1px solid #f0f0f0' }}>
      <button
        type="button"
        className="notification-item"
        onClick={() => onOpen(item)}
        aria-label={`${item.read ? '' : 'Chưa đọc: '}${item.title}`}
        style={{
          display: 'block',
          width: '100%',
          textAlign: 'left',
          padding: '8px 4px',
          border: 0,
          background: item.read ? 'transparent' : '#f0f7ff',
          cursor: 'pointer',
          font: 'inherit',
          color: 'inherit',
        }}
      >
        <span style={{ display: 'block', fontWeight: item.read ? 400 : 600 }}>{item.title}</span>
        {item.body && (
          <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
            {item.body}
          </Typography.Text>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <time dateTime={item.createdAt} title={formatDateTime(item.createdAt)}>
            {dayjs(item.createdAt).fromNow()}
          </time>
        </Typography.Text>
      </button>
    </li>
  );
}

/** The unit's inbox in the header: unread count on the bell, the list in a popover. */
export function NotificationBell() {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const { data, error } = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const unread = data?.unread ?? 0;
  const items = data?.items ?? [];

  // The panel renders at the end of <body>: move keyboard focus into it when it opens.
  useEffect(() => {
    if (!open) return;
    const timer = window.setTimeout(() => {
      panelRef.current?.querySelector<HTMLElement>('.notification-item, button:not([disabled])')?.focus();
    }, 50);
    return () => window.clearTimeout(timer);
  }, [open]);

  const openItem = (item: AppNotification) => {
    if (!item.read) markRead.mutate(item.id);
    setOpen(false);
    if (item.link?.startsWith('/')) navigate(item.link);
  };

  const content = (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the panel and returns focus to the bell.
    <div
      ref={panelRef}
      style={{ width: 'min(380px, calc(100vw - 32px))' }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 4 }}>
        <h2 id="notification-panel-title" style={{ fontSize: 15, fontWeight: 600, margin: 0 }}>
          Thông báo
        </h2>
        <Button
          type="link"
          size="small"
          disabled={unread === 0}
          loading={markAll.isPending}
          onClick={() => markAll.mutate()}
          style={{ paddingInline: 0 }}
        >
          Đánh dấu đã đọc tất cả
        </Button>
      </Flex>
      {error && (
        <Typography.Text type="danger">Không tải được thông báo. Vui lòng thử lại sau.</Typography.Text>
      )}
      {!error && items.length === 0 && <p style={{ margin: '8px 0' }}>Chưa có thông báo.</p>}
      {items.length > 0 && (
        <ul
          aria-labelledby="notification-panel-title"
          style={{
            listStyle: 'none',
            margin: 0,
            padding: 0,
            maxHeight: 'min(420px, 60vh)',
            overflowY: 'auto',
          }}
        >
          {items.map((item) => (
            <NotificationItem key={item.id} item={item} onOpen={openItem} />
          ))}
        </ul>
      )}
    </div>
  );

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      // On a phone the panel is wider than the room on either side of the bell: slide it into view.
      align={{ overflow: { adjustY: true, shiftX: true } }}
      content={content}
    >
      <Badge count={unread} size="small" overflowCount={99} offset={[-4, 4]}>
        <Button
          ref={buttonRef}
          type="text"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          aria-label={`Thông báo (${unread} chưa đọc)`}
          aria-haspopup="dialog"
          aria-expanded={open}
        />
      </Badge>
    </Popover>
  );
}
