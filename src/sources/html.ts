import { Parser } from 'htmlparser2';

// Never article text: code, forms, navigation, page furniture, image captions.
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'nav',
  'footer',
  'aside',
  'figcaption',
  'form',
  'button',
  'select',
  'textarea',
]);

// News themes mark their boxes of links, share buttons, comments and ads by class or id.
const BOILERPLATE =
  /(?:^|[\s_-])(?:related|baca-?juga|bacajuga|read-?also|share|sharing|social|comments?|respond|reply|sidebar|widget|breadcrumbs?|menu|navbar|advert\w*|ads|iklan|caption|wp-caption-text|tags?|author-box|newsletter|cookie)(?:$|[\s_-])/i;

const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
  'title',
]);

// Elements that never have a closing tag: they must not open a dropped region.
const VOID = new Set([
  'br',
  'hr',
  'img',
  'input',
  'meta',
  'link',
  'area',
  'base',
  'col',
  'embed',
  'source',
  'wbr',
]);

/** The text of an HTML page, one line per block element, without scripts, styles and page furniture. */
export function htmlLines(html: string): string[] {
  const lines: string[] = [];
  let current = '';
  // Depth inside dropped elements; the stack tells which closing tag ends a dropped region.
  const stack: boolean[] = [];
  let dropped = 0;
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line !== '') lines.push(line);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (BLOCKS.has(name)) flush();
        if (VOID.has(name)) return;
        const drop =
          DROPPED.has(name) ||
          attributes.hidden !== undefined ||
          BOILERPLATE.test(attributes.class ?? '') ||
          BOILERPLATE.test(attributes.id ?? '');
        stack.push(drop);
        if (drop) dropped++;
      },
      onclosetag(name) {
        if (BLOCKS.has(name)) flush();
        if (VOID.has(name)) return;
        if (stack.pop()) dropped--;
      },
      ontext(text) {
        if (dropped === 0) current += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return lines;
}
