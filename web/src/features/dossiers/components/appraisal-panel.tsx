import { Alert, App, Button, Form, Input, Radio, Select, Typography } from 'antd';
import type { DossierDetail, Nominee } from '../../../../../src/shared/api/dossiers';
import { errorMessage, isConflict } from '../../../lib/form-errors';
import { appraiseNominee } from '../api/dossiers-api';
import { useDossierMutation, useReloadDossier } from '../hooks/use-dossiers';

interface Values {
  attestations: Record<string, 'yes' | 'no' | 'open'>;
  overrideStatus?: 'eligible' | 'ineligible' | null;
  overrideReason?: string;
}

/**
 * The appraiser confirms what only a person can judge (the engine runs again with it) and may change the
 * verdict only with a written reason, which is kept, shown and audited.
 */
export function AppraisalPanel({ dossier, nominee }: { dossier: DossierDetail; nominee: Nominee }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const reload = useReloadDossier(dossier.id);
  const save = useDossierMutation((values: Values) => {
    const attestations = Object.fromEntries(
      Object.entries(values.attestations ?? {})
        .filter(([, v]) => v !== 'open')
        .map(([k, v]) => [k, v === 'yes']),
    );
    return appraiseNominee(dossier.id, nominee.id, {
      version: dossier.version,
      attestations,
      overrideStatus: values.overrideStatus ?? null,
      overrideReason: values.overrideStatus ? values.overrideReason : null,
    });
  });
  const qualitative = nominee.criteria.filter((c) => c.isQualitative || c.attested || c.ok === null);
  const override = Form.useWatch('overrideStatus', form);

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{
        attestations: Object.fromEntries(
          qualitative.map((c) => [
            c.id,
            c.id in nominee.attestations ? (nominee.attestations[c.id] ? 'yes' : 'no') : 'open',
          ]),
        ),
        overrideStatus: nominee.overrideStatus,
        overrideReason: nominee.overrideReason ?? '',
      }}
      onFinish={(values) =>
        save.mutate(values, {
          onSuccess: () => void message.success(`Đã lưu kết quả thẩm định của ${nominee.displayName}.`),
          onError: (failure) => {
            void message.error(errorMessage(failure));
            if (isConflict(failure)) void reload();
          },
        })
      }
    >
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        Thẩm định
      </Typography.Title>
      {qualitative.length === 0 && (
        <Typography.Paragraph style={{ color: '#595959' }}>
          Không có tiêu chí cần người thẩm định xác nhận.
        </Typography.Paragraph>
      )}
      {qualitative.map((c) => (
        <Form.Item key={c.id} name={['attestations', c.id]} label={c.label} extra={c.source}>
          <Radio.Group
            aria-label={c.label}
            options={[
              { value: 'yes', label: 'Xác nhận đạt' },
              { value: 'no', label: 'Không đạt' },
              { value: 'open', label: 'Chưa xác nhận' },
            ]}
          />
        </Form.Item>
      ))}
      <Form.Item name="overrideStatus" label="Thay đổi kết quả kiểm tra (chỉ khi có căn cứ)">
        <Select
          allowClear
          placeholder="Giữ kết quả của bộ kiểm tra"
          style={{ maxWidth: 360 }}
          options={[
            { value: 'eligible', label: 'Kết luận: đủ điều kiện' },
            { value: 'ineligible', label: 'Kết luận: chưa đủ điều kiện' },
          ]}
        />
      </Form.Item>
      {override && (
        <Form.Item
          name="overrideReason"
          label="Lý do thay đổi kết quả (bắt buộc, được lưu và hiển thị)"
          rules={[{ required: true, whitespace: true, message: 'Cần ghi rõ lý do thay đổi kết quả' }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      )}
      {override && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="Việc thay đổi kết quả được ghi nhật ký và hiển thị cho Hội đồng."
        />
      )}
      <Button htmlType="submit" type="primary" loading={save.isPending}>
        Lưu kết quả thẩm định
      </Button>
    </Form>
  );
}
