package vn.thidua.award.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One proposed item: a member unit (a collective) or a person of a member unit (an individual), for one award type,
 * with the summary of its achievements.
 */
@Entity
@Table(name = "award_proposal_item")
public class ProposalItem {

    public static final int NAME_MAX = 150;
    public static final int POSITION_MAX = 150;
    public static final int SUMMARY_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id", updatable = false)
    private Proposal proposal;

    @Column(name = "award_type_id", nullable = false, updatable = false)
    private Long awardTypeId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(name = "person_name", length = NAME_MAX)
    private String personName;

    @Column(name = "person_position", length = POSITION_MAX)
    private String personPosition;

    @Enumerated(EnumType.STRING)
    @Column(name = "person_gender")
    private Gender personGender;

    @Column(name = "person_birth_date")
    private LocalDate personBirthDate;

    @Column(nullable = false)
    private String summary;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ProposalItem() {}

    ProposalItem(Proposal proposal, long awardTypeId, long unitId, Person person, String summary, Instant at) {
        this.proposal = proposal;
        this.awardTypeId = awardTypeId;
        this.unitId = unitId;
        if (person != null) {
            this.personName = person.name();
            this.personPosition = person.position();
            this.personGender = person.gender();
            this.personBirthDate = person.birthDate();
        }
        this.summary = summary;
        this.createdAt = at;
    }

    /** Changes what may change of an item: the person (for an individual) and the summary. */
    void revise(Person person, String summary) {
        if (person != null) {
            this.personName = person.name();
            this.personPosition = person.position();
            this.personGender = person.gender();
            this.personBirthDate = person.birthDate();
        }
        this.summary = summary;
    }

    /** A proposed person: full name, position and gender required, date of birth optional. */
    public record Person(String name, String position, Gender gender, LocalDate birthDate) {

        /** What makes two items the same person: the name without regard to case or spacing. */
        public String key() {
            return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
    }

    public boolean isIndividual() {
        return personName != null;
    }

    /** Who is proposed: the same unit and person (for an individual) make the same candidate. */
    public String candidateKey() {
        return unitId + (isIndividual() ? "/" + new Person(personName, personPosition, personGender, null).key() : "");
    }

    public Long getId() {
        return id;
    }

    public Long getAwardTypeId() {
        return awardTypeId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getPersonName() {
        return personName;
    }

    public String getPersonPosition() {
        return personPosition;
    }

    public Gender getPersonGender() {
        return personGender;
    }

    public LocalDate getPersonBirthDate() {
        return personBirthDate;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
