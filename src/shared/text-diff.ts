/**
 * A line-by-line difference of two texts, as a reader of a plain-text email follows it: lines
 * removed marked "- ", lines added "+ ", unchanged lines around a change kept for context and
 * long unchanged stretches shortened to "…". Longest common subsequence on lines; statements are
 * short enough (hundreds of lines) for the quadratic table.
 */
export function lineDiff(before: string, after: string, opts: { context?: number } = {}): string {
  const a = before.split('\n');
  const b = after.split('\n');
  const context = opts.context ?? 1;
  const n = a.length;
  const m = b.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const ops: { kind: ' ' | '-' | '+'; line: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i]! });
      i++;
      j++;
    } else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      ops.push({ kind: '-', line: a[i]! });
      i++;
    } else {
      ops.push({ kind: '+', line: b[j]! });
      j++;
    }
  }
  const near = ops.map((_, k) => ops.slice(Math.max(0, k - context), k + context + 1).some((o) => o.kind !== ' '));
  const out: string[] = [];
  ops.forEach((o, k) => {
    if (o.kind !== ' ') out.push(`${o.kind} ${o.line}`);
    else if (near[k]) out.push(`  ${o.line}`);
    else if (out[out.length - 1] !== '  …') out.push('  …');
  });
  return out.join('\n');
}
