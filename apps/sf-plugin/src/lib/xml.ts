/** Just enough XML writing for Salesforce metadata files: escaped text, nested elements, 4-space indent. */
export type XmlNode = { name: string; attributes?: Record<string, string>; children: XmlNode[] | string };

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function el(
  name: string,
  children: XmlNode[] | string | number | boolean,
  attributes?: Record<string, string>,
): XmlNode {
  return {
    name,
    children: Array.isArray(children) ? children : String(children),
    ...(attributes ? { attributes } : {}),
  };
}

export function renderXmlDocument(root: XmlNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(root, 0)}\n`;
}

function render(node: XmlNode, depth: number): string {
  const indent = '    '.repeat(depth);
  const attributes = Object.entries(node.attributes ?? {})
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  if (typeof node.children === 'string') {
    return `${indent}<${node.name}${attributes}>${escapeXml(node.children)}</${node.name}>`;
  }
  const inner = node.children.map((child) => render(child, depth + 1)).join('\n');
  return `${indent}<${node.name}${attributes}>\n${inner}\n${indent}</${node.name}>`;
}
