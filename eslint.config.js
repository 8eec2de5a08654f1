// Lint with layer boundaries (design.md): core imports nothing but core; content may not import
// background, sidebar, or Dexie; sidebar and background talk through src/shared only.
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.profile/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [
        { type: 'core', pattern: 'src/core/**' },
        { type: 'data', pattern: 'src/data/**' },
        { type: 'shared', pattern: 'src/shared/**' },
        { type: 'background', pattern: 'src/background/**' },
        { type: 'content', pattern: 'src/content/**' },
        { type: 'sidebar', pattern: 'src/sidebar/**' },
        { type: 'scripts', pattern: 'scripts/**' },
        { type: 'e2e', pattern: 'e2e/**' },
      ],
      'boundaries/include': ['src/**/*', 'scripts/**/*', 'e2e/**/*'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Never assign innerHTML: render text nodes.' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Never assign outerHTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never insert HTML strings.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render HTML strings.' },
      ],
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            { from: { element: { type: 'core' } }, allow: { to: { element: { type: 'core' } } } },
            { from: { element: { type: 'data' } }, allow: { to: { element: { type: ['core', 'data'] } } } },
            { from: { element: { type: 'shared' } }, allow: { to: { element: { type: ['core', 'shared'] } } } },
            { from: { element: { type: 'background' } }, allow: { to: { element: { type: ['core', 'data', 'shared', 'background'] } } } },
            { from: { element: { type: 'content' } }, allow: { to: { element: { type: ['core', 'shared', 'content'] } } } },
            { from: { element: { type: 'content' } }, allow: { to: { element: { type: 'data' } } } },
            { from: { element: { type: 'sidebar' } }, allow: { to: { element: { type: ['core', 'shared', 'sidebar'] } } } },
            { from: { element: { type: 'scripts' } }, allow: { to: { element: { type: ['core', 'data', 'shared', 'scripts'] } } } },
            { from: { element: { type: 'e2e' } }, allow: { to: { element: { type: ['core', 'data', 'shared', 'scripts', 'e2e'] } } } },
          ],
        },
      ],
      'no-restricted-imports': 'off',
    },
  },
  {
    // The content script must stay small and never open the extension database.
    files: ['src/content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'The content script never opens IndexedDB: ask the background.' },
            { name: 'preact', message: 'No UI framework in the content script.' },
          ],
          patterns: [
            { group: ['**/data/index*', '**/data/dataset/**', '**/data/source-texts*'], message: 'No dataset in the content script.' },
            { group: ['**/core/match/index*', '**/core/match/matcher*'], message: 'Matching runs in the background.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'core is pure: no node APIs.' },
            { group: ['webextension-polyfill', 'dexie', 'preact', 'preact/*'], message: 'core is pure.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'chrome', 'browser', 'window', 'document', 'localStorage', 'indexedDB'],
    },
  },
);
