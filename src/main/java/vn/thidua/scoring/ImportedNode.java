package vn.thidua.scoring;

/** One row of an imported criteria tree: the node, and the code of its parent (empty at the top level). */
public record ImportedNode(int row, String parentCode, NodeCommand command) {}
