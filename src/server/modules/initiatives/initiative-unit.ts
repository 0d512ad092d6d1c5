import type { DbOrTx } from '../../db/client';
import { AppError } from '../../http/app-error';
import type { Actor } from '../auth/actor';
import { loadUnitInScope, type UnitRow } from '../units/units.policy';

/** The initiative's unit: in the actor's subtree (else 404) and still active (else 400 naming unitId). */
export async function loadActiveUnitInScope(tx: DbOrTx, actor: Actor, unitId: string): Promise<UnitRow> {
  const u = await loadUnitInScope(tx, actor, unitId);
  if (u.status !== 'active') {
    throw new AppError('BAD_REQUEST', `Đơn vị "${u.name}" đã ngừng hoạt động; hãy chọn đơn vị kế tục.`, [
      { path: 'unitId', message: 'Đơn vị đã ngừng hoạt động' },
    ]);
  }
  return u;
}
