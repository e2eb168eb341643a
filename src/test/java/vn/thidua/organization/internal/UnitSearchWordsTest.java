package vn.thidua.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.access.CurrentUser;
import vn.thidua.organization.UnitLevel;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** The unit search finds every word of the query wherever it stands, in any order, without accents or case. */
class UnitSearchWordsTest extends IntegrationTest {

    @Autowired
    UnitService units;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyWordIsFoundWhereverItStands() {
        CurrentUser admin = Users.principal(jdbc, "admin");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        if (jdbc.queryForObject("select count(*) from unit where code = 'SW-MB1'", Integer.class) == 0) {
            units.create(new UnitCommand(
                    "SW-MB1", "Ủy ban nhân dân phường Mỹ Bình Sáu", "Phường Mỹ Bình Sáu", UnitLevel.COMMUNE, null));
        }
        assertThat(codes("ủy ban phường mỹ bình sáu")).containsExactly("SW-MB1");
        assertThat(codes("phuong UY BAN sau")).containsExactly("SW-MB1");
        assertThat(codes("sw-mb1 binh")).containsExactly("SW-MB1");
        assertThat(codes("ủy ban phường mỹ bình sáu bảy")).isEmpty();
        assertThat(codes("a b c d e f")).doesNotContain("SW-MB1");
        // A word is found where a word starts: "an" finds An Phú, not every "ban" or "Tân".
        assertThat(names("huyen an phu")).containsExactly("Ủy ban nhân dân huyện An Phú");
        assertThat(names("thanh chau"))
                .contains("Ủy ban nhân dân huyện Châu Thành", "Ủy ban nhân dân thành phố Châu Đốc");
    }

    private List<String> names(String query) {
        return units.search(query, null, false, PageRequest.of(0, 50)).getContent().stream()
                .map(Unit::getName)
                .toList();
    }

    private List<String> codes(String query) {
        return units.search(query, null, false, PageRequest.of(0, 50)).getContent().stream()
                .map(Unit::getCode)
                .toList();
    }
}
