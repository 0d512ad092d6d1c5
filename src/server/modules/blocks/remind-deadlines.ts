import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { systemAuditContext, writeAudit } from '../audit/write-audit';
import { notifyUnits } from '../notifications/notify-units';

/** Reminders start this many days before a step's deadline and continue daily while it is overdue. */
export const REMIND_DAYS_BEFORE = 3;

const viDate = (iso: string) => iso.split('-').reverse().join('/');

/**
 * The automatic reminder (run by the hourly sweep): every sheet of an open round whose current step is
 * due within three days or overdue gets one notification a day to the unit that must act (the unit
 * itself, or its reviewer during the block review). Returns how many were sent; audited when any is.
 */
export async function remindBlockDeadlines(db: Db, now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const today = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    const { rows } = await tx.execute<{
      block_id: string;
      block_name: string;
      unit_id: string;
      unit_name: string;
      target_unit_id: string;
      status: string;
      due_on: string;
    }>(sql`
      WITH due AS (
        SELECT b.id AS block_id, b.name AS block_name, ua.unit_id, u.name AS unit_name, ua.status,
               CASE ua.status WHEN 'block-review' THEN ua.reviewer_unit_id ELSE ua.unit_id END AS target_unit_id,
               (CASE ua.status WHEN 'self-assessment' THEN r.self_due_on WHEN 'block-review' THEN r.review_due_on
                               WHEN 'explanation' THEN r.explanation_due_on END)::text AS due_on
          FROM unit_assessment ua
          JOIN assessment_round r ON r.id = ua.round_id AND r.status = 'open'
          JOIN emulation_block b ON b.id = r.block_id
          JOIN unit u ON u.id = ua.unit_id
         WHERE ua.status IN ('self-assessment', 'block-review', 'explanation'))
      SELECT * FROM due
       WHERE due_on IS NOT NULL AND target_unit_id IS NOT NULL
         AND due_on::date <= ${today}::date + ${REMIND_DAYS_BEFORE}::int
         AND NOT EXISTS (SELECT 1 FROM notification n
                          WHERE n.unit_id = due.target_unit_id AND n.kind = 'block.deadline'
                            AND n.link = '/blocks/' || due.block_id || '/assessments/' || due.unit_id
                            AND n.created_at > ${now}::timestamptz - interval '20 hours')`);
    let sent = 0;
    for (const r of rows) {
      const overdue = r.due_on < today;
      const what =
        r.status === 'self-assessment'
          ? 'gửi bảng tự chấm'
          : r.status === 'block-review'
            ? `chấm bảng điểm của ${r.unit_name}`
            : 'xem kết quả chấm và giải trình';
      sent += await notifyUnits(
        tx,
        [r.target_unit_id],
        {
          kind: 'block.deadline',
          title: `${overdue ? 'Quá hạn' : 'Sắp đến hạn'} chấm điểm thi đua: ${r.block_name}`,
          body: `Đơn vị cần ${what}; hạn ${viDate(r.due_on)}.`,
          link: `/blocks/${r.block_id}/assessments/${r.unit_id}`,
        },
        now,
      );
    }
    if (sent > 0) {
      await writeAudit(tx, systemAuditContext, {
        action: 'block.deadline.remind',
        after: {
          notified: sent,
          sheets: rows.map((r) => ({ blockId: r.block_id, unitId: r.unit_id, status: r.status })),
        },
      });
    }
    return sent;
  });
}
