/** Disjoint sets over string keys (path halving, union by size): connected components in near-linear time. */
export class UnionFind {
  private readonly parent = new Map<string, string>();
  private readonly size = new Map<string, number>();

  has(key: string): boolean {
    return this.parent.has(key);
  }

  add(key: string): void {
    if (!this.parent.has(key)) {
      this.parent.set(key, key);
      this.size.set(key, 1);
    }
  }

  find(key: string): string {
    this.add(key);
    let node = key;
    let parent = this.parent.get(node)!;
    while (parent !== node) {
      const grand = this.parent.get(parent)!;
      this.parent.set(node, grand);
      node = grand;
      parent = this.parent.get(node)!;
    }
    return node;
  }

  /** Joins the sets of `a` and `b`; returns the root of the joined set. */
  union(a: string, b: string): string {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return ra;
    if (this.size.get(ra)! < this.size.get(rb)!) [ra, rb] = [rb, ra];
    this.parent.set(rb, ra);
    this.size.set(ra, this.size.get(ra)! + this.size.get(rb)!);
    this.size.delete(rb);
    return ra;
  }

  keys(): IterableIterator<string> {
    return this.parent.keys();
  }
}
