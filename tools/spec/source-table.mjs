// The provenance table of spec/SOURCE.md (`| field | value |` rows), replaced on each spec:update.

function sourceTable(rows) {
  return ["| field | value |", "| --- | --- |", ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join("\n");
}

/**
 * SOURCE.md with its provenance table replaced; the prose around it (licence, how to update) is kept.
 *
 * @param {string} previous the current SOURCE.md ("" when there is none)
 * @param {Array<[string, string]>} rows
 * @returns {string}
 * @example
 * renderSource(readFileSync("spec/SOURCE.md", "utf8"), [["Camunda version", "8.10"]]);
 */
export function renderSource(previous, rows) {
  const table = sourceTable(rows);
  if (!previous) return `# spec/: the pinned Camunda REST API spec\n\n${table}\n`;
  const lines = previous.split("\n");
  const start = lines.findIndex((l) => l.startsWith("|"));
  if (start < 0) return `${previous.trimEnd()}\n\n${table}\n`;
  let end = start;
  while (end < lines.length && (lines[end] ?? "").startsWith("|")) end++;
  return [...lines.slice(0, start), table, ...lines.slice(end)].join("\n");
}
