/** Splits rows so that one statement stays under the dialect's bound-parameter limit. */
export function chunkRows<T extends object>(rows: readonly T[], maxParameters: number): T[][] {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]!).length || 1;
  const size = Math.max(1, Math.floor(maxParameters / columns));
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}
