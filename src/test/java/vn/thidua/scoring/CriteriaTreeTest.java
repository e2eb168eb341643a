package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CriteriaTreeTest {

    static NodeCommand group(String code, String max) {
        return new NodeCommand(
                NodeType.GROUP, code, "Nhóm " + code, new BigDecimal(max), null, null, null, null, null, false, null);
    }

    static NodeCommand manual(String code, String max) {
        return new NodeCommand(
                NodeType.CRITERION,
                code,
                "Tiêu chí " + code,
                new BigDecimal(max),
                CriterionKind.MANUAL,
                null,
                null,
                null,
                null,
                false,
                null);
    }

    static NodeCommand section(NodeType type, String code, String cap) {
        return new NodeCommand(
                type, code, "Mục " + code, new BigDecimal(cap), null, null, null, null, null, false, null);
    }

    /** I (60: I.1 40 = I.1.a 25 + I.1.b 15; I.2 20), II (40), bonus cap 5 (B.1 3, B.2 4), deductions cap 4 (D.1 10). */
    static CriteriaTree sample(String total) {
        CriteriaTable table = new CriteriaTable(1L, 2021, "Bảng mẫu", new BigDecimal(total));
        List<CriterionNode> nodes = new ArrayList<>();
        CriterionNode i = add(nodes, new CriterionNode(table, null, group("I", "60")));
        CriterionNode i1 = add(nodes, new CriterionNode(table, i, group("I.1", "40")));
        add(nodes, new CriterionNode(table, i1, manual("I.1.a", "25")));
        add(nodes, new CriterionNode(table, i1, manual("I.1.b", "15")));
        add(nodes, new CriterionNode(table, i, manual("I.2", "20")));
        add(nodes, new CriterionNode(table, null, manual("II", "40")));
        CriterionNode bonus = add(nodes, new CriterionNode(table, null, section(NodeType.BONUS, "T", "5")));
        add(nodes, new CriterionNode(table, bonus, manual("T.1", "3")));
        add(nodes, new CriterionNode(table, bonus, manual("T.2", "4")));
        CriterionNode deductions = add(nodes, new CriterionNode(table, null, section(NodeType.DEDUCTION, "TR", "4")));
        add(nodes, new CriterionNode(table, deductions, manual("TR.1", "4")));
        return new CriteriaTree(table, nodes);
    }

    private static CriterionNode add(List<CriterionNode> nodes, CriterionNode node) {
        nodes.add(node);
        return node;
    }

    @Test
    void aTableWhoseMaximaAddUpIsConsistent() {
        CriteriaTree tree = sample("100");
        assertThat(tree.problems()).isEmpty();
        assertThat(tree.criteria())
                .extracting(CriterionNode::getCode)
                .containsExactly("I.1.a", "I.1.b", "I.2", "II", "T.1", "T.2", "TR.1");
        assertThat(tree.scoredRoots()).extracting(CriterionNode::getCode).containsExactly("I", "II");
        assertThat(tree.entries())
                .extracting(CriteriaTree.Entry::depth)
                .containsExactly(0, 1, 2, 2, 1, 0, 0, 1, 1, 0, 1);
    }

    @Test
    void consistencyCheckNamesEveryOffendingNode() {
        CriteriaTable table = new CriteriaTable(1L, 2021, "Sai", new BigDecimal("100"));
        List<CriterionNode> nodes = new ArrayList<>();
        CriterionNode i = add(nodes, new CriterionNode(table, null, group("I", "60")));
        add(nodes, new CriterionNode(table, i, manual("I.1", "30")));
        add(nodes, new CriterionNode(table, i, manual("I.2", "20")));
        add(nodes, new CriterionNode(table, null, group("II", "30")));
        CriterionNode bonus = add(nodes, new CriterionNode(table, null, section(NodeType.BONUS, "T", "5")));
        add(nodes, new CriterionNode(table, bonus, manual("T.1", "6")));
        List<CriteriaTree.Problem> problems = new CriteriaTree(table, nodes).problems();
        assertThat(problems)
                .extracting(CriteriaTree.Problem::key)
                .containsExactlyInAnyOrder(
                        "scoring.check.totalMismatch",
                        "scoring.check.groupMismatch",
                        "scoring.check.emptyGroup",
                        "scoring.check.aboveCap");
        assertThat(problems)
                .filteredOn(p -> p.key().equals("scoring.check.groupMismatch"))
                .singleElement()
                .satisfies(p -> assertThat(p.args()).containsExactly("I", new BigDecimal("50"), new BigDecimal("60")));
        assertThat(problems)
                .filteredOn(p -> p.key().equals("scoring.check.totalMismatch"))
                .singleElement()
                .satisfies(p -> assertThat(p.args()).containsExactly(new BigDecimal("90"), new BigDecimal("100")));
    }

    @Test
    void totalsAddGroupsAndCappedBonusMinusCappedDeductions() {
        CriteriaTree tree = sample("100");
        SheetTotals totals = SheetTotals.of(
                tree,
                Map.of(
                        "i.1.a",
                        new BigDecimal("20"),
                        "i.1.b",
                        new BigDecimal("10"),
                        "i.2",
                        new BigDecimal("15"),
                        "ii",
                        new BigDecimal("30"),
                        "t.1",
                        new BigDecimal("3"),
                        "t.2",
                        new BigDecimal("4"),
                        "tr.1",
                        new BigDecimal("4")));
        assertThat(totals.subtotal("I.1")).isEqualByComparingTo("30");
        assertThat(totals.subtotal("I")).isEqualByComparingTo("45");
        assertThat(totals.bonus()).isEqualByComparingTo("5");
        assertThat(totals.deductions()).isEqualByComparingTo("4");
        assertThat(totals.total()).isEqualByComparingTo("76");
    }

    @Test
    void bonusAndDeductionSectionsStayAtTheTopAndHoldOnlyCriteria() {
        CriteriaTable table = new CriteriaTable(1L, 2021, "Bảng", new BigDecimal("100"));
        CriterionNode group = new CriterionNode(table, null, group("I", "100"));
        assertThatThrownBy(() -> new CriterionNode(table, group, section(NodeType.BONUS, "T", "5")))
                .hasMessageContaining("scoring.node.sectionAtTop");
        CriterionNode bonus = new CriterionNode(table, null, section(NodeType.BONUS, "T", "5"));
        assertThatThrownBy(() -> new CriterionNode(table, bonus, group("T.1", "5")))
                .hasMessageContaining("scoring.node.sectionHoldsCriteria");
        CriterionNode criterion = new CriterionNode(table, group, manual("I.1", "100"));
        assertThatThrownBy(() -> new CriterionNode(table, criterion, manual("I.1.a", "1")))
                .hasMessageContaining("scoring.node.parentIsCriterion");
    }

    @Test
    void criterionKindsNeedTheirParameters() {
        CriteriaTable table = new CriteriaTable(1L, 2021, "Bảng", new BigDecimal("100"));
        assertThatThrownBy(() -> new CriterionNode(
                        table,
                        null,
                        new NodeCommand(
                                NodeType.CRITERION,
                                "A",
                                "A",
                                BigDecimal.TEN,
                                CriterionKind.PER_OCCURRENCE,
                                null,
                                null,
                                null,
                                null,
                                false,
                                null)))
                .hasMessageContaining("scoring.node.perOccurrenceRequired");
        assertThatThrownBy(() -> new CriterionNode(
                        table,
                        null,
                        new NodeCommand(
                                NodeType.CRITERION,
                                "A",
                                "A",
                                BigDecimal.TEN,
                                null,
                                null,
                                null,
                                null,
                                null,
                                false,
                                null)))
                .hasMessageContaining("scoring.node.kindRequired");
        assertThatThrownBy(() -> new CriterionNode(
                        table,
                        null,
                        new NodeCommand(
                                NodeType.CRITERION,
                                "A",
                                "A",
                                BigDecimal.TEN,
                                CriterionKind.FIGURE_AGAINST_TARGET,
                                null,
                                null,
                                new BigDecimal("1.5"),
                                null,
                                false,
                                null)))
                .hasMessageContaining("scoring.node.shareInvalid");
        CriterionNode figure = new CriterionNode(
                table,
                null,
                new NodeCommand(
                        NodeType.CRITERION,
                        "A",
                        "A",
                        BigDecimal.TEN,
                        CriterionKind.FIGURE_AGAINST_TARGET,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null));
        assertThat(figure.rule().share()).isEqualByComparingTo("0.5");
    }

    @Test
    void aLockedTableRefusesNewNodesAndEdits() {
        CriteriaTable table = new CriteriaTable(1L, 2021, "Bảng", new BigDecimal("100"));
        CriterionNode node = new CriterionNode(table, null, manual("I", "100"));
        table.putInUse();
        assertThatThrownBy(() -> new CriterionNode(table, null, manual("II", "10")))
                .hasMessageContaining("scoring.table.locked");
        assertThatThrownBy(() -> node.describe(manual("I", "90"))).hasMessageContaining("scoring.table.locked");
        assertThatThrownBy(() -> table.describe(2021, "Khác", BigDecimal.TEN))
                .hasMessageContaining("scoring.table.locked");
    }

    @Test
    void codesSortNumbersAsNumbers() {
        assertThat(CriteriaTree.compareCodes("I.2", "I.10")).isNegative();
        assertThat(CriteriaTree.compareCodes("I.1.a", "I.1.b")).isNegative();
        assertThat(CriteriaTree.compareCodes("I", "I.1")).isNegative();
    }
}
