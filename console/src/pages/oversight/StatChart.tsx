import { BarChart, PieChart, type BarSeriesOption, type PieSeriesOption } from 'echarts/charts';
import { GridComponent, TooltipComponent, type GridComponentOption, type TooltipComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the 统计 screen draws: this module is imported by that screen alone, so ECharts stays in its lazy chunk.
echarts.use([BarChart, PieChart, GridComponent, TooltipComponent, CanvasRenderer]);

type Option = echarts.ComposeOption<BarSeriesOption | PieSeriesOption | GridComponentOption | TooltipComponentOption>;

export interface ChartRow { label: string; count: number }

/** The console's red, then tones that stay apart for people with the common colour-vision deficiencies. */
const PALETTE = ['#b01f24', '#0b57a4', '#ad4e00', '#237804', '#531dab', '#595959', '#c41d7f', '#08979c'];

function optionFor(kind: 'bar' | 'pie', rows: ChartRow[], unit: string): Option {
  const tooltip: TooltipComponentOption = { trigger: kind === 'pie' ? 'item' : 'axis', valueFormatter: (v) => `${String(v)} ${unit}` };
  if (kind === 'pie') {
    return {
      color: PALETTE, tooltip,
      series: [{ type: 'pie', radius: ['35%', '65%'], label: { formatter: '{b}：{c}' }, data: rows.map((r) => ({ name: r.label, value: r.count })) }],
    };
  }
  return {
    color: PALETTE, tooltip,
    grid: { left: 48, right: 16, top: 24, bottom: 56 },
    xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: rows.map((r) => r.count), barMaxWidth: 40, label: { show: rows.length <= 12, position: 'top' } }],
  };
}

/** The figures in one sentence: what a screen reader says for the picture. */
export const summarise = (title: string, rows: ChartRow[], unit: string): string =>
  rows.length === 0 ? `${title}：无数据` : `${title}：${rows.map((r) => `${r.label} ${r.count} ${unit}`).join('，')}`;

/**
 * One chart with its text alternative: the canvas is an image labelled with every figure, and the same
 * figures follow as a table, so nothing is only in the picture.
 */
export function StatChart({ title, rows, kind, unit = '条' }: { title: string; rows: ChartRow[]; kind: 'bar' | 'pie'; unit?: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current, null, { renderer: 'canvas' });
    chart.setOption(optionFor(kind, rows, unit));
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(box.current);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [kind, rows, unit]);
  return (
    <figure style={{ margin: 0 }}>
      <figcaption><h2 style={{ fontSize: 16, margin: '0 0 8px' }}>{title}</h2></figcaption>
      {rows.length === 0 ? <p>该期间没有数据。</p> : <div ref={box} className="stat-chart" role="img" aria-label={summarise(title, rows, unit)} />}
      {rows.length > 0 && (
        // Laid across rather than down: twelve months read in one line, as in the report's own tables.
        <div className="stat-table-wrap">
          <table className="stat-table">
            <caption className="sr-only">{title}（数据表）</caption>
            <tbody>
              <tr><th scope="row">项目</th>{rows.map((r) => <th scope="col" key={r.label}>{r.label}</th>)}</tr>
              <tr><th scope="row">数量（{unit}）</th>{rows.map((r) => <td className="num" key={r.label}>{r.count}</td>)}</tr>
            </tbody>
          </table>
        </div>
      )}
    </figure>
  );
}
