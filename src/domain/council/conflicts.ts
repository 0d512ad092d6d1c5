/**
 * Conflict of interest (quality A5): nobody votes on or appraises their own nomination, or a dossier
 * proposed by their own unit. Returns the reason in Vietnamese, or null when there is no conflict.
 */
export function conflictOfInterest(
  member: { personId: string | null; unitId: string | null },
  nominee: { personId: string | null; dossierUnitId: string; nomineeUnitId: string | null },
): string | null {
  if (member.personId && nominee.personId === member.personId) {
    return 'Thành viên là người được đề nghị khen thưởng nên không được bỏ phiếu cho chính mình.';
  }
  if (member.unitId && nominee.dossierUnitId === member.unitId) {
    return 'Hồ sơ do đơn vị của thành viên đề nghị nên thành viên không được bỏ phiếu.';
  }
  if (member.unitId && nominee.personId === null && nominee.nomineeUnitId === member.unitId) {
    return 'Tập thể được đề nghị là đơn vị của thành viên nên thành viên không được bỏ phiếu.';
  }
  return null;
}
