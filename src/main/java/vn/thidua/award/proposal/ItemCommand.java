package vn.thidua.award.proposal;

/** An item to add: the type, the member unit, the person for an individual type (else {@code null}), the summary. */
public record ItemCommand(long awardTypeId, long unitId, ProposalItem.Person person, String summary) {}
