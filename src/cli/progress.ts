import { SingleBar } from 'cli-progress';
import type { ImportProgress, ImportSummary } from '../features/imports/import.service.js';

export interface ProgressView {
  update(progress: ImportProgress): void;
  stop(): void;
}

const rate = (p: ImportProgress) => (p.elapsedMs > 0 ? (p.read * 1000) / p.elapsedMs : 0);
const eta = (p: ImportProgress) => {
  if (p.bytesRead === 0 || p.totalBytes === 0) return '?';
  const seconds = ((p.totalBytes - p.bytesRead) * (p.elapsedMs / p.bytesRead)) / 1000;
  return seconds < 90 ? `${Math.round(seconds)}s` : `${Math.round(seconds / 60)}min`;
};

/** A live bar on a terminal; a plain line every few seconds otherwise (CI logs, pipes). */
export function progressView(stream: NodeJS.WriteStream = process.stderr, plainEveryMs = 5000): ProgressView {
  if (stream.isTTY) {
    const bar = new SingleBar(
      {
        format:
          '{file} [{bar}] {percentage}% | {read} records | {rate} rec/s | ETA {eta_text} | rejected {rejected}',
        stream,
        hideCursor: true,
      },
      undefined,
    );
    let started = false;
    return {
      update(p) {
        const payload = {
          file: p.file,
          read: p.read,
          rate: Math.round(rate(p)),
          eta_text: eta(p),
          rejected: p.rejected,
        };
        if (!started) {
          bar.start(p.totalBytes || 1, p.bytesRead, payload);
          started = true;
        } else bar.update(p.bytesRead, payload);
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  let last = 0;
  return {
    update(p) {
      if (p.elapsedMs - last < plainEveryMs) return;
      last = p.elapsedMs;
      const pct = p.totalBytes > 0 ? Math.floor((100 * p.bytesRead) / p.totalBytes) : 0;
      stream.write(
        `${p.file}: ${pct}% ${p.read} records, ${Math.round(rate(p))} records/s, ETA ${eta(p)}, ${p.rejected} rejected\n`,
      );
    },
    stop() {},
  };
}

export function summaryLine(s: ImportSummary): string {
  const seconds = (s.elapsedMs / 1000).toFixed(1);
  const perSecond = s.elapsedMs > 0 ? Math.round((s.read * 1000) / s.elapsedMs) : s.read;
  return (
    `${s.file}: ${s.read} read — ${s.imported} imported, ${s.updated} updated, ${s.unchanged} unchanged, ` +
    `${s.rejected} rejected; ${s.indicators_rejected} indicators rejected; ${seconds}s (${perSecond} records/s` +
    `${s.threads > 0 ? `, ${s.threads} preparation thread${s.threads === 1 ? '' : 's'}` : ''})` +
    (s.rejectsFile ? `\n  rejects: ${s.rejectsFile}` : '')
  );
}
