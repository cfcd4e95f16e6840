import { Parser } from 'htmlparser2';

/** An XML element with its attributes and children (elements and text), names as written (`w:p`). */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** Parses XML into a tree of elements and text; entities decoded, CDATA as text. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const element: XmlElement = { name, attrs, children: [] };
        stack.at(-1)?.children.push(element);
        stack.push(element);
      },
      ontext(text) {
        stack.at(-1)?.children.push(text);
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  parser.write(xml);
  parser.end();
  return root;
}

export const isElement = (node: XmlNode | undefined): node is XmlElement =>
  node !== undefined && typeof node !== 'string';

/** Child elements, optionally only those named `name`. */
export function elements(parent: XmlElement, name?: string): XmlElement[] {
  return parent.children.filter(
    (child): child is XmlElement => isElement(child) && (name === undefined || child.name === name),
  );
}

export function child(parent: XmlElement | undefined, name: string): XmlElement | undefined {
  return parent ? elements(parent, name)[0] : undefined;
}

/** The first element named `name` anywhere under `parent`, depth first. */
export function descendant(parent: XmlElement, name: string): XmlElement | undefined {
  for (const node of parent.children) {
    if (!isElement(node)) continue;
    if (node.name === name) return node;
    const found = descendant(node, name);
    if (found) return found;
  }
  return undefined;
}

/** Every element named `name` under `parent`, in document order (not looking inside a match). */
export function descendants(parent: XmlElement, name: string, into: XmlElement[] = []): XmlElement[] {
  for (const node of parent.children) {
    if (!isElement(node)) continue;
    if (node.name === name) into.push(node);
    else descendants(node, name, into);
  }
  return into;
}
