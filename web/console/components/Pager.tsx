import { useTranslation } from 'react-i18next';

export function Pager({
  offset,
  limit,
  next,
  onPage,
}: {
  offset: number;
  limit: number;
  next: number | null;
  onPage: (offset: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="pager">
      <button type="button" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - limit))}>
        {t('common.previous')}
      </button>
      <button type="button" disabled={next === null} onClick={() => next !== null && onPage(next)}>
        {t('common.next')}
      </button>
    </nav>
  );
}
