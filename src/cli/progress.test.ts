import { describe, expect, it } from 'vitest';
import { catalogue } from '../messages/index.js';
import type { CliIo } from './env.js';
import { progressDelay, progressLine, progressWanted, startProgress, type SignalHooks } from './progress.js';

const erase = '\r\x1b[2K';

/** A terminal that records what is written, a clock the test moves, and signal hooks it can fire. */
function rig(options: { columns?: number; others?: number } = {}) {
  const writes: string[] = [];
  const stream = { isTTY: true, ...(options.columns !== undefined ? { columns: options.columns } : {}), write: (chunk: string) => writes.push(chunk) };
  let time = 0;
  const listeners = new Map<string, Array<() => void>>();
  const raised: string[] = [];
  const signals: SignalHooks = {
    on: (signal, handler) => listeners.set(signal, [...(listeners.get(signal) ?? []), handler]),
    off: (signal, handler) => listeners.set(signal, (listeners.get(signal) ?? []).filter((h) => h !== handler)),
    alone: (signal) => (listeners.get(signal)?.length ?? 0) + (options.others ?? 0) === 0,
    raise: (signal) => raised.push(signal),
  };
  const line = progressLine({ stream, text: catalogue('en').progress.line, now: () => time, signals });
  return {
    line,
    writes,
    raised,
    listening: (signal: string) => listeners.get(signal)?.length ?? 0,
    fire: (signal: string) => [...(listeners.get(signal) ?? [])].forEach((h) => h()),
    at: (ms: number) => (time = ms),
  };
}

describe('progressLine', () => {
  it('draws nothing before the run is a second old, then the state so far', () => {
    const r = rig();
    r.at(999);
    r.line.report({ step: 'reading', filesFound: 26, filesRead: 3 });
    expect(r.writes).toEqual([]);
    r.at(1000);
    r.line.report({ filesRead: 4 });
    expect(r.writes).toEqual(['\rmentor: 4 of 26 files read · 0 findings so far\x1b[K']);
  });

  it('redraws at most ten times a second, with the latest state', () => {
    const r = rig();
    r.at(1000);
    r.line.report({ filesFound: 2, filesRead: 1 });
    for (let ms = 1001; ms < 1100; ms += 10) {
      r.at(ms);
      r.line.report({ step: 'checking', filesRead: 2, findings: ms - 1000 });
    }
    expect(r.writes).toHaveLength(1);
    r.at(1100);
    r.line.report({ findings: 120 });
    expect(r.writes).toHaveLength(2);
    expect(r.writes[1]).toBe('\rmentor: 2 files read · checking · 120 findings so far\x1b[K');
  });

  it('erases the line when done, and draws nothing after', () => {
    const r = rig();
    r.at(1500);
    r.line.report({ filesFound: 1, filesRead: 1 });
    r.line.done();
    expect(r.writes.at(-1)).toBe(erase);
    r.at(5000);
    r.line.report({ findings: 3 });
    expect(r.writes).toHaveLength(2);
  });

  it('writes nothing at all when done before the delay', () => {
    const r = rig();
    r.at(200);
    r.line.report({ filesFound: 1, filesRead: 1 });
    r.line.done();
    expect(r.writes).toEqual([]);
  });

  it('keeps to one screen line', () => {
    const r = rig({ columns: 20 });
    r.at(1000);
    r.line.report({ filesFound: 26, filesRead: 3 });
    const drawn = r.writes[0]!.slice(1, -3);
    expect([...drawn].length).toBeLessThan(20);
    expect(drawn).toBe('mentor: 3 of 26 fi…');
  });

  it('hears Ctrl-C only once shown: erases the line and raises the signal again', () => {
    const r = rig();
    r.at(10);
    r.line.report({ filesFound: 1 });
    expect(r.listening('SIGINT')).toBe(0);
    r.at(1000);
    r.line.report({ filesRead: 1 });
    expect(r.listening('SIGINT')).toBe(1);
    r.fire('SIGINT');
    expect(r.writes.at(-1)).toBe(erase);
    expect(r.raised).toEqual(['SIGINT']);
    expect(r.listening('SIGINT')).toBe(0);
    expect(r.listening('SIGTERM')).toBe(0);
    r.at(2000);
    r.line.report({ findings: 1 });
    expect(r.writes.at(-1)).toBe(erase);
  });

  it('does not swallow a signal that arrives after done (it was held back by synchronous work)', () => {
    const r = rig();
    r.at(1000);
    r.line.report({ filesRead: 1 });
    r.line.done();
    r.fire('SIGTERM');
    expect(r.raised).toEqual(['SIGTERM']);
    expect(r.writes.filter((w) => w === erase)).toHaveLength(1);
  });

  it('leaves the signal to other listeners when there are some', () => {
    const r = rig({ others: 1 });
    r.at(1000);
    r.line.report({ filesRead: 1 });
    r.fire('SIGINT');
    expect(r.raised).toEqual([]);
    expect(r.writes.at(-1)).toBe(erase);
  });
});

describe('progressWanted', () => {
  const tty = { isTTY: true, write: () => true };
  it('is on for a terminal outside CI', () => {
    expect(progressWanted(tty, {})).toBe(true);
    expect(progressWanted(tty, { CI: 'false', MENTOR_PROGRESS: '1' })).toBe(true);
  });
  it('is off for a pipe or a file, on CI, on a dumb terminal, and with MENTOR_PROGRESS=0', () => {
    expect(progressWanted({ write: () => true }, {})).toBe(false);
    expect(progressWanted({ isTTY: false, write: () => true }, {})).toBe(false);
    expect(progressWanted(tty, { CI: 'true' })).toBe(false);
    expect(progressWanted(tty, { CI: '1' })).toBe(false);
    expect(progressWanted(tty, { TERM: 'dumb' })).toBe(false);
    for (const value of ['0', 'false', 'off', 'no', ' OFF ']) expect(progressWanted(tty, { MENTOR_PROGRESS: value })).toBe(false);
  });
});

describe('startProgress', () => {
  const io = (isTTY: boolean, env: Record<string, string> = {}): { io: CliIo; written: string[] } => {
    const written: string[] = [];
    const stream = { isTTY, write: (chunk: string) => written.push(chunk) };
    return { io: { stdout: stream, stderr: stream, stdin: process.stdin, env, cwd: '.' }, written };
  };
  it('gives no line where none may be drawn', async () => {
    expect(await startProgress(io(false).io, 'en')).toBeUndefined();
    expect(await startProgress(io(true, { CI: 'true' }).io, 'en')).toBeUndefined();
  });
  it('draws on a terminal after the delay MENTOR_PROGRESS_DELAY_MS sets', async () => {
    const { io: terminal, written } = io(true, { MENTOR_PROGRESS_DELAY_MS: '0' });
    const line = await startProgress(terminal, 'pl');
    line!.report({ filesFound: 3, filesRead: 3 });
    line!.done();
    expect(written).toEqual(['\rmentor: wczytano 3 pliki · znaleziono dotąd 0 problemów\x1b[K', erase]);
  });
  it('reads the delay as whole milliseconds, else a second', () => {
    expect(progressDelay({})).toBe(1000);
    expect(progressDelay({ MENTOR_PROGRESS_DELAY_MS: '250' })).toBe(250);
    expect(progressDelay({ MENTOR_PROGRESS_DELAY_MS: 'soon' })).toBe(1000);
    expect(progressDelay({ MENTOR_PROGRESS_DELAY_MS: '-5' })).toBe(1000);
  });
});

describe('progress texts', () => {
  const en = catalogue('en').progress.line;
  const pl = catalogue('pl').progress.line;
  const state = (filesRead: number, filesFound = filesRead, findings = 0, step: 'reading' | 'checking' = 'reading') => ({ filesRead, filesFound, findings, step });
  it('says files and findings with the right plural forms in Polish', () => {
    expect(pl(state(1))).toBe('mentor: wczytano 1 plik · znaleziono dotąd 0 problemów');
    expect(pl(state(3, 3, 1))).toBe('mentor: wczytano 3 pliki · znaleziono dotąd 1 problem');
    expect(pl(state(12, 12, 2))).toBe('mentor: wczytano 12 plików · znaleziono dotąd 2 problemy');
    expect(pl(state(22, 22, 25, 'checking'))).toBe('mentor: wczytano 22 pliki · sprawdzanie · znaleziono dotąd 25 problemów');
    expect(pl(state(0, 1))).toBe('mentor: wczytano 0 z 1 pliku · znaleziono dotąd 0 problemów');
    expect(pl(state(3, 26))).toBe('mentor: wczytano 3 z 26 plików · znaleziono dotąd 0 problemów');
  });
  it('says them in English', () => {
    expect(en(state(1, 1, 1))).toBe('mentor: 1 file read · 1 finding so far');
    expect(en(state(0, 1))).toBe('mentor: 0 of 1 file read · 0 findings so far');
    expect(en(state(12000, 12000, 1234, 'checking'))).toBe('mentor: 12,000 files read · checking · 1,234 findings so far');
  });
});
