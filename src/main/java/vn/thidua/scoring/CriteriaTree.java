package vn.thidua.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A criteria table's nodes as a tree, built in memory from one query. It answers the questions every page asks
 * (the nodes in display order with their depth, the criteria to score, the top-level group of a criterion) and
 * checks that the maxima add up.
 */
public final class CriteriaTree {

    /** A node with its depth (0 for top-level nodes), in display order. */
    public record Entry(CriterionNode node, int depth, boolean hasChildren) {}

    /** Something that makes a table unusable, as a message key with its arguments. */
    public record Problem(String key, Object... args) {}

    private static final Comparator<CriterionNode> ORDER = Comparator.comparingInt(CriterionNode::getSortOrder)
            .thenComparing(CriterionNode::getCode, CriteriaTree::compareCodes);

    private final CriteriaTable table;
    private final List<CriterionNode> roots = new ArrayList<>();
    private final Map<String, List<CriterionNode>> children = new HashMap<>();
    private final Map<String, CriterionNode> byKey = new LinkedHashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    public CriteriaTree(CriteriaTable table, Collection<CriterionNode> nodes) {
        this.table = table;
        for (CriterionNode node : nodes) {
            byKey.put(node.key(), node);
        }
        for (CriterionNode node : nodes) {
            if (node.getParent() == null) {
                roots.add(node);
            } else {
                children.computeIfAbsent(node.getParent().key(), k -> new ArrayList<>())
                        .add(node);
            }
        }
        roots.sort(ORDER);
        children.values().forEach(list -> list.sort(ORDER));
        roots.forEach(root -> walk(root, 0));
    }

    private void walk(CriterionNode node, int depth) {
        List<CriterionNode> kids = childrenOf(node);
        entries.add(new Entry(node, depth, !kids.isEmpty()));
        kids.forEach(kid -> walk(kid, depth + 1));
    }

    public CriteriaTable table() {
        return table;
    }

    public List<CriterionNode> roots() {
        return List.copyOf(roots);
    }

    public List<CriterionNode> childrenOf(CriterionNode node) {
        return List.copyOf(children.getOrDefault(node.key(), List.of()));
    }

    /** Every node in display order (pre-order), with its depth. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The criteria a unit scores, in display order. */
    public List<CriterionNode> criteria() {
        return entries.stream()
                .map(Entry::node)
                .filter(CriterionNode::isCriterion)
                .toList();
    }

    public Optional<CriterionNode> find(String code) {
        return Optional.ofNullable(byKey.get(CriterionNode.key(code)));
    }

    /** The top-level node a node belongs to (itself when it is top-level). */
    public CriterionNode rootOf(CriterionNode node) {
        CriterionNode current = byKey.getOrDefault(node.key(), node);
        while (current.getParent() != null) {
            current = byKey.getOrDefault(current.getParent().key(), current.getParent());
        }
        return current;
    }

    /** The ancestors of a node, nearest first. */
    public List<CriterionNode> ancestorsOf(CriterionNode node) {
        List<CriterionNode> ancestors = new ArrayList<>();
        CriterionNode current = byKey.getOrDefault(node.key(), node);
        while (current.getParent() != null) {
            current = byKey.getOrDefault(current.getParent().key(), current.getParent());
            ancestors.add(current);
        }
        return ancestors;
    }

    /** The top-level groups that count towards the table's total, in order (group I first). */
    public List<CriterionNode> scoredRoots() {
        return roots.stream().filter(root -> !root.getNodeType().isSection()).toList();
    }

    /** The node and everything below it. */
    public List<CriterionNode> subtree(CriterionNode node) {
        List<CriterionNode> result = new ArrayList<>();
        collect(node, result);
        return result;
    }

    private void collect(CriterionNode node, List<CriterionNode> into) {
        into.add(node);
        childrenOf(node).forEach(child -> collect(child, into));
    }

    /**
     * What keeps the table from being used: children whose maxima do not add up to their group's, top-level groups
     * that do not add up to the table's total, empty groups, criteria above their section's cap.
     */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (criteria().isEmpty()) {
            problems.add(new Problem("scoring.check.noCriteria"));
        }
        BigDecimal rootSum = BigDecimal.ZERO;
        for (CriterionNode root : roots) {
            if (!root.getNodeType().isSection()) {
                rootSum = rootSum.add(root.getMaxPoints());
            }
        }
        if (rootSum.compareTo(table.getTotalMax()) != 0) {
            problems.add(new Problem("scoring.check.totalMismatch", plain(rootSum), plain(table.getTotalMax())));
        }
        for (Entry entry : entries) {
            CriterionNode node = entry.node();
            List<CriterionNode> kids = childrenOf(node);
            if (node.getNodeType().holdsChildren() && kids.isEmpty()) {
                problems.add(new Problem("scoring.check.emptyGroup", node.getCode()));
                continue;
            }
            if (node.getNodeType() == NodeType.GROUP) {
                BigDecimal sum =
                        kids.stream().map(CriterionNode::getMaxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(node.getMaxPoints()) != 0) {
                    problems.add(new Problem(
                            "scoring.check.groupMismatch", node.getCode(), plain(sum), plain(node.getMaxPoints())));
                }
            }
            if (node.getNodeType().isSection()) {
                if (node.getMaxPoints().signum() <= 0) {
                    problems.add(new Problem("scoring.check.capMissing", node.getCode()));
                }
                for (CriterionNode kid : kids) {
                    if (kid.getMaxPoints().compareTo(node.getMaxPoints()) > 0) {
                        problems.add(new Problem(
                                "scoring.check.aboveCap",
                                kid.getCode(),
                                plain(kid.getMaxPoints()),
                                node.getCode(),
                                plain(node.getMaxPoints())));
                    }
                }
            }
            if (node.isCriterion() && node.getMaxPoints().signum() <= 0) {
                problems.add(new Problem("scoring.check.criterionWithoutPoints", node.getCode()));
            }
        }
        return problems;
    }

    public boolean isConsistent() {
        return problems().isEmpty();
    }

    /** A number for a message: the message formats it in the reader's language (52,5 in Vietnamese). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** "I.2" before "I.10": numbers compare as numbers, the rest as text. */
    static int compareCodes(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int result = comparePart(left[i], right[i]);
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int comparePart(String a, String b) {
        if (a.matches("\\d+") && b.matches("\\d+")) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return a.compareToIgnoreCase(b);
    }
}
