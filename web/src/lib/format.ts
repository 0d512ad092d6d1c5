import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import 'dayjs/locale/vi';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(customParseFormat);
dayjs.locale('vi');

export const DATE_FORMAT = 'DD/MM/YYYY';
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** 'YYYY-MM-DD' → 'dd/mm/yyyy'; empty for null. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [year, month, day] = iso.slice(0, 10).split('-');
  return year && month && day ? `${day}/${month}/${year}` : iso;
}

/** An instant shown in Việt Nam time: dd/mm/yyyy HH:mm:ss. */
export function formatDateTime(instant: string | null | undefined): string {
  if (!instant) return '';
  return dayjs(instant).tz(TIME_ZONE).format('DD/MM/YYYY HH:mm:ss');
}

/** A DatePicker value → 'YYYY-MM-DD' for the API. */
export function toIsoDate(value: dayjs.Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}

export function fromIsoDate(iso: string | null | undefined): dayjs.Dayjs | undefined {
  return iso ? dayjs(iso, 'YYYY-MM-DD') : undefined;
}

export const numberFormat = new Intl.NumberFormat('vi-VN');
