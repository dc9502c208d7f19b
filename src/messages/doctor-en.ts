import type { DoctorText } from './doctor-text.js';

export const doctorEn: DoctorText = {
  title: 'What mentor uses here:',
  version: (v) => `mentor     ${v}`,
  node: (v, ok, engines) => `Node.js    ${v}${ok ? '' : ` – mentor needs ${engines}; upgrade Node`}`,
  locale: (locale, source, variable, value) =>
    `language   ${locale}: ${
      source === 'flag'
        ? 'from --locale'
        : source === 'env'
          ? `from ${variable}=${value}`
          : 'English, as nothing names a language (--locale, MENTOR_LOCALE, LC_ALL, LC_MESSAGES and LANG are unset, C or POSIX); findings about a programme then follow its metadata.locale'
    }`,
  config: (shown, from, looked) =>
    from === 'disabled'
      ? 'config     none (--no-config)'
      : from === 'none'
        ? `config     none: no ${(looked ?? []).join(', ')} in this folder or above it`
        : `config     ${shown} (${from === 'flag' ? 'from --config' : 'the nearest one upwards'})`,
  configSettings: (rules, overrides) => `           ${rules} rule ${rules === 1 ? 'setting' : 'settings'}, ${overrides} ${overrides === 1 ? 'override' : 'overrides'}`,
  configBroken: 'The config file has problems (above); mentor validate would stop with exit 2.',
  schema: (apiVersion, ids) => `format     apiVersion ${apiVersion}; schemas ${ids.join(', ')}`,
};
