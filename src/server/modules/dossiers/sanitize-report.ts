import sanitizeHtml from 'sanitize-html';

/*
 * Achievement reports are rich text typed in the browser and shown to staff, the council and (their
 * summary) the public: an allow-list keeps the structure of the Decree 152 report forms (headings,
 * paragraphs, lists, tables, emphasis) and drops everything else — scripts, styles, event handlers,
 * frames and any URL scheme but http(s) and mailto (quality C3).
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'h3',
    'h4',
    'p',
    'br',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'ul',
    'ol',
    'li',
    'blockquote',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'a',
  ],
  allowedAttributes: { a: ['href'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
  ],
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
  },
};
// Attributes added by the transform must survive the allow-list.
OPTIONS.allowedAttributes = { ...OPTIONS.allowedAttributes, a: ['href', 'rel', 'target'] };

/** The report with only allow-listed markup left, NFC-normalised. */
export function sanitizeReportHtml(html: string): string {
  return sanitizeHtml(html.normalize('NFC'), OPTIONS).trim();
}

/** The three sections of the Decree 152 achievement report forms, as a starting text for a new report. */
export const REPORT_TEMPLATE_HTML = [
  '<h3>I. Sơ lược lý lịch / đặc điểm, tình hình</h3><p></p>',
  '<h3>II. Thành tích đạt được</h3><p></p>',
  '<h3>III. Các hình thức khen thưởng đã được ghi nhận</h3><p></p>',
].join('');
