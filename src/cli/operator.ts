import { userInfo } from 'node:os';
import { type Actor, operatorActor } from '../domain/access/roles.js';
import type { App } from '../main/app.js';

/** The person at the node's command line, as the audit log names them (`cli:<os user>`). */
export function operator(app: App): Actor {
  let name = 'unknown';
  try {
    name = userInfo().username;
  } catch {
    // no passwd entry (a container's arbitrary uid): the audit log says unknown
  }
  return operatorActor(app.nodeOrganisation.id, name);
}
