import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { ROLES } from '../../domain/access/roles.js';
import { JalaError } from '../../domain/errors.js';
import { newSecret } from '../../features/accounts/secrets.js';
import type { App } from '../../main/app.js';
import { operator } from '../operator.js';
import { withApp } from '../with-app.js';

const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

/** A password never comes as an argument (other users see arguments in `ps`): stdin, or generated. */
async function passwordFrom(options: {
  passwordStdin?: boolean;
}): Promise<{ password: string; generated: boolean }> {
  if (!options.passwordStdin) return { password: newSecret(18), generated: true };
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return { password: line, generated: false };
  }
  throw new JalaError('invalid_input', 'no password on standard input');
}

async function userId(app: App, emailOrId: string): Promise<string> {
  const users = await app.users.list(operator(app));
  const found = users.find((u) => u.id === emailOrId || u.email === emailOrId.trim().toLowerCase());
  if (!found) throw new JalaError('not_found', `no user ${JSON.stringify(emailOrId)}`);
  return found.id;
}

export function accountCommands(program: Command): void {
  const users = program.command('users').description('accounts of the people who use this node');
  users
    .command('add')
    .description('create an account (on a fresh node: the first admin); prints a generated password once')
    .requiredOption('--email <email>')
    .requiredOption('--org <org>', 'organisation id or name (see `jala orgs list`)')
    .requiredOption('--role <role>', ROLES.join(', '))
    .option('--name <name>', 'display name')
    .option('--password-stdin', 'read the password from the first line of standard input')
    .action(
      async (options: {
        email: string;
        org: string;
        role: string;
        name?: string;
        passwordStdin?: boolean;
      }) => {
        await withApp(async (app) => {
          const { password, generated } = await passwordFrom(options);
          const user = await app.users.add({ ...options, password }, operator(app));
          print(generated ? { ...user, password, note: 'shown once: pass it on securely' } : user);
        });
      },
    );
  users
    .command('list')
    .description('list accounts')
    .option('--org <org>', 'only this organisation (id)')
    .action(async (options: { org?: string }) => {
      await withApp(async (app) => {
        for (const u of await app.users.list(operator(app), options.org))
          process.stdout.write(
            `${u.id}  ${u.email}  ${u.role}  ${u.org.name}${u.disabled ? '  (disabled)' : ''}${u.totp_enabled ? '  totp' : ''}\n`,
          );
      });
    });
  users
    .command('update')
    .description('change the role of an account, disable or enable it, or lift a sign-in lock')
    .argument('<user>', 'email or id')
    .option('--role <role>', ROLES.join(', '))
    .option('--disable')
    .option('--enable')
    .option('--unlock')
    .action(
      async (
        who: string,
        options: { role?: string; disable?: boolean; enable?: boolean; unlock?: boolean },
      ) => {
        await withApp(async (app) =>
          print(
            await app.users.update(
              await userId(app, who),
              {
                role: options.role,
                disabled: options.disable ? true : options.enable ? false : undefined,
                unlock: options.unlock,
              },
              operator(app),
            ),
          ),
        );
      },
    );
  users
    .command('reset-password')
    .description('set a new password (generated unless --password-stdin); the account’s sessions end')
    .argument('<user>', 'email or id')
    .option('--password-stdin', 'read the password from the first line of standard input')
    .action(async (who: string, options: { passwordStdin?: boolean }) => {
      await withApp(async (app) => {
        const { password, generated } = await passwordFrom(options);
        await app.users.resetPassword(await userId(app, who), password, operator(app));
        print(
          generated ? { reset: true, password, note: 'shown once: pass it on securely' } : { reset: true },
        );
      });
    });
  users
    .command('reset-totp')
    .description('remove a lost second factor')
    .argument('<user>', 'email or id')
    .action(async (who: string) => {
      await withApp(async (app) => {
        await app.users.resetTotp(await userId(app, who), operator(app));
        print({ totp_enabled: false });
      });
    });

  const tokens = program.command('tokens').description('API tokens for machines and scripts');
  tokens
    .command('create')
    .description('issue a token to an account (it acts with that account’s role); the token is shown once')
    .requiredOption('--user <user>', 'email or id')
    .requiredOption('--name <name>', 'what the token is for')
    .option('--expires-in-days <days>')
    .action(async (options: { user: string; name: string; expiresInDays?: string }) => {
      await withApp(async (app) =>
        print(
          await app.tokens.create(operator(app), {
            name: options.name,
            userId: await userId(app, options.user),
            expiresInDays: options.expiresInDays === undefined ? undefined : Number(options.expiresInDays),
          }),
        ),
      );
    });
  tokens
    .command('list')
    .description('every token (never the secrets)')
    .action(async () => {
      await withApp(async (app) => {
        for (const t of await app.tokens.list(operator(app)))
          process.stdout.write(
            `${t.id}  ${t.prefix}…  ${t.user.email}  ${t.name}${t.revoked_at ? '  (revoked)' : ''}\n`,
          );
      });
    });
  tokens
    .command('revoke')
    .argument('<id>')
    .action(async (id: string) => {
      await withApp(async (app) => {
        await app.tokens.revoke(operator(app), id);
        print({ revoked: true });
      });
    });

  const audit = program.command('audit').description('the hash-chained audit log');
  audit
    .command('verify')
    .description('walk the chain; exit status 1 if any entry was edited, removed or reordered')
    .option('--head <seq:hash>', 'a head printed by an earlier verification: it must still be in the log')
    .action(async (options: { head?: string }) => {
      await withApp(async (app) => {
        const result = await app.audit.verify(options.head);
        print(result);
        if (!result.ok) process.exitCode = 1;
      });
    });
  audit
    .command('list')
    .description('newest entries first, one JSON line each')
    .option('--limit <n>', 'how many', '50')
    .option('--action <action>', 'only this action (e.g. reporter.read)')
    .action(async (options: { limit: string; action?: string }) => {
      await withApp(async (app) => {
        const { entries } = await app.audit.list({
          limit: Number(options.limit) || 50,
          action: options.action,
        });
        for (const e of entries) process.stdout.write(`${JSON.stringify(e)}\n`);
      });
    });
}
