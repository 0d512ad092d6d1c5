import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { Account } from '../../../../../src/shared/api/accounts';
import type { Role } from '../../../../../src/shared/codes';
import { ROLE_LABELS } from '../../../../../src/shared/codes';
import { errorMessage } from '../../../lib/form-errors';
import { formatDateTime, numberFormat } from '../../../lib/format';
import { roleOptions } from '../../../lib/options';
import { PageHeader } from '../../../lib/page-header';
import { useCurrentUser } from '../../../lib/session';
import { StatusTag } from '../../../lib/status-tag';
import type { AccountFilters, IssuedPassword } from '../api/accounts-api';
import { useAccountList, useResetPassword, useUnlockAccount, useUpdateAccount } from '../hooks/use-accounts';
import { AccountActions } from './account-actions';
import { AccountFormModal } from './account-form-modal';
import { IssuedPasswordModal } from './issued-password-modal';

function AccountStatus({ account }: { account: Account }) {
  if (account.disabled) return <StatusTag tone="neutral">Đã vô hiệu hóa</StatusTag>;
  if (account.locked) return <StatusTag tone="danger">Bị khóa tạm thời</StatusTag>;
  if (account.mustChangePassword) return <StatusTag tone="warning">Chờ đổi mật khẩu</StatusTag>;
  return <StatusTag tone="success">Đang dùng</StatusTag>;
}

export default function AccountsPage() {
  const me = useCurrentUser();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<AccountFilters>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<{ account: Account | null } | null>(null);
  const [issued, setIssued] = useState<IssuedPassword | null>(null);
  const { data, isFetching, error } = useAccountList(filters, page.page, page.pageSize);
  const update = useUpdateAccount();
  const reset = useResetPassword();
  const unlock = useUnlockAccount();
  const onError = (failure: unknown) => message.error(errorMessage(failure));

  const changeFilters = (next: AccountFilters) => {
    setFilters(next);
    setPage((previous) => ({ ...previous, page: 1 }));
  };

  const columns: ColumnsType<Account> = [
    { title: 'Họ và tên', dataIndex: 'name' },
    { title: 'Email', dataIndex: 'email', responsive: ['md'] },
    { title: 'Đơn vị', dataIndex: 'unitName', responsive: ['lg'] },
    {
      title: 'Vai trò',
      dataIndex: 'roles',
      responsive: ['sm'],
      render: (roles: Role[]) => roles.map((role) => ROLE_LABELS[role]).join('; '),
    },
    {
      title: 'Trạng thái',
      key: 'status',
      width: 150,
      render: (_: unknown, account) => <AccountStatus account={account} />,
    },
    {
      title: 'Xác thực hai lớp',
      dataIndex: 'twoFactorEnabled',
      width: 120,
      responsive: ['xl'],
      render: (enabled: boolean) => (enabled ? 'Đã bật' : 'Chưa bật'),
    },
    { title: 'Ngày tạo', dataIndex: 'createdAt', width: 160, responsive: ['xl'], render: formatDateTime },
    {
      title: 'Thao tác',
      key: 'actions',
      width: 250,
      render: (_: unknown, account) => (
        <AccountActions
          account={account}
          isSelf={account.id === me.id}
          onEdit={() => setEditing({ account })}
          onResetPassword={() => reset.mutate(account.id, { onSuccess: setIssued, onError })}
          onUnlock={() =>
            unlock.mutate(account.id, { onSuccess: () => message.success('Đã mở khóa tài khoản.'), onError })
          }
          onToggleDisabled={() =>
            update.mutate(
              { id: account.id, body: { disabled: !account.disabled } },
              {
                onSuccess: () =>
                  message.success(account.disabled ? 'Đã kích hoạt tài khoản.' : 'Đã vô hiệu hóa tài khoản.'),
                onError,
              },
            )
          }
        />
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Tài khoản"
        extra={
          <Button type="primary" onClick={() => setEditing({ account: null })}>
            Tạo tài khoản
          </Button>
        }
      />
      <Card size="small">
        <Form layout="vertical" role="search" aria-label="Lọc tài khoản">
          <Row gutter={12}>
            <Col xs={24} md={12} xl={8}>
              <Form.Item label="Tìm tài khoản" htmlFor="account-search" style={{ marginBottom: 12 }}>
                <Input.Search
                  id="account-search"
                  placeholder="Tên hoặc email"
                  allowClear
                  onSearch={(q) => changeFilters({ ...filters, q: q.trim() || undefined })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={8}>
              <Form.Item label="Vai trò" htmlFor="account-role" style={{ marginBottom: 12 }}>
                <Select
                  id="account-role"
                  options={roleOptions}
                  allowClear
                  placeholder="Tất cả vai trò"
                  value={filters.role}
                  onChange={(role?: Role) => changeFilters({ ...filters, role })}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
        {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />}
        <Table<Account>
          size="small"
          rowKey="id"
          loading={isFetching}
          columns={columns}
          dataSource={data?.items ?? []}
          scroll={{ x: 720 }}
          locale={{ emptyText: 'Không có tài khoản phù hợp' }}
          onChange={(pagination) =>
            setPage({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 })
          }
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (total) => `Tổng số ${numberFormat.format(total)} tài khoản`,
          }}
        />
      </Card>
      <AccountFormModal
        open={Boolean(editing)}
        account={editing?.account ?? null}
        onClose={() => setEditing(null)}
        onIssued={(result) => {
          setEditing(null);
          setIssued(result);
        }}
      />
      <IssuedPasswordModal issued={issued} onClose={() => setIssued(null)} />
    </>
  );
}
