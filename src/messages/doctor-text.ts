/** `mentor doctor`: what mentor would use here, and why. */
export interface DoctorText {
  title: string;
  version: (version: string) => string;
  node: (version: string, ok: boolean, engines: string) => string;
  /** Where the language came from: the --locale flag, an environment variable, or nothing. */
  locale: (locale: string, source: 'flag' | 'env' | 'none', variable?: string, value?: string) => string;
  config: (shown: string, from: 'flag' | 'found' | 'none' | 'disabled', looked?: readonly string[]) => string;
  configSettings: (rules: number, overrides: number) => string;
  configBroken: string;
  schema: (apiVersion: string, ids: readonly string[]) => string;
}
