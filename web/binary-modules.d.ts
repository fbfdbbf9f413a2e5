// esbuild's binary loader (web/build.ts): importing a .bin file gives its bytes.
declare module '*.bin' {
  const bytes: Uint8Array;
  export default bytes;
}
