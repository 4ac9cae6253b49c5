import { Fragment } from 'react';
import { Link } from 'react-router';

/**
 * A victim's narrative, shown as text: React escapes every character, nothing is parsed as markup, and
 * links inside it are not made clickable. The indicators found in it are highlighted and lead to their
 * pages (through the router, never through a URL taken from the text).
 */
export function Narrative({
  text,
  spans,
}: {
  text: string;
  spans: { start: number; end: number; indicator_id: string }[];
}) {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: { start: number; text: string; indicator?: string }[] = [];
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue; // overlapping spans: the first one wins
    if (span.start > at) parts.push({ start: at, text: text.slice(at, span.start) });
    parts.push({ start: span.start, text: text.slice(span.start, span.end), indicator: span.indicator_id });
    at = span.end;
  }
  if (at < text.length) parts.push({ start: at, text: text.slice(at) });
  return (
    <blockquote className="narrative" data-testid="narrative">
      {parts.map((part) =>
        part.indicator ? (
          <Link key={part.start} className="mark" to={`/indicators/${encodeURIComponent(part.indicator)}`}>
            {part.text}
          </Link>
        ) : (
          <Fragment key={part.start}>{part.text}</Fragment>
        ),
      )}
    </blockquote>
  );
}
