import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { contract, METHOD_NAMES } from '../../shared/contract';
import { EXPORT_DOCS } from '../../shared/contract/export';
import type { Envelope } from '../../shared/errors';
import { dispatch } from '../core/dispatcher';
import { Session, type FileKind, type HandlerContext } from '../core/platform';
import { defaultDataDir } from '../core/paths';
import { listExports } from '../core/export';
import { createErrorLog } from '../core/log';
import { hostPlatform, exportsDirOf } from '../host/platform';
import { startHost } from '../host/server';

/**
 * isms-workbench: the same contract and dispatcher from the command line, for scripting, batch
 * exports and support. Exit codes: 0 ok, 2 refused call or bad usage, 1 unexpected failure.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const MIGRATIONS = resolve(ROOT, 'electron/core/db/migrations');
const RENDERER = resolve(ROOT, 'out/renderer');

const USAGE = `isms-workbench: ISO/IEC 27001 workbench from the command line

  isms-workbench methods                                    every contract method as JSON
  isms-workbench new --workspace FILE --org NAME [--sector S] [--engagement E] [--consultant C] [--user NAME]
  isms-workbench call METHOD --workspace FILE [--input JSON] [--user NAME]   prints the result envelope
  isms-workbench batch --workspace FILE [--user NAME]       calls read from stdin, one JSON object a line:
      {"method": "context.list", "input": {...}}; prints one envelope a line, in order, with the
      workspace opened once; exit 0 when every call succeeded, 2 when any was refused
  isms-workbench exports                                    documents that can be exported
  isms-workbench export DOC --workspace FILE --out PATH [--format docx|xlsx|pdf] [--draft] [--record ID]
      the format follows --out's extension (or --format; they must agree); --draft prints the live
      content watermarked DRAFT instead of the approved version; a policy needs --record POLICY_ID
  isms-workbench verify --workspace FILE                     checks the trail, records, files and policy text
  isms-workbench history --workspace FILE [--record ID] [--table T] [--limit N]   the trail, newest first
  isms-workbench backup --workspace FILE                     takes a snapshot now (FILE.backups/), prints it
  isms-workbench backups --workspace FILE                    lists the snapshots, newest first
  isms-workbench restore --workspace FILE --snapshot NAME --out NEWFILE   copies a snapshot into a new file
  isms-workbench serve [--workspace FILE] [--port N] [--data-dir DIR] [--user NAME]

  --take-over   open the workspace even though another computer's lock file is beside it
                (only when you know it is not open there: that computer crashed or the file was copied)
  call workspace.saveCopy --workspace FILE --out COPY   writes a copy; --out also names any file a call saves

Who is working: every command that writes stamps records with a name, taken from --user NAME, else
the ISMS_USER environment variable, else the name remembered on this machine (the app asks for it
once; \`call user.set --input '{"name":"..."}'\` remembers one). With none of these, reading works
and writing is refused (exit code 2). The operating-system login is never used.

An encrypted workspace's password is read from the ISMS_PASSWORD environment variable (new: encrypts it).
Exit code 0 when the call succeeded, 2 when it was refused, 3 when verify found tampering.`;

/** The files named on the command line are the CLI's answers to the dialogs the app would show. */
interface Answers {
  workspace?: string;
  out?: string;
  /** --user: who is working, for this run only. */
  user?: string;
}

function context(dataDir?: string, recordRecent = false, answers: Answers = {}): HandlerContext {
  const base = hostPlatform({ dataDir: dataDir ?? defaultDataDir(), migrationsFolder: MIGRATIONS, actor: answers.user });
  const fromArgs = (value: string | undefined, fallback: () => Promise<string | null>) => (value === undefined ? fallback() : Promise.resolve(resolve(value)));
  const errorLog = createErrorLog(base.dataDir);
  const platform = {
    ...base,
    recordRecent,
    log: errorLog.write,
    dialogs: {
      chooseNewWorkspace: (suggested: string) => fromArgs(answers.workspace, () => base.dialogs.chooseNewWorkspace(suggested)),
      chooseExistingWorkspace: () => fromArgs(answers.workspace, () => base.dialogs.chooseExistingWorkspace()),
      chooseSavePath: (suggested: string, kind: FileKind) => fromArgs(answers.out, () => base.dialogs.chooseSavePath(suggested, kind)),
    },
  };
  return { platform, session: new Session() };
}

/** Every call goes through the dispatcher; unexpected failures go to the app's log file. */
const run = (ctx: HandlerContext, method: string, input: unknown) => dispatch(ctx, method, input, ctx.platform.log);

function print(value: unknown) {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function usage(message?: string): number {
  if (message) process.stderr.write(`${message}\n\n`);
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

/** Runs one call and prints its envelope; opens and closes the workspace around it. */
async function callWith(ctx: HandlerContext, workspace: string | undefined, method: string, input: unknown, takeOver = false): Promise<Envelope<unknown>> {
  try {
    if (workspace) {
      const opened = await run(ctx, 'workspace.open', { ...(takeOver ? { takeOver } : {}), ...passwordFromEnv() });
      if (!opened.ok) return opened;
    }
    return await run(ctx, method, input);
  } finally {
    ctx.session.replace(null);
  }
}

/**
 * An encrypted workspace's password comes from the environment, never from the arguments (which
 * other users can see in the process list): ISMS_PASSWORD.
 */
function passwordFromEnv(): { password?: string } {
  const password = process.env.ISMS_PASSWORD;
  return password ? { password } : {};
}

/** Many calls in one process: JSON Lines in, one compact envelope per line out (issue 7: scripts, the contract test). */
async function batch(ctx: HandlerContext, workspace: string | undefined, takeOver: boolean): Promise<number> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  const refusal = (message: string): Envelope<unknown> => ({ ok: false, error: { code: 'VALIDATION', message } });
  let refused = false;
  try {
    if (workspace) {
      const opened = await run(ctx, 'workspace.open', { ...(takeOver ? { takeOver } : {}), ...passwordFromEnv() });
      if (!opened.ok) return report(opened);
    }
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].trim()) continue;
      let call: unknown;
      let envelope: Envelope<unknown>;
      try {
        call = JSON.parse(lines[i]);
      } catch {
        call = undefined;
      }
      if (call === undefined) envelope = refusal(`Line ${i + 1} is not valid JSON.`);
      else if (!call || typeof call !== 'object' || typeof (call as { method?: unknown }).method !== 'string') envelope = refusal(`Line ${i + 1} needs {"method": "area.action", "input": {...}}.`);
      else envelope = await run(ctx, (call as { method: string }).method, (call as { input?: unknown }).input ?? {});
      process.stdout.write(`${JSON.stringify(envelope)}\n`);
      if (!envelope.ok) refused = true;
    }
  } finally {
    ctx.session.replace(null);
  }
  return refused ? 2 : 0;
}

function report(envelope: Envelope<unknown>): number {
  print(envelope);
  return envelope.ok ? 0 : 2;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      workspace: { type: 'string' },
      org: { type: 'string' },
      sector: { type: 'string' },
      engagement: { type: 'string' },
      consultant: { type: 'string' },
      input: { type: 'string' },
      out: { type: 'string' },
      record: { type: 'string' },
      format: { type: 'string' },
      draft: { type: 'boolean' },
      table: { type: 'string' },
      snapshot: { type: 'string' },
      limit: { type: 'string' },
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'take-over': { type: 'boolean' },
      user: { type: 'string' },
    },
  });
  const dataDir = values['data-dir'];
  const takeOver = values['take-over'] === true;
  const answers = { workspace: values.workspace, out: values.out, user: values.user };

  switch (command) {
    case 'methods':
      print(
        METHOD_NAMES.map((name) => ({
          name,
          doc: contract[name].doc,
          needsWorkspace: contract[name].needsWorkspace,
          reads: contract[name].reads,
          rules: contract[name].rules,
          input: z.toJSONSchema(contract[name].input, { io: 'input', unrepresentable: 'any' }),
          output: z.toJSONSchema(contract[name].output, { io: 'output', unrepresentable: 'any' }),
        })),
      );
      return 0;
    case 'new': {
      if (!values.workspace || !values.org) return usage('new needs --workspace FILE and --org NAME.');
      const input = { organisation: values.org, sector: values.sector, engagement: values.engagement, consultant: values.consultant, ...passwordFromEnv() };
      const ctx = context(dataDir, false, answers);
      const envelope = await run(ctx, 'workspace.create', input);
      ctx.session.replace(null);
      return report(envelope);
    }
    case 'call': {
      const [method] = positionals;
      if (!method) return usage('call needs a METHOD.');
      let input: unknown = {};
      try {
        input = values.input ? JSON.parse(values.input) : {};
      } catch {
        return report({ ok: false, error: { code: 'VALIDATION', message: '--input is not valid JSON.' } });
      }
      return report(await callWith(context(dataDir, false, answers), values.workspace, method, input, takeOver));
    }
    case 'batch':
      return batch(context(dataDir, false, answers), values.workspace, takeOver);
    case 'exports':
      for (const doc of listExports()) process.stdout.write(`${doc.id}\t${doc.formats.join(',')}\t${doc.clauseId}\t${doc.title}${doc.record ? `\t(needs --record ${doc.record.toUpperCase()}_ID)` : ''}\n`);
      return 0;
    case 'export': {
      const [doc] = positionals;
      if (!doc || !values.workspace || !values.out) return usage(`export needs DOC (${EXPORT_DOCS.join(', ')}), --workspace FILE and --out PATH.`);
      const input = {
        id: doc,
        ...(values.record ? { recordId: values.record } : {}),
        ...(values.format ? { format: values.format } : {}),
        ...(values.draft ? { variant: 'draft' } : {}),
      };
      return report(await callWith(context(dataDir, false, answers), values.workspace, 'export.document', input, takeOver));
    }
    case 'verify': {
      if (!values.workspace) return usage('verify needs --workspace FILE.');
      const envelope = await callWith(context(dataDir, false, answers), values.workspace, 'trail.verify', {}, takeOver);
      print(envelope);
      if (!envelope.ok) return 2;
      const report = envelope.value as { ok: boolean; problems: { message: string }[] };
      for (const p of report.problems) process.stderr.write(`TAMPERED: ${p.message}\n`);
      return report.ok ? 0 : 3;
    }
    case 'history': {
      if (!values.workspace) return usage('history needs --workspace FILE.');
      const input = { rowId: values.record, table: values.table, limit: values.limit === undefined ? 50 : Number(values.limit) };
      return report(await callWith(context(dataDir, false, answers), values.workspace, 'trail.history', input, takeOver));
    }
    case 'backup':
    case 'backups': {
      if (!values.workspace) return usage(`${command} needs --workspace FILE.`);
      return report(await callWith(context(dataDir, false, answers), values.workspace, command === 'backup' ? 'backup.create' : 'backup.list', {}, takeOver));
    }
    case 'restore': {
      if (!values.workspace || !values.snapshot || !values.out) return usage('restore needs --workspace FILE, --snapshot NAME and --out NEWFILE.');
      return report(await callWith(context(dataDir, false, answers), values.workspace, 'backup.restore', { name: values.snapshot }, takeOver));
    }
    case 'serve': {
      const port = values.port === undefined ? 0 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) return usage('--port must be a number between 0 and 65535.');
      if (!existsSync(`${RENDERER}/index.html`)) {
        process.stderr.write('The renderer is not built yet: run `npm run build:renderer` (npm run serve does it for you).\n');
        return 1;
      }
      // Only the first open answers with --workspace; later opens in the page ask as browser mode does.
      const once: Answers = { workspace: values.workspace, user: values.user };
      const ctx = context(dataDir, true, once);
      if (values.workspace) {
        const opened = await run(ctx, 'workspace.open', { ...(takeOver ? { takeOver } : {}), ...passwordFromEnv() });
        delete once.workspace;
        if (!opened.ok) return report(opened);
      }
      const host = await startHost({ ctx, staticDir: RENDERER, exportsDir: exportsDirOf(ctx.platform.dataDir), port, log: (l) => process.stderr.write(`${l}\n`), logInternal: ctx.platform.log });
      process.stdout.write(`listening on ${host.url}\n`);
      const stop = async () => {
        await host.close();
        ctx.session.replace(null);
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return new Promise<number>(() => {});
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    default:
      return usage(`Unknown command "${command}".`);
  }
}
