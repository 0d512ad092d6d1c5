import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import type { DossierSettings } from '../../../../../src/shared/api/dossiers';
import { DEADLINE_STEPS, DOSSIER_STATE_LABELS } from '../../../../../src/shared/dossier-codes';
import { applyFieldErrors } from '../../../lib/form-errors';
import { fetchDossierSettings, saveDossierSettings } from '../api/dossiers-api';

const LEVELS = [
  { value: 'commune', label: 'Chủ tịch UBND cấp xã, phường' },
  { value: 'district', label: 'Chủ tịch UBND cấp huyện (trước 01/7/2025)' },
  { value: 'province', label: 'Chủ tịch UBND tỉnh' },
  { value: 'agency', label: 'Thủ trưởng cơ quan, đơn vị' },
  { value: 'enterprise', label: 'Doanh nghiệp' },
];

/** Administrators set the working days per step, the pre-reform baseline and the reduction target. */
export function DossierSettingsButton() {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<DossierSettings>();
  const settings = useQuery({
    queryKey: ['dossiers', 'settings'],
    queryFn: fetchDossierSettings,
    enabled: open,
  });

  const save = async () => {
    const values = await form.validateFields();
    try {
      await saveDossierSettings(values);
      await client.invalidateQueries({ queryKey: ['dossiers'] });
      setOpen(false);
      void message.success('Đã lưu thiết lập thời hạn.');
    } catch (failure) {
      setError(applyFieldErrors(form, failure));
    }
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>Thiết lập thời hạn</Button>
      <Modal
        open={open}
        title="Thời hạn xử lý và mục tiêu"
        okText="Lưu"
        cancelText="Hủy"
        onOk={() => void save()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        width={640}
      >
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="Pháp luật chưa quy định thời hạn từng bước ở cấp xã, phường; các giá trị mặc định chỉ là đề xuất (chưa kiểm chứng) và có thể sửa."
        />
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        {settings.data && (
          <Form form={form} layout="vertical" initialValues={settings.data}>
            <Flex wrap gap={12}>
              {DEADLINE_STEPS.map((step) => (
                <Form.Item
                  key={step}
                  name={['deadlines', step]}
                  label={`${DOSSIER_STATE_LABELS[step]} (ngày LV)`}
                >
                  <InputNumber min={0} max={365} />
                </Form.Item>
              ))}
            </Flex>
            <Flex wrap gap={12}>
              <Form.Item name="baselineDays" label="Thời gian xử lý trước cải cách (ngày LV)">
                <InputNumber min={1} max={365} />
              </Form.Item>
              <Form.Item name="reductionPercent" label="Mục tiêu cắt giảm (%)">
                <InputNumber min={0} max={100} />
              </Form.Item>
            </Flex>
            <Form.Item name="authorityLevel" label="Cấp quyết định khen thưởng (để kiểm tra thẩm quyền)">
              <Select options={LEVELS} />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </>
  );
}
