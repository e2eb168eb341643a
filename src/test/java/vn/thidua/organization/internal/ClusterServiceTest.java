package vn.thidua.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.common.NotFoundException;
import vn.thidua.organization.ClusterKind;
import vn.thidua.organization.ClusterTermStatus;

class ClusterServiceTest extends ClusterFixtures {

    @Autowired
    ClusterService clusters;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private static void assertRefused(Runnable change, String messageKey) {
        assertThatThrownBy(change::run)
                .isInstanceOf(OrganizationException.class)
                .extracting(e -> ((OrganizationException) e).getMessageKey())
                .isEqualTo(messageKey);
    }

    // ----- clusters -----

    @Test
    void creatingAClusterIsAuditedAndItsCodeIsUniqueIgnoringCase() {
        signIn("admin");
        String code = uniqueCode("new");
        Cluster cluster = clusters.create(
                new ClusterCommand(" " + code + " ", "Khối các sở văn hóa, xã hội", ClusterKind.BLOC, ""));

        assertThat(cluster.getCode()).isEqualTo(code);
        assertThat(cluster.getDescription()).isNull();
        Map<String, Object> audit = lastAudit("CLUSTER_CREATED", "Cluster", cluster.getId());
        assertThat(audit.get("actor")).isEqualTo("admin");
        assertThat(audit.get("old_value")).isNull();
        assertThat((String) audit.get("new_value")).contains(code).contains("BLOC");

        assertRefused(
                () -> clusters.create(new ClusterCommand(code.toLowerCase(), "Trùng mã", ClusterKind.CLUSTER, null)),
                "cluster.code.taken");
    }

    @Test
    void theSameCodeMayBeUsedByAnotherOrganiser() {
        signIn("admin");
        String code = uniqueCode("shared");
        clusters.create(new ClusterCommand(code, "Cụm An Giang", ClusterKind.CLUSTER, null));
        signIn("kiengiang");
        Cluster other = clusters.create(new ClusterCommand(code, "Cụm Kiên Giang", ClusterKind.CLUSTER, null));
        assertThat(other.getOrganizerId()).isEqualTo(idOf("select id from organizer where code = 'KG'"));
    }

    @Test
    void updatingAClusterRecordsOldAndNewValues() {
        signIn("admin");
        Cluster cluster = clusters.create(new ClusterCommand(uniqueCode("upd"), "Tên cũ", ClusterKind.CLUSTER, null));
        clusters.update(
                cluster.getId(),
                cluster.getVersion(),
                new ClusterCommand(cluster.getCode(), "Tên mới", ClusterKind.BLOC, "Mô tả"));

        Map<String, Object> audit = lastAudit("CLUSTER_UPDATED", "Cluster", cluster.getId());
        assertThat((String) audit.get("old_value")).contains("Tên cũ").contains("CLUSTER");
        assertThat((String) audit.get("new_value")).contains("Tên mới").contains("BLOC");
        assertThat(clusters.cluster(cluster.getId()).getName()).isEqualTo("Tên mới");
    }

    @Test
    void updatingWithAStaleVersionIsAConflict() {
        signIn("admin");
        Cluster cluster = clusters.create(new ClusterCommand(uniqueCode("stale"), "Tên", ClusterKind.CLUSTER, null));
        long seen = cluster.getVersion();
        clusters.update(
                cluster.getId(), seen, new ClusterCommand(cluster.getCode(), "Lần một", ClusterKind.CLUSTER, null));
        assertThatThrownBy(() -> clusters.update(
                        cluster.getId(),
                        seen,
                        new ClusterCommand(cluster.getCode(), "Lần hai", ClusterKind.CLUSTER, null)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(clusters.cluster(cluster.getId()).getName()).isEqualTo("Lần một");
    }

    @Test
    void reviewersReadButDoNotChangeClusters() {
        signIn("thamdinh");
        assertThat(clusters.search("cum2", null, PageRequest.of(0, 20, Sort.by("code")))
                        .getContent())
                .extracting(row -> row.cluster().getCode())
                .contains("CUM2");
        assertThat(clusters.canManage()).isFalse();
        assertThatThrownBy(() ->
                        clusters.create(new ClusterCommand(uniqueCode("rev"), "Không được", ClusterKind.CLUSTER, null)))
                .isInstanceOf(AccessDeniedException.class);
        long cum2 = idOf(
                "select c.id from cluster c join organizer o on o.id = c.organizer_id where o.code = 'AG' and c.code = 'CUM2'");
        assertThatThrownBy(() -> clusters.appointLeaders(cum2, 2021, 0, unitId("AG", "AP"), List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unitOfficersCannotUseTheAdministrationService() {
        signIn("anphu");
        assertThatThrownBy(() -> clusters.search("", null, PageRequest.of(0, 20)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdministratorSeesOnlyTheirOwnOrganisersClusters() {
        long cum3 = idOf(
                "select c.id from cluster c join organizer o on o.id = c.organizer_id where o.code = 'KG' and c.code = 'CUM3'");
        signIn("admin");
        assertThatThrownBy(() -> clusters.cluster(cum3)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> clusters.createTerm(cum3, 2030)).isInstanceOf(NotFoundException.class);
        assertThat(clusters.search("cum2", null, PageRequest.of(0, 20)).getContent())
                .extracting(row -> row.cluster().getCode())
                .contains("CUM2");
        assertThat(clusters.search("cum3", null, PageRequest.of(0, 20)).getContent())
                .isEmpty();
        assertThat(clusters.search("tnb", null, PageRequest.of(0, 20)).getContent())
                .isEmpty();
    }

    @Test
    void theCentralCouncilManagesTheSouthwestCluster() {
        signIn("trunguong");
        List<ClusterOverview> rows =
                clusters.search("tay nam bo", null, PageRequest.of(0, 20)).getContent();
        assertThat(rows).extracting(row -> row.cluster().getCode()).containsExactly("TNB");
        ClusterOverview tnb = rows.get(0);
        assertThat(tnb.head()).map(Unit::getShortName).contains("Kiên Giang");
        assertThat(tnb.deputies()).extracting(Unit::getShortName).containsExactlyInAnyOrder("Đồng Tháp", "Sóc Trăng");
        assertThat(tnb.memberCount()).isEqualTo(13);
        assertThat(clusters.canManage()).isTrue();
        assertThat(clusters.history(tnb.cluster().getId()))
                .extracting(ClusterTerm::getYear)
                .containsExactly(2021, 2020);
    }

    @Test
    void searchIgnoresAccentsAndCaseAndFiltersByKind() {
        signIn("admin");
        String code = uniqueCode("acc");
        clusters.create(new ClusterCommand(code, "Cụm thi đua Đồng Tháp Mười thử nghiệm", ClusterKind.CLUSTER, null));
        assertThat(clusters.search("dong THAP muoi", null, PageRequest.of(0, 20))
                        .getContent())
                .extracting(row -> row.cluster().getCode())
                .containsExactly(code);
        assertThat(clusters.search("dong thap muoi", ClusterKind.BLOC, PageRequest.of(0, 20))
                        .getContent())
                .isEmpty();
        assertThat(clusters.search("", ClusterKind.BLOC, PageRequest.of(0, 100)).getContent())
                .allMatch(row -> row.cluster().getKind() == ClusterKind.BLOC);
        assertThat(clusters.search("khoikt", ClusterKind.BLOC, PageRequest.of(0, 20))
                        .getContent())
                .extracting(row -> row.cluster().getCode())
                .containsExactly("KHOIKT");
        assertThat(clusters.search("khoikt", ClusterKind.CLUSTER, PageRequest.of(0, 20))
                        .getContent())
                .isEmpty();
    }

    @Test
    void theListShowsTheWorkingYearsHeadAndMemberCount() {
        signIn("admin");
        ClusterOverview cum2 = clusters.search("CUM2", null, PageRequest.of(0, 20))
                .getContent()
                .get(0);
        assertThat(cum2.term().getYear()).isEqualTo(2021);
        assertThat(cum2.head()).map(Unit::getShortName).contains("Châu Thành");
        assertThat(cum2.memberCount()).isEqualTo(6);
    }

    @Test
    void theListLoadsHeadsAndMemberCountsInAFixedNumberOfQueries() {
        String tag = uniqueCode("Q").replace("-", "");
        for (int i = 0; i < 4; i++) {
            long cluster = newCluster("AG", "Cụm đếm truy vấn " + tag + " " + i);
            long term = newTerm(cluster, 2021, "SET_UP");
            addMember(term, newUnit("AG", "Xã Đếm " + tag + i), "HEAD");
            addMember(term, newUnit("AG", "Xã Phụ " + tag + i), "MEMBER");
        }
        signIn("admin");
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            List<ClusterOverview> one =
                    clusters.search(tag + " 0", null, PageRequest.of(0, 20)).getContent();
            one.forEach(row -> row.head().map(Unit::getShortName));
            long queriesForOne = statistics.getPrepareStatementCount();

            statistics.clear();
            List<ClusterOverview> four =
                    clusters.search(tag, null, PageRequest.of(0, 20)).getContent();
            four.forEach(row -> row.head().map(Unit::getShortName));
            long queriesForFour = statistics.getPrepareStatementCount();

            assertThat(one).hasSize(1);
            assertThat(four)
                    .hasSize(4)
                    .allMatch(row -> row.memberCount() == 2 && row.head().isPresent());
            assertThat(queriesForFour).isEqualTo(queriesForOne).isLessThanOrEqualTo(4);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    // ----- years -----

    @Test
    void creatingAYearIsAuditedAndRefusedWhenItExists() {
        long cluster = newCluster("AG", "Cụm tạo năm");
        signIn("admin");
        ClusterTerm term = clusters.createTerm(cluster, 2023);
        assertThat(term.getStatus()).isEqualTo(ClusterTermStatus.SET_UP);
        assertThat(lastAudit("TERM_CREATED", "ClusterTerm", term.getId()).get("new_value"))
                .asString()
                .contains("2023");
        assertRefused(() -> clusters.createTerm(cluster, 2023), "term.exists");
        assertRefused(() -> clusters.createTerm(cluster, 1999), "organization.workingYear.invalid");
    }

    @Test
    void severalUnitsJoinAtOnceAndTheChangeIsAudited() {
        long cluster = newCluster("AG", "Cụm thêm thành viên");
        long term = newTerm(cluster, 2021, "SET_UP");
        long a = newUnit("AG", "Xã Một");
        long b = newUnit("AG", "Xã Hai");
        signIn("admin");
        assertThat(clusters.candidates(cluster, 2021)).extracting(Unit::getId).contains(a, b);

        clusters.addMembers(cluster, 2021, termVersion(term), List.of(a, b));

        assertThat(count("select count(*) from cluster_member where term_id = ?", term))
                .isEqualTo(2);
        assertThat(clusters.candidates(cluster, 2021)).extracting(Unit::getId).doesNotContain(a, b);
        Map<String, Object> audit = lastAudit("TERM_MEMBER_ADDED", "ClusterTerm", term);
        assertThat((String) audit.get("new_value")).contains("Xã Một").contains("Xã Hai");
        assertThat((String) audit.get("old_value")).doesNotContain("Xã Một");
    }

    @Test
    void aRetiredUnitCannotBeAddedAndNothingIsAddedWithIt() {
        long cluster = newCluster("AG", "Cụm đơn vị đã sáp nhập");
        long term = newTerm(cluster, 2021, "SET_UP");
        long active = newUnit("AG", "Xã Còn");
        long retired = newUnit("AG", "Xã Cũ");
        retireUnit(retired);
        signIn("admin");
        assertThat(clusters.candidates(cluster, 2021))
                .extracting(Unit::getId)
                .contains(active)
                .doesNotContain(retired);
        assertRefused(
                () -> clusters.addMembers(cluster, 2021, termVersion(term), List.of(active, retired)),
                "term.member.retired");
        assertThat(count("select count(*) from cluster_member where term_id = ?", term))
                .isZero();
    }

    @Test
    void aUnitOfAnotherOrganiserCannotBeAdded() {
        long cluster = newCluster("AG", "Cụm đơn vị tỉnh khác");
        long term = newTerm(cluster, 2021, "SET_UP");
        signIn("admin");
        assertRefused(
                () -> clusters.addMembers(cluster, 2021, termVersion(term), List.of(unitId("KG", "HT"))),
                "unit.parent.otherOrganizer");
    }

    @Test
    void choosingNoUnitIsRefused() {
        long cluster = newCluster("AG", "Cụm không chọn");
        long term = newTerm(cluster, 2021, "SET_UP");
        signIn("admin");
        assertRefused(() -> clusters.addMembers(cluster, 2021, termVersion(term), List.of()), "term.member.noneChosen");
    }

    @Test
    void removingAMemberIsAudited() {
        long cluster = newCluster("AG", "Cụm bỏ thành viên");
        long term = newTerm(cluster, 2021, "SET_UP");
        long a = newUnit("AG", "Xã Ở Lại");
        long b = newUnit("AG", "Xã Rời Đi");
        addMember(term, a, "HEAD");
        addMember(term, b, "MEMBER");
        signIn("admin");
        clusters.removeMember(cluster, 2021, termVersion(term), b);
        assertThat(count("select count(*) from cluster_member where term_id = ? and unit_id = ?", term, b))
                .isZero();
        Map<String, Object> audit = lastAudit("TERM_MEMBER_REMOVED", "ClusterTerm", term);
        assertThat((String) audit.get("old_value")).contains("Xã Rời Đi");
        assertThat((String) audit.get("new_value")).doesNotContain("Xã Rời Đi");
    }

    @Test
    void theHeadIsHandedOverInOneStepAndAudited() {
        long cluster = newCluster("AG", "Cụm bàn giao");
        long term = newTerm(cluster, 2021, "SET_UP");
        long a = newUnit("AG", "Xã Trưởng Cũ");
        long b = newUnit("AG", "Xã Trưởng Mới");
        long c = newUnit("AG", "Xã Phó");
        addMember(term, a, "HEAD");
        addMember(term, b, "DEPUTY");
        addMember(term, c, "MEMBER");
        signIn("admin");

        clusters.appointLeaders(cluster, 2021, termVersion(term), b, List.of(a, c));

        assertThat(roleOf(term, a)).isEqualTo("DEPUTY");
        assertThat(roleOf(term, b)).isEqualTo("HEAD");
        assertThat(roleOf(term, c)).isEqualTo("DEPUTY");
        assertThat(auditValue("TERM_LEADERS_APPOINTED", "ClusterTerm", term, "old_value", "head"))
                .isEqualTo("Xã Trưởng Cũ");
        assertThat(auditValue("TERM_LEADERS_APPOINTED", "ClusterTerm", term, "new_value", "head"))
                .isEqualTo("Xã Trưởng Mới");
        assertThat(auditValue("TERM_LEADERS_APPOINTED", "ClusterTerm", term, "new_value", "deputies"))
                .contains("Xã Trưởng Cũ", "Xã Phó");
    }

    @Test
    void leadersFollowTheRulesThroughTheService() {
        long cluster = newCluster("AG", "Cụm quy tắc");
        long term = newTerm(cluster, 2021, "SET_UP");
        long a = newUnit("AG", "Xã A");
        long b = newUnit("AG", "Xã B");
        long c = newUnit("AG", "Xã C");
        long d = newUnit("AG", "Xã D");
        long outsider = newUnit("AG", "Xã Ngoài");
        for (long unit : List.of(a, b, c, d)) {
            addMember(term, unit, "MEMBER");
        }
        signIn("admin");
        long version = termVersion(term);
        assertRefused(() -> clusters.appointLeaders(cluster, 2021, version, null, List.of(b)), "term.head.required");
        assertRefused(
                () -> clusters.appointLeaders(cluster, 2021, version, outsider, List.of()), "term.head.notMember");
        assertRefused(
                () -> clusters.appointLeaders(cluster, 2021, version, a, List.of(b, c, d)), "term.deputy.tooMany");
        assertRefused(() -> clusters.appointLeaders(cluster, 2021, version, a, List.of(a)), "term.deputy.isHead");
        assertThat(count("select count(*) from cluster_member where term_id = ? and role <> 'MEMBER'", term))
                .isZero();
    }

    @Test
    void everyChangeMovesTheYearsVersionSoStaleFormsAreCaught() {
        long cluster = newCluster("AG", "Cụm phiên bản");
        long term = newTerm(cluster, 2021, "SET_UP");
        long a = newUnit("AG", "Xã Đầu");
        long b = newUnit("AG", "Xã Sau");
        addMember(term, a, "MEMBER");
        addMember(term, b, "MEMBER");
        signIn("admin");
        long seen = termVersion(term);

        clusters.appointLeaders(cluster, 2021, seen, a, List.of());
        assertThat(termVersion(term)).isGreaterThan(seen);

        assertThatThrownBy(() -> clusters.appointLeaders(cluster, 2021, seen, b, List.of()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> clusters.removeMember(cluster, 2021, seen, b))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(roleOf(term, a)).isEqualTo("HEAD");
    }

    @Test
    void aYearPastItsSetUpRefusesMembershipChanges() {
        long cluster = newCluster("AG", "Cụm đang chấm điểm");
        long term = newTerm(cluster, 2021, "SCORING");
        long a = newUnit("AG", "Xã Khóa");
        long b = newUnit("AG", "Xã Mới Vào");
        addMember(term, a, "HEAD");
        signIn("admin");
        long version = termVersion(term);
        assertRefused(() -> clusters.addMembers(cluster, 2021, version, List.of(b)), "term.locked");
        assertRefused(() -> clusters.removeMember(cluster, 2021, version, a), "term.locked");
        assertRefused(() -> clusters.appointLeaders(cluster, 2021, version, a, List.of()), "term.locked");
        jdbc.update("update cluster_term set status = 'CLOSED' where id = ?", term);
        assertRefused(() -> clusters.addMembers(cluster, 2021, version, List.of(b)), "term.locked");
        assertThat(count("select count(*) from cluster_member where term_id = ?", term))
                .isEqualTo(1);
    }

    @Test
    void aViolatedDatabaseRuleBecomesAFriendlyMessage() {
        long cluster = newCluster("AG", "Cụm hai trưởng");
        long term = newTerm(cluster, 2021, "SET_UP");
        long a = newUnit("AG", "Xã Một Trưởng");
        long b = newUnit("AG", "Xã Hai Trưởng");
        long c = newUnit("AG", "Xã Ba");
        addMember(term, a, "HEAD");
        addMember(term, b, "MEMBER");
        addMember(term, c, "MEMBER");
        signIn("admin");
        long version = termVersion(term);

        // Another writer makes c head after this transaction read the year: the entity cannot see it, the database can.
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    clusters.term(cluster, 2021).orElseThrow();
                    jdbc.update("update cluster_member set role = 'HEAD' where term_id = ? and unit_id = ?", term, c);
                    clusters.appointLeaders(cluster, 2021, version, b, List.of());
                }))
                .isInstanceOf(OrganizationException.class)
                .extracting(e -> ((OrganizationException) e).getMessageKey())
                .isEqualTo("term.leaders.conflict");
        assertThat(roleOf(term, a)).isEqualTo("HEAD");
        assertThat(roleOf(term, c)).isEqualTo("MEMBER");
    }

    // ----- next year -----

    @Test
    void nextYearCopiesActiveMembersWithTheChosenLeadersAndLeavesThisYearUnchanged() {
        long cluster = newCluster("AG", "Cụm sang năm");
        long term = newTerm(cluster, 2024, "CLOSED");
        long a = newUnitWithCode("AG", uniqueCode("A"), "Xã Đứng Đầu");
        long b = newUnitWithCode("AG", uniqueCode("B"), "Xã Phó Năm Nay");
        long c = newUnitWithCode("AG", uniqueCode("C"), "Xã Thành Viên");
        long gone = newUnitWithCode("AG", uniqueCode("D"), "Xã Đã Sáp Nhập");
        addMember(term, a, "HEAD");
        addMember(term, b, "DEPUTY");
        addMember(term, c, "MEMBER");
        addMember(term, gone, "MEMBER");
        retireUnit(gone);
        long versionBefore = termVersion(term);
        signIn("admin");

        NextYearProposal proposal = clusters.nextYearProposal(cluster, 2024);
        assertThat(proposal.nextYear()).isEqualTo(2025);
        assertThat(proposal.proposedHead().getId()).isEqualTo(b);
        assertThat(proposal.members()).extracting(Unit::getId).containsExactly(a, b, c);
        assertThat(proposal.proposedDeputies()).isEmpty();

        ClusterTerm next = clusters.startNextYear(cluster, 2024, b, List.of(a));

        long nextId = termIdOf(cluster, 2025);
        assertThat(next.getId()).isEqualTo(nextId);
        assertThat(jdbc.queryForObject("select status from cluster_term where id = ?", String.class, nextId))
                .isEqualTo("SET_UP");
        assertThat(roleOf(nextId, b)).isEqualTo("HEAD");
        assertThat(roleOf(nextId, a)).isEqualTo("DEPUTY");
        assertThat(roleOf(nextId, c)).isEqualTo("MEMBER");
        assertThat(count("select count(*) from cluster_member where term_id = ? and unit_id = ?", nextId, gone))
                .isZero();
        // The earlier year is history: same members, same roles, same version.
        assertThat(roleOf(term, a)).isEqualTo("HEAD");
        assertThat(roleOf(term, b)).isEqualTo("DEPUTY");
        assertThat(count("select count(*) from cluster_member where term_id = ?", term))
                .isEqualTo(4);
        assertThat(termVersion(term)).isEqualTo(versionBefore);
        assertThat(auditValue("TERM_COPIED_TO_NEXT_YEAR", "ClusterTerm", nextId, "old_value", "year"))
                .isEqualTo("2024");
        assertThat(auditValue("TERM_COPIED_TO_NEXT_YEAR", "ClusterTerm", nextId, "new_value", "year"))
                .isEqualTo("2025");
        assertThat(auditValue("TERM_COPIED_TO_NEXT_YEAR", "ClusterTerm", nextId, "new_value", "head"))
                .isEqualTo("Xã Phó Năm Nay");
    }

    @Test
    void nextYearIsRefusedWhenItAlreadyExists() {
        long cluster = newCluster("AG", "Cụm đã có năm sau");
        long term = newTerm(cluster, 2024, "SET_UP");
        newTerm(cluster, 2025, "SET_UP");
        long a = newUnit("AG", "Xã Một Mình");
        addMember(term, a, "HEAD");
        signIn("admin");
        assertRefused(() -> clusters.nextYearProposal(cluster, 2024), "term.next.exists");
        assertRefused(() -> clusters.startNextYear(cluster, 2024, a, List.of()), "term.next.exists");
    }

    @Test
    void nextYearRulesForLeadersStillApply() {
        long cluster = newCluster("AG", "Cụm sang năm có lỗi");
        long term = newTerm(cluster, 2024, "SET_UP");
        long a = newUnit("AG", "Xã Nhất");
        long b = newUnit("AG", "Xã Nhì");
        long outsider = newUnit("AG", "Xã Ngoài Cụm");
        addMember(term, a, "HEAD");
        addMember(term, b, "MEMBER");
        signIn("admin");
        assertRefused(() -> clusters.startNextYear(cluster, 2024, outsider, List.of()), "term.head.notMember");
        assertRefused(() -> clusters.startNextYear(cluster, 2024, null, List.of(b)), "term.head.required");
        assertThat(count("select count(*) from cluster_term where cluster_id = ? and year = 2025", cluster))
                .isZero();

        clusters.startNextYear(cluster, 2024, null, List.of());
        long nextId = termIdOf(cluster, 2025);
        assertThat(count("select count(*) from cluster_member where term_id = ? and role = 'MEMBER'", nextId))
                .isEqualTo(2);
    }

    @Test
    void theCopiedYearRotatesTheHeadLikeTheDemoCluster() {
        // An Giang's Cluster 2: An Phú headed 2020 with Châu Thành as deputy; Châu Thành heads 2021.
        long cum2 = idOf(
                "select c.id from cluster c join organizer o on o.id = c.organizer_id where o.code = 'AG' and c.code = 'CUM2'");
        signIn("admin");
        ClusterTerm year2020 = clusters.term(cum2, 2020).orElseThrow();
        assertThat(year2020.proposedNextHead()).map(Unit::getShortName).contains("Châu Thành");
    }

    // ----- the units' own view -----

    @Test
    void unitOfficersReadOnlyTheYearsTheirUnitBelongsTo() {
        signIn("anphu");
        assertThat(clusters.myTerms())
                .extracting(term -> term.getCluster().getCode())
                .containsExactly("CUM2");
        assertThat(clusters.readableTerm(termId("AG", "CUM2", 2021)).head())
                .map(Unit::getShortName)
                .contains("Châu Thành");
        assertThatThrownBy(() -> clusters.readableTerm(termId("KG", "CUM3", 2021)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> clusters.readableTerm(termId("AG", "KHOIKT", 2021)))
                .isInstanceOf(NotFoundException.class);
    }
}
