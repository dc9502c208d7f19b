import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/** An LSP diagnostic as the server publishes it (0-based lines and characters). */
export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
  source?: string;
}

export interface CompletionItem {
  label: string;
}

type Message = { id?: number | string; method?: string; params?: unknown; result?: unknown; error?: { message: string } };

/**
 * A minimal Language Server Protocol client over stdio (JSON-RPC with Content-Length framing),
 * enough to drive yaml-language-server as an editor does: initialise, push settings, open
 * documents, collect published diagnostics and ask for completions.
 */
export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly diagnostics = new Map<string, { at: number; items: LspDiagnostic[] }>();
  /** Every message of the server's window/logMessage and showMessage, for assertions and failures. */
  readonly log: string[] = [];
  stderr = '';

  constructor(
    command: string,
    args: readonly string[],
    env: NodeJS.ProcessEnv,
    private readonly settings: Record<string, unknown>,
  ) {
    this.child = spawn(command, args, { env, stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.child.on('exit', (code) => {
      for (const { reject } of this.pending.values()) reject(new Error(`server exited (${code}): ${this.stderr.slice(-2000)}`));
      this.pending.clear();
    });
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method && message.id !== undefined) return this.answer(message);
    if (message.method) {
      if (message.method === 'textDocument/publishDiagnostics') {
        const { uri, diagnostics } = message.params as { uri: string; diagnostics: LspDiagnostic[] };
        this.diagnostics.set(uri, { at: Date.now(), items: diagnostics });
      } else if (message.method === 'window/logMessage' || message.method === 'window/showMessage') {
        this.log.push((message.params as { message: string }).message);
      }
      return;
    }
    const waiting = this.pending.get(Number(message.id));
    if (!waiting) return;
    this.pending.delete(Number(message.id));
    if (message.error) waiting.reject(new Error(message.error.message));
    else waiting.resolve(message.result);
  }

  /** Requests from the server: its settings, capability registrations, progress tokens, schema content. */
  private answer(message: Message): void {
    let result: unknown = null;
    if (message.method === 'workspace/configuration') {
      const items = (message.params as { items: { section?: string }[] }).items;
      result = items.map(({ section }) => (section === 'yaml' ? this.settings : section === 'http' ? { proxyStrictSSL: false } : {}));
    } else if (message.method === 'custom/schema/request') {
      // Only schemes the server cannot read itself come here; an editor would fetch them. We do not.
      this.log.push(`custom/schema/request ${JSON.stringify(message.params)}`);
      this.send({ id: message.id, error: { code: -32603, message: 'no schema requests in this test' } });
      return;
    }
    this.send({ id: message.id, result });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    this.send({ id, method, params });
    return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  async initialize(rootUri: string): Promise<void> {
    await this.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'workspace' }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          publishDiagnostics: { relatedInformation: false },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          synchronization: { didSave: true },
        },
      },
    });
    this.notify('initialized', {});
    this.notify('workspace/didChangeConfiguration', { settings: { yaml: this.settings } });
  }

  open(uri: string, text: string): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  }

  /**
   * The diagnostics of a document once the server has settled: the last set published, after no
   * new set arrived for `quietMs` (the server publishes again once a schema has loaded).
   */
  async settledDiagnostics(uri: string, { quietMs = 1500, timeoutMs = 60_000 } = {}): Promise<LspDiagnostic[]> {
    const started = Date.now();
    for (;;) {
      const seen = this.diagnostics.get(uri);
      if (seen && Date.now() - seen.at >= quietMs) return seen.items;
      if (Date.now() - started > timeoutMs) throw new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; log: ${this.log.join(' | ')}; stderr: ${this.stderr.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async completion(uri: string, line: number, character: number): Promise<string[]> {
    const result = await this.request<CompletionItem[] | { items: CompletionItem[] } | null>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
    const items = Array.isArray(result) ? result : (result?.items ?? []);
    return items.map((i) => i.label);
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 3000))]);
      this.notify('exit', null);
    } catch {
      // already gone
    }
    await new Promise((r) => setTimeout(r, 200));
    if (this.child.exitCode === null) this.child.kill();
  }
}
