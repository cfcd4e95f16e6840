import { Parser } from 'htmlparser2';
import { SkError } from '../errors.js';
import { say } from '../i18n/said.js';
import { DEFAULT_LIMITS } from '../limits.js';

/** An XML element with its attributes and children (elements and text), names as written (`w:p`). */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** How much XML one part may hold: the tree is kept whole and walked recursively. */
export interface XmlBudget {
  maxDepth: number;
  maxElements: number;
}

export const DEFAULT_XML_BUDGET: XmlBudget = {
  maxDepth: DEFAULT_LIMITS.maxXmlDepth,
  maxElements: DEFAULT_LIMITS.maxXmlElements,
};

/**
 * Builds a tree of elements and text from XML written to it in pieces; entities decoded, CDATA as
 * text. Past the budget the parse stops at once (`limit-exceeded`), thrown from the parser's
 * callback: a flood of elements would otherwise be parsed to its end, with no timeout reaching it.
 */
export class XmlTreeBuilder {
  readonly root: XmlElement = { name: '#document', attrs: {}, children: [] };
  readonly #parser: Parser;
  /** Elements read, with `counted` before (the parts of one package share the budget). */
  count: number;

  constructor(part: string, budget: XmlBudget = DEFAULT_XML_BUDGET, counted = 0) {
    const stack: XmlElement[] = [this.root];
    this.count = counted;
    const builder = this;
    this.#parser = new Parser(
      {
        onopentag(name, attrs) {
          if (++builder.count > budget.maxElements) {
            const params = { part, max: budget.maxElements };
            throw new SkError('limit-exceeded', say('limit-exceeded/xml-elements', params));
          }
          if (stack.length > budget.maxDepth) {
            const params = { part, max: budget.maxDepth };
            throw new SkError('limit-exceeded', say('limit-exceeded/xml-depth', params));
          }
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
  }

  write(xml: string): void {
    this.#parser.write(xml);
  }

  end(): XmlElement {
    this.#parser.end();
    return this.root;
  }
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
