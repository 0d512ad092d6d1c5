import { Select, Spin } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { usePeopleSearch } from '../hooks/use-initiatives';

export interface AuthorOption {
  value: string;
  label: string;
}

/**
 * Pick authors among the people of the user's units: typing a name (diacritics optional) asks the
 * server; chosen people keep their label while other names are searched.
 */
export function AuthorSelect({
  id,
  value,
  onChange,
  initialOptions = [],
}: {
  id?: string;
  value?: string[];
  onChange?: (ids: string[]) => void;
  initialOptions?: AuthorOption[];
}) {
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [known, setKnown] = useState<Map<string, string>>(() => new Map());
  const { data, isFetching } = usePeopleSearch(query);

  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(typed), 300);
    return () => window.clearTimeout(timer);
  }, [typed]);

  useEffect(() => {
    if (initialOptions.length === 0) return;
    setKnown((previous) => new Map([...previous, ...initialOptions.map((o) => [o.value, o.label] as const)]));
  }, [initialOptions]);

  const found = useMemo(
    () =>
      query.trim()
        ? (data?.items ?? []).map((p) => ({ value: p.id, label: `${p.fullName} — ${p.unitName}` }))
        : [],
    [data, query],
  );
  const options = useMemo(() => {
    const foundIds = new Set(found.map((o) => o.value));
    const chosen = (value ?? [])
      .filter((v) => !foundIds.has(v))
      .map((v) => ({ value: v, label: known.get(v) ?? v }));
    // Search results first; chosen people stay listed after them so their tags keep a name.
    return [...found, ...chosen];
  }, [found, value, known]);

  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      value={value}
      options={options}
      placeholder="Gõ họ tên để tìm cán bộ (không cần dấu)"
      showSearch={{ filterOption: false, searchValue: typed, onSearch: setTyped }}
      notFoundContent={
        isFetching ? <Spin size="small" /> : typed.trim() ? 'Không tìm thấy cán bộ' : 'Gõ họ tên để tìm'
      }
      onChange={(ids) => {
        setKnown((previous) => {
          const next = new Map(previous);
          for (const o of found) next.set(o.value, o.label);
          return next;
        });
        setTyped('');
        onChange?.(ids);
      }}
    />
  );
}
