// @ts-check
// Lint rules: the recommended sets for JavaScript, TypeScript and Astro, plus the project's boundary:
// browser-safe code (src/lib, src/schema, the components' elements) never reaches for Node; what does
// is named *-fs.ts (CONTRIBUTING.md).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE = 'du code pur, utilisable dans le navigateur : ce qui touche aux fichiers, à git ou à process va dans un module *-fs.ts';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'tests/.tmp/', 'content/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] } },
  // Tests build invalid sheets by mutating a valid one, nested fields included.
  { files: ['tests/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  // Vitest reads a fixture's dependencies from its first parameter, an object pattern even when empty.
  { files: ['tests/support/test-navigateur.ts'], rules: { 'no-empty-pattern': 'off' } },
  {
    files: ['src/lib/**/*.ts', 'src/schema/**/*.ts', 'src/components/**/*.ts'],
    ignores: ['**/*-fs.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: NODE },
            { group: ['**/*-fs.ts'], message: NODE },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: NODE }],
    },
  },
);
