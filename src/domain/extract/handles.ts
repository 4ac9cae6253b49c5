import { SOCIAL_PLATFORMS } from '../indicators/social.js';
import { isOwnValue } from './context.js';
import { crossesBreak, type FoundCue } from './cues.js';
import type { Found, ScanContext, Taken } from './scan.js';

const HANDLE_PLATFORMS = new Set(SOCIAL_PLATFORMS.filter((p) => !p.phoneBased).map((p) => p.id));

/**
 * "@name": the platform is the nearest platform word before or after it, else the only one the text names.
 * Hyphens are taken in ("@job-tt888": LINE ids have them). Where the platform's names have none, a handle with
 * one is refused ("@invest-admin88" is no Telegram username, and "@invest" would name someone else), unless
 * what follows the hyphen is an Indonesian/Malay clitic ("@admin88-nya", "@kedai-ku").
 */
const AT_HANDLE =
  /(?<![\p{L}\p{N}_.@])@([A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,30}[A-Za-z0-9_])?)(?![\p{L}\p{N}_@]|[.-][A-Za-z0-9_])/gu;
const CLITIC = /^(@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)-(?:nya|ku|mu|lah|kah|pun)$/i;
const BEFORE = 45;
const AFTER = 30;

/**
 * A handle written after a platform word without "@": "LINE id: abc123", "ไอดีไลน์ pea_refund2024",
 * "add LINE (ID: michael_usa77)", "ติดต่อไลน์ loanfast88".
 */
const AFTER_PLATFORM =
  /[ \t(（:：-]{0,3}(?:(id|ไอดี|username|user ?name|handle)(?![A-Za-z])[ \t]*[:：=]?[ \t]*|(?:akun|account|acc)[ \t]*[:：=][ \t]*)?(?:(?:is|คือ|là|ay)[ \t]+)?(@?)([A-Za-z0-9_][A-Za-z0-9_.~-]{1,31})/iy;
const ID_IN_CUE = /id|ไอดี/i;

function isHandlePlatform(cue: FoundCue): boolean {
  return cue.kind === 'platform' && cue.ref !== undefined && HANDLE_PLATFORMS.has(cue.ref);
}

function nearestPlatform(cues: readonly FoundCue[], breaks: readonly number[], start: number, end: number) {
  let best: FoundCue | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const cue of cues) {
    if (cue.start > end + AFTER) break;
    if (!isHandlePlatform(cue)) continue;
    const distance = cue.end <= start ? start - cue.end : cue.start >= end ? cue.start - end : -1;
    if (distance < 0) continue;
    const limit = cue.end <= start ? BEFORE : AFTER;
    const [from, to] = cue.end <= start ? [cue.end, start] : [end, cue.start];
    if (distance > limit || crossesBreak(breaks, from, to)) continue;
    if (distance < bestDistance) {
      best = cue;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Handles written after a platform word without "@". `markedOnly`: only those after an explicit "id" marker
 * ("LINE ID: pol.officer.th"), which are looked for before domains so that a dotted handle is not read as one.
 */
export function findBareHandles(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  ctx: ScanContext,
  found: Found[],
  taken: Taken,
  markedOnly: boolean,
): void {
  for (const cue of cues) {
    if (!isHandlePlatform(cue)) continue;
    AFTER_PLATFORM.lastIndex = cue.end;
    const m = AFTER_PLATFORM.exec(text);
    if (!m || m[2] === '@') continue;
    const handle = (m[3] ?? '').replace(/[.~-]+$/, '');
    const end = m.index + m[0].length - ((m[3] ?? '').length - handle.length);
    const start = end - handle.length;
    // "FB: Nguyen Van A" is a display name: on Facebook only an explicit "id" marks a bare handle.
    const colon = cue.ref !== 'facebook' && /[:：=]/.test(m[0]);
    const marked = m[1] !== undefined || colon || ID_IN_CUE.test(cue.text);
    if (markedOnly && !marked) continue;
    // Without an "id" marker, only handle-shaped words: letters with digits, "_" or "." ("Telegram group" is no handle).
    if (!/[A-Za-z]/.test(handle) || (!marked && !/[\d_.]/.test(handle))) continue;
    // Followed by "@" it is an email; by "/" a link.
    if (taken(start, end) || text[end] === '@' || text[end] === '/') continue;
    // "FB ko: juan.dc", "IG saya @…": the victim's own account, personal data.
    if (isOwnValue(text, cues, breaks, start, end)) continue;
    const social = ctx.canonicalize({ kind: 'social', platform: cue.ref, value: handle });
    if (social.ok) found.push({ indicator: social.indicator, start, end });
  }
}

/** "@name" handles, then the remaining bare handles after platform words. */
export function findHandles(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  ctx: ScanContext,
  found: Found[],
  taken: Taken,
): void {
  const platforms = cues.filter(isHandlePlatform);
  if (platforms.length === 0) return;
  // A narrative that names one platform only ("… Telegram group … the admin is @x"): its handles are there.
  const onlyPlatform = platforms.every((p) => p.ref === platforms[0]?.ref) ? platforms[0] : undefined;
  AT_HANDLE.lastIndex = 0;
  for (let m = AT_HANDLE.exec(text); m !== null; m = AT_HANDLE.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    if (taken(start, end)) continue;
    const platform = nearestPlatform(cues, breaks, start, end) ?? onlyPlatform;
    if (!platform || isOwnValue(text, cues, breaks, start, end)) continue;
    let social = ctx.canonicalize({ kind: 'social', platform: platform.ref, value: m[0] });
    const cut = social.ok ? undefined : CLITIC.exec(m[0])?.[1];
    if (cut) {
      end = start + cut.length;
      social = ctx.canonicalize({ kind: 'social', platform: platform.ref, value: cut });
    }
    if (social.ok) found.push({ indicator: social.indicator, start, end });
  }
  findBareHandles(text, platforms, breaks, ctx, found, taken, false);
}
