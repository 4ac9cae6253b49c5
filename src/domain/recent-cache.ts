/**
 * A bounded map that keeps what was used recently. Two generations: when the young one is full it
 * becomes the old one and the previous old one is dropped; a hit in the old one moves back to the young.
 * No eviction ever walks the map, so every operation is O(1).
 */
export class RecentCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private readonly generationSize: number;

  constructor(maxEntries: number) {
    this.generationSize = Math.max(1, Math.ceil(maxEntries / 2));
  }

  get(key: K): V | undefined {
    const recent = this.young.get(key);
    if (recent !== undefined) return recent;
    const older = this.old.get(key);
    if (older !== undefined) this.set(key, older);
    return older;
  }

  set(key: K, value: V): void {
    if (this.young.size >= this.generationSize) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  clear(): void {
    this.young = new Map();
    this.old = new Map();
  }
}
