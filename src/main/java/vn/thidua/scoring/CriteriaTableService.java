package vn.thidua.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.SearchText;
import vn.thidua.common.Versions;
import vn.thidua.organization.ClusterSummary;
import vn.thidua.organization.Organizers;
import vn.thidua.pledge.PledgeService;
import vn.thidua.pledge.PledgedTargetNames;

/**
 * Criteria tables of the signed-in person's organiser: administrators define, edit and copy them while they are
 * drafts; provincial staff read them.
 */
@Service
public class CriteriaTableService {

    static final String ENTITY = "CriteriaTable";
    static final int SORT_STEP = 10;

    private final CriteriaTableRepository tables;
    private final CriterionNodeRepository nodes;
    private final ScoringRoundRepository rounds;
    private final Organizers organizers;
    private final AuditTrail audit;
    private final AccessPolicy policy;
    private final PledgeService pledges;

    CriteriaTableService(
            CriteriaTableRepository tables,
            CriterionNodeRepository nodes,
            ScoringRoundRepository rounds,
            Organizers organizers,
            AuditTrail audit,
            AccessPolicy policy,
            PledgeService pledges) {
        this.policy = policy;
        this.pledges = pledges;
        this.tables = tables;
        this.nodes = nodes;
        this.rounds = rounds;
        this.organizers = organizers;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Page<CriteriaTable> search(Integer year, String query, Pageable pageable) {
        CurrentUser user = policy.requireStaff();
        return tables.search(user.organizerId(), year, SearchText.containsPattern(query), pageable);
    }

    @Transactional(readOnly = true)
    public CriteriaTable table(long id) {
        CurrentUser user = policy.requireStaff();
        CriteriaTable table = tables.findById(id)
                .filter(found -> found.getOrganizerId().equals(user.organizerId()))
                .orElseThrow(() -> new NotFoundException("criteriaTable"));
        table.clusterIds();
        return table;
    }

    /** The table as a tree, read in two queries. */
    @Transactional(readOnly = true)
    public CriteriaTree tree(long tableId) {
        CriteriaTable table = table(tableId);
        return new CriteriaTree(table, nodes.findByTable(table.getId()));
    }

    @Transactional(readOnly = true)
    public CriterionNode node(long tableId, long nodeId) {
        CriteriaTable table = table(tableId);
        return nodes.findById(nodeId)
                .filter(node -> node.getTable().getId().equals(table.getId()))
                .orElseThrow(() -> new NotFoundException("criterionNode"));
    }

    /** The organiser's clusters, to choose which a table applies to. */
    @Transactional(readOnly = true)
    public List<ClusterSummary> clusters() {
        return organizers.clusters(policy.requireStaff().organizerId());
    }

    /** The organiser's clusters for the table form: administrators only, like the changes the form makes. */
    @Transactional(readOnly = true)
    public List<ClusterSummary> clustersForEditing() {
        return organizers.clusters(policy.requireAdmin().organizerId());
    }

    /** The tree for the node form: administrators only. */
    @Transactional(readOnly = true)
    public CriteriaTree treeForEditing(long tableId) {
        policy.requireAdmin();
        return tree(tableId);
    }

    /**
     * The pledge targets a figure criterion of this table may measure: the targets of the pledges of the table's
     * clusters for the table's year. Administrators only, like the node form that offers them.
     */
    @Transactional(readOnly = true)
    public PledgeTargetChoices pledgeTargetChoices(long tableId) {
        policy.requireAdmin();
        return pledgeTargetChoices(table(tableId));
    }

    private PledgeTargetChoices pledgeTargetChoices(CriteriaTable table) {
        PledgedTargetNames pledged = pledges.targetNames(table.clusterIds(), table.getYear());
        return new PledgeTargetChoices(pledged.anyPledge(), pledged.names());
    }

    /**
     * A figure criterion that is given a pledge target to measure (a new one, or another than it had) must name one
     * of the targets of the pledges of the table's clusters that year, once any of them has a pledge; before that the
     * name cannot be checked and is kept as typed. A name it already had is kept even when no target bears it any
     * more (the form says so).
     */
    private void requireKnownPledgeTarget(CriteriaTable table, NodeCommand command, String previous) {
        String name = command.nodeType() == NodeType.CRITERION && command.kind() == CriterionKind.FIGURE_AGAINST_TARGET
                ? command.pledgeTarget()
                : null;
        if (name == null || name.isBlank() || ResultRules.sameTarget(name, previous)) {
            return;
        }
        if (pledgeTargetChoices(table).unknown(name)) {
            throw new ScoringException("scoring.node.pledgeTargetUnknown", name.strip(), table.getYear());
        }
    }

    @Transactional
    public CriteriaTable create(TableCommand command) {
        CurrentUser user = policy.requireAdmin();
        CriteriaTable table = new CriteriaTable(user.organizerId(), command.year(), command.name(), command.totalMax());
        applyClusters(table, command.clusterIds(), user);
        tables.saveAndFlush(table);
        audit.record(AuditEntry.of(
                        user.organizerId(),
                        ScoringAuditAction.CRITERIA_TABLE_CREATED.code(),
                        ENTITY,
                        table.getId(),
                        table.getName())
                .withValues(null, table.auditState()));
        return table;
    }

    @Transactional
    public CriteriaTable update(long id, long expectedVersion, TableCommand command) {
        CurrentUser user = policy.requireAdmin();
        CriteriaTable table = table(id);
        Versions.require(expectedVersion, table.getVersion());
        Map<String, Object> before = table.auditState();
        table.describe(command.year(), command.name(), command.totalMax());
        applyClusters(table, command.clusterIds(), user);
        tables.flush();
        audit.record(AuditEntry.of(
                        user.organizerId(),
                        ScoringAuditAction.CRITERIA_TABLE_UPDATED.code(),
                        ENTITY,
                        table.getId(),
                        table.getName())
                .withValues(before, table.auditState()));
        return table;
    }

    private void applyClusters(CriteriaTable table, List<Long> clusterIds, CurrentUser user) {
        List<Long> chosen = clusterIds == null ? List.of() : clusterIds;
        List<ClusterSummary> own = organizers.clusters(user.organizerId());
        for (Long clusterId : chosen) {
            ClusterSummary cluster = own.stream()
                    .filter(c -> c.id() == clusterId)
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("cluster"));
            tables.findForCluster(clusterId, table.getYear())
                    .filter(other -> !other.getId().equals(table.getId()))
                    .ifPresent(other -> {
                        throw new ScoringException(
                                "scoring.table.clusterTaken", cluster.name(), table.getYear(), other.getName());
                    });
        }
        table.applyTo(chosen);
    }

    @Transactional
    public CriterionNode addNode(long tableId, Long parentId, NodeCommand command) {
        CurrentUser user = policy.requireAdmin();
        CriteriaTable table = table(tableId);
        table.requireEditable();
        requireCodeFree(table, command.code(), null);
        requireKnownPledgeTarget(table, command, null);
        CriterionNode parent = parentId == null ? null : node(tableId, parentId);
        NodeCommand placed =
                command.sortOrder() != null ? command : withSortOrder(command, nextSortOrder(table, parent));
        CriterionNode node = nodes.saveAndFlush(new CriterionNode(table, parent, placed));
        audit.record(AuditEntry.of(
                        user.organizerId(),
                        ScoringAuditAction.CRITERION_NODE_ADDED.code(),
                        ENTITY,
                        table.getId(),
                        table.getName() + " · " + node.getCode())
                .withValues(null, node.auditState()));
        return node;
    }

    @Transactional
    public CriterionNode updateNode(long tableId, long nodeId, long expectedVersion, NodeCommand command) {
        CurrentUser user = policy.requireAdmin();
        CriterionNode node = node(tableId, nodeId);
        node.getTable().requireEditable();
        Versions.require(expectedVersion, node.getVersion());
        requireCodeFree(node.getTable(), command.code(), nodeId);
        requireKnownPledgeTarget(node.getTable(), command, node.getPledgeTarget());
        if (command.nodeType() != node.getNodeType()
                && !tree(tableId).childrenOf(node).isEmpty()
                && command.nodeType() == NodeType.CRITERION) {
            throw new ScoringException("scoring.node.hasChildren", node.getCode());
        }
        Map<String, Object> before = node.auditState();
        node.describe(command.sortOrder() != null ? command : withSortOrder(command, node.getSortOrder()));
        nodes.flush();
        audit.record(AuditEntry.of(
                        user.organizerId(),
                        ScoringAuditAction.CRITERION_NODE_UPDATED.code(),
                        ENTITY,
                        tableId,
                        node.getTable().getName() + " · " + node.getCode())
                .withValues(before, node.auditState()));
        return node;
    }

    /** Removes a node and everything below it, while the table is a draft. */
    @Transactional
    public void removeNode(long tableId, long nodeId) {
        CurrentUser user = policy.requireAdmin();
        CriteriaTree tree = tree(tableId);
        tree.table().requireEditable();
        CriterionNode node = node(tableId, nodeId);
        List<CriterionNode> subtree = tree.subtree(node);
        Map<String, Object> before = node.auditState();
        String summary = tree.table().getName() + " · " + node.getCode();
        nodes.deleteAllByIds(subtree.stream().map(CriterionNode::getId).toList());
        audit.record(AuditEntry.of(
                        user.organizerId(), ScoringAuditAction.CRITERION_NODE_REMOVED.code(), ENTITY, tableId, summary)
                .withValues(before, null));
    }

    /** A new draft for {@code year} with the same groups and criteria: next year starts from this year's table. */
    @Transactional
    public CriteriaTable copy(long sourceId, int year, String name) {
        CurrentUser user = policy.requireAdmin();
        CriteriaTree source = tree(sourceId);
        CriteriaTable copy = tables.saveAndFlush(source.table()
                .copyFor(
                        year,
                        name == null || name.isBlank()
                                ? source.table()
                                        .getName()
                                        .replace(String.valueOf(source.table().getYear()), String.valueOf(year))
                                : name));
        List<Long> freeClusters = source.table().clusterIds().stream()
                .filter(clusterId -> tables.findForCluster(clusterId, year).isEmpty())
                .toList();
        copy.applyTo(freeClusters);
        Map<String, CriterionNode> copies = new HashMap<>();
        List<CriterionNode> created = new ArrayList<>();
        for (CriteriaTree.Entry entry : source.entries()) {
            CriterionNode original = entry.node();
            CriterionNode parent = original.getParent() == null
                    ? null
                    : copies.get(original.getParent().key());
            CriterionNode node = original.copyInto(copy, parent);
            copies.put(original.key(), node);
            created.add(node);
        }
        nodes.saveAll(created);
        nodes.flush();
        audit.record(AuditEntry.of(
                        user.organizerId(),
                        ScoringAuditAction.CRITERIA_TABLE_COPIED.code(),
                        ENTITY,
                        copy.getId(),
                        copy.getName())
                .withValues(
                        Map.of(
                                "sourceId",
                                sourceId,
                                "sourceYear",
                                source.table().getYear()),
                        copy.auditState()));
        return copy;
    }

    /**
     * Fills an empty draft table from imported rows, all or nothing: every row is checked (codes unique, parents
     * known and able to hold it, the kind's parameters) and any failure rejects the whole import.
     */
    /**
     * Refuses an import into the table before its file is read: administrators of the table's organiser only, into
     * a draft table without criteria yet.
     */
    @Transactional(readOnly = true)
    public void requireImportable(long tableId) {
        policy.requireAdmin();
        CriteriaTable table = table(tableId);
        table.requireEditable();
        if (!nodes.findByTable(tableId).isEmpty()) {
            throw new ScoringException("scoring.table.import.notEmpty");
        }
    }

    @Transactional
    public int importTree(long tableId, List<ImportedNode> rows) {
        CurrentUser user = policy.requireAdmin();
        CriteriaTable table = table(tableId);
        table.requireEditable();
        if (!nodes.findByTable(tableId).isEmpty()) {
            throw new ScoringException("scoring.table.import.notEmpty");
        }
        List<ImportRejected.RowError> errors = new ArrayList<>();
        Map<String, CriterionNode> created = new java.util.LinkedHashMap<>();
        for (ImportedNode row : rows) {
            String code =
                    row.command().code() == null ? "" : row.command().code().trim();
            if (created.containsKey(CriterionNode.key(code))) {
                errors.add(new ImportRejected.RowError(row.row(), "scoring.node.codeTaken", new Object[] {code}));
                continue;
            }
            CriterionNode parent = null;
            if (row.parentCode() != null && !row.parentCode().isBlank()) {
                parent = created.get(CriterionNode.key(row.parentCode()));
                if (parent == null) {
                    errors.add(new ImportRejected.RowError(row.row(), "scoring.import.parentUnknown", new Object[] {
                        row.parentCode().trim()
                    }));
                    continue;
                }
            }
            try {
                created.put(CriterionNode.key(code), new CriterionNode(table, parent, row.command()));
            } catch (vn.thidua.common.DomainException e) {
                errors.add(new ImportRejected.RowError(row.row(), e.getMessageKey(), e.getArguments()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        nodes.saveAll(created.values());
        nodes.flush();
        audit.record(AuditEntry.of(
                        user.organizerId(),
                        ScoringAuditAction.CRITERIA_TABLE_IMPORTED.code(),
                        ENTITY,
                        tableId,
                        table.getName())
                .withValues(null, Map.of("nodes", created.size())));
        return created.size();
    }

    /** Whether a table can be given to a scoring round: the problems that stop it, empty when none. */
    @Transactional(readOnly = true)
    public List<CriteriaTree.Problem> problems(long tableId) {
        return tree(tableId).problems();
    }

    @Transactional(readOnly = true)
    public boolean inUseByRound(long tableId) {
        return rounds.existsForTable(table(tableId).getId());
    }

    private void requireCodeFree(CriteriaTable table, String code, Long exceptId) {
        if (code != null && nodes.codeTaken(table.getId(), code.trim(), exceptId)) {
            throw new ScoringException("scoring.node.codeTaken", code.trim());
        }
    }

    private int nextSortOrder(CriteriaTable table, CriterionNode parent) {
        CriteriaTree tree = new CriteriaTree(table, nodes.findByTable(table.getId()));
        List<CriterionNode> siblings = parent == null ? tree.roots() : tree.childrenOf(parent);
        return siblings.stream().mapToInt(CriterionNode::getSortOrder).max().orElse(0) + SORT_STEP;
    }

    private static NodeCommand withSortOrder(NodeCommand c, int sortOrder) {
        return new NodeCommand(
                c.nodeType(),
                c.code(),
                c.description(),
                c.maxPoints(),
                c.kind(),
                c.minPoints(),
                c.pointsPerOccurrence(),
                c.targetShare(),
                c.scoringGuide(),
                c.evidenceRequired(),
                sortOrder,
                c.pledgeTarget());
    }
}
