import { byId, el, postJson, problemText } from './dom';
import { language, t } from './i18n';
import { countrySelect, page } from './layout';

let status: { reference: string; status: string } | { error: string } | null = null;

function drawStatus(): void {
  const slot = byId('status');
  if (!status) {
    slot.hidden = true;
    return;
  }
  slot.hidden = false;
  slot.replaceChildren(
    'error' in status
      ? el('p', { class: 'error' }, status.error)
      : el(
          'p',
          { 'data-testid': 'appeal-status' },
          `${status.reference}: ${t(`appeal.status_${status.status}`)}`,
        ),
  );
}

void page(() => {
  const slot = byId('country-slot');
  const previous = (slot.querySelector('select') as HTMLSelectElement | null)?.value;
  slot.replaceChildren(countrySelect('country', previous));
  drawStatus();
});

byId<HTMLFormElement>('appeal-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target as HTMLFormElement);
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const result = byId('result');
  result.hidden = false;
  try {
    const { ok, data } = await postJson<{
      reference?: string;
      message?: string;
      problems?: { field: string; reason: string }[];
    }>('/api/v1/public/appeals', {
      value: text('value'),
      ...(text('bank') ? { bank: text('bank') } : {}),
      country: text('country'),
      name: text('name'),
      contact: text('contact'),
      statement: text('statement'),
      language: language(),
    });
    if (ok && data.reference) {
      result.className = 'answer none';
      result.replaceChildren(
        el('h2', {}, t('appeal.thanks')),
        el('p', { class: 'reference', 'data-testid': 'reference' }, data.reference),
      );
      byId<HTMLInputElement>('reference').value = data.reference;
    } else {
      result.className = 'answer error';
      result.replaceChildren(el('h2', {}, t('appeal.failed')), el('p', {}, problemText(data)));
    }
  } catch {
    result.className = 'answer error';
    result.replaceChildren(el('h2', {}, t('appeal.failed')), el('p', {}, t('check.unavailable')));
  }
});

byId<HTMLFormElement>('follow-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const reference = byId<HTMLInputElement>('reference').value.trim();
  try {
    const response = await fetch(`/api/v1/public/appeals/${encodeURIComponent(reference)}`, {
      credentials: 'omit',
    });
    const data = await response.json();
    status = response.ok ? data : { error: String(data.message ?? response.statusText) };
  } catch {
    status = { error: t('check.unavailable') };
  }
  drawStatus();
});
