import { setFlagsFromString } from 'node:v8';

/**
 * Keeps a bulk job's memory close to what it really holds. Between full collections V8 lets the heap grow to
 * several times the live data (measured on a 100,000-report import: 300 MB of heap for 95 MB live); a process
 * that streams a large file for minutes gains nothing from that slack, and a national node's import host has
 * other work to do. Measured on 100,000 reports: growth bounded to 50 % peaks 50–130 MB lower for about 2 %
 * of the speed; 20 % saves 30 MB more but costs 10 %, in more frequent collections (BENCHMARKS.md). V8 reads
 * this flag at every collection, so setting it at run time takes effect; set it before worker threads start
 * and they follow it too. For one-shot commands only, not the long-running server.
 */
export function boundHeapGrowth(percent = 50): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
