// SimHash fingerprints: two texts that share most of their features get fingerprints a few bits
// apart, so a syndicated copy with a new headline or one edited paragraph is still recognised.
// Features are word pairs for Latin text and character pairs for CJK text (Chinese has no spaces).

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;
// A token is one CJK character or a run of letters/digits.
const TOKEN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]|[\p{L}\p{N}]+/gu;

/** The features of a text with their counts: word bigrams for Latin runs, character bigrams for CJK runs. */
function features(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (f: string) => counts.set(f, (counts.get(f) ?? 0) + 1);
  // Pairs never span a change of script, so mixed text does not invent cross-script features.
  const flush = (run: string[], cjk: boolean) => {
    if (run.length === 1) add(run[0]!);
    for (let i = 1; i < run.length; i++) add(cjk ? run[i - 1]! + run[i]! : `${run[i - 1]} ${run[i]}`);
  };
  let run: string[] = [];
  let runCjk = false;
  for (const m of text.normalize("NFKC").toLowerCase().matchAll(TOKEN)) {
    const cjk = CJK.test(m[0]);
    if (run.length && cjk !== runCjk) {
      flush(run, runCjk);
      run = [];
    }
    run.push(m[0]);
    runCjk = cjk;
  }
  if (run.length) flush(run, runCjk);
  return counts;
}

// Two independent 32-bit FNV-1a hashes make the 64 bits (BigInt arithmetic would be slower).
function fnv1a32(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Final avalanche so nearby strings spread over all bits.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** 64-bit SimHash of a text as 16 lower-case hex digits ("0000000000000000" for a text without words). */
export function simhash(text: string): string {
  const weights = new Array<number>(64).fill(0);
  for (const [feature, count] of features(text)) {
    const hi = fnv1a32(feature, 0x811c9dc5);
    const lo = fnv1a32(feature, 0x050c5d1f);
    for (let bit = 0; bit < 32; bit++) {
      weights[bit] += (hi >>> bit) & 1 ? count : -count;
      weights[32 + bit] += (lo >>> bit) & 1 ? count : -count;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (weights[bit]! > 0) hi |= 1 << bit;
    if (weights[32 + bit]! > 0) lo |= 1 << bit;
  }
  return (hi >>> 0).toString(16).padStart(8, "0") + (lo >>> 0).toString(16).padStart(8, "0");
}

/** Set bits in a 32-bit integer: the Hamming distance of two fingerprint halves is popcount32(a ^ b). */
export function popcount32(x: number): number {
  let v = x >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
