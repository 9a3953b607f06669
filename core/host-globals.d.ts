// core/ is compiled without DOM or Node types, so that a DOM or Node API used here fails to build. The one
// host API it needs is the WHATWG Encoding decoder, which Chromium and Node both provide as a global.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
