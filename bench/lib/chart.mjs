// A dependency-free SVG bar chart of ratios (our side / the other side; lower is better, 1 = same).

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** @param {{label: string, value: number|null}[]} bars */
export function ratioChartSvg(bars, { title, width = 760 } = {}) {
  const rowH = 30;
  const left = 330;
  const right = 70;
  const top = 46;
  const shown = bars.filter((b) => typeof b.value === "number" && Number.isFinite(b.value));
  const max = Math.max(1.25, ...shown.map((b) => b.value)) * 1.05;
  const plotW = width - left - right;
  const x = (v) => left + (Math.max(0, v) / max) * plotW;
  const height = top + bars.length * rowH + 40;
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="13">`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<text x="${width / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${esc(title)}</text>`);
  out.push(`<text x="${width / 2}" y="38" text-anchor="middle" fill="#555">ratio @c8rest / official client: lower is better; the dashed line is parity (1.0)</text>`);
  bars.forEach((b, i) => {
    const y = top + i * rowH;
    out.push(`<text x="${left - 8}" y="${y + 19}" text-anchor="end">${esc(b.label)}</text>`);
    if (typeof b.value === "number" && Number.isFinite(b.value)) {
      const color = b.value <= 0.5 ? "#2e7d32" : b.value <= 1 ? "#8bc34a" : "#e65100";
      out.push(`<rect x="${left}" y="${y + 5}" width="${Math.max(1, x(b.value) - left).toFixed(1)}" height="${rowH - 10}" fill="${color}"/>`);
      out.push(`<text x="${(x(b.value) + 6).toFixed(1)}" y="${y + 19}">${b.value.toFixed(2)}</text>`);
    } else {
      out.push(`<text x="${left + 6}" y="${y + 19}" fill="#999">n/a</text>`);
    }
  });
  const axisY = top + bars.length * rowH + 4;
  out.push(`<line x1="${left}" y1="${top}" x2="${left}" y2="${axisY}" stroke="#333"/>`);
  out.push(`<line x1="${x(1).toFixed(1)}" y1="${top - 4}" x2="${x(1).toFixed(1)}" y2="${axisY}" stroke="#333" stroke-dasharray="4 3"/>`);
  for (const t of [0, 0.5, 1, ...(max > 1.6 ? [1.5] : []), ...(max > 2.1 ? [2] : [])]) {
    out.push(`<text x="${x(t).toFixed(1)}" y="${axisY + 16}" text-anchor="middle" fill="#555">${t}</text>`);
  }
  out.push(`</svg>`);
  return out.join("\n") + "\n";
}
