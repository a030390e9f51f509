/** The part of saxen's API (https://github.com/nikku/saxen) the spreadsheet readers use; saxen ships no types. */
declare module 'saxen' {
  export class Parser {
    constructor(options?: { proxy?: boolean });
    on(
      event: 'openTag',
      handler: (
        name: string,
        attrs: () => Record<string, string>,
        decodeEntities: (text: string) => string,
        selfClosing: boolean,
      ) => void,
    ): void;
    on(
      event: 'closeTag',
      handler: (name: string, decodeEntities: (text: string) => string, selfClosing: boolean) => void,
    ): void;
    on(event: 'text', handler: (text: string, decodeEntities: (text: string) => string) => void): void;
    on(event: 'cdata', handler: (text: string) => void): void;
    on(event: 'error' | 'warn', handler: (error: Error) => void): void;
    parse(xml: string): void;
    stop(): void;
  }
}
