import {
  ArcElement,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Bar, Doughnut, Line } from 'react-chartjs-2';

ChartJS.register(
  CategoryScale,
  LinearScale,
  BarElement,
  LineElement,
  PointElement,
  ArcElement,
  Tooltip,
  Legend,
);

export const PALETTE = [
  '#0f766e',
  '#2563eb',
  '#d97706',
  '#dc2626',
  '#7c3aed',
  '#059669',
  '#db2777',
  '#4b5563',
  '#65a30d',
  '#0891b2',
  '#ea580c',
  '#9333ea',
];

export function LineChart({ labels, values, label }: { labels: string[]; values: number[]; label: string }) {
  return (
    <Line
      data={{
        labels,
        datasets: [
          { label, data: values, borderColor: PALETTE[0], backgroundColor: PALETTE[0], tension: 0.2 },
        ],
      }}
      options={{
        responsive: true,
        animation: false,
        scales: { y: { beginAtZero: true } },
        plugins: { legend: { display: false } },
      }}
    />
  );
}

export function BarChart({
  labels,
  values,
  label,
  horizontal = false,
}: {
  labels: string[];
  values: number[];
  label: string;
  horizontal?: boolean;
}) {
  return (
    <Bar
      data={{
        labels,
        datasets: [
          { label, data: values, backgroundColor: labels.map((_, i) => PALETTE[i % PALETTE.length]!) },
        ],
      }}
      options={{
        responsive: true,
        animation: false,
        indexAxis: horizontal ? 'y' : 'x',
        plugins: { legend: { display: false } },
      }}
    />
  );
}

export function DoughnutChart({ labels, values }: { labels: string[]; values: number[] }) {
  return (
    <Doughnut
      data={{
        labels,
        datasets: [{ data: values, backgroundColor: labels.map((_, i) => PALETTE[i % PALETTE.length]!) }],
      }}
      options={{ responsive: true, animation: false, plugins: { legend: { position: 'right' } } }}
    />
  );
}
