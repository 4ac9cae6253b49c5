import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';

export function Loading() {
  const { t } = useTranslation();
  return <p className="muted">{t('common.loading')}</p>;
}

export function Failure({ error }: { error: Error }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 404) return <p role="alert">{t('common.notFound')}</p>;
  if (error instanceof ApiError && error.status === 403) return <p role="alert">{t('common.notAllowed')}</p>;
  return (
    <p role="alert" className="error">
      {t('common.error')}: {error.message}
    </p>
  );
}

/** A page the signed-in role may not use is not shown at all (the API would refuse it anyway). */
export function Allowed({ may, children }: { may: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  if (!may)
    return (
      <p role="alert" data-testid="not-allowed">
        {t('common.notAllowed')}
      </p>
    );
  return <>{children}</>;
}
