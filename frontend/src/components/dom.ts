// A tiny element builder: the app needs no framework, only safe DOM construction.
// Text always goes in as text nodes; inline `style` is refused (the CSP forbids it).

export type Child = Node | string | false | null | undefined;
type Handlers = Partial<{ [E in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[E]) => void }>;
type Attrs = { [name: string]: string | boolean | undefined | Handlers; on?: Handlers };

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'on' || typeof value === 'object') continue;
    if (name === 'style') throw new Error('inline styles are not allowed (CSP)');
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, listener] of Object.entries(attrs.on ?? {})) {
    element.addEventListener(type, listener as EventListener);
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Text that screen readers read but that is not shown. */
export function visuallyHidden(text: string, lang?: string): HTMLSpanElement {
  return h('span', { class: 'visually-hidden', lang }, text);
}
