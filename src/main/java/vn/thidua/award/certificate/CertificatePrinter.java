package vn.thidua.award.certificate;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.award.decision.Decision;
import vn.thidua.award.decision.DecisionRepository;
import vn.thidua.award.decision.GrantedAward;
import vn.thidua.award.decision.Revocation;
import vn.thidua.award.decision.RevocationKind;
import vn.thidua.award.decision.RevocationRepository;
import vn.thidua.award.type.AwardType;
import vn.thidua.award.type.AwardTypeRepository;
import vn.thidua.common.DomainException;
import vn.thidua.common.NotFoundException;
import vn.thidua.organization.UnitSummary;
import vn.thidua.organization.Units;

/**
 * Prints certificates (bằng khen, giấy khen): every award of a decision still in force, one page each, written page by
 * page; one award's certificate for the decision's staff or the awarded unit; the calibration print and a sample of a
 * layout. Also the public check behind a certificate's QR code.
 */
@Service
public class CertificatePrinter {

    /** Awards read and drawn at a time: what a whole decision holds in memory at most. */
    static final int BATCH = 50;

    /** Official documents are in Vietnamese whatever language the page is shown in. */
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final CertificateAwardRepository awards;
    private final DecisionRepository decisions;
    private final RevocationRepository revocations;
    private final AwardTypeRepository types;
    private final CertificateLayoutService layouts;
    private final Units units;
    private final AccessPolicy policy;
    private final MessageSource messages;
    private final EntityManager entities;

    CertificatePrinter(
            CertificateAwardRepository awards,
            DecisionRepository decisions,
            RevocationRepository revocations,
            AwardTypeRepository types,
            CertificateLayoutService layouts,
            Units units,
            AccessPolicy policy,
            MessageSource messages,
            EntityManager entities) {
        this.awards = awards;
        this.decisions = decisions;
        this.revocations = revocations;
        this.types = types;
        this.layouts = layouts;
        this.units = units;
        this.policy = policy;
        this.messages = messages;
        this.entities = entities;
    }

    /** What to print, checked before anything is written: the file's name and the awards in order. */
    public record Job(String fileName, List<Long> awardIds, PrintMode mode, Paper paper) {}

    /**
     * The certificates of a decision, for its organiser's staff: the awards no later decision took back. Refused
     * when none is left.
     */
    @Transactional(readOnly = true)
    public Job decision(long decisionId, PrintMode mode, Paper paper) {
        Decision decision = decisions.findById(decisionId).orElseThrow(() -> new NotFoundException("decision"));
        policy.requireStaffOf(decision.getOrganizerId());
        List<Long> ids = awards.printableIds(decisionId);
        if (ids.isEmpty()) {
            throw new DomainException("certificate.decision.none", decision.getNumber());
        }
        return new Job("bang-khen-qd-" + decisionId + ".pdf", ids, mode, paper);
    }

    /** One award's certificate: for the decision's staff and for the awarded unit's officers; refused once revoked. */
    @Transactional(readOnly = true)
    public Job award(long awardId, PrintMode mode, Paper paper) {
        GrantedAward award = awards.findWithDecision(awardId).orElseThrow(() -> new NotFoundException("award"));
        if (!policy.isStaffOf(award.getOrganizerId()) && !policy.actsFor(award.getUnitId())) {
            throw new AccessDeniedException("the decision's staff and the awarded unit only");
        }
        List<Revocation> taken = revocations.findByGrantedIdIn(List.of(awardId));
        if (!taken.isEmpty()) {
            Decision later = decisions.findById(taken.get(0).getDecisionId()).orElseThrow();
            throw new DomainException(
                    "certificate.award.revoked",
                    later.getNumber(),
                    vn.thidua.common.DisplayFormat.DATE.format(later.getDecidedOn()));
        }
        return new Job(
                "bang-khen-" + award.getRegisterNumber().replaceAll("[^A-Za-z0-9]+", "-") + ".pdf",
                List.of(awardId),
                mode,
                paper);
    }

    /**
     * Writes the job's certificates, {@link #BATCH} awards at a time, each page to the scratch file as soon as it is
     * drawn. The mode and paper, when given, override each layout's.
     */
    @Transactional(readOnly = true)
    public void write(Job job, String verifyPrefix, OutputStream out) {
        Map<Long, AwardType> typeCache = new HashMap<>();
        Map<Long, CertificateLayout> layoutCache = new HashMap<>();
        try (CertificateDocument pdf = new CertificateDocument(fixedTexts())) {
            for (int start = 0; start < job.awardIds().size(); start += BATCH) {
                List<Long> batch =
                        job.awardIds().subList(start, Math.min(job.awardIds().size(), start + BATCH));
                List<GrantedAward> page = awards.withDecision(batch);
                Map<Long, UnitSummary> unitNames = units.byIds(
                        page.stream().map(GrantedAward::getUnitId).distinct().toList());
                for (GrantedAward award : page) {
                    AwardType type = typeCache.computeIfAbsent(
                            award.getAwardTypeId(), id -> types.findById(id).orElseThrow());
                    CertificateLayout layout = layoutCache.computeIfAbsent(
                            award.getAwardTypeId(), id -> layouts.effective(award.getOrganizerId(), id));
                    Paper paper = job.paper() == null ? layout.getPaper() : job.paper();
                    PrintMode mode = job.mode() == null ? layout.getMode() : job.mode();
                    pdf.certificate(
                            layout.boxesOn(paper),
                            paper,
                            mode,
                            content(award, type, layout, unitNames.get(award.getUnitId()), verifyPrefix));
                }
                entities.clear();
            }
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The calibration print of the layout behind the key: a millimetre grid with each field's box named. */
    @Transactional(readOnly = true)
    public void calibration(String key, OutputStream out) {
        CertificateLayout layout = layouts.layout(key).layout();
        try (CertificateDocument pdf = new CertificateDocument(fixedTexts())) {
            pdf.calibration(
                    layout.boxesOn(layout.getPaper()),
                    layout.getPaper(),
                    vi(
                            "certificate.calibration.heading",
                            vi(layout.getPaper().messageKey()),
                            vi(layout.getMode().messageKey())));
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sample certificate of the layout behind the key, with sample texts (a long achievement to show wrapping). */
    @Transactional(readOnly = true)
    public void sample(String key, String verifyPrefix, OutputStream out) {
        LayoutRow row = layouts.layout(key);
        CertificateLayout layout = row.layout();
        Map<CertificateField, String> texts = new EnumMap<>(CertificateField.class);
        for (CertificateField field : CertificateField.values()) {
            if (field != CertificateField.QR_CODE) {
                texts.put(field, vi("certificate.sample." + field.name()));
            }
        }
        texts.put(
                CertificateField.PLACE_DATE,
                placeAndDate(layout.getPlace(), vi("certificate.sample.authority"), LocalDate.of(2021, 1, 15)));
        String title = row.awardTypeName() == null ? vi("certificate.sample.title") : row.awardTypeName();
        CertificateContent content =
                new CertificateContent(vi("certificate.sample.authority"), title, texts, verifyPrefix + "MAU", true);
        try (CertificateDocument pdf = new CertificateDocument(fixedTexts())) {
            pdf.certificate(layout.boxesOn(layout.getPaper()), layout.getPaper(), layout.getMode(), content);
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The public check behind a certificate's QR code; an unknown code is simply not found. */
    @Transactional(readOnly = true)
    public AwardVerification verify(String code) {
        if (code == null || code.length() > 64 || !code.matches("[A-Za-z0-9_-]+")) {
            throw new NotFoundException("award");
        }
        GrantedAward award = awards.findByCode(code).orElseThrow(() -> new NotFoundException("award"));
        Decision decision = award.getDecision();
        String unit = units.find(award.getUnitId()).map(UnitSummary::name).orElse("");
        String typeName =
                types.findById(award.getAwardTypeId()).map(AwardType::getName).orElse("");
        AwardVerification.Withdrawal withdrawal = null;
        List<Revocation> taken = revocations.findByGrantedIdIn(List.of(award.getId()));
        if (!taken.isEmpty()) {
            Revocation revocation = taken.get(0);
            Decision later = decisions.findById(revocation.getDecisionId()).orElseThrow();
            boolean amended = revocation.getKind() == RevocationKind.AMENDED;
            String corrected = amended
                    ? awards.amendments(award.getId()).stream()
                            .map(GrantedAward::getVerificationCode)
                            .findFirst()
                            .orElse(null)
                    : null;
            withdrawal = new AwardVerification.Withdrawal(
                    amended, later.getNumber(), later.getDecidedOn(), later.isIllustrative(), corrected);
        }
        return new AwardVerification(
                unit,
                award.getPersonName(),
                award.getPersonPosition(),
                typeName,
                decision.getNumber(),
                decision.getDecidedOn(),
                decision.getAuthority(),
                award.getRegisterNumber(),
                decision.isIllustrative(),
                withdrawal);
    }

    private CertificateContent content(
            GrantedAward award, AwardType type, CertificateLayout layout, UnitSummary unit, String verifyPrefix) {
        Decision decision = award.getDecision();
        String unitName = unit == null ? "" : unit.name();
        Map<CertificateField, String> texts = new EnumMap<>(CertificateField.class);
        if (award.isIndividual()) {
            String gender = award.getPersonGender() == null
                    ? "UNKNOWN"
                    : award.getPersonGender().name();
            texts.put(CertificateField.HONORIFIC, vi("certificate.doc.honorific." + gender));
            texts.put(CertificateField.RECIPIENT, award.getPersonName());
            texts.put(CertificateField.POSITION_UNIT, award.getPersonPosition() + ", " + unitName);
        } else {
            texts.put(CertificateField.HONORIFIC, vi("certificate.doc.honorific.COLLECTIVE"));
            texts.put(CertificateField.RECIPIENT, unitName);
        }
        texts.put(CertificateField.ACHIEVEMENT, award.getAchievement());
        texts.put(
                CertificateField.PLACE_DATE,
                placeAndDate(layout.getPlace(), decision.getAuthority(), decision.getDecidedOn()));
        texts.put(
                CertificateField.DECISION,
                vi(
                        "certificate.doc.decision",
                        decision.getNumber(),
                        vn.thidua.common.DisplayFormat.DATE.format(decision.getDecidedOn())));
        texts.put(CertificateField.REGISTER_NUMBER, vi("certificate.doc.register", award.getRegisterNumber()));
        texts.put(CertificateField.SIGNER_TITLE, decision.getSignerTitle().toUpperCase(VIETNAMESE));
        texts.put(CertificateField.SIGNER_NAME, decision.getSignerName());
        return new CertificateContent(
                decision.getAuthority(),
                type.getName(),
                texts,
                verifyPrefix + award.getVerificationCode(),
                decision.isIllustrative());
    }

    /** "An Giang, ngày 15 tháng 01 năm 2021": the layout's place, or the province named in the authority. */
    String placeAndDate(String place, String authority, LocalDate date) {
        String where = place == null || place.isBlank() ? placeOf(authority) : place.strip();
        String day = vi(
                "certificate.doc.date",
                String.format("%02d", date.getDayOfMonth()),
                String.format("%02d", date.getMonthValue()),
                Integer.toString(date.getYear()));
        return where.isEmpty() ? day : where + ", " + day;
    }

    private static String placeOf(String authority) {
        String lower = authority.toLowerCase(VIETNAMESE);
        for (String marker : List.of("thành phố ", "tỉnh ")) {
            int at = lower.lastIndexOf(marker);
            if (at >= 0) {
                return authority.substring(at + marker.length()).strip();
            }
        }
        return "";
    }

    private FixedTexts fixedTexts() {
        Map<CertificateField, String> names = new EnumMap<>(CertificateField.class);
        for (CertificateField field : CertificateField.values()) {
            names.put(field, vi(field.messageKey()));
        }
        return new FixedTexts(
                vi("certificate.doc.nation"),
                vi("certificate.doc.motto"),
                vi("certificate.doc.grant"),
                vi("certificate.doc.illustrative"),
                vi("certificate.calibration.title"),
                names);
    }

    private String vi(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
