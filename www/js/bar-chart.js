// A horizontal bar chart in SVG, built with createElementNS (no innerHTML, no inline style:
// sizes are attributes, colours come from the stylesheet). The numbers are also text, so the
// chart reads the same to a screen reader (role="img" with a label, and a list of the bars).
const SVG = "http://www.w3.org/2000/svg";

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Draws `bars` ([{ key, label, value, text }]) into `container`; `label` names the chart.
 */
export function barChart(container, bars, { label }) {
  const rowHeight = 34;
  const labelWidth = 250;
  const barWidth = 320;
  const width = labelWidth + barWidth + 60;
  const height = Math.max(1, bars.length) * rowHeight + 8;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img", "aria-label": label, class: "bar-chart" });
  chart.append(svg("title", {}, label));
  bars.forEach((b, i) => {
    const y = 4 + i * rowHeight;
    const w = Math.round((b.value / max) * barWidth);
    const g = svg("g", { "data-key": b.key, "data-value": b.value });
    g.append(
      svg("text", { x: labelWidth - 8, y: y + rowHeight / 2, "text-anchor": "end", "dominant-baseline": "middle", class: "bar-label" }, b.label),
      svg("rect", { x: labelWidth, y: y + 5, width: Math.max(w, 1), height: rowHeight - 10, rx: 3, class: "bar" }),
      svg("text", { x: labelWidth + w + 6, y: y + rowHeight / 2, "dominant-baseline": "middle", class: "bar-value" }, b.text),
    );
    chart.append(g);
  });
  container.replaceChildren(chart);
}
