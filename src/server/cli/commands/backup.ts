import { writeBackup } from '../../modules/backup/write-backup';
import { type CliCommand, CliError, parseCommandArgs } from '../command';
import { withDatabase } from '../with-database';

export const backupCommand: CliCommand = {
  path: ['backup'],
  args: 'FILE',
  summary: 'Sao lưu toàn bộ dữ liệu vào FILE / write a consistent backup to FILE',
  help:
    'Một ảnh chụp REPEATABLE READ, COPY từng bảng, nén gzip; ghi FILE.tmp rồi đổi tên. Tệp chứa dữ liệu\n' +
    'cá nhân và mã băm mật khẩu: được tạo với quyền 0600, hãy cất giữ an toàn.\n' +
    'One REPEATABLE READ snapshot, COPY per table, gzip; written to FILE.tmp then renamed. The file holds\n' +
    'personal data and password hashes: it is created with mode 0600.',
  run: async (args, ctx) => {
    const { positionals } = parseCommandArgs(args, {}, { min: 1, max: 1, names: 'FILE' });
    const file = positionals[0]!;
    const result = await withDatabase(ctx, async (database) => {
      try {
        return await writeBackup(database.pool, file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code && /^E[A-Z]+$/.test(code) && 'path' in (error as object)) {
          throw new CliError(
            `Không ghi được tệp ${file} / cannot write ${file}: ${(error as Error).message}`,
          );
        }
        throw error;
      }
    });
    ctx.json({ file: result.file, tables: result.tables, rows: result.rows, bytes: result.bytes });
    return 0;
  },
};
