import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed GraphQL operations for the web app. The schema is read from the backend's
// schema files (entgql's ent.graphqls plus the hand-written *.graphqls), so no server
// has to run. Everything under src/gql/ is generated: never edit it, run `npm run codegen`.
const config: CodegenConfig = {
  schema: process.env.JEUGDSTEM_GRAPHQL_SCHEMA ?? '../graph/*.graphqls',
  documents: ['src/**/*.ts', '!src/gql/**/*', '!src/**/*.test.ts'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        // No fragment masking yet: the app has no fragments; add it with the first one.
        fragmentMasking: false,
      },
      config: {
        // Operations become typed strings: no `graphql` runtime in the bundle.
        documentMode: 'string',
        useTypeImports: true,
        // Only the types the app's operations use: the generated file changes when our
        // operations do, not whenever another part of the schema grows.
        onlyOperationTypes: true,
        enumsAsTypes: true,
        // Ent IDs are opaque strings; Time is RFC 3339; Cursor is opaque.
        scalars: { ID: 'string', Time: 'string', Cursor: 'string', Map: 'Record<string, unknown>' },
        strictScalars: false,
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
