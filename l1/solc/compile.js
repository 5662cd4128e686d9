// Compiles every contract under l1/contracts with the solc-js pinned in package.json and writes
// artifacts/<Name>.abi and artifacts/<Name>.bin (contracts/test/* go to artifacts/test/), and
// artifacts/sources.sha256 listing the SHA-256 of every source compiled (checked by TestArtifactsUpToDate).
//
// Usage (from l1/): node solc/compile.js
//
// Contracts named Verifier in a file VerifierN.sol (gnark's vk.ExportSolidity output, one per batch size N) are
// written as VerifierN, so several batch sizes can coexist. Interfaces get an ABI and no bin. The artifact
// directories are cleared first so a deleted contract leaves no stale artifact behind.
"use strict";

const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const solc = require("solc");

const PINNED = "0.8.28+commit.7893614a";
const SETTINGS = {
  optimizer: { enabled: true, runs: 200 },
  evmVersion: "cancun",
  metadata: { bytecodeHash: "none" },
  outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } },
};

const root = path.resolve(__dirname, "..");
const contractsDir = path.join(root, "contracts");
const artifactsDir = path.join(root, "artifacts");

if (!solc.version().startsWith(PINNED)) {
  throw new Error(`solc ${solc.version()} is installed, want ${PINNED}: run npm ci in l1/solc`);
}

function listSol(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return listSol(p);
      return e.name.endsWith(".sol") ? [p] : [];
    })
    .sort();
}

const sources = {};
for (const file of listSol(contractsDir)) {
  const key = path.relative(root, file).split(path.sep).join("/");
  sources[key] = { content: fs.readFileSync(file, "utf8") };
}

const input = { language: "Solidity", sources, settings: SETTINGS };
const output = JSON.parse(solc.compile(JSON.stringify(input)));

let failed = false;
for (const e of output.errors || []) {
  process.stderr.write(e.formattedMessage + "\n");
  if (e.severity === "error") failed = true;
}
if (failed) process.exit(1);

for (const dir of [artifactsDir, path.join(artifactsDir, "test")]) {
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dir)) {
    if (f.endsWith(".abi") || f.endsWith(".bin")) fs.unlinkSync(path.join(dir, f));
  }
}

const written = new Set();
for (const [source, contracts] of Object.entries(output.contracts)) {
  const stem = path.basename(source, ".sol");
  const isTest = source.startsWith("contracts/test/");
  for (const [name, c] of Object.entries(contracts)) {
    const verifierSize = /^Verifier(\d+)$/.exec(stem);
    const artifact = name === "Verifier" && verifierSize ? stem : name;
    if (written.has(artifact)) throw new Error(`two contracts named ${artifact}`);
    written.add(artifact);
    const dir = isTest ? path.join(artifactsDir, "test") : artifactsDir;
    fs.writeFileSync(path.join(dir, artifact + ".abi"), JSON.stringify(c.abi, null, 1) + "\n");
    if (c.evm.bytecode.object !== "") {
      fs.writeFileSync(path.join(dir, artifact + ".bin"), c.evm.bytecode.object + "\n");
    }
  }
}
const digests = Object.keys(sources)
  .sort()
  .map((k) => `${crypto.createHash("sha256").update(sources[k].content).digest("hex")}  ${k}\n`);
fs.writeFileSync(path.join(artifactsDir, "sources.sha256"), digests.join(""));
process.stdout.write(`solc ${solc.version()}: ${[...written].sort().join(", ")}\n`);
