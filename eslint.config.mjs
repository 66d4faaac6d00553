// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', '.vscode-test/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The layering rule of the project, in the folder names: only src/vscode/ knows VS Code. Everything else —
    // the core (client, kinds, validation, config as code), the command line and the sandbox — is plain Node,
    // testable without VS Code, and never reaches up into the adapter.
    files: ['src/**/*.ts'],
    ignores: ['src/vscode/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'Only src/vscode/ may depend on VS Code: move this code there, or pass what it needs in.' }],
        patterns: [{ group: ['**/vscode/*', '**/vscode'], message: 'Calls go down: plain-Node code never imports the VS Code adapter (src/vscode/).' }],
      }],
    },
  },
  {
    // Notifications go through src/vscode/ui/notifications.ts, which removes every known secret from their text.
    files: ['src/**/*.ts'],
    ignores: ['src/vscode/ui/notifications.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: 'MemberExpression[property.name=/^show(Error|Warning|Information)Message$/]',
        message: 'Use showError / showWarning / showInformation / notify from src/vscode/ui/notifications.ts: they scrub secrets from the text.',
      }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
