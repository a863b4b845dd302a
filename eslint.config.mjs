import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The layers, and who may import whom (README, "Layout"):
//   lib/          pure helpers: no database, no Next.js, no browser; types from anywhere
//   lib/client/   browser-only helpers ('client-only')
//   lib/server/   server-only features: auth, request facts ('server-only')
//   db/           schema, queries and their caching; may use lib/ only
//   components/   rendering; data arrives as props (types only from db/ and lib/server/)
//   app/          thin routes: read through db/queries, render components
const noParentImports = { regex: '^\\.\\./', message: 'Import across folders with the @/ alias.' };
const restrict = (...patterns) => ['error', { patterns: [noParentImports, ...patterns] }];
const valuesFrom = (group, message) => ({ group, allowTypeImports: true, message });
const anyFrom = (group, message) => ({ group, message });

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'db/migrations/**', 'next-env.d.ts']),
  {
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(),
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    ignores: ['lib/server/**', 'lib/client/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        valuesFrom(['@/db/*', '@/db/**'], 'Pure helpers take data as arguments; only types may come from db/.'),
        valuesFrom(['next', 'next/*', 'react', 'react-dom'], 'Pure helpers do not depend on the framework (types are fine).'),
        anyFrom(['@/lib/server/*', '@/lib/server/**', 'server-only'], 'Server-only code lives in lib/server/.'),
        anyFrom(['@/lib/client/*', '@/lib/client/**', 'client-only'], 'Browser-only code lives in lib/client/.'),
        anyFrom(['@/components/*', '@/components/**', '@/app/*', '@/app/**'], 'Helpers sit below components and routes.'),
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator'],
    },
  },
  {
    files: ['lib/client/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        valuesFrom(['@/db/*', '@/db/**', '@/lib/server/*', '@/lib/server/**'], 'The browser never loads server code.'),
        anyFrom(['server-only'], 'The browser never loads server code.'),
      ),
    },
  },
  {
    files: ['lib/server/**/*.{ts,tsx}', 'db/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        anyFrom(['@/lib/client/*', '@/lib/client/**', 'client-only'], 'Server code never loads browser-only helpers.'),
        anyFrom(['@/components/*', '@/components/**', '@/app/*', '@/app/**'], 'Server features and data sit below components and routes.'),
      ),
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        anyFrom(['@/lib/client/*', '@/lib/client/**', 'client-only'], 'Server code never loads browser-only helpers.'),
        anyFrom(['@/components/*', '@/components/**', '@/app/*', '@/app/**'], 'Data sits below components and routes.'),
        valuesFrom(['@/lib/server/*', '@/lib/server/**'], 'lib/server/ builds on db/, not the other way round.'),
      ),
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        valuesFrom(['@/db/*', '@/db/**', '@/lib/server/*', '@/lib/server/**'], 'Components receive data as props; routes read it (types are fine).'),
        anyFrom(['server-only'], 'Components may render on the client.'),
      ),
    },
  },
  {
    // Tests, benchmarks and scripts are not React: Playwright's fixture callback is named `use`.
    files: ['e2e/**', 'tests/**', 'bench/**', 'scripts/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
]);
