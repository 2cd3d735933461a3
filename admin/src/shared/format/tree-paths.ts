export interface TreeNode {
  id: string;
  name: string;
  parentId: string | null;
  position?: number;
}

export interface TreeRow<Node extends TreeNode> {
  node: Node;
  depth: number;
  /** "Clothing › Knitwear": the names from the top down to this node. */
  path: string;
}

const SEPARATOR = ' › ';

/**
 * A flat list with parent ids, in tree order (each node followed by its children, siblings by
 * position then name). A node whose parent is missing is treated as top level, so nothing is lost.
 */
export function treeRows<Node extends TreeNode>(nodes: readonly Node[]): TreeRow<Node>[] {
  const ids = new Set(nodes.map((node) => node.id));
  const children = new Map<string | null, Node[]>();
  for (const node of nodes) {
    const parent = node.parentId && ids.has(node.parentId) ? node.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }
  const rows: TreeRow<Node>[] = [];
  const visit = (parent: string | null, depth: number, prefix: string) => {
    const siblings = [...(children.get(parent) ?? [])].sort(
      (a, b) => (a.position ?? 0) - (b.position ?? 0) || a.name.localeCompare(b.name),
    );
    for (const node of siblings) {
      const path = prefix ? `${prefix}${SEPARATOR}${node.name}` : node.name;
      rows.push({ node, depth, path });
      visit(node.id, depth + 1, path);
    }
  };
  visit(null, 0, '');
  return rows;
}

/** The node and everything below it: where it cannot be moved to. */
export function subtreeIds(nodes: readonly TreeNode[], rootId: string): Set<string> {
  const found = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of nodes) {
      if (node.parentId && found.has(node.parentId) && !found.has(node.id)) {
        found.add(node.id);
        grew = true;
      }
    }
  }
  return found;
}
