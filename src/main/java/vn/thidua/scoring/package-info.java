/**
 * Scoring (chấm điểm): criteria tables as trees with criteria kinds as data, the scoring round of a cluster-year,
 * each unit's score sheet through self-scoring, review, explanation and finalisation, and the ranking.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"access", "audit", "common", "notification", "organization", "pledge"})
package vn.thidua.scoring;
