import { SCAM_TYPES } from '../../../src/domain/report';
import { byId, el, postJson, problemText } from './dom';
import { language, t } from './i18n';
import { countrySelect, page } from './layout';

const CURRENCIES = ['IDR', 'MYR', 'THB', 'SGD', 'PHP', 'VND', 'KHR', 'LAK', 'MMK', 'BND', 'USD', 'USDT'];
const MAX_VALUES = 10;
let rows = 1;

function valueRow(i: number): HTMLElement {
  return el(
    'div',
    { class: 'row indicator' },
    el('input', {
      name: `value-${i}`,
      maxlength: '300',
      'aria-label': t('report.value'),
      placeholder: t('report.value'),
    }),
    el('input', {
      name: `bank-${i}`,
      maxlength: '100',
      'aria-label': t('report.bank'),
      placeholder: t('report.bank'),
    }),
  );
}

function drawDynamic(): void {
  const country = byId('country-slot');
  const previous = (country.querySelector('select') as HTMLSelectElement | null)?.value;
  country.replaceChildren(countrySelect('country', previous));
  const scam = byId<HTMLSelectElement>('scam_type');
  const chosen = scam.value;
  scam.replaceChildren(...SCAM_TYPES.map((s) => el('option', { value: s }, t(`scam.${s}`))));
  if (chosen) scam.value = chosen;
  const currency = byId<HTMLSelectElement>('currency');
  if (currency.options.length === 0)
    currency.replaceChildren(...CURRENCIES.map((c) => el('option', { value: c }, c)));
  const values = byId('values');
  const typed = [...values.querySelectorAll('input')].map((input) => input.value);
  values.replaceChildren(...Array.from({ length: rows }, (_, i) => valueRow(i)));
  values.querySelectorAll('input').forEach((input, i) => {
    input.value = typed[i] ?? '';
  });
}

void page(drawDynamic);

byId('add-value').addEventListener('click', () => {
  if (rows < MAX_VALUES) rows += 1;
  drawDynamic();
});

byId<HTMLFormElement>('report-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target as HTMLFormElement);
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const indicators = Array.from({ length: rows }, (_, i) => ({
    value: text(`value-${i}`),
    bank: text(`bank-${i}`),
  }))
    .filter((v) => v.value)
    .map((v) => (v.bank ? v : { value: v.value }));
  const amount = Number(text('amount'));
  const when = text('date');
  const body = {
    country: text('country'),
    scam_type: text('scam_type'),
    ...(when ? { reported_at: new Date(`${when}T12:00:00Z`).toISOString() } : {}),
    ...(amount > 0 ? { loss: { amount, currency: text('currency') } } : {}),
    narrative: text('narrative'),
    indicators,
    reporter: { name: text('name') || undefined, contact: text('contact') || undefined },
    language: language(),
  };
  const result = byId('result');
  result.hidden = false;
  try {
    const { ok, data } = await postJson<{
      reference?: string;
      message?: string;
      problems?: { field: string; reason: string }[];
    }>('/api/v1/public/reports', body);
    if (ok && data.reference) {
      result.className = 'answer none';
      result.replaceChildren(
        el('h2', {}, t('report.thanks')),
        el('p', { class: 'reference', 'data-testid': 'reference' }, data.reference),
        el('p', {}, t('report.keep')),
      );
      (event.target as HTMLFormElement).reset();
    } else {
      result.className = 'answer error';
      result.replaceChildren(el('h2', {}, t('report.failed')), el('p', {}, problemText(data)));
    }
  } catch {
    result.className = 'answer error';
    result.replaceChildren(el('h2', {}, t('report.failed')), el('p', {}, t('check.unavailable')));
  }
});
