/**
 * Building the page out of elements and text nodes only: nothing here ever parses a string as HTML, so
 * what people typed (and what the server echoes back) cannot become markup or script.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

export function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`no #${id} on the page`);
  return node as T;
}

export async function postJson<T>(
  path: string,
  body: unknown,
): Promise<{ ok: boolean; status: number; data: T }> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return { ok: response.ok, status: response.status, data: (await response.json()) as T };
}

/** The API's error shape, in words: the message and, per field, why. */
export function problemText(data: {
  message?: string;
  problems?: { field: string; reason: string }[];
}): string {
  const problems = (data.problems ?? []).map((p) => `${p.field.replace(/^\//, '')}: ${p.reason}`);
  return [data.message ?? '', ...problems].filter(Boolean).join(' — ');
}
