import { parseAdministrativeDocument } from '../../../domain/documents/parse-document';
import { DocumentReadError, readDocumentFile } from '../../documents/read-document-file';
import { type CliCommand, CliError, parseCommandArgs } from '../command';

export const parseDocumentCommand: CliCommand = {
  path: ['parse-document'],
  args: 'FILE',
  summary: 'Đọc các thành phần của một văn bản hành chính / parse an administrative document',
  help:
    'Đọc tệp .txt, .md hoặc .docx trình bày theo Nghị định 30/2020/NĐ-CP và in JSON: cơ quan ban hành,\n' +
    'cơ quan chủ quản, số ký hiệu, địa danh, ngày, loại văn bản, trích yếu, người ký, nơi nhận, các mục.\n' +
    'Reads a .txt, .md or .docx document laid out per Decree 30/2020 and prints its parts as JSON.\n' +
    'Phần không có trong văn bản là null / parts not in the document are null.\n' +
    'Exit 0: đã đọc / parsed; 1: tệp không đọc được / unreadable file; 2: sai cách dùng / usage error.',
  run: async (args, ctx) => {
    const { positionals } = parseCommandArgs(args, {}, { min: 1, max: 1, names: 'FILE' });
    let text: string;
    try {
      text = await readDocumentFile(positionals[0]!);
    } catch (error) {
      if (error instanceof DocumentReadError) throw new CliError(error.message);
      throw error;
    }
    ctx.json(parseAdministrativeDocument(text));
    return 0;
  },
};
