import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import Sigma from 'sigma';
import { PALETTE } from './charts';

export interface ClusterGraphData {
  reports: { id: string; source_ref: string; country: string; scam_type: string }[];
  indicators: { id: string; kind: string; value: string; links: boolean; reports: number }[];
  edges: { report: string; indicator: string }[];
}

const KIND_COLOURS: Record<string, string> = {
  phone: '#2563eb',
  bank_account: '#d97706',
  ewallet: '#059669',
  crypto: '#7c3aed',
  url: '#db2777',
  domain: '#be185d',
  email: '#0891b2',
  social: '#65a30d',
  app: '#ea580c',
  ip: '#4b5563',
};
const REPORT_GREY = '#9ca3af';
const HELD = '#111827';

function countryColours(countries: Iterable<string>): Map<string, string> {
  return new Map([...new Set(countries)].sort().map((c, i) => [c, PALETTE[i % PALETTE.length]!]));
}

/**
 * The cluster as a WebGL network (sigma.js over a graphology graph): reports and the values they mention,
 * laid out by ForceAtlas2. Values held back from linking are drawn dark. Clicking a node opens its page.
 */
export function ClusterGraph({
  data,
  colourBy,
  onStats,
}: {
  data: ClusterGraphData;
  colourBy: 'kind' | 'country';
  onStats?: (stats: { nodes: number; edges: number; layoutMs: number }) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();

  useEffect(() => {
    if (!container.current) return;
    const started = performance.now();
    const graph = new Graph({ multi: false, type: 'undirected' });
    const reportCountry = new Map(data.reports.map((r) => [r.id, r.country]));
    const colours = countryColours(reportCountry.values());
    const indicatorCountry = new Map<string, Map<string, number>>();
    for (const e of data.edges) {
      const country = reportCountry.get(e.report);
      if (!country) continue;
      const counts = indicatorCountry.get(e.indicator) ?? new Map<string, number>();
      counts.set(country, (counts.get(country) ?? 0) + 1);
      indicatorCountry.set(e.indicator, counts);
    }
    const n = data.reports.length + data.indicators.length;
    const spread = Math.sqrt(n) * 10;
    for (const r of data.reports)
      graph.addNode(`r:${r.id}`, {
        label: `${r.source_ref} (${r.country})`,
        size: 2,
        color: colourBy === 'country' ? colours.get(r.country) : REPORT_GREY,
        x: Math.random() * spread,
        y: Math.random() * spread,
      });
    for (const i of data.indicators) {
      const main = [...(indicatorCountry.get(i.id) ?? new Map())].sort((a, b) => b[1] - a[1])[0]?.[0];
      graph.addNode(`i:${i.id}`, {
        label: i.value,
        size: Math.min(12, 3 + Math.log2(1 + i.reports) * 1.5),
        color: !i.links
          ? HELD
          : colourBy === 'country'
            ? main
              ? colours.get(main)
              : REPORT_GREY
            : (KIND_COLOURS[i.kind] ?? REPORT_GREY),
        x: Math.random() * spread,
        y: Math.random() * spread,
      });
    }
    for (const e of data.edges) {
      const a = `r:${e.report}`;
      const b = `i:${e.indicator}`;
      if (graph.hasNode(a) && graph.hasNode(b) && !graph.hasEdge(a, b))
        graph.addEdge(a, b, { size: 0.5, color: '#d1d5db' });
    }
    forceAtlas2.assign(graph, {
      iterations: n > 4000 ? 60 : n > 1000 ? 120 : 300,
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: n > 1000 },
    });
    const layoutMs = performance.now() - started;
    const renderer = new Sigma(graph, container.current, {
      labelRenderedSizeThreshold: 9,
      defaultEdgeColor: '#d1d5db',
      zIndex: true,
      // Thousands of edges and labels need not be redrawn while the picture moves: it stays fluid, and
      // they come back the moment it stops (sigma's own advice for large graphs).
      hideEdgesOnMove: true,
      hideLabelsOnMove: true,
    });
    renderer.on('clickNode', ({ node }) => {
      const [type, id] = [node.slice(0, 1), node.slice(2)];
      navigate(type === 'r' ? `/reports/${id}` : `/indicators/${encodeURIComponent(id)}`);
    });
    onStats?.({ nodes: graph.order, edges: graph.size, layoutMs });
    // For measurement (the frame-rate benchmark pans the camera through this handle).
    (window as unknown as { jalaGraph?: Sigma }).jalaGraph = renderer;
    return () => {
      renderer.kill();
      (window as unknown as { jalaGraph?: Sigma }).jalaGraph = undefined;
    };
  }, [data, colourBy, navigate, onStats]);

  return <div ref={container} className="graph" data-testid="cluster-graph" />;
}
