package vn.thidua.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.access.CurrentUser;
import vn.thidua.common.DomainException;
import vn.thidua.common.NotFoundException;
import vn.thidua.organization.UnitLevel;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** The rules of units, through the service as the pages use it. */
class UnitServiceTest extends IntegrationTest {

    @Autowired
    UnitService units;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAs(String username) {
        CurrentUser user = Users.principal(jdbc, username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private Unit create(String code, String name) {
        return units.create(new UnitCommand(code, name, name, UnitLevel.COMMUNE, null));
    }

    private static String keyOf(Throwable error) {
        return ((DomainException) error).getMessageKey();
    }

    @Test
    void retiredUnitRefusesEditsAndASecondRetirementOrMerge() {
        signInAs("admin");
        Unit unit = create("SV-RET1", "Xã Thử Ngừng");
        Unit other = create("SV-RET2", "Xã Thử Khác");
        units.retire(unit.getId(), unit.getVersion(), LocalDate.of(2025, 7, 1), "Sắp xếp đơn vị hành chính");
        long version = units.unit(unit.getId()).getVersion();

        assertThatThrownBy(() -> units.update(
                        unit.getId(),
                        version,
                        new UnitCommand("SV-RET1", "Tên mới", "Tên mới", UnitLevel.COMMUNE, null)))
                .isInstanceOf(OrganizationException.class)
                .extracting(UnitServiceTest::keyOf)
                .isEqualTo("unit.retired");
        assertThatThrownBy(() -> units.retire(unit.getId(), version, LocalDate.of(2025, 8, 1), "again"))
                .isInstanceOf(OrganizationException.class)
                .extracting(UnitServiceTest::keyOf)
                .isEqualTo("unit.retired");
        assertThatThrownBy(() -> units.merge(unit.getId(), version, other.getId(), LocalDate.of(2025, 8, 1), "again"))
                .isInstanceOf(OrganizationException.class)
                .extracting(UnitServiceTest::keyOf)
                .isEqualTo("unit.retired");

        assertThat(jdbc.queryForObject("select name from unit where id = ?", String.class, unit.getId()))
                .isEqualTo("Xã Thử Ngừng");
        assertThat(jdbc.queryForObject("select retired_on from unit where id = ?", LocalDate.class, unit.getId()))
                .isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void mergeIntoItselfOrIntoARetiredUnitIsRefused() {
        signInAs("admin");
        Unit unit = create("SV-MRG1", "Xã Sáp Nhập Một");
        Unit retired = create("SV-MRG2", "Xã Đã Ngừng");
        units.retire(retired.getId(), retired.getVersion(), LocalDate.of(2025, 7, 1), "Giải thể");

        assertThatThrownBy(() ->
                        units.merge(unit.getId(), unit.getVersion(), unit.getId(), LocalDate.of(2025, 7, 1), "self"))
                .extracting(UnitServiceTest::keyOf)
                .isEqualTo("unit.merge.self");
        assertThatThrownBy(() -> units.merge(
                        unit.getId(), unit.getVersion(), retired.getId(), LocalDate.of(2025, 7, 1), "retired"))
                .extracting(UnitServiceTest::keyOf)
                .isEqualTo("unit.merge.successorRetired");
        assertThat(units.unit(unit.getId()).isRetired()).isFalse();
    }

    @Test
    void mergeRetiresTheUnitAndLinksItToItsSuccessor() {
        signInAs("admin");
        Unit merged = create("SV-MRG3", "Xã Được Sáp Nhập");
        Unit successor = create("SV-MRG4", "Xã Kế Thừa");
        units.merge(
                merged.getId(), merged.getVersion(), successor.getId(), LocalDate.of(2025, 7, 1), "Nghị quyết sắp xếp");

        Unit after = units.details(merged.getId());
        assertThat(after.isRetired()).isTrue();
        assertThat(after.getSuccessor().getId()).isEqualTo(successor.getId());
        assertThat(units.predecessors(successor.getId()))
                .extracting(Unit::getId)
                .containsExactly(merged.getId());
        assertThat(units.history(merged.getId()))
                .extracting(e -> e.getAction())
                .containsExactly("UNIT_CREATED", "UNIT_MERGED");
        assertThat(units.history(successor.getId()))
                .extracting(e -> e.getAction())
                .containsExactly("UNIT_CREATED", "UNIT_ABSORBED");
    }

    @Test
    void codeIsUniqueWithinTheOrganiserIgnoringCase() {
        signInAs("admin");
        create("SV-Dup", "Xã Mã Trùng");
        assertThatThrownBy(() -> create("sv-dup", "Xã Mã Trùng Hai"))
                .extracting(UnitServiceTest::keyOf)
                .isEqualTo("unit.code.taken");
        assertThat(jdbc.queryForObject("select count(*) from unit where lower(code) = 'sv-dup'", Integer.class))
                .isEqualTo(1);

        Unit other = create("SV-DUP2", "Xã Khác Mã");
        assertThatThrownBy(() -> units.update(
                        other.getId(),
                        other.getVersion(),
                        new UnitCommand("SV-dup", "Xã Khác Mã", "Xã Khác Mã", UnitLevel.COMMUNE, null)))
                .extracting(UnitServiceTest::keyOf)
                .isEqualTo("unit.code.taken");

        // Another organiser may use the same code.
        signInAs("kiengiang");
        assertThat(create("SV-DUP", "Xã Của Kiên Giang").getCode()).isEqualTo("SV-DUP");
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        signInAs("admin");
        create("SV-DN", "Thành phố Đà Nẵng");
        assertThat(units.search("chau thanh", null, false, PageRequest.of(0, 20))
                        .getContent())
                .extracting(Unit::getShortName)
                .contains("Châu Thành");
        assertThat(units.search("CHÂU THÀNH", null, false, PageRequest.of(0, 20))
                        .getContent())
                .extracting(Unit::getShortName)
                .contains("Châu Thành");
        assertThat(units.search("da nang", null, false, PageRequest.of(0, 20)).getContent())
                .extracting(Unit::getCode)
                .contains("SV-DN");
        assertThat(units.search("da nang", null, false, PageRequest.of(0, 20)).getContent())
                .extracting(Unit::getName)
                .allMatch(name -> name.contains("Đà Nẵng"));
    }

    @Test
    void retiredUnitsAreListedOnlyWhenAskedFor() {
        signInAs("admin");
        Unit unit = create("SV-HIDE", "Xã Ẩn Khi Ngừng");
        units.retire(unit.getId(), unit.getVersion(), LocalDate.of(2025, 7, 1), "Giải thể");
        assertThat(units.search("an khi ngung", null, false, PageRequest.of(0, 20))
                        .getContent())
                .isEmpty();
        assertThat(units.search("an khi ngung", null, true, PageRequest.of(0, 20))
                        .getContent())
                .extracting(Unit::getCode)
                .containsExactly("SV-HIDE");
        assertThat(units.details(unit.getId()).getRetirementReason()).isEqualTo("Giải thể");
    }

    @Test
    void anAdministratorSeesOnlyTheUnitsOfTheirOrganiser() {
        signInAs("kiengiang");
        assertThat(units.search("chau thanh", null, true, PageRequest.of(0, 100))
                        .getContent())
                .isEmpty();
        assertThat(units.search("", null, true, PageRequest.of(0, 100)).getContent())
                .extracting(Unit::getOrganizerId)
                .containsOnly(Users.principal(jdbc, "kiengiang").organizerId());
        long chauThanh = unitId("AG", "CT");
        assertThatThrownBy(() -> units.details(chauThanh)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> units.history(chauThanh)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyAdministratorsChangeUnitsAndOnlyStaffReadThem() {
        signInAs("thamdinh");
        assertThat(units.search("", null, false, PageRequest.of(0, 5)).getTotalElements())
                .isPositive();
        assertThatThrownBy(() -> create("SV-REV", "Xã Của Thẩm Định")).isInstanceOf(AccessDeniedException.class);
        signInAs("anphu");
        assertThatThrownBy(() -> units.search("", null, false, PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from unit where code = 'SV-REV'", Integer.class))
                .isZero();
    }

    @Test
    void staleVersionIsAConflict() {
        signInAs("admin");
        Unit unit = create("SV-VER", "Xã Phiên Bản");
        units.update(
                unit.getId(),
                unit.getVersion(),
                new UnitCommand("SV-VER", "Xã Phiên Bản Mới", "Phiên Bản", UnitLevel.COMMUNE, null));
        assertThatThrownBy(() -> units.update(
                        unit.getId(),
                        unit.getVersion(),
                        new UnitCommand("SV-VER", "Ghi đè", "Ghi đè", UnitLevel.COMMUNE, null)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(units.unit(unit.getId()).getName()).isEqualTo("Xã Phiên Bản Mới");
    }

    @Test
    void aUnitCannotEndUpUnderItself() {
        signInAs("admin");
        Unit top = create("SV-TOP", "Đơn vị trên");
        Unit middle = units.create(new UnitCommand("SV-MID", "Đơn vị giữa", "Giữa", UnitLevel.COMMUNE, top.getId()));
        assertThatThrownBy(() -> units.update(
                        top.getId(),
                        top.getVersion(),
                        new UnitCommand("SV-TOP", "Đơn vị trên", "Đơn vị trên", UnitLevel.COMMUNE, middle.getId())))
                .extracting(UnitServiceTest::keyOf)
                .isEqualTo("unit.parent.cycle");
        assertThatThrownBy(() -> units.update(
                        top.getId(),
                        top.getVersion(),
                        new UnitCommand("SV-TOP", "Đơn vị trên", "Đơn vị trên", UnitLevel.COMMUNE, top.getId())))
                .extracting(UnitServiceTest::keyOf)
                .isEqualTo("unit.parent.self");
    }

    @Test
    void aRetiredUnitCannotBecomeAParent() {
        signInAs("admin");
        Unit retired = create("SV-OLDP", "Cấp trên cũ");
        units.retire(retired.getId(), retired.getVersion(), LocalDate.of(2025, 7, 1), "Giải thể");
        assertThatThrownBy(() ->
                        units.create(new UnitCommand("SV-CHILD", "Con", "Con", UnitLevel.COMMUNE, retired.getId())))
                .extracting(UnitServiceTest::keyOf)
                .isEqualTo("unit.parent.retired");
    }

    @Test
    void everyChangeIsAudited() {
        signInAs("admin");
        Unit unit = create("SV-AUD", "Xã Nhật Ký");
        units.update(
                unit.getId(),
                unit.getVersion(),
                new UnitCommand("SV-AUD", "Xã Nhật Ký Mới", "Nhật Ký", UnitLevel.COMMUNE, null));
        units.retire(unit.getId(), unit.getVersion() + 1, LocalDate.of(2025, 7, 1), "Lý do thử");

        List<String> actions = jdbc.queryForList(
                "select action from audit_event where entity_type = 'Unit' and entity_id = ? order by id",
                String.class,
                unit.getId());
        assertThat(actions).containsExactly("UNIT_CREATED", "UNIT_UPDATED", "UNIT_RETIRED");
        assertThat(jdbc.queryForObject(
                        "select actor from audit_event where entity_type = 'Unit' and entity_id = ? and action = 'UNIT_UPDATED'",
                        String.class,
                        unit.getId()))
                .isEqualTo("admin");
        assertThat(jdbc.queryForObject(
                        "select old_value ->> 'name' from audit_event where entity_id = ? and action = 'UNIT_UPDATED'",
                        String.class,
                        unit.getId()))
                .isEqualTo("Xã Nhật Ký");
        assertThat(jdbc.queryForObject(
                        "select reason from audit_event where entity_id = ? and action = 'UNIT_RETIRED'",
                        String.class,
                        unit.getId()))
                .isEqualTo("Lý do thử");
    }

    @Test
    void createAllResolvesParentCodesWithinTheListAndSavesAllOrNothing() {
        signInAs("admin");
        int saved = units.createAll(List.of(
                new UnitCommand("SV-IMC", "Con trong danh sách", "Con", UnitLevel.PROVINCE_DEPARTMENT, null, "sv-imp"),
                new UnitCommand("SV-IMP", "Cha trong danh sách", "Cha", UnitLevel.PROVINCE_DEPARTMENT, null, null),
                new UnitCommand(
                        "SV-IMD", "Con của đơn vị có sẵn", "Con 2", UnitLevel.PROVINCE_DEPARTMENT, null, "snn")));
        assertThat(saved).isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select p.code from unit u join unit p on p.id = u.parent_id where u.code = 'SV-IMC'",
                        String.class))
                .isEqualTo("SV-IMP");
        assertThat(jdbc.queryForObject(
                        "select p.code from unit u join unit p on p.id = u.parent_id where u.code = 'SV-IMD'",
                        String.class))
                .isEqualTo("SNN");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'UNIT_IMPORTED' and summary like 'Con%'",
                        Integer.class))
                .isEqualTo(2);

        assertThatThrownBy(() -> units.createAll(List.of(
                        new UnitCommand("SV-IMX", "Sẽ không lưu", "X", UnitLevel.COMMUNE, null, null),
                        new UnitCommand("SV-IMY", "Cấp trên không có", "Y", UnitLevel.COMMUNE, null, "KHONG-CO"))))
                .extracting(UnitServiceTest::keyOf)
                .isEqualTo("unit.parent.unknown");
        assertThat(jdbc.queryForObject("select count(*) from unit where code in ('SV-IMX', 'SV-IMY')", Integer.class))
                .isZero();
    }
}
