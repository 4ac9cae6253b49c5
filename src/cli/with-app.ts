import { loadConfig } from '../config.js';
import { type App, createApp } from '../main/app.js';

/** Opens the node from the environment's configuration for one command, and closes it whatever happens. */
export async function withApp<T>(work: (app: App) => Promise<T>): Promise<T> {
  const app = await createApp(loadConfig());
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}
