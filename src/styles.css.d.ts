// `import '@luxxon/react-errors/styles.css'`: a stylesheet, imported for its
// side effect only. Shipped as dist/styles.css.d.ts (package.json#exports
// "types"), so that the import type-checks without a bundler's client types
// (TS2882 under `noUncheckedSideEffectImports`).
export {};
