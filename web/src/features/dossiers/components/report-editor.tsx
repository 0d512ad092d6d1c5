import { Button, Flex } from 'antd';
import { useEffect, useRef } from 'react';

/*
 * A small rich-text editor for achievement reports: paragraphs, section headings, lists and emphasis —
 * the structure of the Decree 152 report forms. The browser's own editing commands do the work; the
 * server passes the result through an allow-list sanitiser, so nothing typed or pasted here is trusted.
 */
const COMMANDS: { label: string; run: () => void }[] = [
  { label: 'Tiêu đề mục', run: () => document.execCommand('formatBlock', false, 'h3') },
  { label: 'Đoạn văn', run: () => document.execCommand('formatBlock', false, 'p') },
  { label: 'Đậm', run: () => document.execCommand('bold') },
  { label: 'Nghiêng', run: () => document.execCommand('italic') },
  { label: 'Gạch chân', run: () => document.execCommand('underline') },
  { label: 'Danh sách', run: () => document.execCommand('insertUnorderedList') },
  { label: 'Danh sách số', run: () => document.execCommand('insertOrderedList') },
];

export function ReportEditor({
  value,
  onChange,
  label,
}: {
  value?: string;
  onChange?: (html: string) => void;
  label: string;
}) {
  const box = useRef<HTMLDivElement>(null);

  // Set the content when it changes from outside (loading a dossier), never while the user types.
  useEffect(() => {
    const element = box.current;
    if (element && document.activeElement !== element && element.innerHTML !== (value ?? '')) {
      element.innerHTML = value ?? '';
    }
  }, [value]);

  return (
    <div className="report-editor">
      <Flex wrap gap={4} style={{ marginBottom: 4 }} role="toolbar" aria-label={`Định dạng: ${label}`}>
        {COMMANDS.map((c) => (
          <Button
            key={c.label}
            size="small"
            onMouseDown={(event) => {
              // Keep the selection in the editor.
              event.preventDefault();
              c.run();
              onChange?.(box.current?.innerHTML ?? '');
            }}
          >
            {c.label}
          </Button>
        ))}
      </Flex>
      {/* biome-ignore lint/a11y/useSemanticElements: a rich-text editing surface has no native element */}
      <div
        ref={box}
        role="textbox"
        tabIndex={0}
        aria-multiline="true"
        aria-label={label}
        contentEditable
        suppressContentEditableWarning
        onInput={() => onChange?.(box.current?.innerHTML ?? '')}
        onBlur={() => onChange?.(box.current?.innerHTML ?? '')}
        style={{
          minHeight: 180,
          maxHeight: 480,
          overflowY: 'auto',
          border: '1px solid #d9d9d9',
          borderRadius: 6,
          padding: '8px 12px',
          background: '#fff',
        }}
      />
    </div>
  );
}

/** The three sections of the Decree 152 achievement report forms, as a starting text. */
export const REPORT_TEMPLATE =
  '<h3>I. Sơ lược lý lịch, đặc điểm tình hình</h3><p></p>' +
  '<h3>II. Thành tích đạt được</h3><p></p>' +
  '<h3>III. Các hình thức khen thưởng đã được ghi nhận</h3><p></p>';
