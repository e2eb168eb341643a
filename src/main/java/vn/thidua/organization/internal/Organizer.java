package vn.thidua.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The body that organises clusters and owns its units, users and working year. */
@Entity
@Table(name = "organizer")
public class Organizer {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganizerKind kind;

    @Column(name = "working_year", nullable = false)
    private int workingYear;

    @Version
    private long version;

    protected Organizer() {}

    Organizer(String code, String name, OrganizerKind kind, int workingYear) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        changeWorkingYear(workingYear);
    }

    public void changeWorkingYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new OrganizationException("organization.workingYear.invalid", FIRST_YEAR, LAST_YEAR);
        }
        this.workingYear = year;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    OrganizerKind getKind() {
        return kind;
    }

    public int getWorkingYear() {
        return workingYear;
    }

    public long getVersion() {
        return version;
    }
}
