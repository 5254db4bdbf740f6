// `import '@luxxon/react-errors/devtools.css'`: the devtools panel's stylesheet, imported for its
// side effect only (see styles.css.d.ts).
export {};
