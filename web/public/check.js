// The look-up page: asks /api/v1/check and shows the answer. Every value is written with textContent, never
// as HTML, since it may echo what someone typed.
const form = document.getElementById('check-form');
const answer = document.getElementById('answer');

function line(tag, text, className) {
  const el = document.createElement(tag);
  el.textContent = text;
  if (className) el.className = className;
  return el;
}

function show(children, tone) {
  answer.replaceChildren(...children);
  answer.className = tone;
  answer.hidden = false;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const params = new URLSearchParams({ value: String(data.get('value') || '') });
  const country = String(data.get('country') || '');
  const bank = String(data.get('bank') || '').trim();
  if (country) params.set('country', country);
  if (bank) {
    // A wallet name goes as provider, a bank as bank; the server tells which it understood.
    params.set('bank', bank);
  }
  let body;
  try {
    const response = await fetch(`/api/v1/check?${params}`);
    body = await response.json();
    if (!response.ok) {
      show(
        [line('h2', 'Could not read that value'), line('p', body.message || 'Please check what you typed.')],
        'error',
      );
      return;
    }
  } catch {
    show([line('h2', 'The service did not answer'), line('p', 'Please try again in a moment.')], 'error');
    return;
  }
  const parts = [line('p', `${body.kind}: ${body.value}`, 'canonical')];
  if (body.reported) {
    parts.unshift(line('h2', `Reported ${body.reports} time${body.reports === 1 ? '' : 's'}`));
    parts.push(line('p', `Countries: ${body.countries.join(', ')}`));
    parts.push(
      line('p', `Scam types: ${body.scam_types.map((s) => `${s.scam_type} (${s.reports})`).join(', ')}`),
    );
    parts.push(
      line('p', `First seen ${body.first_seen.slice(0, 10)}, last seen ${body.last_seen.slice(0, 10)}`),
    );
    if (body.losses.length > 0) {
      parts.push(
        line(
          'p',
          `Reported losses: ${body.losses.map((l) => `${l.amount.toLocaleString()} ${l.currency}`).join(', ')}`,
        ),
      );
    }
    parts.push(line('p', body.message, 'advice'));
    show(parts, 'reported');
  } else {
    parts.unshift(line('h2', 'No reports'));
    parts.push(line('p', body.message, 'advice'));
    show(parts, 'unknown');
  }
});
