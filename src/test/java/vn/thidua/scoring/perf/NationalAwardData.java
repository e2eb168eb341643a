package vn.thidua.scoring.perf;

import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The awards of the national-scale data, set-based, called by {@link NationalScaleData} once the scores are in and
 * before the years move on: per province four award types (the flag, the certificate of merit, the collective title
 * and the government's flag, with their prerequisites and dossier documents), each year's registrations (about half
 * of the members for the title, a quarter for the flag), and per cluster-year of the finalised years a closed online
 * vote (questions, candidates, every member a voter, anonymous ballots, tally and results, as the closing writes
 * them) and a submitted proposal: the leader for the flag, the next one or two for the certificate, with the minutes
 * and an achievement report per item as small files.
 * <p>
 * One province, {@link #OPEN_VOTE_PROVINCE} ({@code NS33}), has its last year's scoring finalised and its vote open:
 * the first half of each cluster's members have voted, the others not yet.
 */
final class NationalAwardData {

    /** The province whose last year's vote is open. */
    static final String OPEN_VOTE_PROVINCE = "NS33";

    private NationalAwardData() {}

    static void generate(JdbcTemplate jdbc, int lastYear) {
        types(jdbc);
        registrations(jdbc, lastYear);
        // The ranking of every finalised round, as the scoring's ranking orders it (total, then unit code): the
        // leader and the runners-up are the candidates. Only the years with a vote need it.
        jdbc.execute("""
                create temporary table ns_rank as
                select term_id, unit_id, organizer_id,
                       row_number() over (partition by term_id order by total desc, unit_code) as rank,
                       count(*) over (partition by term_id) as members
                from (select r.term_id, s.unit_id, u.organizer_id, u.code as unit_code,
                             sum(case when p.node_type = 'DEDUCTION' then -l.final_score else l.final_score end) as total
                      from score_line l join score_sheet s on s.id = l.sheet_id
                      join scoring_round r on r.id = s.round_id and r.status = 'FINALISED'
                      join criterion_node n on n.id = l.node_id join criterion_node p on p.id = n.parent_id
                      join unit u on u.id = s.unit_id and u.code like 'NS%'
                      group by r.term_id, s.unit_id, u.organizer_id, u.code) x""");
        jdbc.execute("create index on ns_rank (term_id, rank)");
        jdbc.execute("analyze ns_rank");
        votes(jdbc, lastYear);
        proposals(jdbc, lastYear);
        decisions(jdbc, lastYear);
    }

    private static void types(JdbcTemplate jdbc) {
        jdbc.update("""
                insert into award_type (organizer_id, code, name, category, level, recipient, vote_base, vote_share_percent,
                                        vote_share_strict, quorum_percent, choices, max_per_cluster_year, max_leader_percent,
                                        legal_source, sort_order)
                select o.id, v.code, v.name, v.category, v.level, 'COLLECTIVE', v.base, 50, true, 0, null, v.quota,
                       v.leader_percent, 'Luật Thi đua, khen thưởng số 06/2022/QH15; quy chế thi đua, khen thưởng của tỉnh.',
                       v.sort_order
                from organizer o, (values
                    ('CO_TINH', 'Cờ thi đua của Ủy ban nhân dân tỉnh', 'TITLE', 'PROVINCE', 'MEMBERS', 1, null::numeric, 10),
                    ('BK_CHU_TICH', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'COMMENDATION', 'PROVINCE', 'MEMBERS', 2, null, 20),
                    ('TTLDXS', 'Tập thể lao động xuất sắc', 'TITLE', 'PROVINCE', 'VALID_BALLOTS', null, null, 30),
                    ('CO_CHINH_PHU', 'Cờ thi đua của Chính phủ', 'TITLE', 'GOVERNMENT', 'MEMBERS', null, 20, 40))
                  as v(code, name, category, level, base, quota, leader_percent, sort_order)
                where o.code like 'NS%'""");
        jdbc.update("""
                insert into award_prerequisite (award_type_id, kind, other_type_id, years, sort_order)
                select t.id, v.kind, other.id, null, 0
                from award_type t join organizer o on o.id = t.organizer_id and o.code like 'NS%'
                join (values ('CO_TINH', 'RANKED_FIRST', null), ('TTLDXS', 'REGISTERED', null),
                             ('CO_CHINH_PHU', 'OTHER_AWARD_THIS_YEAR', 'CO_TINH')) as v(code, kind, other_code)
                  on v.code = t.code
                left join award_type other on other.organizer_id = o.id and other.code = v.other_code""");
        jdbc.update("""
                insert into award_required_document (award_type_id, kind, name, per_item, sort_order)
                select t.id, d.kind, d.name, d.per_item, d.sort_order
                from award_type t join organizer o on o.id = t.organizer_id and o.code like 'NS%',
                (values ('SUBMISSION', 'Tờ trình đề nghị khen thưởng', false, 0),
                        ('MINUTES', 'Biên bản họp bình xét, suy tôn của cụm', false, 1),
                        ('ACHIEVEMENT_REPORT', 'Báo cáo thành tích của tập thể', true, 2)) as d(kind, name, per_item, sort_order)""");
        jdbc.update("""
                insert into award_type_history (award_type_id, from_status, to_status, actor, occurred_at)
                select t.id, null, 'ACTIVE', lower(o.code) || 'admin', now()
                from award_type t join organizer o on o.id = t.organizer_id and o.code like 'NS%'""");
    }

    private static void registrations(JdbcTemplate jdbc, int lastYear) {
        jdbc.update("""
                insert into award_registration_window (organizer_id, year, closes_on)
                select o.id, y, make_date(y, 3, 31)
                from organizer o, generate_series(?, ?) y where o.code like 'NS%'""", NationalScaleData.FIRST_YEAR, lastYear);
        // The title: about half of the members each year; the flag: about a quarter.
        jdbc.update("""
                insert into award_registration (term_id, unit_id, award_type_id, registered_at, registered_by, status)
                select tm.id, m.unit_id, t.id, make_timestamptz(tm.year, 2, 15, 9, 0, 0, 'Asia/Ho_Chi_Minh'),
                       lower(o.code) || 'admin', 'REGISTERED'
                from cluster_term tm join cluster c on c.id = tm.cluster_id
                join organizer o on o.id = c.organizer_id and o.code like 'NS%'
                join cluster_member m on m.term_id = tm.id
                join award_type t on t.organizer_id = o.id
                where (t.code = 'TTLDXS' and (m.unit_id + tm.year) % 2 = 0)
                   or (t.code = 'CO_TINH' and (m.unit_id + tm.year) % 4 = 1)""");
        jdbc.update("""
                insert into award_registration_history (registration_id, term_id, from_status, to_status, actor, occurred_at)
                select r.id, r.term_id, null, 'REGISTERED', r.registered_by, r.registered_at
                from award_registration r join unit u on u.id = r.unit_id and u.code like 'NS%'""");
    }

    private static void votes(JdbcTemplate jdbc, int lastYear) {
        // The cluster-years that vote: every finalised year, and the open vote's province's last year.
        jdbc.execute("""
                create temporary table ns_vote_term as
                select tm.id as term_id, tm.year, o.id as organizer_id, o.code as organizer_code,
                       (select count(*) from cluster_member m where m.term_id = tm.id) as members,
                       tm.year = %d as open
                from cluster_term tm join cluster c on c.id = tm.cluster_id
                join organizer o on o.id = c.organizer_id and o.code like 'NS%%'
                where tm.year < %d or o.code = '%s'""".formatted(lastYear, lastYear, OPEN_VOTE_PROVINCE));
        // Written open (a closed vote accepts nothing more), closed at the end.
        jdbc.update("""
                insert into vote (term_id, status, method, opens_at, closes_at, members_entitled, created_at)
                select term_id, 'OPEN', 'ONLINE',
                       case when open then now() - interval '1 day'
                            else make_timestamptz(year + 1, 1, 5, 8, 0, 0, 'Asia/Ho_Chi_Minh') end,
                       case when open then now() + interval '7 days'
                            else make_timestamptz(year + 1, 1, 8, 17, 0, 0, 'Asia/Ho_Chi_Minh') end,
                       members,
                       case when open then now() - interval '2 days'
                            else make_timestamptz(year + 1, 1, 4, 9, 0, 0, 'Asia/Ho_Chi_Minh') end
                from ns_vote_term""");
        jdbc.execute("""
                alter table ns_vote_term add column vote_id bigint;
                update ns_vote_term vt set vote_id = v.id from vote v where v.term_id = vt.term_id;
                create index on ns_vote_term (vote_id)""");
        // Questions: the flag, the certificate and the title, then next year's head.
        jdbc.update("""
                insert into vote_question (vote_id, kind, award_type_id, seats, sort_order, quorum_met, tied)
                select vt.vote_id, q.kind, t.id, 1, q.sort_order, case when not vt.open then true end,
                       case when not vt.open then false end
                from ns_vote_term vt
                cross join (values ('AWARD', 'CO_TINH', 0), ('AWARD', 'BK_CHU_TICH', 1), ('AWARD', 'TTLDXS', 2),
                                   ('NEXT_HEAD', null, 3)) as q(kind, code, sort_order)
                left join award_type t on t.organizer_id = vt.organizer_id and t.code = q.code""");
        jdbc.execute("""
                create temporary table ns_question as
                select q.id, q.vote_id, coalesce(t.code, q.kind) as code
                from vote_question q join ns_vote_term vt on vt.vote_id = q.vote_id
                left join award_type t on t.id = q.award_type_id""");
        // Candidates: the leader for the flag, the second and third for the certificate, the registered units for
        // the title, every member for next year's head.
        jdbc.update("""
                insert into vote_candidate (vote_id, question_id, unit_id)
                select q.vote_id, q.id, r.unit_id
                from ns_question q join ns_vote_term vt on vt.vote_id = q.vote_id
                join ns_rank r on r.term_id = vt.term_id
                where (q.code = 'CO_TINH' and r.rank = 1)
                   or (q.code = 'BK_CHU_TICH' and r.rank in (2, 3))
                   or (q.code = 'NEXT_HEAD')
                   or (q.code = 'TTLDXS' and exists (
                         select 1 from award_registration g join award_type t on t.id = g.award_type_id and t.code = 'TTLDXS'
                         where g.term_id = vt.term_id and g.unit_id = r.unit_id and g.status = 'REGISTERED'))""");
        // Who has voted: everyone in a closed vote, the first half of the members in the open one.
        jdbc.update("""
                insert into vote_voter (vote_id, unit_id)
                select vt.vote_id, r.unit_id
                from ns_vote_term vt join ns_rank r on r.term_id = vt.term_id
                join cluster_member m on m.term_id = vt.term_id and m.unit_id = r.unit_id
                where not vt.open
                   or m.unit_id <= (select percentile_disc(0.5) within group (order by m2.unit_id)
                                    from cluster_member m2 where m2.term_id = vt.term_id)""");
        // As many anonymous ballots as voters: ballot n of a vote.
        jdbc.execute("""
                create temporary table ns_ballot as
                select gen_random_uuid() as id, vt.vote_id, n, vt.members
                from ns_vote_term vt, generate_series(1, vt.members::int) n
                where n <= (select count(*) from vote_voter w where w.vote_id = vt.vote_id)""");
        jdbc.update("insert into vote_ballot (id, vote_id) select id, vote_id from ns_ballot");
        // The choices: on award questions mostly for, some against or blank; for next year's head, the leader on
        // every ballot but the last, which chooses the runner-up.
        jdbc.update("""
                insert into vote_ballot_choice (ballot_id, vote_id, question_id, unit_id, choice)
                select b.id, b.vote_id, q.id, c.unit_id,
                       case when q.code = 'NEXT_HEAD' then
                                case when r.rank = case when b.n = b.members then 2 else 1 end then 'FOR' else 'AGAINST' end
                            when (b.n + c.unit_id) % 7 = 0 then 'BLANK'
                            when (b.n + c.unit_id) % 5 = 0 then 'AGAINST'
                            else 'FOR' end
                from ns_ballot b join ns_question q on q.vote_id = b.vote_id
                join vote_candidate c on c.question_id = q.id
                join ns_vote_term vt on vt.vote_id = b.vote_id
                join ns_rank r on r.term_id = vt.term_id and r.unit_id = c.unit_id""");
        // The tally of the closed votes, as the closing writes it: every ballot returned and valid; a share of more
        // than half reaches; next year's head is the one with the most votes.
        jdbc.update("""
                insert into vote_tally (vote_id, question_id, unit_id, votes_for, votes_against, votes_blank, share_percent,
                                        reached, elected, tied)
                select x.vote_id, x.question_id, x.unit_id, x.f, x.a, x.b, round(x.f * 100.0 / x.members, 2),
                       x.f * 2 > x.members,
                       x.f * 2 > x.members and (x.code <> 'NEXT_HEAD' or x.f = max(x.f) over (partition by x.question_id)),
                       false
                from (select ch.vote_id, ch.question_id, ch.unit_id, q.code, vt.members,
                             count(*) filter (where ch.choice = 'FOR') as f,
                             count(*) filter (where ch.choice = 'AGAINST') as a,
                             count(*) filter (where ch.choice = 'BLANK') as b
                      from vote_ballot_choice ch join ns_question q on q.id = ch.question_id
                      join ns_vote_term vt on vt.vote_id = ch.vote_id and not vt.open
                      group by ch.vote_id, ch.question_id, ch.unit_id, q.code, vt.members) x""");
        jdbc.update("""
                insert into vote_result (vote_id, award_type_id, unit_id, votes_for, votes_against, votes_blank,
                                         share_percent, elected)
                select t.vote_id, q.award_type_id, t.unit_id, t.votes_for, t.votes_against, t.votes_blank, t.share_percent,
                       t.elected
                from vote_tally t join vote_question q on q.id = t.question_id and q.kind = 'AWARD'
                join ns_vote_term vt on vt.vote_id = t.vote_id""");
        jdbc.update("""
                insert into vote_history (vote_id, from_status, to_status, actor, occurred_at, reason)
                select vt.vote_id, h.from_status, h.to_status, case when h.to_status = 'CLOSED' then 'system'
                       else lower(vt.organizer_code) || 'admin' end, v.created_at + h.after, null
                from ns_vote_term vt join vote v on v.id = vt.vote_id
                cross join (values (null, 'PREPARED', interval '0'), ('PREPARED', 'OPEN', interval '30 minutes'),
                                   ('OPEN', 'CLOSED', interval '4 days 8 hours')) as h(from_status, to_status, after)
                where not vt.open or h.to_status <> 'CLOSED'""");
        // Next year's head as elected, then the votes closed last: the database freezes them.
        jdbc.update("""
                update cluster_term tm set elected_next_head_id = r.unit_id
                from ns_vote_term vt join ns_rank r on r.term_id = vt.term_id and r.rank = 1
                where tm.id = vt.term_id and not vt.open""");
        jdbc.update("""
                update vote v set status = 'CLOSED', closed_at = v.closes_at, ballots_issued = vt.members,
                       ballots_returned = vt.members, ballots_valid = vt.members, ballots_invalid = 0,
                       next_head_unit_id = r.unit_id
                from ns_vote_term vt join ns_rank r on r.term_id = vt.term_id and r.rank = 1
                where v.id = vt.vote_id and not vt.open""");
    }

    private static void proposals(JdbcTemplate jdbc, int lastYear) {
        jdbc.execute("create temporary table ns_file (content bytea not null)");
        jdbc.update("insert into ns_file (content) values (?)", (Object)
                pdf("DEMO - tai lieu ho so de nghi khen thuong (national scale)"));
        jdbc.update("""
                insert into award_proposal (term_id, status, submission_recipient, submission_body, created_at, created_by,
                                            updated_at)
                select vt.term_id, 'DRAFT', 'Hội đồng Thi đua - Khen thưởng tỉnh thử nghiệm ' || substring(vt.organizer_code, 3)::int,
                       'Căn cứ Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành;' || chr(10)
                       || 'Căn cứ kết quả bình xét, suy tôn của Cụm năm ' || vt.year || ',' || chr(10)
                       || 'Cụm kính đề nghị Hội đồng Thi đua - Khen thưởng tỉnh xem xét, trình Ủy ban nhân dân tỉnh tặng Cờ thi đua '
                       || 'cho đơn vị dẫn đầu Cụm và Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các đơn vị tiếp theo.',
                       make_timestamptz(vt.year + 1, 1, 9, 9, 0, 0, 'Asia/Ho_Chi_Minh'), lower(vt.organizer_code) || 'admin',
                       make_timestamptz(vt.year + 1, 1, 12, 15, 30, 0, 'Asia/Ho_Chi_Minh')
                from ns_vote_term vt where not vt.open""");
        // The leader for the flag; the second, and in every other cluster-year the third, for the certificate.
        jdbc.update("""
                insert into award_proposal_item (proposal_id, award_type_id, unit_id, summary, created_at)
                select p.id, t.id, r.unit_id,
                       case when r.rank = 1 then 'Dẫn đầu Cụm năm ' || vt.year || '; hoàn thành vượt mức các chỉ tiêu giao ước thi đua.'
                            else 'Hoàn thành xuất sắc các chỉ tiêu giao ước thi đua năm ' || vt.year || '.' end,
                       p.created_at + interval '30 minutes'
                from award_proposal p join ns_vote_term vt on vt.term_id = p.term_id and not vt.open
                join ns_rank r on r.term_id = vt.term_id and (r.rank <= 2 or (r.rank = 3 and p.term_id % 2 = 0))
                join award_type t on t.organizer_id = vt.organizer_id
                                 and t.code = case when r.rank = 1 then 'CO_TINH' else 'BK_CHU_TICH' end""");
        jdbc.update("""
                insert into award_proposal_document (proposal_id, item_id, kind, name, file_name, content_type, size_bytes,
                                                     content, uploaded_at, uploaded_by)
                select p.id, null, 'MINUTES', 'Biên bản họp cụm (bình xét, suy tôn)', 'bien-ban-hop-cum.pdf',
                       'application/pdf', length(f.content), f.content, p.created_at + interval '1 day', p.created_by
                from award_proposal p join ns_vote_term vt on vt.term_id = p.term_id and not vt.open, ns_file f""");
        jdbc.update("""
                insert into award_proposal_document (proposal_id, item_id, kind, name, file_name, content_type, size_bytes,
                                                     content, uploaded_at, uploaded_by)
                select p.id, i.id, 'ACHIEVEMENT_REPORT', 'Báo cáo thành tích', 'bao-cao-thanh-tich-' || lower(u.code) || '.pdf',
                       'application/pdf', length(f.content), f.content, p.created_at + interval '2 days', p.created_by
                from award_proposal p join ns_vote_term vt on vt.term_id = p.term_id and not vt.open
                join award_proposal_item i on i.proposal_id = p.id join unit u on u.id = i.unit_id, ns_file f""");
        jdbc.update("""
                insert into award_proposal_status_change (proposal_id, from_status, to_status, actor, occurred_at)
                select p.id, v.from_status, v.to_status, p.created_by, case when v.to_status = 'DRAFT' then p.created_at
                       else p.updated_at end
                from award_proposal p join ns_vote_term vt on vt.term_id = p.term_id and not vt.open,
                (values (null, 'DRAFT'), ('DRAFT', 'SUBMITTED')) as v(from_status, to_status)""");
        // Submitted last: the database refuses any change to a submitted proposal's items and documents.
        jdbc.update("""
                update award_proposal p set status = 'SUBMITTED', submitted_at = p.updated_at, submitted_by = p.created_by,
                       version = p.version + 1
                from ns_vote_term vt where vt.term_id = p.term_id and not vt.open""");
    }

    /**
     * The province's review and decisions: every submitted proposal's items recommended and accepted (with their review
     * history) and the proposal reviewed, while its year is still open; one decision per province and year granting
     * every accepted item (the leader's flag, the certificates of merit) with register numbers per province and year
     * and random verification codes; and in a quarter of the provinces a later decision revoking one award of the
     * year two before the last. Everything as the database demands: decided only from accepted items of reviewed
     * proposals, revoked only by a later decision.
     */
    private static void decisions(JdbcTemplate jdbc, int lastYear) {
        jdbc.update("""
                update award_proposal_item i
                set recommended_outcome = 'ACCEPTED', recommended_by = lower(vt.organizer_code) || 'admin',
                    recommended_at = p.updated_at + interval '10 days',
                    review_outcome = 'ACCEPTED', reviewed_by = lower(vt.organizer_code) || 'admin',
                    reviewed_at = p.updated_at + interval '20 days'
                from award_proposal p join ns_vote_term vt on vt.term_id = p.term_id and not vt.open
                where i.proposal_id = p.id""");
        jdbc.update("""
                insert into award_proposal_item_review (item_id, kind, outcome, reason, actor, occurred_at)
                select i.id, v.kind, 'ACCEPTED', null,
                       case when v.kind = 'RECOMMENDED' then i.recommended_by else i.reviewed_by end,
                       case when v.kind = 'RECOMMENDED' then i.recommended_at else i.reviewed_at end
                from award_proposal_item i join award_proposal p on p.id = i.proposal_id
                join ns_vote_term vt on vt.term_id = p.term_id and not vt.open,
                (values ('RECOMMENDED'), ('ACCEPTED')) as v(kind)""");
        jdbc.update("""
                insert into award_proposal_status_change (proposal_id, from_status, to_status, actor, occurred_at)
                select p.id, 'SUBMITTED', 'REVIEWED', lower(vt.organizer_code) || 'admin', p.updated_at + interval '20 days'
                from award_proposal p join ns_vote_term vt on vt.term_id = p.term_id and not vt.open""");
        jdbc.update("""
                update award_proposal p set status = 'REVIEWED', version = p.version + 1
                from ns_vote_term vt where vt.term_id = p.term_id and not vt.open""");
        jdbc.update("""
                insert into award_decision (organizer_id, number, decided_on, year, authority, signer_name, signer_title,
                                            subject, source, illustrative, recorded_at, recorded_by)
                select vt.organizer_id, (100 + vt.year - 2000) || '/QĐ-UBND', make_date(vt.year + 1, 2, 15), vt.year,
                       'Ủy ban nhân dân tỉnh thử nghiệm ' || substring(vt.organizer_code, 3)::int, 'Nguyễn Văn Thử',
                       'Chủ tịch Ủy ban nhân dân tỉnh',
                       'Về việc tặng Cờ thi đua và Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các tập thể có thành tích '
                       || 'xuất sắc trong phong trào thi đua của các cụm thi đua năm ' || vt.year,
                       'RECORDED', true, make_timestamptz(vt.year + 1, 2, 15, 16, 0, 0, 'Asia/Ho_Chi_Minh'),
                       lower(vt.organizer_code) || 'admin'
                from (select distinct organizer_id, organizer_code, year from ns_vote_term where not open) vt""");
        jdbc.update("""
                insert into award_granted (decision_id, organizer_id, award_type_id, year, unit_id, achievement,
                                           proposal_item_id, register_number, verification_code, created_at)
                select d.id, d.organizer_id, i.award_type_id, d.year, i.unit_id, i.summary, i.id,
                       (d.year + 1) || '/' || lpad((row_number() over (partition by d.id order by i.award_type_id, i.id))::text,
                                                   5, '0'),
                       substr(md5(random()::text || i.id), 1, 24), d.recorded_at
                from award_proposal_item i join award_proposal p on p.id = i.proposal_id
                join ns_vote_term vt on vt.term_id = p.term_id and not vt.open
                join award_decision d on d.organizer_id = vt.organizer_id and d.year = vt.year
                                     and d.number = (100 + vt.year - 2000) || '/QĐ-UBND'""");
        int revokedYear = lastYear - 2;
        jdbc.update("""
                insert into award_decision (organizer_id, number, decided_on, year, authority, signer_name, signer_title,
                                            subject, source, illustrative, recorded_at, recorded_by)
                select d.organizer_id, (300 + d.year - 2000) || '/QĐ-UBND', make_date(d.year + 1, 9, 1), d.year,
                       d.authority, d.signer_name, d.signer_title,
                       'Về việc thu hồi khen thưởng đã tặng năm ' || d.year || ' do phát hiện sai sót trong hồ sơ',
                       'RECORDED', true, make_timestamptz(d.year + 1, 9, 1, 10, 0, 0, 'Asia/Ho_Chi_Minh'), d.recorded_by
                from award_decision d join organizer o on o.id = d.organizer_id and o.code like 'NS%'
                where d.year = ? and o.id % 4 = 0 and d.number = (100 + d.year - 2000) || '/QĐ-UBND'""", revokedYear);
        jdbc.update("""
                insert into award_revocation (decision_id, granted_id, kind, reason, created_at)
                select later.id, (select max(g.id) from award_granted g where g.decision_id = earlier.id), 'REVOKED',
                       'Phát hiện sai sót trong hồ sơ đề nghị khen thưởng (dữ liệu thử nghiệm).', later.recorded_at
                from award_decision later join organizer o on o.id = later.organizer_id and o.code like 'NS%'
                join award_decision earlier on earlier.organizer_id = later.organizer_id and earlier.year = later.year
                                           and earlier.number = (100 + earlier.year - 2000) || '/QĐ-UBND'
                where later.year = ? and later.number = (300 + later.year - 2000) || '/QĐ-UBND'""", revokedYear);
    }

    /** A one-page PDF of a few hundred bytes that says what it is. */
    static byte[] pdf(String text) {
        String stream = "BT /F1 12 Tf 72 770 Td (" + text + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                    + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ")
                .append(objects.length + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
