import { describe, expect, it } from 'vitest';
import { sanitizeReportHtml } from './sanitize-report';

describe('achievement report sanitiser (quality C3)', () => {
  it.each([
    ['<p>Tốt</p><script>alert(1)</script>', '<p>Tốt</p>'],
    ['<style>p{color:red}</style><p style="color:red">Đỏ</p>', '<p>Đỏ</p>'],
    ['<p onclick="alert(1)" onmouseover="x()">Bấm</p>', '<p>Bấm</p>'],
    ['<img src=x onerror=alert(1)>Ảnh', 'Ảnh'],
    [
      '<a href="javascript:alert(1)">link</a>',
      '<a rel="noopener noreferrer nofollow" target="_blank">link</a>',
    ],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', '<a rel="noopener noreferrer nofollow" target="_blank">x</a>'],
    ['<iframe src="https://evil"></iframe><p>a</p>', '<p>a</p>'],
    ['<svg><script>alert(1)</script></svg>b', 'b'],
    ['<p>x</p><form action="/x"><input name="a"></form>', '<p>x</p>'],
  ])('%s → %s', (input, expected) => {
    expect(sanitizeReportHtml(input)).toBe(expected);
  });

  it('keeps the report structure (headings, lists, tables, emphasis) and safe links', () => {
    const html =
      '<h3>II. Thành tích đạt được</h3><ul><li><strong>Hoàn thành xuất sắc</strong> nhiệm vụ</li></ul>' +
      '<table><tbody><tr><td colspan="2">Năm 2025</td></tr></tbody></table>' +
      '<a href="https://laichau.gov.vn">Cổng</a>';
    expect(sanitizeReportHtml(html)).toBe(
      html.replace(
        '<a href="https://laichau.gov.vn">',
        '<a href="https://laichau.gov.vn" rel="noopener noreferrer nofollow" target="_blank">',
      ),
    );
  });

  it('normalises Vietnamese text to NFC', () => {
    const nfd = '<p>Thành tích</p>'.normalize('NFD');
    expect(sanitizeReportHtml(nfd)).toBe('<p>Thành tích</p>'.normalize('NFC'));
  });
});
