// Small statistics helpers: median and spread of rounds.

/** Median of numbers (mean of the two middle values for an even count). */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** {median, min, max, n} of numbers, rounded to `digits`. */
export function summary(values, digits = 3) {
  const r = (x) => Number(x.toFixed(digits));
  return { median: r(median(values)), min: r(Math.min(...values)), max: r(Math.max(...values)), n: values.length };
}

/** a / b rounded to 2 decimals, or null when either is missing. */
export function ratio(a, b) {
  return a == null || b == null || b === 0 ? null : Number((a / b).toFixed(2));
}
