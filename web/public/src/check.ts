import { byId, el } from './dom';
import { language, t } from './i18n';
import { countrySelect, page } from './layout';

interface CheckAnswer {
  kind: string;
  value: string;
  reported: boolean;
  reports: number;
  countries: string[];
  last_seen: string | null;
  scam_types: { scam_type: string; reports: number }[];
  cleared: string | null;
  message?: string;
}

let last: { answer: CheckAnswer } | { error: string } | null = null;

function draw(): void {
  const answer = byId('answer');
  if (!last) {
    answer.hidden = true;
    return;
  }
  answer.hidden = false;
  if ('error' in last) {
    answer.className = 'answer error';
    answer.replaceChildren(el('h2', {}, t('check.invalid')), el('p', {}, last.error));
    return;
  }
  const a = last.answer;
  const readAs = el(
    'p',
    { class: 'canonical' },
    t('check.readAs', { kind: t(`kind.${a.kind}`), value: a.value }),
  );
  const next = el(
    'div',
    { class: 'next' },
    el('h3', {}, t('check.nextTitle')),
    el(
      'ol',
      {},
      el('li', {}, t('check.next1')),
      el('li', {}, t('check.next2')),
      el('li', {}, t('check.next3')),
    ),
  );
  if (a.cleared) {
    answer.className = 'answer cleared';
    answer.replaceChildren(el('h2', {}, t('check.cleared')), readAs, el('p', {}, t('check.clearedNote')));
  } else if (a.reported) {
    const date = a.last_seen ? new Date(a.last_seen).toLocaleDateString(language()) : '';
    answer.className = 'answer reported';
    answer.replaceChildren(
      el('h2', {}, t('check.reported', { count: a.reports })),
      readAs,
      el('p', {}, t('check.countries', { list: a.countries.join(', ') })),
      el(
        'p',
        {},
        t('check.scamTypes', { list: a.scam_types.map((s) => t(`scam.${s.scam_type}`)).join(', ') }),
      ),
      el('p', {}, t('check.lastSeen', { date })),
      next,
    );
  } else {
    answer.className = 'answer none';
    answer.replaceChildren(
      el('h2', {}, t('check.noReports')),
      readAs,
      el('p', {}, t('check.noReportsNote')),
      next,
    );
  }
}

void page(() => {
  const slot = byId('country-slot');
  const previous = (slot.querySelector('select') as HTMLSelectElement | null)?.value;
  slot.replaceChildren(countrySelect('country', previous));
  draw();
});

byId<HTMLFormElement>('check-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target as HTMLFormElement);
  const params = new URLSearchParams({ value: String(form.get('value') ?? '') });
  const bank = String(form.get('bank') ?? '').trim();
  const country = String(form.get('country') ?? '');
  if (bank) params.set('bank', bank);
  if (country) params.set('country', country);
  try {
    const response = await fetch(`/api/v1/check?${params}`, { credentials: 'omit' });
    const data = await response.json();
    last = response.ok
      ? { answer: data as CheckAnswer }
      : { error: String(data.message ?? response.statusText) };
  } catch {
    last = { error: t('check.unavailable') };
  }
  draw();
});
