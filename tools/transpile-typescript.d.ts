export interface TranspiledModule {
  code: string;
  map: { version: number; sources: string[]; mappings: string; sourcesContent: string[] };
}

export function transpileTypeScript(source: string, fileName: string): TranspiledModule;
export function isTypeScriptSource(fileName: string): boolean;
