import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JalaError } from '../../domain/errors.js';
import {
  checkWarninglist,
  type ListProblem,
  type Warninglist,
  WarninglistSet,
} from '../../domain/linking/warninglist.js';

/** The lists Jala ships, in the package's `warninglists/` folder (beside `src/` and `dist/`). */
export const SHIPPED_WARNINGLISTS = fileURLToPath(new URL('../../../warninglists/', import.meta.url));

function readFolder(dir: string, problems: ListProblem[]): Warninglist[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch (error) {
    problems.push({ list: dir, reason: `cannot read the folder: ${(error as Error).message}` });
    return [];
  }
  const lists: Warninglist[] = [];
  for (const file of files.sort()) {
    const path = join(dir, file);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push({ list: path, reason: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const found = checkWarninglist(data, path);
    if (found.length > 0) problems.push(...found);
    else lists.push(data as Warninglist);
  }
  return lists;
}

/**
 * Loads the shipped lists and the operator's. Any problem (an unreadable file, an entry that is not a valid
 * value of its kind) stops the node with every problem listed: a list half in force would link what the
 * operator meant to hold back.
 */
export function loadWarninglists(operatorDir: string | undefined): WarninglistSet {
  const problems: ListProblem[] = [];
  const lists = readFolder(SHIPPED_WARNINGLISTS, problems);
  if (operatorDir) lists.push(...readFolder(operatorDir, problems));
  const names = new Set<string>();
  for (const list of lists) {
    if (names.has(list.name)) problems.push({ list: list.name, reason: 'two lists have this name' });
    names.add(list.name);
  }
  const { set, problems: entryProblems } = WarninglistSet.compile(lists);
  problems.push(...entryProblems);
  if (problems.length > 0)
    throw new JalaError(
      'invalid_input',
      'invalid warninglists',
      problems.map((p) => ({
        field: p.entry === undefined ? p.list : `${p.list} entry ${p.entry}`,
        reason: p.reason,
      })),
    );
  return set;
}
