import { CloseOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Flex, Form, Input, Row, Select, Tag } from 'antd';
import { useState } from 'react';
import { DATE_FORMAT } from '../../../lib/format';
import { fieldOptions, milestoneKindOptions } from './movement-labels';

/** Key tasks (nhiệm vụ trọng tâm): number, text and field of work, one row each. */
export function TaskList() {
  return (
    <Form.List name="tasks">
      {(rows, { add, remove }) => (
        <Flex vertical gap={8}>
          {rows.length === 0 && <p style={{ margin: 0 }}>Chưa có nhiệm vụ nào.</p>}
          <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {rows.map((row, index) => (
              <li key={row.key} style={{ borderBottom: '1px solid #f0f0f0', paddingTop: 8 }}>
                <Row gutter={8} align="top" wrap>
                  <Col xs={6} md={3}>
                    <Form.Item name={[row.name, 'number']} label="Số" style={{ marginBottom: 8 }}>
                      <Input maxLength={20} aria-label={`Số thứ tự nhiệm vụ ${index + 1}`} />
                    </Form.Item>
                  </Col>
                  <Col xs={18} md={14}>
                    <Form.Item
                      name={[row.name, 'text']}
                      label="Nội dung"
                      rules={[{ required: true, whitespace: true, message: 'Nhập nội dung nhiệm vụ' }]}
                      style={{ marginBottom: 8 }}
                    >
                      <Input.TextArea
                        autoSize={{ minRows: 2, maxRows: 12 }}
                        maxLength={20_000}
                        aria-label={`Nội dung nhiệm vụ ${index + 1}`}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={20} md={6}>
                    <Form.Item name={[row.name, 'field']} label="Lĩnh vực" style={{ marginBottom: 8 }}>
                      <Select
                        options={fieldOptions}
                        allowClear
                        placeholder="Chung"
                        aria-label={`Lĩnh vực của nhiệm vụ ${index + 1}`}
                        popupMatchSelectWidth={false}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={4} md={1} style={{ textAlign: 'right' }}>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={`Xóa nhiệm vụ ${index + 1}`}
                      onClick={() => remove(row.name)}
                      style={{ marginTop: 30 }}
                    />
                  </Col>
                </Row>
              </li>
            ))}
          </ol>
          <div>
            <Button icon={<PlusOutlined />} onClick={() => add({ text: '' })}>
              Thêm nhiệm vụ
            </Button>
          </div>
        </Flex>
      )}
    </Form.List>
  );
}

/** Pledge deadline, interim and final reviews: kind, title and due date. */
export function MilestoneList() {
  return (
    <Form.List name="milestones">
      {(rows, { add, remove }) => (
        <Flex vertical gap={8}>
          {rows.length === 0 && <p style={{ margin: 0 }}>Chưa có mốc thời gian nào.</p>}
          {rows.map((row, index) => (
            <Row key={row.key} gutter={8} align="top" wrap>
              <Col xs={24} md={6}>
                <Form.Item
                  name={[row.name, 'kind']}
                  label="Loại mốc"
                  rules={[{ required: true, message: 'Chọn loại mốc' }]}
                  style={{ marginBottom: 8 }}
                >
                  <Select options={milestoneKindOptions} aria-label={`Loại mốc ${index + 1}`} />
                </Form.Item>
              </Col>
              <Col xs={24} md={11}>
                <Form.Item
                  name={[row.name, 'title']}
                  label="Nội dung"
                  rules={[{ required: true, whitespace: true, message: 'Nhập nội dung mốc' }]}
                  style={{ marginBottom: 8 }}
                >
                  <Input maxLength={300} aria-label={`Nội dung mốc ${index + 1}`} />
                </Form.Item>
              </Col>
              <Col xs={20} md={6}>
                <Form.Item
                  name={[row.name, 'dueOn']}
                  label="Ngày"
                  rules={[{ required: true, message: 'Chọn ngày' }]}
                  style={{ marginBottom: 8 }}
                >
                  <DatePicker
                    format={DATE_FORMAT}
                    placeholder="dd/mm/yyyy"
                    style={{ width: '100%' }}
                    aria-label={`Ngày của mốc ${index + 1}`}
                  />
                </Form.Item>
              </Col>
              <Col xs={4} md={1} style={{ textAlign: 'right' }}>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`Xóa mốc ${index + 1}`}
                  onClick={() => remove(row.name)}
                  style={{ marginTop: 30 }}
                />
              </Col>
            </Row>
          ))}
          <div>
            <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'pledge-deadline' })}>
              Thêm mốc thời gian
            </Button>
          </div>
        </Flex>
      )}
    </Form.List>
  );
}

/** Movements named by the document (often provincial ones): click one to edit it, × to remove it. */
export function RelatedMovementsInput({
  id,
  value = [],
  onChange,
}: {
  id?: string;
  value?: string[];
  onChange?: (next: string[]) => void;
}) {
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<{ index: number; text: string } | null>(null);
  const commitEdit = () => {
    if (!editing) return;
    const text = editing.text.trim();
    onChange?.(
      text
        ? value.map((v, i) => (i === editing.index ? text : v))
        : value.filter((_, i) => i !== editing.index),
    );
    setEditing(null);
  };
  const add = () => {
    const text = draft.trim();
    if (text && !value.includes(text)) onChange?.([...value, text]);
    setDraft('');
  };
  return (
    <Flex vertical gap={8}>
      {value.length > 0 && (
        <Flex wrap gap={6} role="list">
          {value.map((movement, index) =>
            editing?.index === index ? (
              <Input.TextArea
                key={movement}
                autoFocus
                autoSize
                value={editing.text}
                aria-label={`Sửa phong trào liên quan ${index + 1}`}
                onChange={(event) => setEditing({ index, text: event.target.value })}
                onBlur={commitEdit}
                onPressEnter={(event) => {
                  event.preventDefault();
                  commitEdit();
                }}
              />
            ) : (
              <Tag
                key={movement}
                role="listitem"
                color="blue"
                style={{ whiteSpace: 'normal', marginInlineEnd: 0, paddingInlineEnd: 0, fontSize: 14 }}
              >
                <Button
                  type="link"
                  size="small"
                  style={{ whiteSpace: 'normal', height: 'auto', textAlign: 'left', padding: 0 }}
                  title="Bấm để sửa"
                  onClick={() => setEditing({ index, text: movement })}
                >
                  {movement}
                </Button>
                <Button
                  type="text"
                  size="small"
                  icon={<CloseOutlined />}
                  aria-label={`Bỏ phong trào liên quan: ${movement}`}
                  onClick={() => onChange?.(value.filter((_, i) => i !== index))}
                />
              </Tag>
            ),
          )}
        </Flex>
      )}
      <Flex gap={8}>
        <Input
          id={id}
          value={draft}
          maxLength={500}
          placeholder="Nhập tên phong trào rồi bấm Thêm"
          onChange={(event) => setDraft(event.target.value)}
          onPressEnter={(event) => {
            event.preventDefault();
            add();
          }}
        />
        <Button onClick={add} disabled={!draft.trim()}>
          Thêm
        </Button>
      </Flex>
    </Flex>
  );
}
