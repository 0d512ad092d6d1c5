import { Form, Input } from 'antd';
import { useEffect, useState } from 'react';

/**
 * The name search of every filtered list: the server does the searching, so the query is sent when the
 * user pauses typing (350 ms), presses Enter or clears the box.
 */
export function SearchField({
  id,
  label,
  placeholder,
  value,
  onSearch,
}: {
  id: string;
  label: string;
  placeholder: string;
  value: string | undefined;
  onSearch: (q: string) => void;
}) {
  const [text, setText] = useState(value ?? '');

  useEffect(() => {
    if ((value ?? '') === text) return;
    const timer = window.setTimeout(() => onSearch(text), 350);
    return () => window.clearTimeout(timer);
  }, [text, value, onSearch]);

  return (
    <Form.Item label={label} htmlFor={id} style={{ marginBottom: 12 }}>
      <Input.Search
        id={id}
        placeholder={placeholder}
        allowClear
        value={text}
        onChange={(event) => setText(event.target.value)}
        onSearch={onSearch}
        enterButton={false}
      />
    </Form.Item>
  );
}
