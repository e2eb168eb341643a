package vn.thidua.scoring.perf;

import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Fills a Thi Đua database with national-scale scoring data, set-based so that it takes a minute or two: 34
 * provinces, about 3,300 commune-level units in clusters of 4 to 15, a 60-criterion table per province and year,
 * ten years (2016–2025) of finalised scoring, and the last year open in review. Every generated code starts with
 * {@code NS} so it never collides with real or demo data; running it twice does nothing the second time.
 * <p>
 * Run against a database: {@code java ... NationalScaleData jdbc:postgresql://localhost:54329/postgres postgres ""}
 * (see docs/performance.md). Each province gets an administrator {@code ns01admin} … {@code ns34admin} and each
 * cluster head unit an officer {@code ns01h001} …, all with the demo password.
 * <p>
 * One province, {@link #SELF_SCORING_PROVINCE} ({@code NS34}), has its last year's rounds still in self-scoring with
 * every sheet a draft, and an officer per unit ({@code ns34u0001} … {@code ns34u0097}, the number is the unit's
 * {@code NS34-X001} …), so that a load test can have each virtual user save its own unit's sheet.
 * <p>
 * The awards come with it ({@link NationalAwardData}): award types, registrations, a closed vote and a submitted
 * proposal for every finalised cluster-year; in {@code NS33} the last year's scoring is finalised and its vote open,
 * with an officer per unit ({@code ns33u0001} …) so that the units that have not voted yet can open their ballots.
 */
public final class NationalScaleData {

    public static final int PROVINCES = 34;
    public static final int UNITS_PER_PROVINCE = 97;
    public static final int FIRST_YEAR = 2016;
    public static final int LAST_YEAR = 2025;
    /** The province whose last year is still in self-scoring, with draft sheets and an officer per unit. */
    public static final String SELF_SCORING_PROVINCE = "NS34";

    private NationalScaleData() {}

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "jdbc:postgresql://localhost:54329/postgres";
        String user = args.length > 1 ? args[1] : "postgres";
        String password = args.length > 2 ? args[2] : "";
        // One connection throughout: the generator uses a temporary table.
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, user, password, true);
        Instant start = Instant.now();
        boolean generated = generate(new JdbcTemplate(dataSource));
        dataSource.destroy();
        System.out.printf(
                "%s in %s%n", generated ? "Generated" : "Already there", Duration.between(start, Instant.now()));
        System.out.printf(
                "Officers with a draft sheet each (load test): %su0001 … %su%04d%n",
                SELF_SCORING_PROVINCE.toLowerCase(), SELF_SCORING_PROVINCE.toLowerCase(), UNITS_PER_PROVINCE);
        String voting = NationalAwardData.OPEN_VOTE_PROVINCE.toLowerCase();
        System.out.printf(
                "Officers of an open vote (about half not voted yet): %su0001 … %su%04d%n",
                voting, voting, UNITS_PER_PROVINCE);
    }

    /** Generates the data unless it is already there; returns whether it did. Needs one connection (or transaction). */
    public static boolean generate(JdbcTemplate jdbc) {
        Integer present = jdbc.queryForObject("select count(*) from organizer where code = 'NS01'", Integer.class);
        if (present != null && present > 0) {
            return false;
        }
        String hash = jdbc.queryForObject("""
                select coalesce((select password_hash from app_user where username = 'admin'),
                  '{bcrypt}$2a$10$ONCj3qQoaayyinf7/xu1gePNZR7z6tbvV4rkYoyYFLM/f0cZVWsF.')""", String.class);
        jdbc.update("""
                insert into organizer (code, name, kind, working_year)
                select 'NS' || lpad(p::text, 2, '0'), 'Hội đồng Thi đua - Khen thưởng tỉnh thử nghiệm ' || p, 'PROVINCE', ?
                from generate_series(1, ?) p""", LAST_YEAR, PROVINCES);
        jdbc.update("""
                insert into unit (organizer_id, code, name, short_name, level)
                select o.id, o.code || '-X' || lpad(n::text, 3, '0'), 'Ủy ban nhân dân xã thử nghiệm ' || o.code || '-' || n,
                       'Xã ' || o.code || '-' || n, 'COMMUNE'
                from organizer o, generate_series(1, ?) n where o.code like 'NS%'""", UNITS_PER_PROVINCE);
        // Cluster size 4 to 15 depending on the province; a unit's cluster is its number divided by that size.
        jdbc.execute("""
                create temporary table ns_unit_cluster as
                select u.id as unit_id, o.id as organizer_id, o.code as organizer_code,
                       (substring(u.code from '-X(\\d+)$')::int - 1) / (4 + substring(o.code, 3)::int % 12) + 1 as cluster_no,
                       substring(u.code from '-X(\\d+)$')::int as unit_no
                from unit u join organizer o on o.id = u.organizer_id where o.code like 'NS%'""");
        jdbc.update("""
                insert into cluster (organizer_id, code, name, kind)
                select distinct organizer_id, organizer_code || '-C' || lpad(cluster_no::text, 2, '0'),
                       'Cụm thi đua số ' || cluster_no || ' (' || organizer_code || ')', 'CLUSTER'
                from ns_unit_cluster""");
        jdbc.update("""
                insert into cluster_term (cluster_id, year, status)
                select c.id, y, 'SET_UP'
                from cluster c join organizer o on o.id = c.organizer_id and o.code like 'NS%', generate_series(?, ?) y""", FIRST_YEAR, LAST_YEAR);
        jdbc.update("""
                insert into cluster_member (term_id, unit_id, role)
                select t.id, uc.unit_id,
                       case when uc.unit_no = min(uc.unit_no) over (partition by t.id) then 'HEAD' else 'MEMBER' end
                from ns_unit_cluster uc
                join cluster c on c.organizer_id = uc.organizer_id and c.code = uc.organizer_code || '-C' || lpad(uc.cluster_no::text, 2, '0')
                join cluster_term t on t.cluster_id = c.id""");
        jdbc.update("""
                insert into app_user (username, password_hash, full_name, role, organizer_id)
                select lower(o.code) || 'admin', ?, 'Quản trị ' || o.name, 'PROVINCE_ADMIN', o.id
                from organizer o where o.code like 'NS%'""", hash);
        jdbc.update("""
                insert into app_user (username, password_hash, full_name, role, organizer_id, unit_id)
                select lower(o.code) || 'h' || lpad(substring(c.code from '-C(\\d+)$'), 3, '0'), ?, 'Cán bộ ' || u.short_name,
                       'CLUSTER_HEAD', o.id, u.id
                from cluster_member m join cluster_term t on t.id = m.term_id and t.year = ?
                join cluster c on c.id = t.cluster_id join organizer o on o.id = c.organizer_id and o.code like 'NS%'
                join unit u on u.id = m.unit_id
                where m.role = 'HEAD'""", hash, LAST_YEAR);
        jdbc.update("""
                insert into app_user (username, password_hash, full_name, role, organizer_id, unit_id)
                select lower(o.code) || 'u' || lpad(substring(u.code from '-X(\\d+)$'), 4, '0'), ?, 'Cán bộ ' || u.short_name,
                       'UNIT_OFFICER', o.id, u.id
                from unit u join organizer o on o.id = u.organizer_id and o.code in (?, ?)""", hash, SELF_SCORING_PROVINCE, NationalAwardData.OPEN_VOTE_PROVINCE);
        // One table per province and year: five groups of ten criteria (2 points each, 100 in all), five bonus and
        // five deduction criteria: 60 criteria.
        jdbc.update("""
                insert into criteria_table (organizer_id, year, name, total_max, status)
                select o.id, y, 'Bảng tiêu chí năm ' || y, 100, 'IN_USE'
                from organizer o, generate_series(?, ?) y where o.code like 'NS%'""", FIRST_YEAR, LAST_YEAR);
        jdbc.update("""
                insert into criteria_table_cluster (table_id, cluster_id, year)
                select t.id, c.id, t.year from criteria_table t join organizer o on o.id = t.organizer_id and o.code like 'NS%'
                join cluster c on c.organizer_id = o.id""");
        jdbc.update("""
                insert into criterion_node (table_id, node_type, code, description, max_points, sort_order)
                select t.id, v.node_type, v.code, v.description, v.max_points, v.sort_order
                from criteria_table t join organizer o on o.id = t.organizer_id and o.code like 'NS%',
                (values ('GROUP', 'I', 'Nhóm I', 20, 10), ('GROUP', 'II', 'Nhóm II', 20, 20), ('GROUP', 'III', 'Nhóm III', 20, 30),
                        ('GROUP', 'IV', 'Nhóm IV', 20, 40), ('GROUP', 'V', 'Nhóm V', 20, 50),
                        ('BONUS', 'T', 'Điểm thưởng', 10, 60), ('DEDUCTION', 'TR', 'Điểm trừ', 10, 70))
                  as v(node_type, code, description, max_points, sort_order)""");
        jdbc.update("""
                insert into criterion_node (table_id, parent_id, node_type, code, description, max_points, kind, min_points,
                                            points_per_occurrence, sort_order)
                select p.table_id, p.id, 'CRITERION', p.code || '.' || n, 'Tiêu chí ' || p.code || '.' || n,
                       case when p.node_type = 'GROUP' then 2 else 5 end,
                       case when p.node_type = 'GROUP' then 'MANUAL' else 'PER_OCCURRENCE' end,
                       case when p.node_type = 'GROUP' then 0 end,
                       case when p.node_type = 'GROUP' then null else 1 end,
                       n * 10
                from criterion_node p join criteria_table t on t.id = p.table_id
                join organizer o on o.id = t.organizer_id and o.code like 'NS%',
                generate_series(1, 10) n
                where p.parent_id is null and (p.node_type = 'GROUP' or n <= 5)""");
        jdbc.update("""
                insert into scoring_round (term_id, table_id, status)
                select tm.id, ct.table_id,
                       case when tm.year = ? and o.code = ? then 'SELF_SCORING'
                            when tm.year = ? and o.code <> ? then 'REVIEW' else 'FINALISED' end
                from cluster_term tm join criteria_table_cluster ct on ct.cluster_id = tm.cluster_id and ct.year = tm.year
                join cluster c on c.id = tm.cluster_id join organizer o on o.id = c.organizer_id and o.code like 'NS%'""", LAST_YEAR, SELF_SCORING_PROVINCE, LAST_YEAR, NationalAwardData.OPEN_VOTE_PROVINCE);
        jdbc.update("""
                insert into score_sheet (round_id, unit_id, status, submitted_at, updated_at)
                select r.id, m.unit_id,
                       case r.status when 'SELF_SCORING' then 'DRAFT' when 'REVIEW' then 'SUBMITTED' else 'FINAL' end,
                       case when r.status <> 'SELF_SCORING' then now() end, now()
                from scoring_round r join cluster_term tm on tm.id = r.term_id join cluster_member m on m.term_id = tm.id
                join cluster c on c.id = tm.cluster_id join organizer o on o.id = c.organizer_id and o.code like 'NS%'""");
        // Scores: a deterministic spread per sheet and criterion; final only for finalised rounds.
        jdbc.update("""
                insert into score_line (sheet_id, node_id, self_value, self_score, review_score, final_score)
                select s.id, n.id, sc, sc,
                       case when s.status = 'FINAL' then sc end,
                       case when s.status = 'FINAL' then sc end
                from score_sheet s join scoring_round r on r.id = s.round_id
                join criterion_node n on n.table_id = r.table_id and n.node_type = 'CRITERION'
                join cluster_term tm on tm.id = r.term_id join cluster c on c.id = tm.cluster_id
                join organizer o on o.id = c.organizer_id and o.code like 'NS%',
                lateral (select case when n.kind = 'MANUAL' then round(((s.id * 7 + n.id * 13) % 21) / 10.0, 2)
                                     else ((s.id + n.id) % 3)::numeric end as sc) v""");
        Instant awards = Instant.now();
        NationalAwardData.generate(jdbc, LAST_YEAR);
        System.out.printf("Awards generated in %s%n", Duration.between(awards, Instant.now()));
        // The years move on once their members, scores, votes and proposals are in, as the database demands: the last
        // one is scoring (at its vote in the open vote's province), the earlier ones are closed at their proposal.
        jdbc.update("""
                update cluster_term tm set status = case when tm.year = ? and o.code = ? then 'VOTE'
                                                         when tm.year = ? then 'SCORING' else 'CLOSED' end,
                       reopens_to = case when tm.year = ? then null else 'PROPOSAL' end
                from cluster c join organizer o on o.id = c.organizer_id and o.code like 'NS%'
                where c.id = tm.cluster_id""", LAST_YEAR, NationalAwardData.OPEN_VOTE_PROVINCE, LAST_YEAR, LAST_YEAR);
        jdbc.execute("analyze");
        return true;
    }
}
