// ESLint flat config: TypeScript and Svelte, formatting left to Prettier.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// What the Svelte parser reads of svelte.config.js (runes mode). Only plain data: ESLint's --cache (npm test)
// serialises the configuration, and the adapter, preprocessor and kit.typescript.config are functions.
const svelteParserConfig = { compilerOptions: svelteConfig.compilerOptions };

export default ts.config(
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'data/', 'tests/.tmp/', 'tests/e2e/screenshots/', '.scratch/']
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript checks undefined names itself (svelte-check, tsc).
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		rules: {
			// The app is served at the root of its host with no base path: resolve() would add nothing to a link.
			'svelte/no-navigation-without-resolve': 'off',
			// {' · '} keeps a separator's spaces that the template would trim: not useless.
			'svelte/no-useless-mustaches': 'off',
			// Maps built and consumed inside one effect or function are not state; the rule cannot tell.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{
		// Migrations are frozen in time and take Kysely<any> (Kysely's own guidance); browser tests read MapLibre
		// internals through page.evaluate, where the page's types are not available.
		files: ['migrations/**', 'tests/e2e/**'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig: svelteParserConfig
			}
		}
	}
);
