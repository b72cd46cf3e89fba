// Typed operations from the published contract: every graphql(`...`) document in src/ is checked against
// schema/knowledge-graph.graphql and given its result and variable types, so a schema change that breaks the
// explorer fails `npm run build`. EXPLORER_GENERATED_DIR lets the test command generate elsewhere and compare.
import type { CodegenConfig } from "@graphql-codegen/cli";

const out = process.env.EXPLORER_GENERATED_DIR ?? "src/generated";
const scalars = { DateTime: "string", Date: "string", URL: "string", JSON: "unknown" };

const config: CodegenConfig = {
  schema: "../schema/knowledge-graph.graphql",
  documents: ["src/**/*.ts", "src/**/*.tsx", "!src/generated/**"],
  ignoreNoDocuments: false,
  generates: {
    // Every schema type, for code that names an enum or input type outside an operation (labels, designs...).
    [`${out}/schema.ts`]: {
      plugins: ["typescript"],
      config: { enumsAsTypes: true, strictScalars: true, useTypeImports: true, scalars },
    },
    [`${out}/`]: {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: "string",
        strictScalars: true,
        enumsAsTypes: true,
        useTypeImports: true,
        scalars,
      },
    },
  },
  silent: true,
};

export default config;
