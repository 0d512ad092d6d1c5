import { BackupError, restoreBackup } from '../../modules/backup/restore-backup';
import { type CliCommand, CliError, parseCommandArgs } from '../command';
import { withDatabase } from '../with-database';

export const restoreCommand: CliCommand = {
  path: ['restore'],
  args: 'FILE',
  summary: 'Khôi phục FILE vào cơ sở dữ liệu trống / restore FILE into an empty database',
  help:
    'Chỉ nạp vào cơ sở dữ liệu trống (mới tạo hoặc mới migrate): dùng một TDKT_DATA_DIR mới trước lần\n' +
    'chạy ứng dụng đầu tiên, hoặc chạy ứng dụng với TDKT_DEMO=0. Mọi bảng được nạp trong một giao dịch,\n' +
    'số dòng và tổng kiểm sha256 được đối chiếu với tệp, rồi chuỗi nhật ký kiểm toán được kiểm tra.\n' +
    'Loads only into an empty database, in one transaction; row counts and sha256 checksums are checked\n' +
    'against the file, then the audit chain is verified.',
  run: async (args, ctx) => {
    const { positionals } = parseCommandArgs(args, {}, { min: 1, max: 1, names: 'FILE' });
    const file = positionals[0]!;
    const result = await withDatabase(ctx, async (database) => {
      try {
        return await restoreBackup(database, file);
      } catch (error) {
        if (error instanceof BackupError) throw new CliError(error.message);
        throw error;
      }
    });
    ctx.json(result);
    if (result.auditChain.ok) return 0;
    ctx.error(
      `Đã khôi phục, nhưng nhật ký kiểm toán trong bản sao lưu bị can thiệp tại bản ghi #${result.auditChain.firstBadId}: ` +
        `${result.auditChain.problem}.\nRestored, but the audit chain in the backup is broken at row #${result.auditChain.firstBadId}.`,
    );
    return 1;
  },
};
