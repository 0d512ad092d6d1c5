import { verifyAuditChain } from '../../modules/audit/verify-audit-chain';
import { type CliCommand, parseCommandArgs } from '../command';
import { withDatabase } from '../with-database';

export const auditVerifyCommand: CliCommand = {
  path: ['audit', 'verify'],
  args: '',
  summary: 'Kiểm tra chuỗi băm nhật ký kiểm toán / verify the audit trail hash chain',
  help:
    'Đọc toàn bộ nhật ký theo thứ tự id và báo bản ghi đầu tiên bị sửa hoặc bị xóa.\n' +
    'Reads the whole audit trail in id order and reports the first edited or deleted row.\n' +
    'Exit 0: nguyên vẹn / intact; 1: bị phá vỡ / broken.',
  run: async (args, ctx) => {
    parseCommandArgs(args, {}, { min: 0, max: 0, names: '' });
    const result = await withDatabase(ctx, (database) => verifyAuditChain(database.pool));
    ctx.json(result);
    if (result.ok) return 0;
    ctx.error(
      `Nhật ký kiểm toán bị can thiệp tại bản ghi #${result.firstBadId}: ${result.problem} ` +
        `(đã kiểm ${result.checked} bản ghi nguyên vẹn trước đó).\n` +
        `The audit trail was tampered with at row #${result.firstBadId}.`,
    );
    return 1;
  },
};
