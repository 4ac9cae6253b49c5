import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, query } from '../api';

interface Job {
  id: string;
  file_name: string;
  state: 'running' | 'done' | 'failed';
  progress: {
    read: number;
    imported: number;
    updated: number;
    unchanged: number;
    rejected: number;
    bytesRead: number;
    totalBytes: number;
    elapsedMs: number;
  } | null;
  summary: {
    read: number;
    imported: number;
    updated: number;
    unchanged: number;
    rejected: number;
    elapsedMs: number;
  } | null;
  rejects: { line?: number; field?: string; reason?: string }[];
  error: string | null;
}

/** Upload a file of reports and watch it import: records/s, counts, rejects. */
export function ImportPage() {
  const { t } = useTranslation();
  const file = useRef<HTMLInputElement>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (job?.state !== 'running') return;
    const timer = setTimeout(() => {
      api<Job>(`/api/v1/imports/${job.id}`).then(setJob, (e: Error) => setError(e.message));
    }, 500);
    return () => clearTimeout(timer);
  }, [job]);

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = file.current?.files?.[0];
    if (!chosen) return;
    setError(null);
    try {
      const type = chosen.name.toLowerCase().endsWith('.csv') ? 'text/csv' : 'application/x-ndjson';
      setJob(
        await api<Job>(`/api/v1/imports${query({ name: chosen.name })}`, {
          method: 'POST',
          raw: chosen,
          contentType: type,
        }),
      );
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  const counts = job?.summary ?? job?.progress;
  const fraction =
    job?.progress && job.progress.totalBytes > 0 ? job.progress.bytesRead / job.progress.totalBytes : 0;
  const rate = counts && counts.elapsedMs > 0 ? Math.round((counts.read * 1000) / counts.elapsedMs) : 0;
  return (
    <section>
      <h1>{t('import.title')}</h1>
      <p className="muted">{t('import.help')}</p>
      <form className="filters" onSubmit={(e) => void upload(e)}>
        <label>
          {t('import.choose')} <input ref={file} type="file" accept=".jsonl,.ndjson,.json,.csv" required />
        </label>
        <button type="submit" disabled={job?.state === 'running'}>
          {t('import.upload')}
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {job && (
        <div className="card" data-testid="import-job">
          <p>
            <strong>{job.file_name}</strong> —{' '}
            <span data-testid="import-state">{t(`import.${job.state}`)}</span>
            {job.error && <span className="error"> {job.error}</span>}
          </p>
          <progress max={1} value={job.state === 'done' ? 1 : fraction} />
          {counts && (
            <p data-testid="import-counts">
              {counts.read} {t('import.read')} · {counts.imported} {t('import.imported')} · {counts.updated}{' '}
              {t('import.updated')} · {counts.unchanged} {t('import.unchanged')} · {counts.rejected}{' '}
              {t('import.rejected')} · {t('import.rate', { rate })}
            </p>
          )}
          {job.rejects.length > 0 && (
            <>
              <h2>{t('import.rejects')}</h2>
              <ul className="plain">
                {job.rejects.map((r) => (
                  <li key={`${r.line}:${r.field}:${r.reason}`}>
                    {r.line !== undefined && `#${r.line} `}
                    {r.field && <code>{r.field}</code>} {r.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
