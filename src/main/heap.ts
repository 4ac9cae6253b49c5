import { setFlagsFromString } from 'node:v8';

/**
 * Keeps a bulk job's memory close to what it really holds. Between full collections V8 lets the heap grow to
 * several times the live data (measured on a 100,000-report import: 300 MB of heap for 95 MB live); a process
 * that streams a large file for minutes gains nothing from that slack, and a national node's import host has
 * other work to do. With the growth bounded the same import peaks 130 MB lower at the same speed
 * (BENCHMARKS.md). V8 reads this flag at every collection, so setting it at run time takes effect; set it
 * before worker threads start and they follow it too. For one-shot commands only, not the long-running server.
 */
export function boundHeapGrowth(percent = 20): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
