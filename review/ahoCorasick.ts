/**
 * Aho–Corasick over UTF-16 code units, reporting leftmost-longest non-overlapping matches.
 *
 * Shared by the sensitive-word dictionary (tens of thousands of terms), the mark vocabulary (a few
 * hundred) and the wording dictionaries. Patterns may be split into groups, each selected on its own
 * (leftmost-longest within the group, groups may overlap each other): the gate compiles all three
 * vocabularies into one automaton and walks the text once (see gateMatcher.ts) instead of three times.
 * Scanning is O(input + matches): one goto/fail walk per unit, one step per reported output.
 * The automaton is compacted after construction into flat typed arrays (children sorted per node, a
 * dense 64K table for the root, which is where almost every unit of ordinary text lands) so the hot
 * loop touches no Map and allocates nothing.
 */

export interface ScanOptions {
  /**
   * A unit that does not exist for matching: the state is kept across it. The dictionary uses "\n" so
   * that a term broken by a hard line wrap still matches, while mark detection (which is about lines)
   * does not set it.
   */
  transparent?: number;
  /** Veto a candidate before leftmost-longest selection (e.g. ASCII word boundaries). */
  accept?: (id: number, start: number, end: number) => boolean;
  /** Scan only `codes[0, length)` (for reused buffers longer than their content). Default: all of it. */
  length?: number;
  /**
   * Per group, 1 when its matches must not run across the `transparent` unit: the other groups see
   * through line breaks, this one (the marks, which are about lines) stops at them.
   */
  boundedGroups?: Uint8Array;
}

/**
 * Receives selected matches, within each group in increasing `start` order; positions index the scanned
 * units, `id` is the pattern's index in the list given to `build`.
 */
export type MatchSink = (id: number, start: number, end: number) => void;

export class AhoCorasick {
  /** Longest pattern, in units; bounds how long a start position stays undecided. */
  readonly maxLength: number;
  /** Number of pattern groups (1 unless `build` was given groups). */
  readonly groupCount: number;
  /** The selection ring, reused across scans (allocating typed arrays per short item costs more than scanning it). */
  private ring: SelectionRing | null = null;

  private constructor(
    readonly patternCount: number,
    private readonly rootNext: Int32Array,
    private readonly edgeStart: Int32Array,
    private readonly edgeLabel: Uint16Array,
    private readonly edgeTarget: Int32Array,
    private readonly wide: WideEdges,
    private readonly bigrams: Int32Array,
    private readonly fail: Int32Array,
    private readonly depth: Int32Array,
    private readonly out: Int32Array,
    private readonly outLink: Int32Array,
    /** Per node: itself when it reports a pattern, else its output link (one read per unit instead of two). */
    private readonly firstOut: Int32Array,
    /** Per pattern id: the next id with the same string in another group, or -1. */
    private readonly sameNext: Int32Array,
    private readonly groupOf: Uint8Array,
    maxLength: number,
    groupCount: number,
  ) {
    this.maxLength = maxLength;
    this.groupCount = groupCount;
  }

  /**
   * Pattern i gets id i, in group `groups[i]` (default: all in group 0; at most 31 groups, a bit each in a word). Empty
   * patterns never match; a pattern repeated within a group keeps the first id (callers merge duplicates
   * beforehand when they carry different data), one repeated in another group is reported to both.
   */
  static build(patterns: readonly string[], groups?: readonly number[]): AhoCorasick {
    const groupOf = new Uint8Array(patterns.length);
    let groupCount = 1;
    if (groups !== undefined) {
      for (let id = 0; id < patterns.length; id++) {
        const g = groups[id];
        if (!(g >= 0 && g < 31)) throw new RangeError(`pattern ${id}: group ${g} outside 0..30`);
        groupOf[id] = g;
        if (g >= groupCount) groupCount = g + 1;
      }
    }
    const sameNext = new Int32Array(patterns.length).fill(-1);
    // Construction uses one Map keyed by node * 65536 + unit; it is thrown away after compaction.
    const childOf = new Map<number, number>();
    const parent: number[] = [-1];
    const label: number[] = [0];
    const depth: number[] = [0];
    const out: number[] = [-1];
    let maxLength = 0;
    for (let id = 0; id < patterns.length; id++) {
      const p = patterns[id];
      if (p.length === 0) continue;
      if (p.length > maxLength) maxLength = p.length;
      let node = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        const key = node * 65536 + c;
        let next = childOf.get(key);
        if (next === undefined) {
          next = parent.length;
          childOf.set(key, next);
          parent.push(node);
          label.push(c);
          depth.push(depth[node] + 1);
          out.push(-1);
        }
        node = next;
      }
      if (out[node] < 0) {
        out[node] = id;
        continue;
      }
      // The node already reports a pattern: chain this id unless its group already has one here.
      let last = out[node];
      let taken = groupOf[last] === groupOf[id];
      while (!taken && sameNext[last] >= 0) {
        last = sameNext[last];
        taken = groupOf[last] === groupOf[id];
      }
      if (!taken) sameNext[last] = id;
    }
    const nodeCount = parent.length;

    // Children in CSR form, sorted by label (nodes are numbered in creation order, so counting sort by parent).
    const edgeStart = new Int32Array(nodeCount + 1);
    for (let v = 1; v < nodeCount; v++) edgeStart[parent[v] + 1]++;
    for (let u = 0; u < nodeCount; u++) edgeStart[u + 1] += edgeStart[u];
    const fill = edgeStart.slice(0, nodeCount);
    const edgeLabel = new Uint16Array(Math.max(0, nodeCount - 1));
    const edgeTarget = new Int32Array(Math.max(0, nodeCount - 1));
    for (let v = 1; v < nodeCount; v++) {
      const at = fill[parent[v]]++;
      edgeLabel[at] = label[v];
      edgeTarget[at] = v;
    }
    for (let u = 0; u < nodeCount; u++) sortEdges(edgeLabel, edgeTarget, edgeStart[u], edgeStart[u + 1]);

    const rootNext = new Int32Array(65536);
    for (let e = edgeStart[0]; e < edgeStart[1]; e++) rootNext[edgeLabel[e]] = edgeTarget[e];

    const fail = new Int32Array(nodeCount);
    const outArr = Int32Array.from(out);
    const outLink = new Int32Array(nodeCount).fill(-1);
    const queue = new Int32Array(nodeCount);
    let head = 0;
    let tail = 0;
    for (let e = edgeStart[0]; e < edgeStart[1]; e++) queue[tail++] = edgeTarget[e];
    while (head < tail) {
      const u = queue[head++];
      for (let e = edgeStart[u]; e < edgeStart[u + 1]; e++) {
        const c = edgeLabel[e];
        const v = edgeTarget[e];
        let f = fail[u];
        let target = -1;
        for (;;) {
          if (f === 0) {
            target = rootNext[c];
            break;
          }
          target = findChild(edgeStart, edgeLabel, edgeTarget, f, c);
          if (target >= 0) break;
          f = fail[f];
        }
        fail[v] = target;
        outLink[v] = outArr[target] >= 0 ? target : outLink[target];
        queue[tail++] = v;
      }
    }
    const wide = buildWideEdges(edgeStart, edgeLabel, edgeTarget, nodeCount);
    const bigrams = new Int32Array(BIGRAM_WORDS);
    for (let v = 1; v < nodeCount; v++) {
      if (parent[v] === 0) continue;
      const h = bigramHash(label[parent[v]], label[v]);
      bigrams[h >>> 5] |= 1 << (h & 31);
    }
    const firstOut = new Int32Array(nodeCount);
    for (let v = 0; v < nodeCount; v++) firstOut[v] = outArr[v] >= 0 ? v : outLink[v];
    return new AhoCorasick(
      patterns.length, rootNext, edgeStart, edgeLabel, edgeTarget, wide, bigrams, fail, Int32Array.from(depth), outArr, outLink, firstOut,
      sameNext, groupOf, maxLength, groupCount,
    );
  }

  /**
   * Leftmost-longest, non-overlapping within each group: among a group's matches starting at the smallest
   * position the longest wins, then that group resumes after it. A start is settled once the scan is
   * `maxLength` units past it (no longer match can start there), so the selection runs in a ring of that
   * size per group, not over the input.
   */
  scan(codes: Uint16Array, sink: MatchSink, opts: ScanOptions = {}): void {
    if (this.maxLength === 0) return;
    let size = 1;
    while (size < this.maxLength) size <<= 1;
    const groups = this.groupCount;
    // A sink that scans again (re-entrancy) gets its own ring.
    let ring = this.ring;
    this.ring = null;
    if (ring === null || ring.size !== size) ring = new SelectionRing(size, groups);
    // A scan leaves the ring settled (every candidate emitted, every slot free) and numbers its units on from
    // where the last one stopped, so nothing it left can be mistaken for a candidate of this one: clearing
    // five arrays per call cost more than walking a short item. Only a scan that did not finish (a sink
    // that threw) or a count nearing the small-integer range starts from a cleared ring.
    if (ring.dirty || ring.base > RING_BASE_LIMIT) ring.reset();
    ring.dirty = true;
    try {
      ring.base = this.scanWith(codes, sink, opts, ring);
      ring.dirty = false;
    } finally {
      this.ring = ring;
    }
  }

  /** Returns the consumed-unit count it stopped at: the next scan's first. */
  private scanWith(codes: Uint16Array, sink: MatchSink, opts: ScanOptions, r: SelectionRing): number {
    // Named fields, not `const [a, b, …] = arrays`: destructuring runs the array iterator, whose feedback
    // made the optimised walk bail out ("not a Smi") during measured runs and be recompiled.
    const { pos, candK, candStart, candEnd, candEndK, candId, takenUntilK, pending, slotGroups } = r;
    const ring = r.size;
    const mask = ring - 1;
    const groups = this.groupCount;
    const transparent = opts.transparent ?? -1;
    const accept = opts.accept;
    const bounded = opts.boundedGroups;
    const { rootNext, edgeStart, edgeLabel, edgeTarget, fail, depth, out, outLink, firstOut, sameNext, groupOf } = this;
    const { hNode, hLabel, hNext, hMask, hShift } = this.wide;
    const bigrams = this.bigrams;
    let prev = -1;
    let pendingAll = 0;
    // Index in `codes` of the last transparent unit: a bounded group's match must start after it.
    let lastTransparent = -1;

    // Settling a start (below, twice, written out: a closure here would be re-created on every scan)
    // emits its candidate unless an earlier selected match of its group already covers it.
    let state = 0;
    const first = r.base;
    let k = first;
    const n = Math.min(opts.length ?? codes.length, codes.length);
    for (let i = 0; i < n; i++) {
      const c = codes[i];
      if (c === transparent) {
        lastTransparent = i;
        continue;
      }
      if (pendingAll > 0 && k - ring >= first && slotGroups[(k - ring) & mask] !== 0) {
        const settled = k - ring;
        slotGroups[settled & mask] = 0;
        for (let g = 0, base = 0; g < groups; g++, base += ring) {
          if (pending[g] === 0) continue;
          const slot = base + (settled & mask);
          if (candK[slot] !== settled) continue;
          candK[slot] = -1;
          pending[g]--;
          pendingAll--;
          if (settled >= takenUntilK[g]) {
            sink(candId[slot], candStart[slot], candEnd[slot]);
            takenUntilK[g] = candEndK[slot];
          }
        }
      }
      pos[k & mask] = i;

      // No pattern has `prev c` inside it, so no partial match survives this unit: restart from the
      // root without walking the failure chain. Ordinary text takes this branch on most units.
      if (state !== 0) {
        const h = bigramHash(prev, c);
        if ((bigrams[h >>> 5] & (1 << (h & 31))) === 0) state = 0;
      }
      prev = c;
      for (;;) {
        if (state === 0) {
          state = rootNext[c];
          break;
        }
        const lo = edgeStart[state];
        const hi = edgeStart[state + 1];
        let next = -1;
        if (hi - lo <= 8) {
          for (let e = lo; e < hi; e++) {
            if (edgeLabel[e] === c) {
              next = edgeTarget[e];
              break;
            }
          }
        } else {
          let h = Math.imul(Math.imul(state, 0x9e3779b1) ^ c, 0x85ebca6b) >>> hShift;
          for (;;) {
            const node = hNode[h];
            if (node === -1) break;
            if (node === state && hLabel[h] === c) {
              next = hNext[h];
              break;
            }
            h = (h + 1) & hMask;
          }
        }
        if (next >= 0) {
          state = next;
          break;
        }
        state = fail[state];
      }

      let o = firstOut[state];
      while (o >= 0) {
        const s = k + 1 - depth[o];
        const start = pos[s & mask];
        for (let id = out[o]; id >= 0; id = sameNext[id]) {
          const g = groupOf[id];
          if (s < takenUntilK[g]) continue;
          if (bounded !== undefined && bounded[g] === 1 && start < lastTransparent) continue;
          if (accept !== undefined && !accept(id, start, i + 1)) continue;
          const slot = g * ring + (s & mask);
          if (candK[slot] !== s) {
            candK[slot] = s;
            candStart[slot] = start;
            pending[g]++;
            pendingAll++;
            slotGroups[s & mask] |= 1 << g;
          }
          // Ends only grow, so a later match for the same start is the longer one.
          candEnd[slot] = i + 1;
          candEndK[slot] = k + 1;
          candId[slot] = id;
        }
        o = outLink[o];
      }
      k++;
    }
    for (let s = Math.max(first, k - ring); s < k && pendingAll > 0; s++) {
      slotGroups[s & mask] = 0;
      for (let g = 0, base = 0; g < groups; g++, base += ring) {
        const slot = base + (s & mask);
        if (candK[slot] !== s) continue;
        candK[slot] = -1;
        pending[g]--;
        pendingAll--;
        if (s >= takenUntilK[g]) {
          sink(candId[slot], candStart[slot], candEnd[slot]);
          takenUntilK[g] = candEndK[slot];
        }
      }
    }
    return k;
  }
}

/** Above this the ring's unit count is reset, so every index stays a small integer (V8's 31-bit Smi). */
const RING_BASE_LIMIT = 1 << 29;

/**
 * The leftmost-longest selection's state: per group, one slot per start position still undecided (a ring
 * of `size` = maxLength rounded up to a power of two). pos: consumed index → position in `codes`; candK: the
 * start (consumed index) owning a slot, or -1; slotGroups: per slot, a bit per group holding a candidate
 * (settling reads one word).
 */
class SelectionRing {
  readonly pos: Int32Array;
  readonly candK: Int32Array;
  readonly candStart: Int32Array;
  readonly candEnd: Int32Array;
  readonly candEndK: Int32Array;
  readonly candId: Int32Array;
  readonly takenUntilK: Int32Array;
  readonly pending: Int32Array;
  readonly slotGroups: Int32Array;
  /** The consumed-unit count the next scan starts from (see `AhoCorasick.scan`). */
  base = 0;
  /** Set while a scan runs: still set at the next scan means the last one did not finish. */
  dirty = true;

  constructor(readonly size: number, groups: number) {
    this.pos = new Int32Array(size);
    this.candK = new Int32Array(size * groups);
    this.candStart = new Int32Array(size * groups);
    this.candEnd = new Int32Array(size * groups);
    this.candEndK = new Int32Array(size * groups);
    this.candId = new Int32Array(size * groups);
    this.takenUntilK = new Int32Array(groups);
    this.pending = new Int32Array(groups);
    this.slotGroups = new Int32Array(size);
  }

  reset(): void {
    this.candK.fill(-1);
    this.takenUntilK.fill(0);
    this.pending.fill(0);
    this.slotGroups.fill(0);
    this.base = 0;
  }
}

/** A 2^20-bit set of the adjacent unit pairs inside patterns (hashed; a false positive only costs time). */
const BIGRAM_WORDS = 1 << 15;

function bigramHash(a: number, b: number): number {
  return Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) >>> 12;
}

/**
 * Edges of nodes with many children, in an open-addressing hash keyed by (node, unit). With thousands
 * of terms the nodes near the root fan out widely, and ordinary text visits exactly those nodes on
 * almost every unit, mostly to miss; one or two probes beat a binary search there.
 */
interface WideEdges {
  hNode: Int32Array;
  hLabel: Uint16Array;
  hNext: Int32Array;
  hMask: number;
  /** 32 - log2(size): the hash takes the well-mixed high bits of the product. */
  hShift: number;
}

function buildWideEdges(edgeStart: Int32Array, edgeLabel: Uint16Array, edgeTarget: Int32Array, nodeCount: number): WideEdges {
  let count = 0;
  for (let u = 1; u < nodeCount; u++) {
    const fan = edgeStart[u + 1] - edgeStart[u];
    if (fan > 8) count += fan;
  }
  let size = 2;
  let bits = 1;
  while (size < count * 2) {
    size <<= 1;
    bits++;
  }
  const hShift = 32 - bits;
  const hNode = new Int32Array(size).fill(-1);
  const hLabel = new Uint16Array(size);
  const hNext = new Int32Array(size);
  const hMask = size - 1;
  for (let u = 1; u < nodeCount; u++) {
    if (edgeStart[u + 1] - edgeStart[u] <= 8) continue;
    for (let e = edgeStart[u]; e < edgeStart[u + 1]; e++) {
      let h = Math.imul(Math.imul(u, 0x9e3779b1) ^ edgeLabel[e], 0x85ebca6b) >>> hShift;
      while (hNode[h] !== -1) h = (h + 1) & hMask;
      hNode[h] = u;
      hLabel[h] = edgeLabel[e];
      hNext[h] = edgeTarget[e];
    }
  }
  return { hNode, hLabel, hNext, hMask, hShift };
}

function findChild(edgeStart: Int32Array, edgeLabel: Uint16Array, edgeTarget: Int32Array, node: number, c: number): number {
  let lo = edgeStart[node];
  let hi = edgeStart[node + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const l = edgeLabel[mid];
    if (l === c) return edgeTarget[mid];
    if (l < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function sortEdges(labels: Uint16Array, targets: Int32Array, from: number, to: number): void {
  if (to - from < 2) return;
  if (to - from <= 16) {
    for (let i = from + 1; i < to; i++) {
      const l = labels[i];
      const t = targets[i];
      let j = i - 1;
      while (j >= from && labels[j] > l) {
        labels[j + 1] = labels[j];
        targets[j + 1] = targets[j];
        j--;
      }
      labels[j + 1] = l;
      targets[j + 1] = t;
    }
    return;
  }
  const idx = Array.from({ length: to - from }, (_, i) => from + i).sort((a, b) => labels[a] - labels[b]);
  const l2 = idx.map((i) => labels[i]);
  const t2 = idx.map((i) => targets[i]);
  for (let i = 0; i < idx.length; i++) {
    labels[from + i] = l2[i];
    targets[from + i] = t2[i];
  }
}
