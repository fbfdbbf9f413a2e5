/**
 * The project's WebAssembly modules (wasm/*.ts, AssemblyScript, built into dist/wasm/ by
 * `npm run build`): compiled once per thread on first use. A source checkout that has not been
 * built has none; the callers then take their TypeScript paths, which give the same results.
 */
import { existsSync, readFileSync } from 'node:fs';

// The part of the WebAssembly API used here, typed locally: TypeScript declares it only in the
// DOM libraries, which the build of this Node project does not load.
export interface WasmModule {
  readonly kind: 'module';
}

export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

interface WasmApi {
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (
    module: WasmModule,
    imports: Record<string, Record<string, unknown>>,
  ) => { readonly exports: unknown };
}

const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

export const WASM_PAGE = 65536;

const compiled = new Map<string, WasmModule | null>();

/** Whether dist/wasm/`name`.wasm is built. */
export function wasmAvailable(name: string): boolean {
  return compiledModule(name) !== null;
}

/** The exports of a new instance of dist/wasm/`name`.wasm (the caller types them), or null. */
export function instantiateWasm(name: string): unknown {
  const module = compiledModule(name);
  if (module === null) return null;
  return new wasm.Instance(module, { env: { abort: () => abort(name) } }).exports;
}

function compiledModule(name: string): WasmModule | null {
  let module = compiled.get(name);
  if (module === undefined) {
    // The same path from src/ (tests through tsx) and from dist/: both sit beside dist/.
    const file = new URL(`../dist/wasm/${name}.wasm`, import.meta.url);
    module = existsSync(file) ? new wasm.Module(readFileSync(file)) : null;
    compiled.set(name, module);
  }
  return module;
}

function abort(name: string): never {
  throw new Error(`${name}.wasm aborted`);
}
