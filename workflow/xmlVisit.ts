import { Parser } from 'htmlparser2';

/** Element and attribute names without their namespace prefix (`ofd:TextCode` → `TextCode`): producers differ in the prefix. */
export const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

export interface XmlVisitor {
  open?(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** A real XML tokenizer (htmlparser2 in XML mode: entities decoded, CDATA as text), visited by local names. */
export function visitXml(xml: string, visitor: XmlVisitor): void {
  const parser = new Parser(
    {
      onopentag: (name, attributes) => visitor.open?.(localName(name), attributes),
      ontext: (text) => visitor.text?.(text),
      onclosetag: (name) => visitor.close?.(localName(name)),
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  parser.write(xml);
  parser.end();
}
