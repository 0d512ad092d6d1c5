import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Tabs, Typography } from 'antd';
import { useState } from 'react';
import type { LawOverrideItem } from '../../../../../src/shared/api/law';
import { errorMessage } from '../../../lib/form-errors';
import { numberFormat } from '../../../lib/format';
import { PageHeader } from '../../../lib/page-header';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import { useCatalogue } from '../hooks/use-law';
import { AwardsTable } from './awards-table';
import { BaseSalaryTable } from './base-salary-table';
import { EndOverrideModal } from './end-override-modal';
import { OverrideFormModal } from './override-form-modal';
import { OverridesTable } from './overrides-table';
import { UnverifiedTable } from './unverified-table';

const count = (n: number | undefined) => (n === undefined ? '' : ` (${numberFormat.format(n)})`);

/** The legal catalogue the engine applies: national defaults, the deployment's overrides, what is still unverified. */
export default function LawPage() {
  const me = useCurrentUser();
  const canManage = can(me.roles, 'law.manage');
  const { data, isLoading, error } = useCatalogue();
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<LawOverrideItem | null>(null);

  return (
    <>
      <PageHeader title="Cơ sở pháp lý" />
      <Typography.Paragraph style={{ maxWidth: 900 }}>
        Các danh hiệu, hình thức khen thưởng, tiêu chuẩn và mức tiền thưởng mà hệ thống áp dụng, kèm văn bản
        làm căn cứ; khi tỉnh ban hành quy định riêng hoặc văn bản trung ương thay đổi, thêm một điều chỉnh có
        ngày hiệu lực.
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />}
      <Card size="small">
        <Tabs
          items={[
            {
              key: 'awards',
              label: 'Danh hiệu, hình thức',
              children: <AwardsTable awards={data?.awards ?? []} loading={isLoading} />,
            },
            {
              key: 'base-salary',
              label: 'Mức lương cơ sở',
              children: <BaseSalaryTable periods={data?.baseSalary ?? []} loading={isLoading} />,
            },
            {
              key: 'overrides',
              label: `Điều chỉnh${count(data?.overrides.length)}`,
              children: (
                <>
                  {canManage && (
                    <Flex justify="flex-end" style={{ marginBottom: 12 }}>
                      <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                        Thêm điều chỉnh
                      </Button>
                    </Flex>
                  )}
                  <OverridesTable
                    overrides={data?.overrides ?? []}
                    loading={isLoading}
                    canManage={canManage}
                    onEnd={setEnding}
                  />
                </>
              ),
            },
            {
              key: 'unverified',
              label: `Mặc định chưa kiểm chứng${count(data?.unverified.length)}`,
              children: <UnverifiedTable items={data?.unverified ?? []} loading={isLoading} />,
            },
          ]}
        />
      </Card>
      {canManage && (
        <>
          <OverrideFormModal open={adding} catalogue={data} onClose={() => setAdding(false)} />
          <EndOverrideModal override={ending} onClose={() => setEnding(null)} />
        </>
      )}
    </>
  );
}
